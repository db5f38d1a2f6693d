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
        "CreateDate",
        "CreatedBy",
        "ModifiedDate",
        "ModifiedBy",
    }
)
_FIELDS = (
    "create_date",
    "created_by",
    "modified_date",
    "modified_by",
)
_new = object.__new__


@_attrs_define
class EditInfo:
    """Read-only audit fields, maintained by the server when the parent item is created or modified. Values are kept
    verbatim (no date parsing).

    Attributes:
        create_date (str | None): When the item was created.
        created_by (str | None): User or system that created the item.
        modified_date (str | None): When the item was last modified.
        modified_by (str | None): User or system that last modified the item.
    """

    create_date: str | None = None
    created_by: str | None = None
    modified_date: str | None = None
    modified_by: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.create_date
        if v is not None:
            d["CreateDate"] = v
        v = self.created_by
        if v is not None:
            d["CreatedBy"] = v
        v = self.modified_date
        if v is not None:
            d["ModifiedDate"] = v
        v = self.modified_by
        if v is not None:
            d["ModifiedBy"] = v
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

        v = _g("CreateDate", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CreateDate",)
            else:
                raise ResponseShapeError("CreateDate", "string", v, _s)
        _o.create_date = v

        v = _g("CreatedBy", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CreatedBy",)
            else:
                raise ResponseShapeError("CreatedBy", "string", v, _s)
        _o.created_by = v

        v = _g("ModifiedDate", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ModifiedDate",)
            else:
                raise ResponseShapeError("ModifiedDate", "string", v, _s)
        _o.modified_date = v

        v = _g("ModifiedBy", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ModifiedBy",)
            else:
                raise ResponseShapeError("ModifiedBy", "string", v, _s)
        _o.modified_by = v

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
