from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_record_object import ExportRecordObject


T = TypeVar("T", bound="ExportedProfile")


@_attrs_define
class ExportedProfile:
    """One exported profile record. The item schema is not published (collapsed in the docs); these are the
    fields of the v4 UserProfile / UserProfilePreference models that an export may carry, depending on the
    segment's output settings (profiles plus Preferences, Consents and/or Custom Fields). Nested entries are
    kept as free-form objects and unknown keys are allowed (decode leniently).

        Attributes:
            profile_id (int | Unset): System-generated profile id.
            is_active (bool | Unset):
            registration_confirmed (bool | Unset):
            customer_type (None | str | Unset):
            preserve_consents (bool | Unset):
            preserve_preferences (bool | Unset):
            default_locale (None | str | Unset):
            update_status (None | str | Unset): Complete or Pending Update.
            reason_code (None | str | Unset):
            customer_name (ExportRecordObject | None | Unset):
            edited (ExportRecordObject | None | Unset):
            alternate_ids (list[ExportRecordObject] | None | Unset):
            emails (list[ExportRecordObject] | None | Unset):
            phone_numbers (list[ExportRecordObject] | None | Unset):
            addresses (list[ExportRecordObject] | None | Unset):
            profile_preferences (list[ExportRecordObject] | None | Unset):
            consents (list[ExportRecordObject] | None | Unset):
            custom_fields (list[ExportRecordObject] | None | Unset):
            groups (list[ExportRecordObject] | None | Unset):
            profile_tags (list[ExportRecordObject] | None | Unset):
    """

    profile_id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    registration_confirmed: bool | Unset = UNSET
    customer_type: None | str | Unset = UNSET
    preserve_consents: bool | Unset = UNSET
    preserve_preferences: bool | Unset = UNSET
    default_locale: None | str | Unset = UNSET
    update_status: None | str | Unset = UNSET
    reason_code: None | str | Unset = UNSET
    customer_name: ExportRecordObject | None | Unset = UNSET
    edited: ExportRecordObject | None | Unset = UNSET
    alternate_ids: list[ExportRecordObject] | None | Unset = UNSET
    emails: list[ExportRecordObject] | None | Unset = UNSET
    phone_numbers: list[ExportRecordObject] | None | Unset = UNSET
    addresses: list[ExportRecordObject] | None | Unset = UNSET
    profile_preferences: list[ExportRecordObject] | None | Unset = UNSET
    consents: list[ExportRecordObject] | None | Unset = UNSET
    custom_fields: list[ExportRecordObject] | None | Unset = UNSET
    groups: list[ExportRecordObject] | None | Unset = UNSET
    profile_tags: list[ExportRecordObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        profile_id = self.profile_id

        is_active = self.is_active

        registration_confirmed = self.registration_confirmed

        customer_type: None | str | Unset
        if isinstance(self.customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = self.customer_type

        preserve_consents = self.preserve_consents

        preserve_preferences = self.preserve_preferences

        default_locale: None | str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        else:
            default_locale = self.default_locale

        update_status: None | str | Unset
        if isinstance(self.update_status, Unset):
            update_status = UNSET
        else:
            update_status = self.update_status

        reason_code: None | str | Unset
        if isinstance(self.reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = self.reason_code

        customer_name: dict[str, Any] | None | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        elif isinstance(self.customer_name, ExportRecordObject):
            customer_name = self.customer_name.to_dict()
        else:
            customer_name = self.customer_name

        edited: dict[str, Any] | None | Unset
        if isinstance(self.edited, Unset):
            edited = UNSET
        elif isinstance(self.edited, ExportRecordObject):
            edited = self.edited.to_dict()
        else:
            edited = self.edited

        alternate_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.alternate_ids, Unset):
            alternate_ids = UNSET
        elif isinstance(self.alternate_ids, list):
            alternate_ids = []
            for alternate_ids_type_0_item_data in self.alternate_ids:
                alternate_ids_type_0_item = alternate_ids_type_0_item_data.to_dict()
                alternate_ids.append(alternate_ids_type_0_item)

        else:
            alternate_ids = self.alternate_ids

        emails: list[dict[str, Any]] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = []
            for emails_type_0_item_data in self.emails:
                emails_type_0_item = emails_type_0_item_data.to_dict()
                emails.append(emails_type_0_item)

        else:
            emails = self.emails

        phone_numbers: list[dict[str, Any]] | None | Unset
        if isinstance(self.phone_numbers, Unset):
            phone_numbers = UNSET
        elif isinstance(self.phone_numbers, list):
            phone_numbers = []
            for phone_numbers_type_0_item_data in self.phone_numbers:
                phone_numbers_type_0_item = phone_numbers_type_0_item_data.to_dict()
                phone_numbers.append(phone_numbers_type_0_item)

        else:
            phone_numbers = self.phone_numbers

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        profile_preferences: list[dict[str, Any]] | None | Unset
        if isinstance(self.profile_preferences, Unset):
            profile_preferences = UNSET
        elif isinstance(self.profile_preferences, list):
            profile_preferences = []
            for profile_preferences_type_0_item_data in self.profile_preferences:
                profile_preferences_type_0_item = (
                    profile_preferences_type_0_item_data.to_dict()
                )
                profile_preferences.append(profile_preferences_type_0_item)

        else:
            profile_preferences = self.profile_preferences

        consents: list[dict[str, Any]] | None | Unset
        if isinstance(self.consents, Unset):
            consents = UNSET
        elif isinstance(self.consents, list):
            consents = []
            for consents_type_0_item_data in self.consents:
                consents_type_0_item = consents_type_0_item_data.to_dict()
                consents.append(consents_type_0_item)

        else:
            consents = self.consents

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        profile_tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.profile_tags, Unset):
            profile_tags = UNSET
        elif isinstance(self.profile_tags, list):
            profile_tags = []
            for profile_tags_type_0_item_data in self.profile_tags:
                profile_tags_type_0_item = profile_tags_type_0_item_data.to_dict()
                profile_tags.append(profile_tags_type_0_item)

        else:
            profile_tags = self.profile_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile_id is not UNSET:
            field_dict["ProfileId"] = profile_id
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
        if default_locale is not UNSET:
            field_dict["DefaultLocale"] = default_locale
        if update_status is not UNSET:
            field_dict["UpdateStatus"] = update_status
        if reason_code is not UNSET:
            field_dict["ReasonCode"] = reason_code
        if customer_name is not UNSET:
            field_dict["CustomerName"] = customer_name
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if alternate_ids is not UNSET:
            field_dict["AlternateIds"] = alternate_ids
        if emails is not UNSET:
            field_dict["Emails"] = emails
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers
        if addresses is not UNSET:
            field_dict["Addresses"] = addresses
        if profile_preferences is not UNSET:
            field_dict["ProfilePreferences"] = profile_preferences
        if consents is not UNSET:
            field_dict["Consents"] = consents
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields
        if groups is not UNSET:
            field_dict["Groups"] = groups
        if profile_tags is not UNSET:
            field_dict["ProfileTags"] = profile_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        profile_id = d.pop("ProfileId", UNSET)

        is_active = d.pop("IsActive", UNSET)

        registration_confirmed = d.pop("RegistrationConfirmed", UNSET)

        def _parse_customer_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_type = _parse_customer_type(d.pop("CustomerType", UNSET))

        preserve_consents = d.pop("PreserveConsents", UNSET)

        preserve_preferences = d.pop("PreservePreferences", UNSET)

        def _parse_default_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_locale = _parse_default_locale(d.pop("DefaultLocale", UNSET))

        def _parse_update_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_status = _parse_update_status(d.pop("UpdateStatus", UNSET))

        def _parse_reason_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason_code = _parse_reason_code(d.pop("ReasonCode", UNSET))

        def _parse_customer_name(data: object) -> ExportRecordObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_name_type_0 = ExportRecordObject.from_dict(data)

                return customer_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExportRecordObject | None | Unset, data)

        customer_name = _parse_customer_name(d.pop("CustomerName", UNSET))

        def _parse_edited(data: object) -> ExportRecordObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                edited_type_0 = ExportRecordObject.from_dict(data)

                return edited_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExportRecordObject | None | Unset, data)

        edited = _parse_edited(d.pop("Edited", UNSET))

        def _parse_alternate_ids(
            data: object,
        ) -> list[ExportRecordObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                alternate_ids_type_0 = []
                _alternate_ids_type_0 = data
                for alternate_ids_type_0_item_data in _alternate_ids_type_0:
                    alternate_ids_type_0_item = ExportRecordObject.from_dict(
                        alternate_ids_type_0_item_data
                    )

                    alternate_ids_type_0.append(alternate_ids_type_0_item)

                return alternate_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExportRecordObject] | None | Unset, data)

        alternate_ids = _parse_alternate_ids(d.pop("AlternateIds", UNSET))

        def _parse_emails(data: object) -> list[ExportRecordObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                emails_type_0 = []
                _emails_type_0 = data
                for emails_type_0_item_data in _emails_type_0:
                    emails_type_0_item = ExportRecordObject.from_dict(
                        emails_type_0_item_data
                    )

                    emails_type_0.append(emails_type_0_item)

                return emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExportRecordObject] | None | Unset, data)

        emails = _parse_emails(d.pop("Emails", UNSET))

        def _parse_phone_numbers(
            data: object,
        ) -> list[ExportRecordObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                phone_numbers_type_0 = []
                _phone_numbers_type_0 = data
                for phone_numbers_type_0_item_data in _phone_numbers_type_0:
                    phone_numbers_type_0_item = ExportRecordObject.from_dict(
                        phone_numbers_type_0_item_data
                    )

                    phone_numbers_type_0.append(phone_numbers_type_0_item)

                return phone_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExportRecordObject] | None | Unset, data)

        phone_numbers = _parse_phone_numbers(d.pop("PhoneNumbers", UNSET))

        def _parse_addresses(data: object) -> list[ExportRecordObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                addresses_type_0 = []
                _addresses_type_0 = data
                for addresses_type_0_item_data in _addresses_type_0:
                    addresses_type_0_item = ExportRecordObject.from_dict(
                        addresses_type_0_item_data
                    )

                    addresses_type_0.append(addresses_type_0_item)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExportRecordObject] | None | Unset, data)

        addresses = _parse_addresses(d.pop("Addresses", UNSET))

        def _parse_profile_preferences(
            data: object,
        ) -> list[ExportRecordObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profile_preferences_type_0 = []
                _profile_preferences_type_0 = data
                for profile_preferences_type_0_item_data in _profile_preferences_type_0:
                    profile_preferences_type_0_item = ExportRecordObject.from_dict(
                        profile_preferences_type_0_item_data
                    )

                    profile_preferences_type_0.append(profile_preferences_type_0_item)

                return profile_preferences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExportRecordObject] | None | Unset, data)

        profile_preferences = _parse_profile_preferences(
            d.pop("ProfilePreferences", UNSET)
        )

        def _parse_consents(data: object) -> list[ExportRecordObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                consents_type_0 = []
                _consents_type_0 = data
                for consents_type_0_item_data in _consents_type_0:
                    consents_type_0_item = ExportRecordObject.from_dict(
                        consents_type_0_item_data
                    )

                    consents_type_0.append(consents_type_0_item)

                return consents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExportRecordObject] | None | Unset, data)

        consents = _parse_consents(d.pop("Consents", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> list[ExportRecordObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = ExportRecordObject.from_dict(
                        custom_fields_type_0_item_data
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExportRecordObject] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("CustomFields", UNSET))

        def _parse_groups(data: object) -> list[ExportRecordObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = []
                _groups_type_0 = data
                for groups_type_0_item_data in _groups_type_0:
                    groups_type_0_item = ExportRecordObject.from_dict(
                        groups_type_0_item_data
                    )

                    groups_type_0.append(groups_type_0_item)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExportRecordObject] | None | Unset, data)

        groups = _parse_groups(d.pop("Groups", UNSET))

        def _parse_profile_tags(
            data: object,
        ) -> list[ExportRecordObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profile_tags_type_0 = []
                _profile_tags_type_0 = data
                for profile_tags_type_0_item_data in _profile_tags_type_0:
                    profile_tags_type_0_item = ExportRecordObject.from_dict(
                        profile_tags_type_0_item_data
                    )

                    profile_tags_type_0.append(profile_tags_type_0_item)

                return profile_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExportRecordObject] | None | Unset, data)

        profile_tags = _parse_profile_tags(d.pop("ProfileTags", UNSET))

        exported_profile = cls(
            profile_id=profile_id,
            is_active=is_active,
            registration_confirmed=registration_confirmed,
            customer_type=customer_type,
            preserve_consents=preserve_consents,
            preserve_preferences=preserve_preferences,
            default_locale=default_locale,
            update_status=update_status,
            reason_code=reason_code,
            customer_name=customer_name,
            edited=edited,
            alternate_ids=alternate_ids,
            emails=emails,
            phone_numbers=phone_numbers,
            addresses=addresses,
            profile_preferences=profile_preferences,
            consents=consents,
            custom_fields=custom_fields,
            groups=groups,
            profile_tags=profile_tags,
        )

        exported_profile.additional_properties = d
        return exported_profile

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


from ..models.export_record_object import ExportRecordObject  # noqa: E402
