from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_group_definition import ProgramGroupDefinition


T = TypeVar("T", bound="ProgramGroupList")


@_attrs_define
class ProgramGroupList:
    """Program groups (wrapper name inferred).

    Attributes:
        program_groups (list[ProgramGroupDefinition] | Unset): The program groups.
    """

    program_groups: list[ProgramGroupDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.program_groups, Unset):
            program_groups = []
            for program_groups_item_data in self.program_groups:
                program_groups_item = program_groups_item_data.to_dict()
                program_groups.append(program_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if program_groups is not UNSET:
            field_dict["ProgramGroups"] = program_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _program_groups = d.pop("ProgramGroups", UNSET)
        program_groups: list[ProgramGroupDefinition] | Unset = UNSET
        if _program_groups is not UNSET:
            program_groups = []
            for program_groups_item_data in _program_groups:
                program_groups_item = ProgramGroupDefinition.from_dict(
                    program_groups_item_data
                )

                program_groups.append(program_groups_item)

        program_group_list = cls(
            program_groups=program_groups,
        )

        program_group_list.additional_properties = d
        return program_group_list

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


from ..models.program_group_definition import ProgramGroupDefinition  # noqa: E402
