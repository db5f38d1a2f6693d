from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alternate_id_entry import AlternateIdEntry
    from ..models.create_address_entry import CreateAddressEntry
    from ..models.create_phone_number_entry import CreatePhoneNumberEntry
    from ..models.custom_field_value import CustomFieldValue
    from ..models.customer_name import CustomerName
    from ..models.email_entry import EmailEntry
    from ..models.group_entry import GroupEntry
    from ..models.tag import Tag


T = TypeVar("T", bound="CreateUserProfile")


@_attrs_define
class CreateUserProfile:
    """The help-page (v4) create-profile body: no consents (use AddConsentsByProfileId) and no
    preferences (use SubmitPreferences*). CreateProfile takes the UserProfile superset, which
    accepts this shape unchanged. [S003, ref §3.3]

        Attributes:
            addresses (list[CreateAddressEntry] | Unset): Mailing addresses.
            is_active (bool | Unset): Whether the profile is active; re-activate with ActivateProfile.
            registration_confirmed (bool | Unset): Client-defined verification flag; defaults to false.
            customer_type (str | Unset): Classification of the person (e.g. Customer, Prospect); the account default type is
                used when
                absent.
            preserve_preferences (bool | Unset): Keep (true, default) or deactivate (false) preferences when a contact type
                is deactivated.
            default_locale (str | Unset): Default locale of the profile; the account default when absent.
            customer_name (CustomerName | Unset): The name fields of a profile. [S001, S003, ref §3.11]
            alternate_ids (list[AlternateIdEntry] | Unset): Additional unique identifiers of the profile.
            emails (list[EmailEntry] | Unset): Email addresses.
            phone_numbers (list[CreatePhoneNumberEntry] | Unset): Phone numbers.
            groups (list[GroupEntry] | Unset): Groups the profile belongs to.
            profile_tags (list[Tag] | Unset): Tags of the profile.
            custom_fields (list[CustomFieldValue] | Unset): Custom field values of the profile.
    """

    addresses: list[CreateAddressEntry] | Unset = UNSET
    is_active: bool | Unset = UNSET
    registration_confirmed: bool | Unset = UNSET
    customer_type: str | Unset = UNSET
    preserve_preferences: bool | Unset = UNSET
    default_locale: str | Unset = UNSET
    customer_name: CustomerName | Unset = UNSET
    alternate_ids: list[AlternateIdEntry] | Unset = UNSET
    emails: list[EmailEntry] | Unset = UNSET
    phone_numbers: list[CreatePhoneNumberEntry] | Unset = UNSET
    groups: list[GroupEntry] | Unset = UNSET
    profile_tags: list[Tag] | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        is_active = self.is_active

        registration_confirmed = self.registration_confirmed

        customer_type = self.customer_type

        preserve_preferences = self.preserve_preferences

        default_locale = self.default_locale

        customer_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_name, Unset):
            customer_name = self.customer_name.to_dict()

        alternate_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alternate_ids, Unset):
            alternate_ids = []
            for alternate_ids_item_data in self.alternate_ids:
                alternate_ids_item = alternate_ids_item_data.to_dict()
                alternate_ids.append(alternate_ids_item)

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

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addresses is not UNSET:
            field_dict["Addresses"] = addresses
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if registration_confirmed is not UNSET:
            field_dict["RegistrationConfirmed"] = registration_confirmed
        if customer_type is not UNSET:
            field_dict["CustomerType"] = customer_type
        if preserve_preferences is not UNSET:
            field_dict["PreservePreferences"] = preserve_preferences
        if default_locale is not UNSET:
            field_dict["DefaultLocale"] = default_locale
        if customer_name is not UNSET:
            field_dict["CustomerName"] = customer_name
        if alternate_ids is not UNSET:
            field_dict["AlternateIds"] = alternate_ids
        if emails is not UNSET:
            field_dict["Emails"] = emails
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers
        if groups is not UNSET:
            field_dict["Groups"] = groups
        if profile_tags is not UNSET:
            field_dict["ProfileTags"] = profile_tags
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _addresses = d.pop("Addresses", UNSET)
        addresses: list[CreateAddressEntry] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = CreateAddressEntry.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        is_active = d.pop("IsActive", UNSET)

        registration_confirmed = d.pop("RegistrationConfirmed", UNSET)

        customer_type = d.pop("CustomerType", UNSET)

        preserve_preferences = d.pop("PreservePreferences", UNSET)

        default_locale = d.pop("DefaultLocale", UNSET)

        _customer_name = d.pop("CustomerName", UNSET)
        customer_name: CustomerName | Unset
        if isinstance(_customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = CustomerName.from_dict(_customer_name)

        _alternate_ids = d.pop("AlternateIds", UNSET)
        alternate_ids: list[AlternateIdEntry] | Unset = UNSET
        if _alternate_ids is not UNSET:
            alternate_ids = []
            for alternate_ids_item_data in _alternate_ids:
                alternate_ids_item = AlternateIdEntry.from_dict(alternate_ids_item_data)

                alternate_ids.append(alternate_ids_item)

        _emails = d.pop("Emails", UNSET)
        emails: list[EmailEntry] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = EmailEntry.from_dict(emails_item_data)

                emails.append(emails_item)

        _phone_numbers = d.pop("PhoneNumbers", UNSET)
        phone_numbers: list[CreatePhoneNumberEntry] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = CreatePhoneNumberEntry.from_dict(
                    phone_numbers_item_data
                )

                phone_numbers.append(phone_numbers_item)

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

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        create_user_profile = cls(
            addresses=addresses,
            is_active=is_active,
            registration_confirmed=registration_confirmed,
            customer_type=customer_type,
            preserve_preferences=preserve_preferences,
            default_locale=default_locale,
            customer_name=customer_name,
            alternate_ids=alternate_ids,
            emails=emails,
            phone_numbers=phone_numbers,
            groups=groups,
            profile_tags=profile_tags,
            custom_fields=custom_fields,
        )

        create_user_profile.additional_properties = d
        return create_user_profile

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


from ..models.alternate_id_entry import AlternateIdEntry  # noqa: E402
from ..models.create_address_entry import CreateAddressEntry  # noqa: E402
from ..models.create_phone_number_entry import CreatePhoneNumberEntry  # noqa: E402
from ..models.custom_field_value import CustomFieldValue  # noqa: E402
from ..models.customer_name import CustomerName  # noqa: E402
from ..models.email_entry import EmailEntry  # noqa: E402
from ..models.group_entry import GroupEntry  # noqa: E402
from ..models.tag import Tag  # noqa: E402
