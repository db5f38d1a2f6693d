from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_KEYS = frozenset(
    {
        "ProfilePreferences",
        "Addresses",
        "PhoneNumbers",
        "Emails",
    }
)
_FIELDS = (
    "profile_preferences",
    "addresses",
    "phone_numbers",
    "emails",
)
_new = object.__new__


@_attrs_define
class SubmitPreferences:
    """Body of SubmitPreferencesBy*: preferences to upsert on the profile and on its contact elements.

    Attributes:
        profile_preferences (list[CreateProfilePreference] | None): Preferences tied to the profile.
        addresses (list[CreateAddressPreference] | None): Address preferences.
        phone_numbers (list[CreatePhoneNumberPreference] | None): Phone-number preferences.
        emails (list[CreateEmailPreference] | None): Email preferences.
    """

    profile_preferences: list[CreateProfilePreference] | None = None
    addresses: list[CreateAddressPreference] | None = None
    phone_numbers: list[CreatePhoneNumberPreference] | None = None
    emails: list[CreateEmailPreference] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.profile_preferences
        if v is not None:
            d["ProfilePreferences"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.addresses
        if v is not None:
            d["Addresses"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.phone_numbers
        if v is not None:
            d["PhoneNumbers"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.emails
        if v is not None:
            d["Emails"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        if self._null_keys:
            for k in self._null_keys:
                d.setdefault(k, None)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; unknown, missing and null keys are fine, a wrong JSON type raises ResponseShapeError."""
        _s = src_dict if src_dict.__class__ is dict else _as_dict(src_dict)
        _o = _new(cls)
        _g = _s.get
        _n: tuple[str, ...] = ()

        v = _g("ProfilePreferences", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else CreateProfilePreference.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("ProfilePreferences", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("ProfilePreferences",)
        else:
            raise ResponseShapeError("ProfilePreferences", "array", v, _s)
        _o.profile_preferences = v

        v = _g("Addresses", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else CreateAddressPreference.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("Addresses", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Addresses",)
        else:
            raise ResponseShapeError("Addresses", "array", v, _s)
        _o.addresses = v

        v = _g("PhoneNumbers", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else CreatePhoneNumberPreference.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("PhoneNumbers", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("PhoneNumbers",)
        else:
            raise ResponseShapeError("PhoneNumbers", "array", v, _s)
        _o.phone_numbers = v

        v = _g("Emails", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else CreateEmailPreference.from_dict(x) for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("Emails", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Emails",)
        else:
            raise ResponseShapeError("Emails", "array", v, _s)
        _o.emails = v

        _o.additional_properties = (
            {}
            if _KEYS.issuperset(_s)
            else {k: x for k, x in _s.items() if k not in _KEYS}
        )
        _o._null_keys = _n
        return _o

    def __repr__(self) -> str:
        return _model_repr(self, _FIELDS)

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


# Imported last so that models referring to each other resolve (the classes exist by then).
from ..models.create_address_preference import CreateAddressPreference
from ..models.create_email_preference import CreateEmailPreference
from ..models.create_phone_number_preference import CreatePhoneNumberPreference
from ..models.create_profile_preference import CreateProfilePreference
