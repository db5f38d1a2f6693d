from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_property_entry import CustomPropertyEntry
    from ..models.filter_preference_attribute import FilterPreferenceAttribute
    from ..models.frequency_locale import FrequencyLocale
    from ..models.required_preference_consent import RequiredPreferenceConsent
    from ..models.text_tag_locale import TextTagLocale


T = TypeVar("T", bound="FilterDefinition")


@_attrs_define
class FilterDefinition:
    """A filter: the channel-specific container of preferences inside a program.

    Attributes:
        link (int | Unset): Internal link number.
        channel_id (str | Unset): Channel (Phone, Text/SMS, Email, Mail, Solicit).
        program_id (str | Unset): Owning program id.
        id (str | Unset): Filter id.
        name (str | Unset): Name.
        description (str | Unset): Description.
        default_preference_value (int | Unset): Default preference value.
        default_locale_id (str | Unset): Default locale id.
        custom_properties (list[CustomPropertyEntry] | Unset): Custom properties.
        locales (list[TextTagLocale] | Unset): Text tags per locale.
        frequency_locales (list[FrequencyLocale] | Unset): Frequency choices per locale.
        attributes (list[FilterPreferenceAttribute] | Unset): Preference attributes.
        required_preference_consents (list[RequiredPreferenceConsent] | Unset): Required consents.
    """

    link: int | Unset = UNSET
    channel_id: str | Unset = UNSET
    program_id: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default_preference_value: int | Unset = UNSET
    default_locale_id: str | Unset = UNSET
    custom_properties: list[CustomPropertyEntry] | Unset = UNSET
    locales: list[TextTagLocale] | Unset = UNSET
    frequency_locales: list[FrequencyLocale] | Unset = UNSET
    attributes: list[FilterPreferenceAttribute] | Unset = UNSET
    required_preference_consents: list[RequiredPreferenceConsent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = self.link

        channel_id = self.channel_id

        program_id = self.program_id

        id = self.id

        name = self.name

        description = self.description

        default_preference_value = self.default_preference_value

        default_locale_id = self.default_locale_id

        custom_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = []
            for custom_properties_item_data in self.custom_properties:
                custom_properties_item = custom_properties_item_data.to_dict()
                custom_properties.append(custom_properties_item)

        locales: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locales, Unset):
            locales = []
            for locales_item_data in self.locales:
                locales_item = locales_item_data.to_dict()
                locales.append(locales_item)

        frequency_locales: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.frequency_locales, Unset):
            frequency_locales = []
            for frequency_locales_item_data in self.frequency_locales:
                frequency_locales_item = frequency_locales_item_data.to_dict()
                frequency_locales.append(frequency_locales_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        required_preference_consents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.required_preference_consents, Unset):
            required_preference_consents = []
            for (
                required_preference_consents_item_data
            ) in self.required_preference_consents:
                required_preference_consents_item = (
                    required_preference_consents_item_data.to_dict()
                )
                required_preference_consents.append(required_preference_consents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["Link"] = link
        if channel_id is not UNSET:
            field_dict["ChannelID"] = channel_id
        if program_id is not UNSET:
            field_dict["ProgramID"] = program_id
        if id is not UNSET:
            field_dict["ID"] = id
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if default_preference_value is not UNSET:
            field_dict["DefaultPreferenceValue"] = default_preference_value
        if default_locale_id is not UNSET:
            field_dict["DefaultLocaleID"] = default_locale_id
        if custom_properties is not UNSET:
            field_dict["CustomProperties"] = custom_properties
        if locales is not UNSET:
            field_dict["Locales"] = locales
        if frequency_locales is not UNSET:
            field_dict["FrequencyLocales"] = frequency_locales
        if attributes is not UNSET:
            field_dict["Attributes"] = attributes
        if required_preference_consents is not UNSET:
            field_dict["RequiredPreferenceConsents"] = required_preference_consents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        link = d.pop("Link", UNSET)

        channel_id = d.pop("ChannelID", UNSET)

        program_id = d.pop("ProgramID", UNSET)

        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        description = d.pop("Description", UNSET)

        default_preference_value = d.pop("DefaultPreferenceValue", UNSET)

        default_locale_id = d.pop("DefaultLocaleID", UNSET)

        _custom_properties = d.pop("CustomProperties", UNSET)
        custom_properties: list[CustomPropertyEntry] | Unset = UNSET
        if _custom_properties is not UNSET:
            custom_properties = []
            for custom_properties_item_data in _custom_properties:
                custom_properties_item = CustomPropertyEntry.from_dict(
                    custom_properties_item_data
                )

                custom_properties.append(custom_properties_item)

        _locales = d.pop("Locales", UNSET)
        locales: list[TextTagLocale] | Unset = UNSET
        if _locales is not UNSET:
            locales = []
            for locales_item_data in _locales:
                locales_item = TextTagLocale.from_dict(locales_item_data)

                locales.append(locales_item)

        _frequency_locales = d.pop("FrequencyLocales", UNSET)
        frequency_locales: list[FrequencyLocale] | Unset = UNSET
        if _frequency_locales is not UNSET:
            frequency_locales = []
            for frequency_locales_item_data in _frequency_locales:
                frequency_locales_item = FrequencyLocale.from_dict(
                    frequency_locales_item_data
                )

                frequency_locales.append(frequency_locales_item)

        _attributes = d.pop("Attributes", UNSET)
        attributes: list[FilterPreferenceAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = FilterPreferenceAttribute.from_dict(
                    attributes_item_data
                )

                attributes.append(attributes_item)

        _required_preference_consents = d.pop("RequiredPreferenceConsents", UNSET)
        required_preference_consents: list[RequiredPreferenceConsent] | Unset = UNSET
        if _required_preference_consents is not UNSET:
            required_preference_consents = []
            for required_preference_consents_item_data in _required_preference_consents:
                required_preference_consents_item = RequiredPreferenceConsent.from_dict(
                    required_preference_consents_item_data
                )

                required_preference_consents.append(required_preference_consents_item)

        filter_definition = cls(
            link=link,
            channel_id=channel_id,
            program_id=program_id,
            id=id,
            name=name,
            description=description,
            default_preference_value=default_preference_value,
            default_locale_id=default_locale_id,
            custom_properties=custom_properties,
            locales=locales,
            frequency_locales=frequency_locales,
            attributes=attributes,
            required_preference_consents=required_preference_consents,
        )

        filter_definition.additional_properties = d
        return filter_definition

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.custom_property_entry import CustomPropertyEntry  # noqa: E402
from ..models.filter_preference_attribute import FilterPreferenceAttribute  # noqa: E402
from ..models.frequency_locale import FrequencyLocale  # noqa: E402
from ..models.required_preference_consent import RequiredPreferenceConsent  # noqa: E402
from ..models.text_tag_locale import TextTagLocale  # noqa: E402
