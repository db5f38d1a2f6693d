from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_update_rule import CustomFieldUpdateRule
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldUpdateRuleEntry")


@_attrs_define
class CustomFieldUpdateRuleEntry:
    """One update rule (entry model not seen; `Id`/`Name` inferred like `ConsentStatus`).

    Attributes:
        id (CustomFieldUpdateRule | Unset): Custom-field update rule (help enum `UpdateRules`): 1 Always (default), 2
            IfCurrentValueIsBlank, 3 IfNewValueIsBlank (absent from v4 lists), 4 IfNewValueIsNotBlank, 5 Never (code
            inferred).
        name (str | Unset): Rule name.
    """

    id: CustomFieldUpdateRule | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if name is not UNSET:
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("Id", UNSET)
        id: CustomFieldUpdateRule | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = CustomFieldUpdateRule(_id)

        name = d.pop("Name", UNSET)

        custom_field_update_rule_entry = cls(
            id=id,
            name=name,
        )

        custom_field_update_rule_entry.additional_properties = d
        return custom_field_update_rule_entry

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
