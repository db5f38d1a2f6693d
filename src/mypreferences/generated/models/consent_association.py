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
        "ConsentType",
        "ConsentVersion",
        "IsActive",
        "Locale",
        "ReasonCode",
    }
)
_FIELDS = (
    "consent_type",
    "consent_version",
    "is_active",
    "locale",
    "reason_code",
)
_new = object.__new__


@_attrs_define
class ConsentAssociation:
    """A consent associated with a preference (v2 shape).

    Attributes:
        consent_type (str | None):
        consent_version (str | None):
        is_active (bool | None):
        locale (str | None):
        reason_code (str | None):
    """

    consent_type: str | None = None
    consent_version: str | None = None
    is_active: bool | None = None
    locale: str | None = None
    reason_code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.consent_type
        if v is not None:
            d["ConsentType"] = v
        v = self.consent_version
        if v is not None:
            d["ConsentVersion"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        v = self.locale
        if v is not None:
            d["Locale"] = v
        v = self.reason_code
        if v is not None:
            d["ReasonCode"] = v
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

        v = _g("ConsentType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ConsentType",)
            else:
                raise ResponseShapeError("ConsentType", "string", v, _s)
        _o.consent_type = v

        v = _g("ConsentVersion", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ConsentVersion",)
            else:
                raise ResponseShapeError("ConsentVersion", "string", v, _s)
        _o.consent_version = v

        v = _g("IsActive", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsActive",)
            else:
                raise ResponseShapeError("IsActive", "boolean", v, _s)
        _o.is_active = v

        v = _g("Locale", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Locale",)
            else:
                raise ResponseShapeError("Locale", "string", v, _s)
        _o.locale = v

        v = _g("ReasonCode", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ReasonCode",)
            else:
                raise ResponseShapeError("ReasonCode", "string", v, _s)
        _o.reason_code = v

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
