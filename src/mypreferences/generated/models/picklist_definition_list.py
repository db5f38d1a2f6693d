from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.picklist_definition import PicklistDefinition


T = TypeVar("T", bound="PicklistDefinitionList")


@_attrs_define
class PicklistDefinitionList:
    """Picklists (wrapper inferred).

    Attributes:
        picklists (list[PicklistDefinition] | Unset): The picklists.
    """

    picklists: list[PicklistDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        picklists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.picklists, Unset):
            picklists = []
            for picklists_item_data in self.picklists:
                picklists_item = picklists_item_data.to_dict()
                picklists.append(picklists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if picklists is not UNSET:
            field_dict["Picklists"] = picklists

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _picklists = d.pop("Picklists", UNSET)
        picklists: list[PicklistDefinition] | Unset = UNSET
        if _picklists is not UNSET:
            picklists = []
            for picklists_item_data in _picklists:
                picklists_item = PicklistDefinition.from_dict(picklists_item_data)

                picklists.append(picklists_item)

        picklist_definition_list = cls(
            picklists=picklists,
        )

        picklist_definition_list.additional_properties = d
        return picklist_definition_list

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


from ..models.picklist_definition import PicklistDefinition  # noqa: E402
