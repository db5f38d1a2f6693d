from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_numeric import CustomFieldNumeric


T = TypeVar("T", bound="NumericCustomFieldList")


@_attrs_define
class NumericCustomFieldList:
    """Numeric custom fields (wrapper inferred from the all-fields response).

    Attributes:
        numeric_fields (list[CustomFieldNumeric] | Unset): Numeric custom fields.
    """

    numeric_fields: list[CustomFieldNumeric] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numeric_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numeric_fields, Unset):
            numeric_fields = []
            for numeric_fields_item_data in self.numeric_fields:
                numeric_fields_item = numeric_fields_item_data.to_dict()
                numeric_fields.append(numeric_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numeric_fields is not UNSET:
            field_dict["NumericFields"] = numeric_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _numeric_fields = d.pop("NumericFields", UNSET)
        numeric_fields: list[CustomFieldNumeric] | Unset = UNSET
        if _numeric_fields is not UNSET:
            numeric_fields = []
            for numeric_fields_item_data in _numeric_fields:
                numeric_fields_item = CustomFieldNumeric.from_dict(
                    numeric_fields_item_data
                )

                numeric_fields.append(numeric_fields_item)

        numeric_custom_field_list = cls(
            numeric_fields=numeric_fields,
        )

        numeric_custom_field_list.additional_properties = d
        return numeric_custom_field_list

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


from ..models.custom_field_numeric import CustomFieldNumeric  # noqa: E402
