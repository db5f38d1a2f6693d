from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigEditInfo")


@_attrs_define
class ConfigEditInfo:
    """Read-only audit fields (`Edited`) of configuration items. Dates are kept as the server's text.

    Attributes:
        create_date (str | Unset): Creation timestamp.
        created_by (str | Unset): Creator.
        modified_date (str | Unset): Last change timestamp.
        modified_by (str | Unset): Last modifier.
    """

    create_date: str | Unset = UNSET
    created_by: str | Unset = UNSET
    modified_date: str | Unset = UNSET
    modified_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_date = self.create_date

        created_by = self.created_by

        modified_date = self.modified_date

        modified_by = self.modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_date is not UNSET:
            field_dict["CreateDate"] = create_date
        if created_by is not UNSET:
            field_dict["CreatedBy"] = created_by
        if modified_date is not UNSET:
            field_dict["ModifiedDate"] = modified_date
        if modified_by is not UNSET:
            field_dict["ModifiedBy"] = modified_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        create_date = d.pop("CreateDate", UNSET)

        created_by = d.pop("CreatedBy", UNSET)

        modified_date = d.pop("ModifiedDate", UNSET)

        modified_by = d.pop("ModifiedBy", UNSET)

        config_edit_info = cls(
            create_date=create_date,
            created_by=created_by,
            modified_date=modified_date,
            modified_by=modified_by,
        )

        config_edit_info.additional_properties = d
        return config_edit_info

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
