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
        "PhoneType",
        "PhoneNumber",
        "IsDefault",
        "IsMobile",
        "PhoneNumberNumeric",
        "IsActive",
        "Edited",
        "PhonePreferences",
        "Consents",
    }
)
_FIELDS = (
    "phone_type",
    "phone_number",
    "is_default",
    "is_mobile",
    "phone_number_numeric",
    "is_active",
    "edited",
    "phone_preferences",
    "consents",
)
_new = object.__new__


@_attrs_define
class PhoneNumberEntry:
    """Length constraints not documented.

    Attributes:
        phone_type (str | None): Name of the phone (contact) type.
        phone_number (str | None): The phone number.
        is_default (bool | None): Whether this is the profile's default phone number.
        is_mobile (bool | str | None): Whether the number is a mobile number. Documented boolean; one v2 sample sends
            the string
            "false", so a string is accepted and kept verbatim.
        phone_number_numeric (int | None): Digits of the number as an integer (response; may be null).
        is_active (bool | None): Whether the phone number is active.
        edited (EditInfo | None): Read-only audit fields, maintained by the server when the parent item is created or
            modified. Values are kept verbatim (no date parsing).
        phone_preferences (list[ProfilePreference] | None): Preferences attached to this phone number.
        consents (list[CustomerConsent] | None): Consents attached to this phone number (v2 shape).
    """

    phone_type: str | None = None
    phone_number: str | None = None
    is_default: bool | None = None
    is_mobile: bool | str | None = None
    phone_number_numeric: int | None = None
    is_active: bool | None = None
    edited: EditInfo | None = None
    phone_preferences: list[ProfilePreference] | None = None
    consents: list[CustomerConsent] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.phone_type
        if v is not None:
            d["PhoneType"] = v
        v = self.phone_number
        if v is not None:
            d["PhoneNumber"] = v
        v = self.is_default
        if v is not None:
            d["IsDefault"] = v
        v = self.is_mobile
        if v is not None:
            d["IsMobile"] = v
        v = self.phone_number_numeric
        if v is not None:
            d["PhoneNumberNumeric"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        v = self.edited
        if v is not None:
            d["Edited"] = v.to_dict()
        v = self.phone_preferences
        if v is not None:
            d["PhonePreferences"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.consents
        if v is not None:
            d["Consents"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
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

        v = _g("PhoneType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("PhoneType",)
            else:
                raise ResponseShapeError("PhoneType", "string", v, _s)
        _o.phone_type = v

        v = _g("PhoneNumber", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("PhoneNumber",)
            else:
                raise ResponseShapeError("PhoneNumber", "string", v, _s)
        _o.phone_number = v

        v = _g("IsDefault", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsDefault",)
            else:
                raise ResponseShapeError("IsDefault", "boolean", v, _s)
        _o.is_default = v

        v = _g("IsMobile", _A)
        _c = v.__class__
        if _c is bool or _c is str:
            pass
        elif v is _A:
            v = None
        elif v is None:
            _n += ("IsMobile",)
        else:
            raise ResponseShapeError("IsMobile", "boolean or string", v, _s)
        _o.is_mobile = v

        v = _g("PhoneNumberNumeric", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("PhoneNumberNumeric",)
            else:
                raise ResponseShapeError("PhoneNumberNumeric", "integer", v, _s)
        _o.phone_number_numeric = v

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

        v = _g("PhonePreferences", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ProfilePreference.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("PhonePreferences", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("PhonePreferences",)
        else:
            raise ResponseShapeError("PhonePreferences", "array", v, _s)
        _o.phone_preferences = v

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
from ..models.customer_consent import CustomerConsent
from ..models.edit_info import EditInfo
from ..models.profile_preference import ProfilePreference
