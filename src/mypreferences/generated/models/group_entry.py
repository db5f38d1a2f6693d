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
        "GroupType",
        "GroupName",
        "GroupId",
        "IsPrimary",
        "IsActive",
        "Edited",
    }
)
_FIELDS = (
    "group_type",
    "group_name",
    "group_id",
    "is_primary",
    "is_active",
    "edited",
)
_new = object.__new__


@_attrs_define
class GroupEntry:
    """Membership of the profile in a group. The help-page JSON sample carries `GroupId` where the model and the XML sample
    carry `GroupName`; both are modelled.

    Attributes:
        group_type (str | None): Name of the group type.
        group_name (str | None): Name of the group.
        group_id (str | None): Group identifier, as shown in the help-page JSON sample only.
        is_primary (bool | None): Whether this profile is the group's primary profile.
        is_active (bool | None): Whether the membership is active (v2 shape).
        edited (EditInfo | None): Read-only audit fields, maintained by the server when the parent item is created or
            modified. Values are kept verbatim (no date parsing).
    """

    group_type: str | None = None
    group_name: str | None = None
    group_id: str | None = None
    is_primary: bool | None = None
    is_active: bool | None = None
    edited: EditInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.group_type
        if v is not None:
            d["GroupType"] = v
        v = self.group_name
        if v is not None:
            d["GroupName"] = v
        v = self.group_id
        if v is not None:
            d["GroupId"] = v
        v = self.is_primary
        if v is not None:
            d["IsPrimary"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        v = self.edited
        if v is not None:
            d["Edited"] = v.to_dict()
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

        v = _g("GroupType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("GroupType",)
            else:
                raise ResponseShapeError("GroupType", "string", v, _s)
        _o.group_type = v

        v = _g("GroupName", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("GroupName",)
            else:
                raise ResponseShapeError("GroupName", "string", v, _s)
        _o.group_name = v

        v = _g("GroupId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("GroupId",)
            else:
                raise ResponseShapeError("GroupId", "string", v, _s)
        _o.group_id = v

        v = _g("IsPrimary", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsPrimary",)
            else:
                raise ResponseShapeError("IsPrimary", "boolean", v, _s)
        _o.is_primary = v

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
