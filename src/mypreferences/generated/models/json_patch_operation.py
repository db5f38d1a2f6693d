from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..models.json_patch_op import JsonPatchOp
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_JsonPatchOp: dict[Any, JsonPatchOp] = {m.value: m for m in JsonPatchOp}
_KEYS = frozenset(
    {
        "op",
        "path",
        "value",
        "from",
    }
)
_FIELDS = (
    "op",
    "path",
    "value",
    "from_",
)
_new = object.__new__


@_attrs_define
class JsonPatchOperation:
    """One RFC 6902 JSON Patch operation. MyPreferences supports only add, replace, remove and test.

    Attributes:
        op (JsonPatchOp | str | None):
        path (str | None): JSON Pointer (RFC 6901) to the target location.
        value (Any | None): Value for add, replace and test.
        from_ (str | None): Documented by the server but only meaningful for move/copy, which are not supported.
    """

    op: JsonPatchOp | str | None = None
    path: str | None = None
    value: Any | None = None
    from_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.op
        if v is not None:
            d["op"] = v.value if v.__class__ is JsonPatchOp else v
        v = self.path
        if v is not None:
            d["path"] = v
        v = self.value
        if v is not None:
            d["value"] = v
        v = self.from_
        if v is not None:
            d["from"] = v
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

        v = _g("op", _A)
        if v.__class__ is str:
            v = _E_JsonPatchOp.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("op",)
        else:
            raise ResponseShapeError("op", "string", v, _s)
        _o.op = v

        v = _g("path", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("path",)
            else:
                raise ResponseShapeError("path", "string", v, _s)
        _o.path = v

        v = _g("value", _A)
        if v is _A:
            v = None
        elif v is None:
            _n += ("value",)
        _o.value = v

        v = _g("from", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("from",)
            else:
                raise ResponseShapeError("from", "string", v, _s)
        _o.from_ = v

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
