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
        "ID",
        "DisplayName",
        "Description",
        "IsDefault",
        "DisplayOrder",
    }
)
_FIELDS = (
    "id",
    "display_name",
    "description",
    "is_default",
    "display_order",
)
_new = object.__new__


@_attrs_define
class FrequencyOption:
    """A frequency choice of a filter.

    Attributes:
        id (str | None): Frequency id.
        display_name (str | None): Display name.
        description (str | None): Description.
        is_default (bool | None): Default frequency.
        display_order (int | str | None): UI order (samples show `"0"`).
    """

    id: str | None = None
    display_name: str | None = None
    description: str | None = None
    is_default: bool | None = None
    display_order: int | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.id
        if v is not None:
            d["ID"] = v
        v = self.display_name
        if v is not None:
            d["DisplayName"] = v
        v = self.description
        if v is not None:
            d["Description"] = v
        v = self.is_default
        if v is not None:
            d["IsDefault"] = v
        v = self.display_order
        if v is not None:
            d["DisplayOrder"] = v
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

        v = _g("ID", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ID",)
            else:
                raise ResponseShapeError("ID", "string", v, _s)
        _o.id = v

        v = _g("DisplayName", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DisplayName",)
            else:
                raise ResponseShapeError("DisplayName", "string", v, _s)
        _o.display_name = v

        v = _g("Description", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Description",)
            else:
                raise ResponseShapeError("Description", "string", v, _s)
        _o.description = v

        v = _g("IsDefault", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsDefault",)
            else:
                raise ResponseShapeError("IsDefault", "boolean", v, _s)
        _o.is_default = v

        v = _g("DisplayOrder", _A)
        _c = v.__class__
        if _c is int or _c is str:
            pass
        elif v is _A:
            v = None
        elif v is None:
            _n += ("DisplayOrder",)
        else:
            raise ResponseShapeError("DisplayOrder", "integer or string", v, _s)
        _o.display_order = v

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
