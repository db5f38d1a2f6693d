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
        "RegistrationConfirmed",
        "CustomerType",
        "PreserveConsents",
        "PreservePreferences",
        "DefaultLocale",
        "UpdateStatus",
        "ReasonCode",
        "CustomerName",
        "Edited",
        "AlternateIds",
        "Emails",
        "PhoneNumbers",
        "Addresses",
        "ProfilePreferences",
        "Consents",
        "CustomFields",
        "Groups",
        "ProfileTags",
    }
)
_FIELDS = (
    "profile_id",
    "is_active",
    "registration_confirmed",
    "customer_type",
    "preserve_consents",
    "preserve_preferences",
    "default_locale",
    "update_status",
    "reason_code",
    "customer_name",
    "edited",
    "alternate_ids",
    "emails",
    "phone_numbers",
    "addresses",
    "profile_preferences",
    "consents",
    "custom_fields",
    "groups",
    "profile_tags",
)
_new = object.__new__


@_attrs_define
class ExportedProfile:
    """One exported profile record. The item schema is not published (collapsed in the docs); these are the
    fields of the v4 UserProfile / UserProfilePreference models that an export may carry, depending on the
    segment's output settings (profiles plus Preferences, Consents and/or Custom Fields). Nested entries are
    kept as free-form objects and unknown keys are allowed (decode leniently).

    Attributes:
        profile_id (int | None): System-generated profile id.
        is_active (bool | None):
        registration_confirmed (bool | None):
        customer_type (str | None):
        preserve_consents (bool | None):
        preserve_preferences (bool | None):
        default_locale (str | None):
        update_status (str | None): Complete or Pending Update.
        reason_code (str | None):
        customer_name (ExportRecordObject | None):
        edited (ExportRecordObject | None):
        alternate_ids (list[ExportRecordObject] | None):
        emails (list[ExportRecordObject] | None):
        phone_numbers (list[ExportRecordObject] | None):
        addresses (list[ExportRecordObject] | None):
        profile_preferences (list[ExportRecordObject] | None):
        consents (list[ExportRecordObject] | None):
        custom_fields (list[ExportRecordObject] | None):
        groups (list[ExportRecordObject] | None):
        profile_tags (list[ExportRecordObject] | None):
    """

    profile_id: int | None = None
    is_active: bool | None = None
    registration_confirmed: bool | None = None
    customer_type: str | None = None
    preserve_consents: bool | None = None
    preserve_preferences: bool | None = None
    default_locale: str | None = None
    update_status: str | None = None
    reason_code: str | None = None
    customer_name: ExportRecordObject | None = None
    edited: ExportRecordObject | None = None
    alternate_ids: list[ExportRecordObject] | None = None
    emails: list[ExportRecordObject] | None = None
    phone_numbers: list[ExportRecordObject] | None = None
    addresses: list[ExportRecordObject] | None = None
    profile_preferences: list[ExportRecordObject] | None = None
    consents: list[ExportRecordObject] | None = None
    custom_fields: list[ExportRecordObject] | None = None
    groups: list[ExportRecordObject] | None = None
    profile_tags: list[ExportRecordObject] | None = None
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
        v = self.registration_confirmed
        if v is not None:
            d["RegistrationConfirmed"] = v
        v = self.customer_type
        if v is not None:
            d["CustomerType"] = v
        v = self.preserve_consents
        if v is not None:
            d["PreserveConsents"] = v
        v = self.preserve_preferences
        if v is not None:
            d["PreservePreferences"] = v
        v = self.default_locale
        if v is not None:
            d["DefaultLocale"] = v
        v = self.update_status
        if v is not None:
            d["UpdateStatus"] = v
        v = self.reason_code
        if v is not None:
            d["ReasonCode"] = v
        v = self.customer_name
        if v is not None:
            d["CustomerName"] = v.to_dict() if v.__class__ is ExportRecordObject else v
        v = self.edited
        if v is not None:
            d["Edited"] = v.to_dict() if v.__class__ is ExportRecordObject else v
        v = self.alternate_ids
        if v is not None:
            d["AlternateIds"] = [v_.to_dict() for v_ in v] if v.__class__ is list else v
        v = self.emails
        if v is not None:
            d["Emails"] = [v_.to_dict() for v_ in v] if v.__class__ is list else v
        v = self.phone_numbers
        if v is not None:
            d["PhoneNumbers"] = [v_.to_dict() for v_ in v] if v.__class__ is list else v
        v = self.addresses
        if v is not None:
            d["Addresses"] = [v_.to_dict() for v_ in v] if v.__class__ is list else v
        v = self.profile_preferences
        if v is not None:
            d["ProfilePreferences"] = (
                [v_.to_dict() for v_ in v] if v.__class__ is list else v
            )
        v = self.consents
        if v is not None:
            d["Consents"] = [v_.to_dict() for v_ in v] if v.__class__ is list else v
        v = self.custom_fields
        if v is not None:
            d["CustomFields"] = [v_.to_dict() for v_ in v] if v.__class__ is list else v
        v = self.groups
        if v is not None:
            d["Groups"] = [v_.to_dict() for v_ in v] if v.__class__ is list else v
        v = self.profile_tags
        if v is not None:
            d["ProfileTags"] = [v_.to_dict() for v_ in v] if v.__class__ is list else v
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

        v = _g("PreserveConsents", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("PreserveConsents",)
            else:
                raise ResponseShapeError("PreserveConsents", "boolean", v, _s)
        _o.preserve_consents = v

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

        v = _g("UpdateStatus", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("UpdateStatus",)
            else:
                raise ResponseShapeError("UpdateStatus", "string", v, _s)
        _o.update_status = v

        v = _g("ReasonCode", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ReasonCode",)
            else:
                raise ResponseShapeError("ReasonCode", "string", v, _s)
        _o.reason_code = v

        v = _g("CustomerName", _A)
        if v.__class__ is dict:
            try:
                v = ExportRecordObject.from_dict(v)
            except ResponseShapeError as e:
                raise e.within("CustomerName", _s) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("CustomerName",)
        else:
            raise ResponseShapeError("CustomerName", "object", v, _s)
        _o.customer_name = v

        v = _g("Edited", _A)
        if v.__class__ is dict:
            try:
                v = ExportRecordObject.from_dict(v)
            except ResponseShapeError as e:
                raise e.within("Edited", _s) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Edited",)
        else:
            raise ResponseShapeError("Edited", "object", v, _s)
        _o.edited = v

        v = _g("AlternateIds", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ExportRecordObject.from_dict(x) for x in v]
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
                v = [None if x is None else ExportRecordObject.from_dict(x) for x in v]
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
                v = [None if x is None else ExportRecordObject.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("PhoneNumbers", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("PhoneNumbers",)
        else:
            raise ResponseShapeError("PhoneNumbers", "array", v, _s)
        _o.phone_numbers = v

        v = _g("Addresses", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ExportRecordObject.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("Addresses", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Addresses",)
        else:
            raise ResponseShapeError("Addresses", "array", v, _s)
        _o.addresses = v

        v = _g("ProfilePreferences", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ExportRecordObject.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("ProfilePreferences", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("ProfilePreferences",)
        else:
            raise ResponseShapeError("ProfilePreferences", "array", v, _s)
        _o.profile_preferences = v

        v = _g("Consents", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ExportRecordObject.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("Consents", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Consents",)
        else:
            raise ResponseShapeError("Consents", "array", v, _s)
        _o.consents = v

        v = _g("CustomFields", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ExportRecordObject.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("CustomFields", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("CustomFields",)
        else:
            raise ResponseShapeError("CustomFields", "array", v, _s)
        _o.custom_fields = v

        v = _g("Groups", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ExportRecordObject.from_dict(x) for x in v]
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
                v = [None if x is None else ExportRecordObject.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("ProfileTags", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("ProfileTags",)
        else:
            raise ResponseShapeError("ProfileTags", "array", v, _s)
        _o.profile_tags = v

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
from ..models.export_record_object import ExportRecordObject
