from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SelectListCustomFieldsQuery")


@_attrs_define
class SelectListCustomFieldsQuery:
    """Array-style query criteria, customFields[n].OperatorId / .Name / .Value
    (SearchCustomFieldSelectListValue; OperatorId codes undocumented). Each entry is ONE query key
    exactly as sent, e.g. {'customFields[0].OperatorId': '3', 'customFields[0].Name': 'alpha',
    'customFields[0].Value': 'couch:chair'}; the generated client merges these keys into the query
    string (form/explode). [S001, ref §2]

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        select_list_custom_fields_query = cls()

        select_list_custom_fields_query.additional_properties = d
        return select_list_custom_fields_query

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
