from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArchiveEmailPreference")


@_attrs_define
class ArchiveEmailPreference:
    """Email preferences to archive. [S001, H-ARCHIVE]

    Attributes:
        email_address_type (str | Unset):
        email_address (str | Unset):
        filter_id (str | Unset): Filter whose preferences are archived.
        reason_code (str | Unset): Optional reason (underscore sic).
    """

    email_address_type: str | Unset = UNSET
    email_address: str | Unset = UNSET
    filter_id: str | Unset = UNSET
    reason_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address_type = self.email_address_type

        email_address = self.email_address

        filter_id = self.filter_id

        reason_code = self.reason_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address_type is not UNSET:
            field_dict["EmailAddressType"] = email_address_type
        if email_address is not UNSET:
            field_dict["EmailAddress"] = email_address
        if filter_id is not UNSET:
            field_dict["FilterId"] = filter_id
        if reason_code is not UNSET:
            field_dict["Reason_Code"] = reason_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email_address_type = d.pop("EmailAddressType", UNSET)

        email_address = d.pop("EmailAddress", UNSET)

        filter_id = d.pop("FilterId", UNSET)

        reason_code = d.pop("Reason_Code", UNSET)

        archive_email_preference = cls(
            email_address_type=email_address_type,
            email_address=email_address,
            filter_id=filter_id,
            reason_code=reason_code,
        )

        archive_email_preference.additional_properties = d
        return archive_email_preference

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
