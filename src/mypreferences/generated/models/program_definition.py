from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_property_entry import CustomPropertyEntry
    from ..models.filter_definition import FilterDefinition
    from ..models.text_tag_locale import TextTagLocale


T = TypeVar("T", bound="ProgramDefinition")


@_attrs_define
class ProgramDefinition:
    """A program with its filters.

    Attributes:
        link (int | Unset): Internal link number.
        id (str | Unset): Program id.
        name (str | Unset): Name.
        description (str | Unset): Description.
        default_locale_id (str | Unset): Default locale id.
        program_type (str | Unset): `Transactional`, `Marketing`, `Informational`, `Consent` or `Do Not Contact (DNC)`.
        display_order (int | Unset): UI order.
        custom_properties (list[CustomPropertyEntry] | Unset): Custom properties.
        locales (list[TextTagLocale] | Unset): Text tags per locale.
        filters (list[FilterDefinition] | Unset): Filters of the program.
    """

    link: int | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default_locale_id: str | Unset = UNSET
    program_type: str | Unset = UNSET
    display_order: int | Unset = UNSET
    custom_properties: list[CustomPropertyEntry] | Unset = UNSET
    locales: list[TextTagLocale] | Unset = UNSET
    filters: list[FilterDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link = self.link

        id = self.id

        name = self.name

        description = self.description

        default_locale_id = self.default_locale_id

        program_type = self.program_type

        display_order = self.display_order

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

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["Link"] = link
        if id is not UNSET:
            field_dict["ID"] = id
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if default_locale_id is not UNSET:
            field_dict["DefaultLocaleID"] = default_locale_id
        if program_type is not UNSET:
            field_dict["ProgramType"] = program_type
        if display_order is not UNSET:
            field_dict["DisplayOrder"] = display_order
        if custom_properties is not UNSET:
            field_dict["CustomProperties"] = custom_properties
        if locales is not UNSET:
            field_dict["Locales"] = locales
        if filters is not UNSET:
            field_dict["Filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        link = d.pop("Link", UNSET)

        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        description = d.pop("Description", UNSET)

        default_locale_id = d.pop("DefaultLocaleID", UNSET)

        program_type = d.pop("ProgramType", UNSET)

        display_order = d.pop("DisplayOrder", UNSET)

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

        _filters = d.pop("Filters", UNSET)
        filters: list[FilterDefinition] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = FilterDefinition.from_dict(filters_item_data)

                filters.append(filters_item)

        program_definition = cls(
            link=link,
            id=id,
            name=name,
            description=description,
            default_locale_id=default_locale_id,
            program_type=program_type,
            display_order=display_order,
            custom_properties=custom_properties,
            locales=locales,
            filters=filters,
        )

        program_definition.additional_properties = d
        return program_definition

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
from ..models.filter_definition import FilterDefinition  # noqa: E402
from ..models.text_tag_locale import TextTagLocale  # noqa: E402
