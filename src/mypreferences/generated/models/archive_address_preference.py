from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArchiveAddressPreference")


@_attrs_define
class ArchiveAddressPreference:
    """Address preferences to archive. [S001, H-ARCHIVE]

    Attributes:
        address_1 (str | Unset):
        address_2 (str | Unset):
        city (str | Unset):
        state_province (str | Unset):
        country_code_numeric (str | Unset):
        country_code_alpha_2 (str | Unset):
        country_code_alpha_3 (str | Unset):
        postal_code (str | Unset):
        address_type (str | Unset):
        filter_id (str | Unset): Filter whose preferences are archived.
        reason_code (str | Unset): Optional reason (underscore sic).
    """

    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    city: str | Unset = UNSET
    state_province: str | Unset = UNSET
    country_code_numeric: str | Unset = UNSET
    country_code_alpha_2: str | Unset = UNSET
    country_code_alpha_3: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    address_type: str | Unset = UNSET
    filter_id: str | Unset = UNSET
    reason_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1 = self.address_1

        address_2 = self.address_2

        city = self.city

        state_province = self.state_province

        country_code_numeric = self.country_code_numeric

        country_code_alpha_2 = self.country_code_alpha_2

        country_code_alpha_3 = self.country_code_alpha_3

        postal_code = self.postal_code

        address_type = self.address_type

        filter_id = self.filter_id

        reason_code = self.reason_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_1 is not UNSET:
            field_dict["Address1"] = address_1
        if address_2 is not UNSET:
            field_dict["Address2"] = address_2
        if city is not UNSET:
            field_dict["City"] = city
        if state_province is not UNSET:
            field_dict["StateProvince"] = state_province
        if country_code_numeric is not UNSET:
            field_dict["CountryCode_Numeric"] = country_code_numeric
        if country_code_alpha_2 is not UNSET:
            field_dict["CountryCode_Alpha2"] = country_code_alpha_2
        if country_code_alpha_3 is not UNSET:
            field_dict["CountryCode_Alpha3"] = country_code_alpha_3
        if postal_code is not UNSET:
            field_dict["PostalCode"] = postal_code
        if address_type is not UNSET:
            field_dict["AddressType"] = address_type
        if filter_id is not UNSET:
            field_dict["FilterId"] = filter_id
        if reason_code is not UNSET:
            field_dict["Reason_Code"] = reason_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_1 = d.pop("Address1", UNSET)

        address_2 = d.pop("Address2", UNSET)

        city = d.pop("City", UNSET)

        state_province = d.pop("StateProvince", UNSET)

        country_code_numeric = d.pop("CountryCode_Numeric", UNSET)

        country_code_alpha_2 = d.pop("CountryCode_Alpha2", UNSET)

        country_code_alpha_3 = d.pop("CountryCode_Alpha3", UNSET)

        postal_code = d.pop("PostalCode", UNSET)

        address_type = d.pop("AddressType", UNSET)

        filter_id = d.pop("FilterId", UNSET)

        reason_code = d.pop("Reason_Code", UNSET)

        archive_address_preference = cls(
            address_1=address_1,
            address_2=address_2,
            city=city,
            state_province=state_province,
            country_code_numeric=country_code_numeric,
            country_code_alpha_2=country_code_alpha_2,
            country_code_alpha_3=country_code_alpha_3,
            postal_code=postal_code,
            address_type=address_type,
            filter_id=filter_id,
            reason_code=reason_code,
        )

        archive_address_preference.additional_properties = d
        return archive_address_preference

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
