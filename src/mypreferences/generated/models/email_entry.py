from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_consent import CustomerConsent
    from ..models.edit_info import EditInfo
    from ..models.profile_preference import ProfilePreference


T = TypeVar("T", bound="EmailEntry")


@_attrs_define
class EmailEntry:
    """An email address of the profile: superset of the help `EmailEntry`/`EmailPreference` and the v2
    email (with embedded preferences and consents). Constraints from EmailPreference (inferred
    identical). [RM-EMAILPREF, S001, S003, ref §3.5]

        Attributes:
            email_address (str): The email address.
            email_address_type (str | Unset): Name of the email (contact) type.
            is_default (bool | Unset): Whether this is the profile's default email (one per profile).
            is_active (bool | Unset): Whether the email is active.
            edited (EditInfo | Unset): Read-only audit fields, maintained by the server when the parent item is created or
                modified.
                Values are kept verbatim (no date parsing). [S001, S003, ref §3.12]
            email_preferences (list[ProfilePreference] | Unset): Preferences attached to this email address.
            consents (list[CustomerConsent] | Unset): Consents attached to this email address (v2 shape).
    """

    email_address: str
    email_address_type: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    edited: EditInfo | Unset = UNSET
    email_preferences: list[ProfilePreference] | Unset = UNSET
    consents: list[CustomerConsent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        email_address_type = self.email_address_type

        is_default = self.is_default

        is_active = self.is_active

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        email_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_preferences, Unset):
            email_preferences = []
            for email_preferences_item_data in self.email_preferences:
                email_preferences_item = email_preferences_item_data.to_dict()
                email_preferences.append(email_preferences_item)

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
                "EmailAddress": email_address,
            }
        )
        if email_address_type is not UNSET:
            field_dict["EmailAddressType"] = email_address_type
        if is_default is not UNSET:
            field_dict["IsDefault"] = is_default
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if email_preferences is not UNSET:
            field_dict["EmailPreferences"] = email_preferences
        if consents is not UNSET:
            field_dict["Consents"] = consents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        email_address = d.pop("EmailAddress")

        email_address_type = d.pop("EmailAddressType", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        is_active = d.pop("IsActive", UNSET)

        _edited = d.pop("Edited", UNSET)
        edited: EditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = EditInfo.from_dict(_edited)

        _email_preferences = d.pop("EmailPreferences", UNSET)
        email_preferences: list[ProfilePreference] | Unset = UNSET
        if _email_preferences is not UNSET:
            email_preferences = []
            for email_preferences_item_data in _email_preferences:
                email_preferences_item = ProfilePreference.from_dict(
                    email_preferences_item_data
                )

                email_preferences.append(email_preferences_item)

        _consents = d.pop("Consents", UNSET)
        consents: list[CustomerConsent] | Unset = UNSET
        if _consents is not UNSET:
            consents = []
            for consents_item_data in _consents:
                consents_item = CustomerConsent.from_dict(consents_item_data)

                consents.append(consents_item)

        email_entry = cls(
            email_address=email_address,
            email_address_type=email_address_type,
            is_default=is_default,
            is_active=is_active,
            edited=edited,
            email_preferences=email_preferences,
            consents=consents,
        )

        email_entry.additional_properties = d
        return email_entry

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
