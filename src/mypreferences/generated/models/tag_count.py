from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_definition import TagDefinition


T = TypeVar("T", bound="TagCount")


@_attrs_define
class TagCount:
    """A tag and how many profiles carry it.

    Attributes:
        tag (TagDefinition | Unset): A tag name.
        count (int | Unset): Number of profiles carrying the tag.
    """

    tag: TagDefinition | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.to_dict()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag is not UNSET:
            field_dict["Tag"] = tag
        if count is not UNSET:
            field_dict["Count"] = count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _tag = d.pop("Tag", UNSET)
        tag: TagDefinition | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = TagDefinition.from_dict(_tag)

        count = d.pop("Count", UNSET)

        tag_count = cls(
            tag=tag,
            count=count,
        )

        tag_count.additional_properties = d
        return tag_count

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


from ..models.tag_definition import TagDefinition  # noqa: E402
