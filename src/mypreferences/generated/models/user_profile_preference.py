from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_entry import AddressEntry
    from ..models.alternate_id_entry import AlternateIdEntry
    from ..models.customer_consent import CustomerConsent
    from ..models.customer_name import CustomerName
    from ..models.edit_info import EditInfo
    from ..models.email_entry import EmailEntry
    from ..models.phone_number_entry import PhoneNumberEntry
    from ..models.profile_preference import ProfilePreference


T = TypeVar("T", bound="UserProfilePreference")


@_attrs_define
class UserProfilePreference:
    """The help (v4) preferences view of a profile. No route returning it is known (reference PR4); the
    model is provided for completeness. Contact entries reuse the superset entry schemas, which
    carry the `…Preferences` collections. [RM-UPP, ref §3.22]

        Attributes:
            profile_id (int | Unset): Profile id.
            is_active (bool | Unset): Whether the profile is active.
            edited (EditInfo | Unset): Read-only audit fields, maintained by the server when the parent item is created or
                modified.
                Values are kept verbatim (no date parsing). [S001, S003, ref §3.12]
            registration_confirmed (bool | Unset): Client-defined verification flag.
            customer_type (str | Unset): Classification of the person.
            preserve_preferences (bool | Unset): Preference retention flag.
            customer_name (CustomerName | Unset): The name fields of a profile. [S001, S003, ref §3.11]
            default_locale (str | Unset): Default locale of the profile.
            consents (list[CustomerConsent] | Unset): Profile-level consents.
            profile_preferences (list[ProfilePreference] | Unset): Preferences tied to the profile.
            alternate_ids (list[AlternateIdEntry] | Unset): Alternate ids.
            addresses (list[AddressEntry] | Unset): Addresses with their AddressPreferences.
            phone_numbers (list[PhoneNumberEntry] | Unset): Phone numbers with their PhonePreferences.
            emails (list[EmailEntry] | Unset): Email addresses with their EmailPreferences.
    """

    profile_id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    edited: EditInfo | Unset = UNSET
    registration_confirmed: bool | Unset = UNSET
    customer_type: str | Unset = UNSET
    preserve_preferences: bool | Unset = UNSET
    customer_name: CustomerName | Unset = UNSET
    default_locale: str | Unset = UNSET
    consents: list[CustomerConsent] | Unset = UNSET
    profile_preferences: list[ProfilePreference] | Unset = UNSET
    alternate_ids: list[AlternateIdEntry] | Unset = UNSET
    addresses: list[AddressEntry] | Unset = UNSET
    phone_numbers: list[PhoneNumberEntry] | Unset = UNSET
    emails: list[EmailEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = self.profile_id

        is_active = self.is_active

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        registration_confirmed = self.registration_confirmed

        customer_type = self.customer_type

        preserve_preferences = self.preserve_preferences

        customer_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_name, Unset):
            customer_name = self.customer_name.to_dict()

        default_locale = self.default_locale

        consents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consents, Unset):
            consents = []
            for consents_item_data in self.consents:
                consents_item = consents_item_data.to_dict()
                consents.append(consents_item)

        profile_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profile_preferences, Unset):
            profile_preferences = []
            for profile_preferences_item_data in self.profile_preferences:
                profile_preferences_item = profile_preferences_item_data.to_dict()
                profile_preferences.append(profile_preferences_item)

        alternate_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternate_ids, Unset):
            alternate_ids = []
            for alternate_ids_item_data in self.alternate_ids:
                alternate_ids_item = alternate_ids_item_data.to_dict()
                alternate_ids.append(alternate_ids_item)

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
        if profile_id is not UNSET:
            field_dict["ProfileId"] = profile_id
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if registration_confirmed is not UNSET:
            field_dict["RegistrationConfirmed"] = registration_confirmed
        if customer_type is not UNSET:
            field_dict["CustomerType"] = customer_type
        if preserve_preferences is not UNSET:
            field_dict["PreservePreferences"] = preserve_preferences
        if customer_name is not UNSET:
            field_dict["CustomerName"] = customer_name
        if default_locale is not UNSET:
            field_dict["DefaultLocale"] = default_locale
        if consents is not UNSET:
            field_dict["Consents"] = consents
        if profile_preferences is not UNSET:
            field_dict["ProfilePreferences"] = profile_preferences
        if alternate_ids is not UNSET:
            field_dict["AlternateIds"] = alternate_ids
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
        profile_id = d.pop("ProfileId", UNSET)

        is_active = d.pop("IsActive", UNSET)

        _edited = d.pop("Edited", UNSET)
        edited: EditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = EditInfo.from_dict(_edited)

        registration_confirmed = d.pop("RegistrationConfirmed", UNSET)

        customer_type = d.pop("CustomerType", UNSET)

        preserve_preferences = d.pop("PreservePreferences", UNSET)

        _customer_name = d.pop("CustomerName", UNSET)
        customer_name: CustomerName | Unset
        if isinstance(_customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = CustomerName.from_dict(_customer_name)

        default_locale = d.pop("DefaultLocale", UNSET)

        _consents = d.pop("Consents", UNSET)
        consents: list[CustomerConsent] | Unset = UNSET
        if _consents is not UNSET:
            consents = []
            for consents_item_data in _consents:
                consents_item = CustomerConsent.from_dict(consents_item_data)

                consents.append(consents_item)

        _profile_preferences = d.pop("ProfilePreferences", UNSET)
        profile_preferences: list[ProfilePreference] | Unset = UNSET
        if _profile_preferences is not UNSET:
            profile_preferences = []
            for profile_preferences_item_data in _profile_preferences:
                profile_preferences_item = ProfilePreference.from_dict(
                    profile_preferences_item_data
                )

                profile_preferences.append(profile_preferences_item)

        _alternate_ids = d.pop("AlternateIds", UNSET)
        alternate_ids: list[AlternateIdEntry] | Unset = UNSET
        if _alternate_ids is not UNSET:
            alternate_ids = []
            for alternate_ids_item_data in _alternate_ids:
                alternate_ids_item = AlternateIdEntry.from_dict(alternate_ids_item_data)

                alternate_ids.append(alternate_ids_item)

        _addresses = d.pop("Addresses", UNSET)
        addresses: list[AddressEntry] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = AddressEntry.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _phone_numbers = d.pop("PhoneNumbers", UNSET)
        phone_numbers: list[PhoneNumberEntry] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumberEntry.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _emails = d.pop("Emails", UNSET)
        emails: list[EmailEntry] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = EmailEntry.from_dict(emails_item_data)

                emails.append(emails_item)

        user_profile_preference = cls(
            profile_id=profile_id,
            is_active=is_active,
            edited=edited,
            registration_confirmed=registration_confirmed,
            customer_type=customer_type,
            preserve_preferences=preserve_preferences,
            customer_name=customer_name,
            default_locale=default_locale,
            consents=consents,
            profile_preferences=profile_preferences,
            alternate_ids=alternate_ids,
            addresses=addresses,
            phone_numbers=phone_numbers,
            emails=emails,
        )

        user_profile_preference.additional_properties = d
        return user_profile_preference

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


from ..models.address_entry import AddressEntry  # noqa: E402
from ..models.alternate_id_entry import AlternateIdEntry  # noqa: E402
from ..models.customer_consent import CustomerConsent  # noqa: E402
from ..models.customer_name import CustomerName  # noqa: E402
from ..models.edit_info import EditInfo  # noqa: E402
from ..models.email_entry import EmailEntry  # noqa: E402
from ..models.phone_number_entry import PhoneNumberEntry  # noqa: E402
from ..models.profile_preference import ProfilePreference  # noqa: E402
