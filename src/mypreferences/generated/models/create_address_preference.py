from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_profile_preference import CreateProfilePreference


T = TypeVar("T", bound="CreateAddressPreference")


@_attrs_define
class CreateAddressPreference:
    """Preferences for one address (help name; fields inferred from CreateAddressEntry +
    CreateProfilePreference). [H-PREF-ALT, ref §3.16]

        Attributes:
            address_1 (str): Address line 1.
            city (str): City.
            state_province (str): State or province.
            postal_code (str): Postal code.
            address_type (str | Unset): Name of the address (contact) type.
            is_default (bool | Unset): Whether this is the profile's default address (one per profile).
            address_2 (str | Unset): Address line 2.
            country_code_numeric (str | Unset): ISO 3166 numeric country code.
            country_code_alpha_2 (str | Unset): ISO 3166 alpha-2 country code.
            country_code_alpha_3 (str | Unset): ISO 3166 alpha-3 country code.
            address_preferences (list[CreateProfilePreference] | Unset):
    """

    address_1: str
    city: str
    state_province: str
    postal_code: str
    address_type: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    address_2: str | Unset = UNSET
    country_code_numeric: str | Unset = UNSET
    country_code_alpha_2: str | Unset = UNSET
    country_code_alpha_3: str | Unset = UNSET
    address_preferences: list[CreateProfilePreference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1 = self.address_1

        city = self.city

        state_province = self.state_province

        postal_code = self.postal_code

        address_type = self.address_type

        is_default = self.is_default

        address_2 = self.address_2

        country_code_numeric = self.country_code_numeric

        country_code_alpha_2 = self.country_code_alpha_2

        country_code_alpha_3 = self.country_code_alpha_3

        address_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.address_preferences, Unset):
            address_preferences = []
            for address_preferences_item_data in self.address_preferences:
                address_preferences_item = address_preferences_item_data.to_dict()
                address_preferences.append(address_preferences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Address1": address_1,
                "City": city,
                "StateProvince": state_province,
                "PostalCode": postal_code,
            }
        )
        if address_type is not UNSET:
            field_dict["AddressType"] = address_type
        if is_default is not UNSET:
            field_dict["IsDefault"] = is_default
        if address_2 is not UNSET:
            field_dict["Address2"] = address_2
        if country_code_numeric is not UNSET:
            field_dict["CountryCode_Numeric"] = country_code_numeric
        if country_code_alpha_2 is not UNSET:
            field_dict["CountryCode_Alpha2"] = country_code_alpha_2
        if country_code_alpha_3 is not UNSET:
            field_dict["CountryCode_Alpha3"] = country_code_alpha_3
        if address_preferences is not UNSET:
            field_dict["AddressPreferences"] = address_preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        address_1 = d.pop("Address1")

        city = d.pop("City")

        state_province = d.pop("StateProvince")

        postal_code = d.pop("PostalCode")

        address_type = d.pop("AddressType", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        address_2 = d.pop("Address2", UNSET)

        country_code_numeric = d.pop("CountryCode_Numeric", UNSET)

        country_code_alpha_2 = d.pop("CountryCode_Alpha2", UNSET)

        country_code_alpha_3 = d.pop("CountryCode_Alpha3", UNSET)

        _address_preferences = d.pop("AddressPreferences", UNSET)
        address_preferences: list[CreateProfilePreference] | Unset = UNSET
        if _address_preferences is not UNSET:
            address_preferences = []
            for address_preferences_item_data in _address_preferences:
                address_preferences_item = CreateProfilePreference.from_dict(
                    address_preferences_item_data
                )

                address_preferences.append(address_preferences_item)

        create_address_preference = cls(
            address_1=address_1,
            city=city,
            state_province=state_province,
            postal_code=postal_code,
            address_type=address_type,
            is_default=is_default,
            address_2=address_2,
            country_code_numeric=country_code_numeric,
            country_code_alpha_2=country_code_alpha_2,
            country_code_alpha_3=country_code_alpha_3,
            address_preferences=address_preferences,
        )

        create_address_preference.additional_properties = d
        return create_address_preference

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


from ..models.create_profile_preference import CreateProfilePreference  # noqa: E402
