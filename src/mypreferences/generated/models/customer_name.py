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
        "FirstName",
        "MiddleName",
        "LastName",
        "Prefix",
        "Suffix",
    }
)
_FIELDS = (
    "first_name",
    "middle_name",
    "last_name",
    "prefix",
    "suffix",
)
_new = object.__new__


@_attrs_define
class CustomerName:
    """The name fields of a profile.

    Attributes:
        first_name (str | None):
        middle_name (str | None):
        last_name (str | None):
        prefix (str | None):
        suffix (str | None):
    """

    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.first_name
        if v is not None:
            d["FirstName"] = v
        v = self.middle_name
        if v is not None:
            d["MiddleName"] = v
        v = self.last_name
        if v is not None:
            d["LastName"] = v
        v = self.prefix
        if v is not None:
            d["Prefix"] = v
        v = self.suffix
        if v is not None:
            d["Suffix"] = v
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

        v = _g("FirstName", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("FirstName",)
            else:
                raise ResponseShapeError("FirstName", "string", v, _s)
        _o.first_name = v

        v = _g("MiddleName", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("MiddleName",)
            else:
                raise ResponseShapeError("MiddleName", "string", v, _s)
        _o.middle_name = v

        v = _g("LastName", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("LastName",)
            else:
                raise ResponseShapeError("LastName", "string", v, _s)
        _o.last_name = v

        v = _g("Prefix", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Prefix",)
            else:
                raise ResponseShapeError("Prefix", "string", v, _s)
        _o.prefix = v

        v = _g("Suffix", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Suffix",)
            else:
                raise ResponseShapeError("Suffix", "string", v, _s)
        _o.suffix = v

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
