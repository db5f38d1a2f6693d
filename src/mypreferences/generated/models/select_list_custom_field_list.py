from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_select_list import CustomFieldSelectList


T = TypeVar("T", bound="SelectListCustomFieldList")


@_attrs_define
class SelectListCustomFieldList:
    """SelectList custom fields (wrapper inferred from the all-fields response).

    Attributes:
        select_list_fields (list[CustomFieldSelectList] | Unset): SelectList custom fields.
    """

    select_list_fields: list[CustomFieldSelectList] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        select_list_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.select_list_fields, Unset):
            select_list_fields = []
            for select_list_fields_item_data in self.select_list_fields:
                select_list_fields_item = select_list_fields_item_data.to_dict()
                select_list_fields.append(select_list_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if select_list_fields is not UNSET:
            field_dict["SelectListFields"] = select_list_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _select_list_fields = d.pop("SelectListFields", UNSET)
        select_list_fields: list[CustomFieldSelectList] | Unset = UNSET
        if _select_list_fields is not UNSET:
            select_list_fields = []
            for select_list_fields_item_data in _select_list_fields:
                select_list_fields_item = CustomFieldSelectList.from_dict(
                    select_list_fields_item_data
                )

                select_list_fields.append(select_list_fields_item)

        select_list_custom_field_list = cls(
            select_list_fields=select_list_fields,
        )

        select_list_custom_field_list.additional_properties = d
        return select_list_custom_field_list

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


from ..models.custom_field_select_list import CustomFieldSelectList  # noqa: E402
