from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_common import CustomFieldCommon


T = TypeVar("T", bound="DateTimeCustomFieldList")


@_attrs_define
class DateTimeCustomFieldList:
    """DateTime custom fields (wrapper inferred from the all-fields response).

    Attributes:
        date_time_fields (list[CustomFieldCommon] | Unset): DateTime custom fields.
    """

    date_time_fields: list[CustomFieldCommon] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_time_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.date_time_fields, Unset):
            date_time_fields = []
            for date_time_fields_item_data in self.date_time_fields:
                date_time_fields_item = date_time_fields_item_data.to_dict()
                date_time_fields.append(date_time_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_time_fields is not UNSET:
            field_dict["DateTimeFields"] = date_time_fields

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

        date_time_custom_field_list = cls(
            date_time_fields=date_time_fields,
        )

        date_time_custom_field_list.additional_properties = d
        return date_time_custom_field_list

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
