from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_type_entry import ConfigTypeEntry


T = TypeVar("T", bound="AddressTypeEntryList")


@_attrs_define
class AddressTypeEntryList:
    """Address types.

    Attributes:
        address_types (list[ConfigTypeEntry] | Unset): The address types.
    """

    address_types: list[ConfigTypeEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.address_types, Unset):
            address_types = []
            for address_types_item_data in self.address_types:
                address_types_item = address_types_item_data.to_dict()
                address_types.append(address_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_types is not UNSET:
            field_dict["AddressTypes"] = address_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _address_types = d.pop("AddressTypes", UNSET)
        address_types: list[ConfigTypeEntry] | Unset = UNSET
        if _address_types is not UNSET:
            address_types = []
            for address_types_item_data in _address_types:
                address_types_item = ConfigTypeEntry.from_dict(address_types_item_data)

                address_types.append(address_types_item)

        address_type_entry_list = cls(
            address_types=address_types,
        )

        address_type_entry_list.additional_properties = d
        return address_type_entry_list

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
