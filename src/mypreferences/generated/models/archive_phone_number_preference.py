from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArchivePhoneNumberPreference")


@_attrs_define
class ArchivePhoneNumberPreference:
    """Phone-number preferences to archive. [S001, H-ARCHIVE]

    Attributes:
        phone_type (str | Unset):
        phone_number (str | Unset):
        phone_number_numeric (int | None | Unset):
        filter_id (str | Unset): Filter whose preferences are archived.
        reason_code (str | Unset): Optional reason (underscore sic).
    """

    phone_type: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_numeric: int | None | Unset = UNSET
    filter_id: str | Unset = UNSET
    reason_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_type = self.phone_type

        phone_number = self.phone_number

        phone_number_numeric: int | None | Unset
        if isinstance(self.phone_number_numeric, Unset):
            phone_number_numeric = UNSET
        else:
            phone_number_numeric = self.phone_number_numeric

        filter_id = self.filter_id

        reason_code = self.reason_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_type is not UNSET:
            field_dict["PhoneType"] = phone_type
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if phone_number_numeric is not UNSET:
            field_dict["PhoneNumberNumeric"] = phone_number_numeric
        if filter_id is not UNSET:
            field_dict["FilterId"] = filter_id
        if reason_code is not UNSET:
            field_dict["Reason_Code"] = reason_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone_type = d.pop("PhoneType", UNSET)

        phone_number = d.pop("PhoneNumber", UNSET)

        def _parse_phone_number_numeric(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        phone_number_numeric = _parse_phone_number_numeric(
            d.pop("PhoneNumberNumeric", UNSET)
        )

        filter_id = d.pop("FilterId", UNSET)

        reason_code = d.pop("Reason_Code", UNSET)

        archive_phone_number_preference = cls(
            phone_type=phone_type,
            phone_number=phone_number,
            phone_number_numeric=phone_number_numeric,
            filter_id=filter_id,
            reason_code=reason_code,
        )

        archive_phone_number_preference.additional_properties = d
        return archive_phone_number_preference

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
