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
        "Addresses",
        "IsActive",
        "RegistrationConfirmed",
        "CustomerType",
        "PreservePreferences",
        "DefaultLocale",
        "CustomerName",
        "AlternateIds",
        "Emails",
        "PhoneNumbers",
        "Groups",
        "ProfileTags",
        "CustomFields",
    }
)
_FIELDS = (
    "addresses",
    "is_active",
    "registration_confirmed",
    "customer_type",
    "preserve_preferences",
    "default_locale",
    "customer_name",
    "alternate_ids",
    "emails",
    "phone_numbers",
    "groups",
    "profile_tags",
    "custom_fields",
)
_new = object.__new__


@_attrs_define
class CreateUserProfile:
    """The help-page (v4) create-profile body, request body of CreateProfile: no consents ("Consents are not supported when
    creating a Profile", use AddConsentsByProfileId) and no preferences (use SubmitPreferences*).

    Attributes:
        addresses (list[CreateAddressEntry] | None): Mailing addresses.
        is_active (bool | None): Whether the profile is active; re-activate with ActivateProfile.
        registration_confirmed (bool | None): Client-defined verification flag; defaults to false.
        customer_type (str | None): Classification of the person (e.g. Customer, Prospect); the account default type is
            used when
            absent.
        preserve_preferences (bool | None): Keep (true, default) or deactivate (false) preferences when a contact type
            is deactivated.
        default_locale (str | None): Default locale of the profile; the account default when absent.
        customer_name (CustomerName | None): The name fields of a profile.
        alternate_ids (list[AlternateIdEntry] | None): Additional unique identifiers of the profile.
        emails (list[CreateEmailEntry] | None): Email addresses.
        phone_numbers (list[CreatePhoneNumberEntry] | None): Phone numbers.
        groups (list[GroupEntry] | None): Groups the profile belongs to.
        profile_tags (list[Tag] | None): Tags of the profile.
        custom_fields (list[CustomFieldValue] | None): Custom field values of the profile.
    """

    addresses: list[CreateAddressEntry] | None = None
    is_active: bool | None = None
    registration_confirmed: bool | None = None
    customer_type: str | None = None
    preserve_preferences: bool | None = None
    default_locale: str | None = None
    customer_name: CustomerName | None = None
    alternate_ids: list[AlternateIdEntry] | None = None
    emails: list[CreateEmailEntry] | None = None
    phone_numbers: list[CreatePhoneNumberEntry] | None = None
    groups: list[GroupEntry] | None = None
    profile_tags: list[Tag] | None = None
    custom_fields: list[CustomFieldValue] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.addresses
        if v is not None:
            d["Addresses"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        v = self.registration_confirmed
        if v is not None:
            d["RegistrationConfirmed"] = v
        v = self.customer_type
        if v is not None:
            d["CustomerType"] = v
        v = self.preserve_preferences
        if v is not None:
            d["PreservePreferences"] = v
        v = self.default_locale
        if v is not None:
            d["DefaultLocale"] = v
        v = self.customer_name
        if v is not None:
            d["CustomerName"] = v.to_dict()
        v = self.alternate_ids
        if v is not None:
            d["AlternateIds"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.emails
        if v is not None:
            d["Emails"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.phone_numbers
        if v is not None:
            d["PhoneNumbers"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.groups
        if v is not None:
            d["Groups"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.profile_tags
        if v is not None:
            d["ProfileTags"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.custom_fields
        if v is not None:
            d["CustomFields"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
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

        v = _g("Addresses", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else CreateAddressEntry.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("Addresses", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Addresses",)
        else:
            raise ResponseShapeError("Addresses", "array", v, _s)
        _o.addresses = v

        v = _g("IsActive", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsActive",)
            else:
                raise ResponseShapeError("IsActive", "boolean", v, _s)
        _o.is_active = v

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

        v = _g("DefaultLocale", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DefaultLocale",)
            else:
                raise ResponseShapeError("DefaultLocale", "string", v, _s)
        _o.default_locale = v

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

        v = _g("Emails", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else CreateEmailEntry.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("Emails", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Emails",)
        else:
            raise ResponseShapeError("Emails", "array", v, _s)
        _o.emails = v

        v = _g("PhoneNumbers", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else CreatePhoneNumberEntry.from_dict(x)
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

        v = _g("Groups", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else GroupEntry.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("Groups", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Groups",)
        else:
            raise ResponseShapeError("Groups", "array", v, _s)
        _o.groups = v

        v = _g("ProfileTags", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else Tag.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("ProfileTags", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("ProfileTags",)
        else:
            raise ResponseShapeError("ProfileTags", "array", v, _s)
        _o.profile_tags = v

        v = _g("CustomFields", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else CustomFieldValue.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("CustomFields", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("CustomFields",)
        else:
            raise ResponseShapeError("CustomFields", "array", v, _s)
        _o.custom_fields = v

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
from ..models.alternate_id_entry import AlternateIdEntry
from ..models.create_address_entry import CreateAddressEntry
from ..models.create_email_entry import CreateEmailEntry
from ..models.create_phone_number_entry import CreatePhoneNumberEntry
from ..models.custom_field_value import CustomFieldValue
from ..models.customer_name import CustomerName
from ..models.group_entry import GroupEntry
from ..models.tag import Tag
