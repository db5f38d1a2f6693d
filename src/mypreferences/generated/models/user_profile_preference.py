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
        "ProfileId",
        "IsActive",
        "Edited",
        "RegistrationConfirmed",
        "CustomerType",
        "PreservePreferences",
        "CustomerName",
        "DefaultLocale",
        "Consents",
        "ProfilePreferences",
        "AlternateIds",
        "Addresses",
        "PhoneNumbers",
        "Emails",
    }
)
_FIELDS = (
    "profile_id",
    "is_active",
    "edited",
    "registration_confirmed",
    "customer_type",
    "preserve_preferences",
    "customer_name",
    "default_locale",
    "consents",
    "profile_preferences",
    "alternate_ids",
    "addresses",
    "phone_numbers",
    "emails",
)
_new = object.__new__


@_attrs_define
class UserProfilePreference:
    """The help (v4) preferences view of a profile. No route returning it is known (reference PR4); the model is provided
    for completeness. Contact entries reuse the superset entry schemas, which carry the `…Preferences` collections.

    Attributes:
        profile_id (int | None): Profile id.
        is_active (bool | None): Whether the profile is active.
        edited (EditInfo | None): Read-only audit fields, maintained by the server when the parent item is created or
            modified. Values are kept verbatim (no date parsing).
        registration_confirmed (bool | None): Client-defined verification flag.
        customer_type (str | None): Classification of the person.
        preserve_preferences (bool | None): Preference retention flag.
        customer_name (CustomerName | None): The name fields of a profile.
        default_locale (str | None): Default locale of the profile.
        consents (list[CustomerConsent] | None): Profile-level consents.
        profile_preferences (list[ProfilePreference] | None): Preferences tied to the profile.
        alternate_ids (list[AlternateIdEntry] | None): Alternate ids.
        addresses (list[AddressEntry] | None): Addresses with their AddressPreferences.
        phone_numbers (list[PhoneNumberEntry] | None): Phone numbers with their PhonePreferences.
        emails (list[EmailEntry] | None): Email addresses with their EmailPreferences.
    """

    profile_id: int | None = None
    is_active: bool | None = None
    edited: EditInfo | None = None
    registration_confirmed: bool | None = None
    customer_type: str | None = None
    preserve_preferences: bool | None = None
    customer_name: CustomerName | None = None
    default_locale: str | None = None
    consents: list[CustomerConsent] | None = None
    profile_preferences: list[ProfilePreference] | None = None
    alternate_ids: list[AlternateIdEntry] | None = None
    addresses: list[AddressEntry] | None = None
    phone_numbers: list[PhoneNumberEntry] | None = None
    emails: list[EmailEntry] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.profile_id
        if v is not None:
            d["ProfileId"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        v = self.edited
        if v is not None:
            d["Edited"] = v.to_dict()
        v = self.registration_confirmed
        if v is not None:
            d["RegistrationConfirmed"] = v
        v = self.customer_type
        if v is not None:
            d["CustomerType"] = v
        v = self.preserve_preferences
        if v is not None:
            d["PreservePreferences"] = v
        v = self.customer_name
        if v is not None:
            d["CustomerName"] = v.to_dict()
        v = self.default_locale
        if v is not None:
            d["DefaultLocale"] = v
        v = self.consents
        if v is not None:
            d["Consents"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.profile_preferences
        if v is not None:
            d["ProfilePreferences"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.alternate_ids
        if v is not None:
            d["AlternateIds"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
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

        v = _g("ProfileId", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ProfileId",)
            else:
                raise ResponseShapeError("ProfileId", "integer", v, _s)
        _o.profile_id = v

        v = _g("IsActive", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsActive",)
            else:
                raise ResponseShapeError("IsActive", "boolean", v, _s)
        _o.is_active = v

        v = _g("Edited", _A)
        if v.__class__ is dict:
            try:
                v = EditInfo.from_dict(v)
            except ResponseShapeError as e:
                raise e.within("Edited", _s) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Edited",)
        else:
            raise ResponseShapeError("Edited", "object", v, _s)
        _o.edited = v

        v = _g("RegistrationConfirmed", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("RegistrationConfirmed",)
            else:
                raise ResponseShapeError("RegistrationConfirmed", "boolean", v, _s)
        _o.registration_confirmed = v

        v = _g("CustomerType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CustomerType",)
            else:
                raise ResponseShapeError("CustomerType", "string", v, _s)
        _o.customer_type = v

        v = _g("PreservePreferences", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("PreservePreferences",)
            else:
                raise ResponseShapeError("PreservePreferences", "boolean", v, _s)
        _o.preserve_preferences = v

        v = _g("CustomerName", _A)
        if v.__class__ is dict:
            try:
                v = CustomerName.from_dict(v)
            except ResponseShapeError as e:
                raise e.within("CustomerName", _s) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("CustomerName",)
        else:
            raise ResponseShapeError("CustomerName", "object", v, _s)
        _o.customer_name = v

        v = _g("DefaultLocale", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DefaultLocale",)
            else:
                raise ResponseShapeError("DefaultLocale", "string", v, _s)
        _o.default_locale = v

        v = _g("Consents", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else CustomerConsent.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("Consents", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Consents",)
        else:
            raise ResponseShapeError("Consents", "array", v, _s)
        _o.consents = v

        v = _g("ProfilePreferences", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ProfilePreference.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("ProfilePreferences", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("ProfilePreferences",)
        else:
            raise ResponseShapeError("ProfilePreferences", "array", v, _s)
        _o.profile_preferences = v

        v = _g("AlternateIds", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else AlternateIdEntry.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("AlternateIds", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("AlternateIds",)
        else:
            raise ResponseShapeError("AlternateIds", "array", v, _s)
        _o.alternate_ids = v

        v = _g("Addresses", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else AddressEntry.from_dict(x) for x in v]
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
                v = [None if x is None else PhoneNumberEntry.from_dict(x) for x in v]
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
                v = [None if x is None else EmailEntry.from_dict(x) for x in v]
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
from ..models.address_entry import AddressEntry
from ..models.alternate_id_entry import AlternateIdEntry
from ..models.customer_consent import CustomerConsent
from ..models.customer_name import CustomerName
from ..models.edit_info import EditInfo
from ..models.email_entry import EmailEntry
from ..models.phone_number_entry import PhoneNumberEntry
from ..models.profile_preference import ProfilePreference
