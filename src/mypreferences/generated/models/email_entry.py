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
        "EmailAddress",
        "EmailAddressType",
        "IsDefault",
        "IsActive",
        "Edited",
        "EmailPreferences",
        "Consents",
    }
)
_FIELDS = (
    "email_address",
    "email_address_type",
    "is_default",
    "is_active",
    "edited",
    "email_preferences",
    "consents",
)
_new = object.__new__


@_attrs_define
class EmailEntry:
    """Constraints from EmailPreference.

    Attributes:
        email_address (str | None): The email address.
        email_address_type (str | None): Name of the email (contact) type.
        is_default (bool | None): Whether this is the profile's default email (one per profile).
        is_active (bool | None): Whether the email is active.
        edited (EditInfo | None): Read-only audit fields, maintained by the server when the parent item is created or
            modified. Values are kept verbatim (no date parsing).
        email_preferences (list[ProfilePreference] | None): Preferences attached to this email address.
        consents (list[CustomerConsent] | None): Consents attached to this email address (v2 shape).
    """

    email_address: str | None = None
    email_address_type: str | None = None
    is_default: bool | None = None
    is_active: bool | None = None
    edited: EditInfo | None = None
    email_preferences: list[ProfilePreference] | None = None
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
        v = self.email_address
        if v is not None:
            d["EmailAddress"] = v
        v = self.email_address_type
        if v is not None:
            d["EmailAddressType"] = v
        v = self.is_default
        if v is not None:
            d["IsDefault"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        v = self.edited
        if v is not None:
            d["Edited"] = v.to_dict()
        v = self.email_preferences
        if v is not None:
            d["EmailPreferences"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
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

        v = _g("EmailAddress", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("EmailAddress",)
            else:
                raise ResponseShapeError("EmailAddress", "string", v, _s)
        _o.email_address = v

        v = _g("EmailAddressType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("EmailAddressType",)
            else:
                raise ResponseShapeError("EmailAddressType", "string", v, _s)
        _o.email_address_type = v

        v = _g("IsDefault", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsDefault",)
            else:
                raise ResponseShapeError("IsDefault", "boolean", v, _s)
        _o.is_default = v

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

        v = _g("EmailPreferences", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ProfilePreference.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("EmailPreferences", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("EmailPreferences",)
        else:
            raise ResponseShapeError("EmailPreferences", "array", v, _s)
        _o.email_preferences = v

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
