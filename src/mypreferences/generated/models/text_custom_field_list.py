from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_text import CustomFieldText


T = TypeVar("T", bound="TextCustomFieldList")


@_attrs_define
class TextCustomFieldList:
    """Text custom fields (wrapper inferred from the all-fields response).

    Attributes:
        text_fields (list[CustomFieldText] | Unset): Text custom fields.
    """

    text_fields: list[CustomFieldText] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.text_fields, Unset):
            text_fields = []
            for text_fields_item_data in self.text_fields:
                text_fields_item = text_fields_item_data.to_dict()
                text_fields.append(text_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_fields is not UNSET:
            field_dict["TextFields"] = text_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _text_fields = d.pop("TextFields", UNSET)
        text_fields: list[CustomFieldText] | Unset = UNSET
        if _text_fields is not UNSET:
            text_fields = []
            for text_fields_item_data in _text_fields:
                text_fields_item = CustomFieldText.from_dict(text_fields_item_data)

                text_fields.append(text_fields_item)

        text_custom_field_list = cls(
            text_fields=text_fields,
        )

        text_custom_field_list.additional_properties = d
        return text_custom_field_list

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


from ..models.custom_field_text import CustomFieldText  # noqa: E402
