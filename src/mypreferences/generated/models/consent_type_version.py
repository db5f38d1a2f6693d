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
        "ConsentVersion",
        "LocalizedFields",
        "ExpirationInDays",
        "IsActive",
        "IsAssociatedWithProfiles",
    }
)
_FIELDS = (
    "consent_version",
    "localized_fields",
    "expiration_in_days",
    "is_active",
    "is_associated_with_profiles",
)
_new = object.__new__


@_attrs_define
class ConsentTypeVersion:
    """One version of a consent type (help model `CreateConsentVersion`).

    Attributes:
        consent_version (str | None): Version label.
        localized_fields (list[LocalizedConsentText] | None): Localized name/description/consent text.
        expiration_in_days (int | None): Days until a granted consent of this version expires.
        is_active (bool | None): Active flag.
        is_associated_with_profiles (bool | None): True when at least one profile uses this version (informational).
    """

    consent_version: str | None = None
    localized_fields: list[LocalizedConsentText] | None = None
    expiration_in_days: int | None = None
    is_active: bool | None = None
    is_associated_with_profiles: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.consent_version
        if v is not None:
            d["ConsentVersion"] = v
        v = self.localized_fields
        if v is not None:
            d["LocalizedFields"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.expiration_in_days
        if v is not None:
            d["ExpirationInDays"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        v = self.is_associated_with_profiles
        if v is not None:
            d["IsAssociatedWithProfiles"] = v
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

        v = _g("ConsentVersion", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ConsentVersion",)
            else:
                raise ResponseShapeError("ConsentVersion", "string", v, _s)
        _o.consent_version = v

        v = _g("LocalizedFields", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else LocalizedConsentText.from_dict(x) for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("LocalizedFields", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("LocalizedFields",)
        else:
            raise ResponseShapeError("LocalizedFields", "array", v, _s)
        _o.localized_fields = v

        v = _g("ExpirationInDays", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ExpirationInDays",)
            else:
                raise ResponseShapeError("ExpirationInDays", "integer", v, _s)
        _o.expiration_in_days = v

        v = _g("IsActive", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsActive",)
            else:
                raise ResponseShapeError("IsActive", "boolean", v, _s)
        _o.is_active = v

        v = _g("IsAssociatedWithProfiles", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsAssociatedWithProfiles",)
            else:
                raise ResponseShapeError("IsAssociatedWithProfiles", "boolean", v, _s)
        _o.is_associated_with_profiles = v

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
from ..models.localized_consent_text import LocalizedConsentText
