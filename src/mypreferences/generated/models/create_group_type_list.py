from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_config_type_entry import CreateConfigTypeEntry


T = TypeVar("T", bound="CreateGroupTypeList")


@_attrs_define
class CreateGroupTypeList:
    """Create-group-types body.

    Attributes:
        group_types (list[CreateConfigTypeEntry] | Unset): The group types to create.
    """

    group_types: list[CreateConfigTypeEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_types, Unset):
            group_types = []
            for group_types_item_data in self.group_types:
                group_types_item = group_types_item_data.to_dict()
                group_types.append(group_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_types is not UNSET:
            field_dict["GroupTypes"] = group_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _group_types = d.pop("GroupTypes", UNSET)
        group_types: list[CreateConfigTypeEntry] | Unset = UNSET
        if _group_types is not UNSET:
            group_types = []
            for group_types_item_data in _group_types:
                group_types_item = CreateConfigTypeEntry.from_dict(
                    group_types_item_data
                )

                group_types.append(group_types_item)

        create_group_type_list = cls(
            group_types=group_types,
        )

        create_group_type_list.additional_properties = d
        return create_group_type_list

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


from ..models.create_config_type_entry import CreateConfigTypeEntry  # noqa: E402
