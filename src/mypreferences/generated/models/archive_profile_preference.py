from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArchiveProfilePreference")


@_attrs_define
class ArchiveProfilePreference:
    """Profile-level preferences to archive. [S001, H-ARCHIVE]

    Attributes:
        customer_type (str | Unset):
        filter_id (str | Unset): Filter whose preferences are archived.
        reason_code (str | Unset): Optional reason (underscore sic).
    """

    customer_type: str | Unset = UNSET
    filter_id: str | Unset = UNSET
    reason_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_type = self.customer_type

        filter_id = self.filter_id

        reason_code = self.reason_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_type is not UNSET:
            field_dict["CustomerType"] = customer_type
        if filter_id is not UNSET:
            field_dict["FilterId"] = filter_id
        if reason_code is not UNSET:
            field_dict["Reason_Code"] = reason_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_type = d.pop("CustomerType", UNSET)

        filter_id = d.pop("FilterId", UNSET)

        reason_code = d.pop("Reason_Code", UNSET)

        archive_profile_preference = cls(
            customer_type=customer_type,
            filter_id=filter_id,
            reason_code=reason_code,
        )

        archive_profile_preference.additional_properties = d
        return archive_profile_preference

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
