from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_config_type_entry import CreateConfigTypeEntry


T = TypeVar("T", bound="CreateAlternateIdTypeList")


@_attrs_define
class CreateAlternateIdTypeList:
    """Create-alternate id-types body.

    Attributes:
        alternate_id_types (list[CreateConfigTypeEntry] | Unset): The alternate id types to create.
    """

    alternate_id_types: list[CreateConfigTypeEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alternate_id_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternate_id_types, Unset):
            alternate_id_types = []
            for alternate_id_types_item_data in self.alternate_id_types:
                alternate_id_types_item = alternate_id_types_item_data.to_dict()
                alternate_id_types.append(alternate_id_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alternate_id_types is not UNSET:
            field_dict["AlternateIdTypes"] = alternate_id_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _alternate_id_types = d.pop("AlternateIdTypes", UNSET)
        alternate_id_types: list[CreateConfigTypeEntry] | Unset = UNSET
        if _alternate_id_types is not UNSET:
            alternate_id_types = []
            for alternate_id_types_item_data in _alternate_id_types:
                alternate_id_types_item = CreateConfigTypeEntry.from_dict(
                    alternate_id_types_item_data
                )

                alternate_id_types.append(alternate_id_types_item)

        create_alternate_id_type_list = cls(
            alternate_id_types=alternate_id_types,
        )

        create_alternate_id_type_list.additional_properties = d
        return create_alternate_id_type_list

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
