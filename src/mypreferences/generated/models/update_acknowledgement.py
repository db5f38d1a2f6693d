from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..models.update_status import UpdateStatus
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_UpdateStatus: dict[Any, UpdateStatus] = {m.value: m for m in UpdateStatus}
_KEYS = frozenset(
    {
        "AlternateId",
        "AlternateIdType",
        "ProfileId",
        "UpdateStatus",
        "SubmittedUtcTime",
    }
)
_FIELDS = (
    "alternate_id",
    "alternate_id_type",
    "profile_id",
    "update_status",
    "submitted_utc_time",
)
_new = object.__new__


@_attrs_define
class UpdateAcknowledgement:
    """Acknowledgement of a profile write ("UpdAck"): returned with 200 by CreateProfile (v2/v4 doc) and with 202 when the
    write is queued (UpdateStatus "Pending Update"). AlternateId/AlternateIdType may be null for a profile without
    alternate ids.

    Attributes:
        alternate_id (str | None): Alternate id of the profile.
        alternate_id_type (str | None): Alternate id type.
        profile_id (int | None): Profile id.
        update_status (UpdateStatus | str | None): "Complete" or "Pending Update".
        submitted_utc_time (str | None): When the write was submitted (UTC, verbatim).
    """

    alternate_id: str | None = None
    alternate_id_type: str | None = None
    profile_id: int | None = None
    update_status: UpdateStatus | str | None = None
    submitted_utc_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.alternate_id
        if v is not None:
            d["AlternateId"] = v
        v = self.alternate_id_type
        if v is not None:
            d["AlternateIdType"] = v
        v = self.profile_id
        if v is not None:
            d["ProfileId"] = v
        v = self.update_status
        if v is not None:
            d["UpdateStatus"] = v.value if v.__class__ is UpdateStatus else v
        v = self.submitted_utc_time
        if v is not None:
            d["SubmittedUtcTime"] = v
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

        v = _g("AlternateId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AlternateId",)
            else:
                raise ResponseShapeError("AlternateId", "string", v, _s)
        _o.alternate_id = v

        v = _g("AlternateIdType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AlternateIdType",)
            else:
                raise ResponseShapeError("AlternateIdType", "string", v, _s)
        _o.alternate_id_type = v

        v = _g("ProfileId", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ProfileId",)
            else:
                raise ResponseShapeError("ProfileId", "integer", v, _s)
        _o.profile_id = v

        v = _g("UpdateStatus", _A)
        _c = v.__class__
        if _c is str:
            v = _E_UpdateStatus.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("UpdateStatus",)
        else:
            raise ResponseShapeError("UpdateStatus", "string", v, _s)
        _o.update_status = v

        v = _g("SubmittedUtcTime", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("SubmittedUtcTime",)
            else:
                raise ResponseShapeError("SubmittedUtcTime", "string", v, _s)
        _o.submitted_utc_time = v

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
