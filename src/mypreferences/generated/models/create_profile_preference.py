from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preference_type import PreferenceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preference_attribute import PreferenceAttribute


T = TypeVar("T", bound="CreateProfilePreference")


@_attrs_define
class CreateProfilePreference:
    """A preference to submit (help `CreateProfilePreference`). CustomerDate: default now (UTC); a UTC
    value is stored as is, other values are read as US Eastern; a date-only value becomes midnight
    ET (Opt-In) or 23:59:59 ET (Opt-Out). [RM-CPP, ref §3.16]

        Attributes:
            filter_id (str): Filter of the preference.
            preference_type (PreferenceType): Preference type (PreferenceTypes): 1 Opt-In, 2 Opt-Out. [RM-PP, RM-CPP]
            frequency_id (str | Unset): Frequency option; the Filter default when absent.
            preference_attributes (list[PreferenceAttribute] | Unset): Free key/value attributes.
            customer_date (str | Unset): When the person expressed the preference.
    """

    filter_id: str
    preference_type: PreferenceType
    frequency_id: str | Unset = UNSET
    preference_attributes: list[PreferenceAttribute] | Unset = UNSET
    customer_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_id = self.filter_id

        preference_type = self.preference_type.value

        frequency_id = self.frequency_id

        preference_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preference_attributes, Unset):
            preference_attributes = []
            for preference_attributes_item_data in self.preference_attributes:
                preference_attributes_item = preference_attributes_item_data.to_dict()
                preference_attributes.append(preference_attributes_item)

        customer_date = self.customer_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FilterId": filter_id,
                "PreferenceType": preference_type,
            }
        )
        if frequency_id is not UNSET:
            field_dict["FrequencyId"] = frequency_id
        if preference_attributes is not UNSET:
            field_dict["PreferenceAttributes"] = preference_attributes
        if customer_date is not UNSET:
            field_dict["CustomerDate"] = customer_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        filter_id = d.pop("FilterId")

        preference_type = PreferenceType(d.pop("PreferenceType"))

        frequency_id = d.pop("FrequencyId", UNSET)

        _preference_attributes = d.pop("PreferenceAttributes", UNSET)
        preference_attributes: list[PreferenceAttribute] | Unset = UNSET
        if _preference_attributes is not UNSET:
            preference_attributes = []
            for preference_attributes_item_data in _preference_attributes:
                preference_attributes_item = PreferenceAttribute.from_dict(
                    preference_attributes_item_data
                )

                preference_attributes.append(preference_attributes_item)

        customer_date = d.pop("CustomerDate", UNSET)

        create_profile_preference = cls(
            filter_id=filter_id,
            preference_type=preference_type,
            frequency_id=frequency_id,
            preference_attributes=preference_attributes,
            customer_date=customer_date,
        )

        create_profile_preference.additional_properties = d
        return create_profile_preference

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


from ..models.preference_attribute import PreferenceAttribute  # noqa: E402
