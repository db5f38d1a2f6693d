from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_type_entry import ConfigTypeEntry


T = TypeVar("T", bound="PhoneTypeEntryList")


@_attrs_define
class PhoneTypeEntryList:
    """Phone types (wrapper name inferred).

    Attributes:
        phone_types (list[ConfigTypeEntry] | Unset): The phone types.
    """

    phone_types: list[ConfigTypeEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_types, Unset):
            phone_types = []
            for phone_types_item_data in self.phone_types:
                phone_types_item = phone_types_item_data.to_dict()
                phone_types.append(phone_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_types is not UNSET:
            field_dict["PhoneTypes"] = phone_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _phone_types = d.pop("PhoneTypes", UNSET)
        phone_types: list[ConfigTypeEntry] | Unset = UNSET
        if _phone_types is not UNSET:
            phone_types = []
            for phone_types_item_data in _phone_types:
                phone_types_item = ConfigTypeEntry.from_dict(phone_types_item_data)

                phone_types.append(phone_types_item)

        phone_type_entry_list = cls(
            phone_types=phone_types,
        )

        phone_type_entry_list.additional_properties = d
        return phone_type_entry_list

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


from ..models.config_type_entry import ConfigTypeEntry  # noqa: E402
