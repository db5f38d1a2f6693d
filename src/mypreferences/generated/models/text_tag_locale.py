from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_tag import TextTag


T = TypeVar("T", bound="TextTagLocale")


@_attrs_define
class TextTagLocale:
    """Text tags of one locale.

    Attributes:
        id (str | Unset): Locale id.
        display_tags (list[TextTag] | Unset): Text tags of the locale.
    """

    id: str | Unset = UNSET
    display_tags: list[TextTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.display_tags, Unset):
            display_tags = []
            for display_tags_item_data in self.display_tags:
                display_tags_item = display_tags_item_data.to_dict()
                display_tags.append(display_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if display_tags is not UNSET:
            field_dict["DisplayTags"] = display_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _display_tags = d.pop("DisplayTags", UNSET)
        display_tags: list[TextTag] | Unset = UNSET
        if _display_tags is not UNSET:
            display_tags = []
            for display_tags_item_data in _display_tags:
                display_tags_item = TextTag.from_dict(display_tags_item_data)

                display_tags.append(display_tags_item)

        text_tag_locale = cls(
            id=id,
            display_tags=display_tags,
        )

        text_tag_locale.additional_properties = d
        return text_tag_locale

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


from ..models.text_tag import TextTag  # noqa: E402
