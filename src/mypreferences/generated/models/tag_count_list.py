from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_count import TagCount


T = TypeVar("T", bound="TagCountList")


@_attrs_define
class TagCountList:
    """Tags with counts (help model `TagCountList`).

    Attributes:
        tag_counts (list[TagCount] | Unset): Every tag defined by the client.
    """

    tag_counts: list[TagCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_counts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tag_counts, Unset):
            tag_counts = []
            for tag_counts_item_data in self.tag_counts:
                tag_counts_item = tag_counts_item_data.to_dict()
                tag_counts.append(tag_counts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_counts is not UNSET:
            field_dict["TagCounts"] = tag_counts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _tag_counts = d.pop("TagCounts", UNSET)
        tag_counts: list[TagCount] | Unset = UNSET
        if _tag_counts is not UNSET:
            tag_counts = []
            for tag_counts_item_data in _tag_counts:
                tag_counts_item = TagCount.from_dict(tag_counts_item_data)

                tag_counts.append(tag_counts_item)

        tag_count_list = cls(
            tag_counts=tag_counts,
        )

        tag_count_list.additional_properties = d
        return tag_count_list

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


from ..models.tag_count import TagCount  # noqa: E402
