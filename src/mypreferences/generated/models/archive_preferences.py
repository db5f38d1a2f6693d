from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.archive_address_preference import ArchiveAddressPreference
    from ..models.archive_email_preference import ArchiveEmailPreference
    from ..models.archive_phone_number_preference import ArchivePhoneNumberPreference
    from ..models.archive_profile_preference import ArchiveProfilePreference


T = TypeVar("T", bound="ArchivePreferences")


@_attrs_define
class ArchivePreferences:
    """Body of ArchivePreferences: which preferences to deactivate and archive. [S001, H-ARCHIVE,
    T-ARCHIVE, ref §3.18]

        Attributes:
            global_deactivate (bool | Unset): true = archive all preferences on the profile and all its contact elements.
            reason_code (str | Unset): Optional reason (note the underscore).
            phone_numbers (list[ArchivePhoneNumberPreference] | Unset):
            addresses (list[ArchiveAddressPreference] | Unset):
            emails (list[ArchiveEmailPreference] | Unset):
            profile_preferences (list[ArchiveProfilePreference] | Unset):
    """

    global_deactivate: bool | Unset = UNSET
    reason_code: str | Unset = UNSET
    phone_numbers: list[ArchivePhoneNumberPreference] | Unset = UNSET
    addresses: list[ArchiveAddressPreference] | Unset = UNSET
    emails: list[ArchiveEmailPreference] | Unset = UNSET
    profile_preferences: list[ArchiveProfilePreference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_deactivate = self.global_deactivate

        reason_code = self.reason_code

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        profile_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profile_preferences, Unset):
            profile_preferences = []
            for profile_preferences_item_data in self.profile_preferences:
                profile_preferences_item = profile_preferences_item_data.to_dict()
                profile_preferences.append(profile_preferences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_deactivate is not UNSET:
            field_dict["GlobalDeactivate"] = global_deactivate
        if reason_code is not UNSET:
            field_dict["Reason_Code"] = reason_code
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers
        if addresses is not UNSET:
            field_dict["Addresses"] = addresses
        if emails is not UNSET:
            field_dict["Emails"] = emails
        if profile_preferences is not UNSET:
            field_dict["ProfilePreferences"] = profile_preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.archive_phone_number_preference import (
            ArchivePhoneNumberPreference,
        )

        d = dict(src_dict)
        global_deactivate = d.pop("GlobalDeactivate", UNSET)

        reason_code = d.pop("Reason_Code", UNSET)

        _phone_numbers = d.pop("PhoneNumbers", UNSET)
        phone_numbers: list[ArchivePhoneNumberPreference] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = ArchivePhoneNumberPreference.from_dict(
                    phone_numbers_item_data
                )

                phone_numbers.append(phone_numbers_item)

        _addresses = d.pop("Addresses", UNSET)
        addresses: list[ArchiveAddressPreference] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = ArchiveAddressPreference.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _emails = d.pop("Emails", UNSET)
        emails: list[ArchiveEmailPreference] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = ArchiveEmailPreference.from_dict(emails_item_data)

                emails.append(emails_item)

        _profile_preferences = d.pop("ProfilePreferences", UNSET)
        profile_preferences: list[ArchiveProfilePreference] | Unset = UNSET
        if _profile_preferences is not UNSET:
            profile_preferences = []
            for profile_preferences_item_data in _profile_preferences:
                profile_preferences_item = ArchiveProfilePreference.from_dict(
                    profile_preferences_item_data
                )

                profile_preferences.append(profile_preferences_item)

        archive_preferences = cls(
            global_deactivate=global_deactivate,
            reason_code=reason_code,
            phone_numbers=phone_numbers,
            addresses=addresses,
            emails=emails,
            profile_preferences=profile_preferences,
        )

        archive_preferences.additional_properties = d
        return archive_preferences

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


from ..models.archive_address_preference import ArchiveAddressPreference  # noqa: E402
from ..models.archive_email_preference import ArchiveEmailPreference  # noqa: E402
from ..models.archive_profile_preference import ArchiveProfilePreference  # noqa: E402
