from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_status import UpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_entry import AddressEntry
    from ..models.alternate_id_entry import AlternateIdEntry
    from ..models.custom_field_value import CustomFieldValue
    from ..models.customer_consent import CustomerConsent
    from ..models.customer_name import CustomerName
    from ..models.edit_info import EditInfo
    from ..models.email_entry import EmailEntry
    from ..models.group_entry import GroupEntry
    from ..models.phone_number_entry import PhoneNumberEntry
    from ..models.profile_preference import ProfilePreference
    from ..models.tag import Tag


T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """A profile: one unified view of a person across channels. SUPERSET of the v2 / v4-doc shape
    (embedded ProfilePreferences, contact-element preferences and consents, PreserveConsents,
    UpdateStatus) and the v4 help-page shape, so responses of either parse without loss. Used as
    request body of create/update and as the response of reads and look-ups. [S001, S003, S004,
    RM-UP, ref §3.1-3.2]

        Attributes:
            profile_id (int | Unset): System-generated profile id.
            edited (EditInfo | Unset): Read-only audit fields, maintained by the server when the parent item is created or
                modified.
                Values are kept verbatim (no date parsing). [S001, S003, ref §3.12]
            consents (list[CustomerConsent] | Unset): Profile-level consents (read-only on the help model; add them with
                AddConsentsByProfileId).
            custom_fields (list[CustomFieldValue] | Unset): Custom field values of the profile.
            groups (list[GroupEntry] | Unset): Groups the profile belongs to.
            profile_tags (list[Tag] | Unset): Tags of the profile.
            addresses (list[AddressEntry] | Unset): Mailing addresses (with their preferences and consents).
            emails (list[EmailEntry] | Unset): Email addresses (with their preferences and consents).
            phone_numbers (list[PhoneNumberEntry] | Unset): Phone numbers (with their preferences and consents).
            profile_preferences (list[ProfilePreference] | Unset): Preferences tied to the profile, not to a contact element
                (v2 / v4-doc shape).
            is_active (bool | Unset): Whether the profile is active; re-activate with ActivateProfile.
            registration_confirmed (bool | Unset): Client-defined verification flag; defaults to false.
            customer_type (str | Unset): Classification of the person (e.g. Customer, Prospect); the account default type is
                used when
                absent.
            preserve_consents (bool | Unset): Keep (true, default) or deactivate (false) contact-element consents (v2 /
                v4-doc).
            preserve_preferences (bool | Unset): Keep (true, default) or deactivate (false) preferences when a contact type
                is deactivated.
            customer_name (CustomerName | Unset): The name fields of a profile. [S001, S003, ref §3.11]
            default_locale (str | Unset): Default locale of the profile; the account default when absent.
            update_status (str | Unset | UpdateStatus): "Complete" or "Pending Update" (read-only).
            reason_code (str | Unset): Stored deactivation reason.
            alternate_ids (list[AlternateIdEntry] | Unset): Additional unique identifiers of the profile.
    """

    profile_id: int | Unset = UNSET
    edited: EditInfo | Unset = UNSET
    consents: list[CustomerConsent] | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    groups: list[GroupEntry] | Unset = UNSET
    profile_tags: list[Tag] | Unset = UNSET
    addresses: list[AddressEntry] | Unset = UNSET
    emails: list[EmailEntry] | Unset = UNSET
    phone_numbers: list[PhoneNumberEntry] | Unset = UNSET
    profile_preferences: list[ProfilePreference] | Unset = UNSET
    is_active: bool | Unset = UNSET
    registration_confirmed: bool | Unset = UNSET
    customer_type: str | Unset = UNSET
    preserve_consents: bool | Unset = UNSET
    preserve_preferences: bool | Unset = UNSET
    customer_name: CustomerName | Unset = UNSET
    default_locale: str | Unset = UNSET
    update_status: str | Unset | UpdateStatus = UNSET
    reason_code: str | Unset = UNSET
    alternate_ids: list[AlternateIdEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = self.profile_id

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        consents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consents, Unset):
            consents = []
            for consents_item_data in self.consents:
                consents_item = consents_item_data.to_dict()
                consents.append(consents_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        profile_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profile_tags, Unset):
            profile_tags = []
            for profile_tags_item_data in self.profile_tags:
                profile_tags_item = profile_tags_item_data.to_dict()
                profile_tags.append(profile_tags_item)

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

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        profile_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.profile_preferences, Unset):
            profile_preferences = []
            for profile_preferences_item_data in self.profile_preferences:
                profile_preferences_item = profile_preferences_item_data.to_dict()
                profile_preferences.append(profile_preferences_item)

        is_active = self.is_active

        registration_confirmed = self.registration_confirmed

        customer_type = self.customer_type

        preserve_consents = self.preserve_consents

        preserve_preferences = self.preserve_preferences

        customer_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_name, Unset):
            customer_name = self.customer_name.to_dict()

        default_locale = self.default_locale

        update_status: str | Unset
        if isinstance(self.update_status, Unset):
            update_status = UNSET
        elif isinstance(self.update_status, UpdateStatus):
            update_status = self.update_status.value
        else:
            update_status = self.update_status

        reason_code = self.reason_code

        alternate_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternate_ids, Unset):
            alternate_ids = []
            for alternate_ids_item_data in self.alternate_ids:
                alternate_ids_item = alternate_ids_item_data.to_dict()
                alternate_ids.append(alternate_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_id is not UNSET:
            field_dict["ProfileId"] = profile_id
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if consents is not UNSET:
            field_dict["Consents"] = consents
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields
        if groups is not UNSET:
            field_dict["Groups"] = groups
        if profile_tags is not UNSET:
            field_dict["ProfileTags"] = profile_tags
        if addresses is not UNSET:
            field_dict["Addresses"] = addresses
        if emails is not UNSET:
            field_dict["Emails"] = emails
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers
        if profile_preferences is not UNSET:
            field_dict["ProfilePreferences"] = profile_preferences
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if registration_confirmed is not UNSET:
            field_dict["RegistrationConfirmed"] = registration_confirmed
        if customer_type is not UNSET:
            field_dict["CustomerType"] = customer_type
        if preserve_consents is not UNSET:
            field_dict["PreserveConsents"] = preserve_consents
        if preserve_preferences is not UNSET:
            field_dict["PreservePreferences"] = preserve_preferences
        if customer_name is not UNSET:
            field_dict["CustomerName"] = customer_name
        if default_locale is not UNSET:
            field_dict["DefaultLocale"] = default_locale
        if update_status is not UNSET:
            field_dict["UpdateStatus"] = update_status
        if reason_code is not UNSET:
            field_dict["ReasonCode"] = reason_code
        if alternate_ids is not UNSET:
            field_dict["AlternateIds"] = alternate_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        profile_id = d.pop("ProfileId", UNSET)

        _edited = d.pop("Edited", UNSET)
        edited: EditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = EditInfo.from_dict(_edited)

        _consents = d.pop("Consents", UNSET)
        consents: list[CustomerConsent] | Unset = UNSET
        if _consents is not UNSET:
            consents = []
            for consents_item_data in _consents:
                consents_item = CustomerConsent.from_dict(consents_item_data)

                consents.append(consents_item)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _groups = d.pop("Groups", UNSET)
        groups: list[GroupEntry] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = GroupEntry.from_dict(groups_item_data)

                groups.append(groups_item)

        _profile_tags = d.pop("ProfileTags", UNSET)
        profile_tags: list[Tag] | Unset = UNSET
        if _profile_tags is not UNSET:
            profile_tags = []
            for profile_tags_item_data in _profile_tags:
                profile_tags_item = Tag.from_dict(profile_tags_item_data)

                profile_tags.append(profile_tags_item)

        _addresses = d.pop("Addresses", UNSET)
        addresses: list[AddressEntry] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = AddressEntry.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        _emails = d.pop("Emails", UNSET)
        emails: list[EmailEntry] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = EmailEntry.from_dict(emails_item_data)

                emails.append(emails_item)

        _phone_numbers = d.pop("PhoneNumbers", UNSET)
        phone_numbers: list[PhoneNumberEntry] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumberEntry.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _profile_preferences = d.pop("ProfilePreferences", UNSET)
        profile_preferences: list[ProfilePreference] | Unset = UNSET
        if _profile_preferences is not UNSET:
            profile_preferences = []
            for profile_preferences_item_data in _profile_preferences:
                profile_preferences_item = ProfilePreference.from_dict(
                    profile_preferences_item_data
                )

                profile_preferences.append(profile_preferences_item)

        is_active = d.pop("IsActive", UNSET)

        registration_confirmed = d.pop("RegistrationConfirmed", UNSET)

        customer_type = d.pop("CustomerType", UNSET)

        preserve_consents = d.pop("PreserveConsents", UNSET)

        preserve_preferences = d.pop("PreservePreferences", UNSET)

        _customer_name = d.pop("CustomerName", UNSET)
        customer_name: CustomerName | Unset
        if isinstance(_customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = CustomerName.from_dict(_customer_name)

        default_locale = d.pop("DefaultLocale", UNSET)

        def _parse_update_status(data: object) -> str | Unset | UpdateStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                update_status_type_0 = UpdateStatus(data)

                return update_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | UpdateStatus, data)

        update_status = _parse_update_status(d.pop("UpdateStatus", UNSET))

        reason_code = d.pop("ReasonCode", UNSET)

        _alternate_ids = d.pop("AlternateIds", UNSET)
        alternate_ids: list[AlternateIdEntry] | Unset = UNSET
        if _alternate_ids is not UNSET:
            alternate_ids = []
            for alternate_ids_item_data in _alternate_ids:
                alternate_ids_item = AlternateIdEntry.from_dict(alternate_ids_item_data)

                alternate_ids.append(alternate_ids_item)

        user_profile = cls(
            profile_id=profile_id,
            edited=edited,
            consents=consents,
            custom_fields=custom_fields,
            groups=groups,
            profile_tags=profile_tags,
            addresses=addresses,
            emails=emails,
            phone_numbers=phone_numbers,
            profile_preferences=profile_preferences,
            is_active=is_active,
            registration_confirmed=registration_confirmed,
            customer_type=customer_type,
            preserve_consents=preserve_consents,
            preserve_preferences=preserve_preferences,
            customer_name=customer_name,
            default_locale=default_locale,
            update_status=update_status,
            reason_code=reason_code,
            alternate_ids=alternate_ids,
        )

        user_profile.additional_properties = d
        return user_profile

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
from ..models.custom_field_value import CustomFieldValue  # noqa: E402
from ..models.customer_consent import CustomerConsent  # noqa: E402
from ..models.customer_name import CustomerName  # noqa: E402
from ..models.edit_info import EditInfo  # noqa: E402
from ..models.email_entry import EmailEntry  # noqa: E402
from ..models.group_entry import GroupEntry  # noqa: E402
from ..models.phone_number_entry import PhoneNumberEntry  # noqa: E402
from ..models.profile_preference import ProfilePreference  # noqa: E402
from ..models.tag import Tag  # noqa: E402
