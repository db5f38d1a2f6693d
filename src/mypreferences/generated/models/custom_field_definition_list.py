from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_common import CustomFieldCommon
    from ..models.custom_field_numeric import CustomFieldNumeric
    from ..models.custom_field_select_list import CustomFieldSelectList
    from ..models.custom_field_text import CustomFieldText


T = TypeVar("T", bound="CustomFieldDefinitionList")


@_attrs_define
class CustomFieldDefinitionList:
    """Custom fields of every type.

    Attributes:
        date_time_fields (list[CustomFieldCommon] | Unset): DateTime custom fields.
        numeric_fields (list[CustomFieldNumeric] | Unset): Numeric custom fields.
        select_list_fields (list[CustomFieldSelectList] | Unset): SelectList custom fields.
        text_fields (list[CustomFieldText] | Unset): Text custom fields.
    """

    date_time_fields: list[CustomFieldCommon] | Unset = UNSET
    numeric_fields: list[CustomFieldNumeric] | Unset = UNSET
    select_list_fields: list[CustomFieldSelectList] | Unset = UNSET
    text_fields: list[CustomFieldText] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_time_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.date_time_fields, Unset):
            date_time_fields = []
            for date_time_fields_item_data in self.date_time_fields:
                date_time_fields_item = date_time_fields_item_data.to_dict()
                date_time_fields.append(date_time_fields_item)

        numeric_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numeric_fields, Unset):
            numeric_fields = []
            for numeric_fields_item_data in self.numeric_fields:
                numeric_fields_item = numeric_fields_item_data.to_dict()
                numeric_fields.append(numeric_fields_item)

        select_list_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.select_list_fields, Unset):
            select_list_fields = []
            for select_list_fields_item_data in self.select_list_fields:
                select_list_fields_item = select_list_fields_item_data.to_dict()
                select_list_fields.append(select_list_fields_item)

        text_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.text_fields, Unset):
            text_fields = []
            for text_fields_item_data in self.text_fields:
                text_fields_item = text_fields_item_data.to_dict()
                text_fields.append(text_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_time_fields is not UNSET:
            field_dict["DateTimeFields"] = date_time_fields
        if numeric_fields is not UNSET:
            field_dict["NumericFields"] = numeric_fields
        if select_list_fields is not UNSET:
            field_dict["SelectListFields"] = select_list_fields
        if text_fields is not UNSET:
            field_dict["TextFields"] = text_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _date_time_fields = d.pop("DateTimeFields", UNSET)
        date_time_fields: list[CustomFieldCommon] | Unset = UNSET
        if _date_time_fields is not UNSET:
            date_time_fields = []
            for date_time_fields_item_data in _date_time_fields:
                date_time_fields_item = CustomFieldCommon.from_dict(
                    date_time_fields_item_data
                )

                date_time_fields.append(date_time_fields_item)

        _numeric_fields = d.pop("NumericFields", UNSET)
        numeric_fields: list[CustomFieldNumeric] | Unset = UNSET
        if _numeric_fields is not UNSET:
            numeric_fields = []
            for numeric_fields_item_data in _numeric_fields:
                numeric_fields_item = CustomFieldNumeric.from_dict(
                    numeric_fields_item_data
                )

                numeric_fields.append(numeric_fields_item)

        _select_list_fields = d.pop("SelectListFields", UNSET)
        select_list_fields: list[CustomFieldSelectList] | Unset = UNSET
        if _select_list_fields is not UNSET:
            select_list_fields = []
            for select_list_fields_item_data in _select_list_fields:
                select_list_fields_item = CustomFieldSelectList.from_dict(
                    select_list_fields_item_data
                )

                select_list_fields.append(select_list_fields_item)

        _text_fields = d.pop("TextFields", UNSET)
        text_fields: list[CustomFieldText] | Unset = UNSET
        if _text_fields is not UNSET:
            text_fields = []
            for text_fields_item_data in _text_fields:
                text_fields_item = CustomFieldText.from_dict(text_fields_item_data)

                text_fields.append(text_fields_item)

        custom_field_definition_list = cls(
            date_time_fields=date_time_fields,
            numeric_fields=numeric_fields,
            select_list_fields=select_list_fields,
            text_fields=text_fields,
        )

        custom_field_definition_list.additional_properties = d
        return custom_field_definition_list

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


from ..models.custom_field_common import CustomFieldCommon  # noqa: E402
from ..models.custom_field_numeric import CustomFieldNumeric  # noqa: E402
from ..models.custom_field_select_list import CustomFieldSelectList  # noqa: E402
from ..models.custom_field_text import CustomFieldText  # noqa: E402
