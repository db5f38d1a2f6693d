from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_profile_preference import CreateProfilePreference


T = TypeVar("T", bound="CreatePhoneNumberPreference")


@_attrs_define
class CreatePhoneNumberPreference:
    """Preferences for one phone number (help name; fields inferred from CreatePhoneNumberEntry +
    CreateProfilePreference). [H-PREF-ALT, ref §3.16]

        Attributes:
            phone_type (str | Unset): Name of the phone (contact) type.
            phone_number (str | Unset): The phone number.
            is_default (bool | Unset): Whether this is the profile's default phone number.
            is_mobile (bool | str | Unset): Whether the number is a mobile number. Documented boolean; one v2 sample sends
                the string
                "false", so a string is accepted and kept verbatim.
            phone_preferences (list[CreateProfilePreference] | Unset):
    """

    phone_type: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_mobile: bool | str | Unset = UNSET
    phone_preferences: list[CreateProfilePreference] | Unset = UNSET
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

        phone_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_preferences, Unset):
            phone_preferences = []
            for phone_preferences_item_data in self.phone_preferences:
                phone_preferences_item = phone_preferences_item_data.to_dict()
                phone_preferences.append(phone_preferences_item)

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
        if phone_preferences is not UNSET:
            field_dict["PhonePreferences"] = phone_preferences

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

        _phone_preferences = d.pop("PhonePreferences", UNSET)
        phone_preferences: list[CreateProfilePreference] | Unset = UNSET
        if _phone_preferences is not UNSET:
            phone_preferences = []
            for phone_preferences_item_data in _phone_preferences:
                phone_preferences_item = CreateProfilePreference.from_dict(
                    phone_preferences_item_data
                )

                phone_preferences.append(phone_preferences_item)

        create_phone_number_preference = cls(
            phone_type=phone_type,
            phone_number=phone_number,
            is_default=is_default,
            is_mobile=is_mobile,
            phone_preferences=phone_preferences,
        )

        create_phone_number_preference.additional_properties = d
        return create_phone_number_preference

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
