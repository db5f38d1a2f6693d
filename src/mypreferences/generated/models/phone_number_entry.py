from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_consent import CustomerConsent
    from ..models.edit_info import EditInfo
    from ..models.profile_preference import ProfilePreference


T = TypeVar("T", bound="PhoneNumberEntry")


@_attrs_define
class PhoneNumberEntry:
    """A phone number of the profile: superset of the help `PhoneNumberEntry`/`PhoneNumberPreference`
    and the v2 phone (with embedded preferences and consents). Length constraints not documented.
    [S001, S003, ref §3.6]

        Attributes:
            phone_type (str | Unset): Name of the phone (contact) type.
            phone_number (str | Unset): The phone number.
            is_default (bool | Unset): Whether this is the profile's default phone number.
            is_mobile (bool | str | Unset): Whether the number is a mobile number. Documented boolean; one v2 sample sends
                the string
                "false", so a string is accepted and kept verbatim.
            phone_number_numeric (int | None | Unset): Digits of the number as an integer (response; may be null).
            is_active (bool | Unset): Whether the phone number is active.
            edited (EditInfo | Unset): Read-only audit fields, maintained by the server when the parent item is created or
                modified.
                Values are kept verbatim (no date parsing). [S001, S003, ref §3.12]
            phone_preferences (list[ProfilePreference] | Unset): Preferences attached to this phone number.
            consents (list[CustomerConsent] | Unset): Consents attached to this phone number (v2 shape).
    """

    phone_type: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_mobile: bool | str | Unset = UNSET
    phone_number_numeric: int | None | Unset = UNSET
    is_active: bool | Unset = UNSET
    edited: EditInfo | Unset = UNSET
    phone_preferences: list[ProfilePreference] | Unset = UNSET
    consents: list[CustomerConsent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_type = self.phone_type

        phone_number = self.phone_number

        is_default = self.is_default

        is_mobile: bool | str | Unset
        if isinstance(self.is_mobile, Unset):
            is_mobile = UNSET
        else:
            is_mobile = self.is_mobile

        phone_number_numeric: int | None | Unset
        if isinstance(self.phone_number_numeric, Unset):
            phone_number_numeric = UNSET
        else:
            phone_number_numeric = self.phone_number_numeric

        is_active = self.is_active

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        phone_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_preferences, Unset):
            phone_preferences = []
            for phone_preferences_item_data in self.phone_preferences:
                phone_preferences_item = phone_preferences_item_data.to_dict()
                phone_preferences.append(phone_preferences_item)

        consents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consents, Unset):
            consents = []
            for consents_item_data in self.consents:
                consents_item = consents_item_data.to_dict()
                consents.append(consents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_type is not UNSET:
            field_dict["PhoneType"] = phone_type
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if is_default is not UNSET:
            field_dict["IsDefault"] = is_default
        if is_mobile is not UNSET:
            field_dict["IsMobile"] = is_mobile
        if phone_number_numeric is not UNSET:
            field_dict["PhoneNumberNumeric"] = phone_number_numeric
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if phone_preferences is not UNSET:
            field_dict["PhonePreferences"] = phone_preferences
        if consents is not UNSET:
            field_dict["Consents"] = consents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        phone_type = d.pop("PhoneType", UNSET)

        phone_number = d.pop("PhoneNumber", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        def _parse_is_mobile(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        is_mobile = _parse_is_mobile(d.pop("IsMobile", UNSET))

        def _parse_phone_number_numeric(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        phone_number_numeric = _parse_phone_number_numeric(
            d.pop("PhoneNumberNumeric", UNSET)
        )

        is_active = d.pop("IsActive", UNSET)

        _edited = d.pop("Edited", UNSET)
        edited: EditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = EditInfo.from_dict(_edited)

        _phone_preferences = d.pop("PhonePreferences", UNSET)
        phone_preferences: list[ProfilePreference] | Unset = UNSET
        if _phone_preferences is not UNSET:
            phone_preferences = []
            for phone_preferences_item_data in _phone_preferences:
                phone_preferences_item = ProfilePreference.from_dict(
                    phone_preferences_item_data
                )

                phone_preferences.append(phone_preferences_item)

        _consents = d.pop("Consents", UNSET)
        consents: list[CustomerConsent] | Unset = UNSET
        if _consents is not UNSET:
            consents = []
            for consents_item_data in _consents:
                consents_item = CustomerConsent.from_dict(consents_item_data)

                consents.append(consents_item)

        phone_number_entry = cls(
            phone_type=phone_type,
            phone_number=phone_number,
            is_default=is_default,
            is_mobile=is_mobile,
            phone_number_numeric=phone_number_numeric,
            is_active=is_active,
            edited=edited,
            phone_preferences=phone_preferences,
            consents=consents,
        )

        phone_number_entry.additional_properties = d
        return phone_number_entry

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
