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
        "CustomerType",
        "FilterId",
        "Reason_Code",
    }
)
_FIELDS = (
    "customer_type",
    "filter_id",
    "reason_code",
)
_new = object.__new__


@_attrs_define
class ArchiveProfilePreference:
    """Profile-level preferences to archive.

    Attributes:
        customer_type (str | None):
        filter_id (str | None): Filter whose preferences are archived.
        reason_code (str | None): Optional reason (underscore sic).
    """

    customer_type: str | None = None
    filter_id: str | None = None
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
        v = self.customer_type
        if v is not None:
            d["CustomerType"] = v
        v = self.filter_id
        if v is not None:
            d["FilterId"] = v
        v = self.reason_code
        if v is not None:
            d["Reason_Code"] = v
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

        v = _g("CustomerType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CustomerType",)
            else:
                raise ResponseShapeError("CustomerType", "string", v, _s)
        _o.customer_type = v

        v = _g("FilterId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("FilterId",)
            else:
                raise ResponseShapeError("FilterId", "string", v, _s)
        _o.filter_id = v

        v = _g("Reason_Code", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Reason_Code",)
            else:
                raise ResponseShapeError("Reason_Code", "string", v, _s)
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
