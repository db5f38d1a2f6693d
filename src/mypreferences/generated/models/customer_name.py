from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerName")


@_attrs_define
class CustomerName:
    """The name fields of a profile. [S001, S003, ref §3.11]

    Attributes:
        first_name (str | Unset):
        middle_name (str | Unset):
        last_name (str | Unset):
        prefix (str | Unset):
        suffix (str | Unset):
    """

    first_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    suffix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        middle_name = self.middle_name

        last_name = self.last_name

        prefix = self.prefix

        suffix = self.suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if middle_name is not UNSET:
            field_dict["MiddleName"] = middle_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if prefix is not UNSET:
            field_dict["Prefix"] = prefix
        if suffix is not UNSET:
            field_dict["Suffix"] = suffix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("FirstName", UNSET)

        middle_name = d.pop("MiddleName", UNSET)

        last_name = d.pop("LastName", UNSET)

        prefix = d.pop("Prefix", UNSET)

        suffix = d.pop("Suffix", UNSET)

        customer_name = cls(
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            prefix=prefix,
            suffix=suffix,
        )

        customer_name.additional_properties = d
        return customer_name

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
