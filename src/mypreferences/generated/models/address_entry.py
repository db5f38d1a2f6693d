from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cass_status import CassStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_consent import CustomerConsent
    from ..models.edit_info import EditInfo
    from ..models.profile_preference import ProfilePreference


T = TypeVar("T", bound="AddressEntry")


@_attrs_define
class AddressEntry:
    """A mailing address of the profile: superset of the help `AddressEntry`/`AddressPreference` and
    the v2 address (with embedded preferences and consents). [RM-ADDR, RM-ADDRPREF, S001, S003, ref
    §3.4]

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
            country (str | Unset): Country name.
            is_active (bool | Unset): Whether the address is active.
            cass_address_1 (str | Unset): CASS-standardized address line 1.
            cass_address_2 (str | Unset): CASS-standardized address line 2.
            cass_city (str | Unset): CASS-standardized city.
            cass_state_province (str | Unset): CASS-standardized state/province.
            cass_postal_code (str | Unset): CASS-standardized postal code.
            cass_status (CassStatus | str | Unset): Y = standardized, N = not standardized.
            edited (EditInfo | Unset): Read-only audit fields, maintained by the server when the parent item is created or
                modified.
                Values are kept verbatim (no date parsing). [S001, S003, ref §3.12]
            address_preferences (list[ProfilePreference] | Unset): Preferences attached to this address.
            consents (list[CustomerConsent] | Unset): Consents attached to this address (v2 shape).
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
    country: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    cass_address_1: str | Unset = UNSET
    cass_address_2: str | Unset = UNSET
    cass_city: str | Unset = UNSET
    cass_state_province: str | Unset = UNSET
    cass_postal_code: str | Unset = UNSET
    cass_status: CassStatus | str | Unset = UNSET
    edited: EditInfo | Unset = UNSET
    address_preferences: list[ProfilePreference] | Unset = UNSET
    consents: list[CustomerConsent] | Unset = UNSET
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

        country = self.country

        is_active = self.is_active

        cass_address_1 = self.cass_address_1

        cass_address_2 = self.cass_address_2

        cass_city = self.cass_city

        cass_state_province = self.cass_state_province

        cass_postal_code = self.cass_postal_code

        cass_status: str | Unset
        if isinstance(self.cass_status, Unset):
            cass_status = UNSET
        elif isinstance(self.cass_status, CassStatus):
            cass_status = self.cass_status.value
        else:
            cass_status = self.cass_status

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        address_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.address_preferences, Unset):
            address_preferences = []
            for address_preferences_item_data in self.address_preferences:
                address_preferences_item = address_preferences_item_data.to_dict()
                address_preferences.append(address_preferences_item)

        consents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consents, Unset):
            consents = []
            for consents_item_data in self.consents:
                consents_item = consents_item_data.to_dict()
                consents.append(consents_item)

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
        if country is not UNSET:
            field_dict["Country"] = country
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if cass_address_1 is not UNSET:
            field_dict["CassAddress1"] = cass_address_1
        if cass_address_2 is not UNSET:
            field_dict["CassAddress2"] = cass_address_2
        if cass_city is not UNSET:
            field_dict["CassCity"] = cass_city
        if cass_state_province is not UNSET:
            field_dict["CassStateProvince"] = cass_state_province
        if cass_postal_code is not UNSET:
            field_dict["CassPostalCode"] = cass_postal_code
        if cass_status is not UNSET:
            field_dict["CassStatus"] = cass_status
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if address_preferences is not UNSET:
            field_dict["AddressPreferences"] = address_preferences
        if consents is not UNSET:
            field_dict["Consents"] = consents

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

        country = d.pop("Country", UNSET)

        is_active = d.pop("IsActive", UNSET)

        cass_address_1 = d.pop("CassAddress1", UNSET)

        cass_address_2 = d.pop("CassAddress2", UNSET)

        cass_city = d.pop("CassCity", UNSET)

        cass_state_province = d.pop("CassStateProvince", UNSET)

        cass_postal_code = d.pop("CassPostalCode", UNSET)

        def _parse_cass_status(data: object) -> CassStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cass_status_type_0 = CassStatus(data)

                return cass_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CassStatus | str | Unset, data)

        cass_status = _parse_cass_status(d.pop("CassStatus", UNSET))

        _edited = d.pop("Edited", UNSET)
        edited: EditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = EditInfo.from_dict(_edited)

        _address_preferences = d.pop("AddressPreferences", UNSET)
        address_preferences: list[ProfilePreference] | Unset = UNSET
        if _address_preferences is not UNSET:
            address_preferences = []
            for address_preferences_item_data in _address_preferences:
                address_preferences_item = ProfilePreference.from_dict(
                    address_preferences_item_data
                )

                address_preferences.append(address_preferences_item)

        _consents = d.pop("Consents", UNSET)
        consents: list[CustomerConsent] | Unset = UNSET
        if _consents is not UNSET:
            consents = []
            for consents_item_data in _consents:
                consents_item = CustomerConsent.from_dict(consents_item_data)

                consents.append(consents_item)

        address_entry = cls(
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
            country=country,
            is_active=is_active,
            cass_address_1=cass_address_1,
            cass_address_2=cass_address_2,
            cass_city=cass_city,
            cass_state_province=cass_state_province,
            cass_postal_code=cass_postal_code,
            cass_status=cass_status,
            edited=edited,
            address_preferences=address_preferences,
            consents=consents,
        )

        address_entry.additional_properties = d
        return address_entry

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


from ..models.customer_consent import CustomerConsent  # noqa: E402
from ..models.edit_info import EditInfo  # noqa: E402
from ..models.profile_preference import ProfilePreference  # noqa: E402
