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
        "AlternateIdType",
        "AlternateId",
        "IsActive",
        "Edited",
        "AlternateIdTypeLink",
    }
)
_FIELDS = (
    "alternate_id_type",
    "alternate_id",
    "is_active",
    "edited",
    "alternate_id_type_link",
)
_new = object.__new__


@_attrs_define
class AlternateIdEntry:
    """An additional unique identifier of the profile (e.g. a CRM or device id); unique per type across profiles, matched
    case-insensitively on v4. Help shape {AlternateIdType, AlternateId} plus the v2 fields IsActive, Edited,
    AlternateIdTypeLink.

    Attributes:
        alternate_id_type (str | None): Name of the alternate id type.
        alternate_id (str | None): The alternate id value.
        is_active (bool | None): Whether the alternate id is active (v2 shape).
        edited (EditInfo | None): Read-only audit fields, maintained by the server when the parent item is created or
            modified. Values are kept verbatim (no date parsing).
        alternate_id_type_link (int | None): Internal link to the alternate id type (v2 shape).
    """

    alternate_id_type: str | None = None
    alternate_id: str | None = None
    is_active: bool | None = None
    edited: EditInfo | None = None
    alternate_id_type_link: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.alternate_id_type
        if v is not None:
            d["AlternateIdType"] = v
        v = self.alternate_id
        if v is not None:
            d["AlternateId"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        v = self.edited
        if v is not None:
            d["Edited"] = v.to_dict()
        v = self.alternate_id_type_link
        if v is not None:
            d["AlternateIdTypeLink"] = v
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

        v = _g("AlternateIdType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AlternateIdType",)
            else:
                raise ResponseShapeError("AlternateIdType", "string", v, _s)
        _o.alternate_id_type = v

        v = _g("AlternateId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AlternateId",)
            else:
                raise ResponseShapeError("AlternateId", "string", v, _s)
        _o.alternate_id = v

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

        v = _g("AlternateIdTypeLink", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AlternateIdTypeLink",)
            else:
                raise ResponseShapeError("AlternateIdTypeLink", "integer", v, _s)
        _o.alternate_id_type_link = v

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
from ..models.edit_info import EditInfo
