from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_address_preference import CreateAddressPreference
    from ..models.create_email_preference import CreateEmailPreference
    from ..models.create_phone_number_preference import CreatePhoneNumberPreference
    from ..models.create_profile_preference import CreateProfilePreference


T = TypeVar("T", bound="SubmitPreferences")


@_attrs_define
class SubmitPreferences:
    """Body of SubmitPreferencesBy*: preferences to upsert on the profile and on its contact elements.
    [H-PREF-ALT]

        Attributes:
            profile_preferences (list[CreateProfilePreference] | Unset): Preferences tied to the profile.
            addresses (list[CreateAddressPreference] | Unset): Address preferences.
            phone_numbers (list[CreatePhoneNumberPreference] | Unset): Phone-number preferences.
            emails (list[CreateEmailPreference] | Unset): Email preferences.
    """

    profile_preferences: list[CreateProfilePreference] | Unset = UNSET
    addresses: list[CreateAddressPreference] | Unset = UNSET
    phone_numbers: list[CreatePhoneNumberPreference] | Unset = UNSET
    emails: list[CreateEmailPreference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profile_preferences, Unset):
            profile_preferences = []
            for profile_preferences_item_data in self.profile_preferences:
                profile_preferences_item = profile_preferences_item_data.to_dict()
                profile_preferences.append(profile_preferences_item)

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_preferences is not UNSET:
            field_dict["ProfilePreferences"] = profile_preferences
        if addresses is not UNSET:
            field_dict["Addresses"] = addresses
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers
        if emails is not UNSET:
            field_dict["Emails"] = emails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _profile_preferences = d.pop("ProfilePreferences", UNSET)
        profile_preferences: list[CreateProfilePreference] | Unset = UNSET
        if _profile_preferences is not UNSET:
            profile_preferences = []
            for profile_preferences_item_data in _profile_preferences:
                profile_preferences_item = CreateProfilePreference.from_dict(
                    profile_preferences_item_data
                )

                profile_preferences.append(profile_preferences_item)

        _addresses = d.pop("Addresses", UNSET)
        addresses: list[CreateAddressPreference] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = CreateAddressPreference.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _phone_numbers = d.pop("PhoneNumbers", UNSET)
        phone_numbers: list[CreatePhoneNumberPreference] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = CreatePhoneNumberPreference.from_dict(
                    phone_numbers_item_data
                )

                phone_numbers.append(phone_numbers_item)

        _emails = d.pop("Emails", UNSET)
        emails: list[CreateEmailPreference] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = CreateEmailPreference.from_dict(emails_item_data)

                emails.append(emails_item)

        submit_preferences = cls(
            profile_preferences=profile_preferences,
            addresses=addresses,
            phone_numbers=phone_numbers,
            emails=emails,
        )

        submit_preferences.additional_properties = d
        return submit_preferences

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


from ..models.create_address_preference import CreateAddressPreference  # noqa: E402
from ..models.create_email_preference import CreateEmailPreference  # noqa: E402
from ..models.create_phone_number_preference import CreatePhoneNumberPreference  # noqa: E402
from ..models.create_profile_preference import CreateProfilePreference  # noqa: E402
