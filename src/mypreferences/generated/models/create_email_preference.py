from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_profile_preference import CreateProfilePreference


T = TypeVar("T", bound="CreateEmailPreference")


@_attrs_define
class CreateEmailPreference:
    """Preferences for one email address (help name; fields inferred from EmailEntry +
    CreateProfilePreference). A missing email is added to the profile first. [H-PREF-ALT, ref §3.16]

        Attributes:
            email_address (str): The email address.
            email_address_type (str | Unset): Name of the email type.
            is_default (bool | Unset):
            email_preferences (list[CreateProfilePreference] | Unset):
    """

    email_address: str
    email_address_type: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    email_preferences: list[CreateProfilePreference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        email_address_type = self.email_address_type

        is_default = self.is_default

        email_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_preferences, Unset):
            email_preferences = []
            for email_preferences_item_data in self.email_preferences:
                email_preferences_item = email_preferences_item_data.to_dict()
                email_preferences.append(email_preferences_item)

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
        if email_preferences is not UNSET:
            field_dict["EmailPreferences"] = email_preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        email_address = d.pop("EmailAddress")

        email_address_type = d.pop("EmailAddressType", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        _email_preferences = d.pop("EmailPreferences", UNSET)
        email_preferences: list[CreateProfilePreference] | Unset = UNSET
        if _email_preferences is not UNSET:
            email_preferences = []
            for email_preferences_item_data in _email_preferences:
                email_preferences_item = CreateProfilePreference.from_dict(
                    email_preferences_item_data
                )

                email_preferences.append(email_preferences_item)

        create_email_preference = cls(
            email_address=email_address,
            email_address_type=email_address_type,
            is_default=is_default,
            email_preferences=email_preferences,
        )

        create_email_preference.additional_properties = d
        return create_email_preference

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
