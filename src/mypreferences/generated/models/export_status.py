from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..models.export_job_status import ExportJobStatus
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_ExportJobStatus: dict[Any, ExportJobStatus] = {m.value: m for m in ExportJobStatus}
_KEYS = frozenset(
    {
        "AccessToken",
        "Status",
        "RowCount",
        "ByteCount",
        "Expires",
    }
)
_FIELDS = (
    "access_token",
    "status",
    "row_count",
    "byte_count",
    "expires",
)
_new = object.__new__


@_attrs_define
class ExportStatus:
    """Status of an export (v4 help model AsyncApiDataExportStatusResult).

    Attributes:
        access_token (int | None): Token the status belongs to.
        status (ExportJobStatus | str | None): State of an export. Processing: keep polling; Complete: ready to
            retrieve; Retrieved: data already consumed;
            Error / Failed: the export failed (Failed is listed by the segment-group set only); Expired: re-initiate.
        row_count (int | None): Rows in the export; only meaningful once the export is Complete (0 before).
        byte_count (int | None): Size of the export in bytes; only meaningful once the export is Complete (0 before).
        expires (str | None): Legacy (API/3 AsyncTokenStatus) token expiry date/time, empty while processing; absent
            from the v4 help
            model. Kept optional for tolerance.
    """

    access_token: int | None = None
    status: ExportJobStatus | str | None = None
    row_count: int | None = None
    byte_count: int | None = None
    expires: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.access_token
        if v is not None:
            d["AccessToken"] = v
        v = self.status
        if v is not None:
            d["Status"] = v.value if v.__class__ is ExportJobStatus else v
        v = self.row_count
        if v is not None:
            d["RowCount"] = v
        v = self.byte_count
        if v is not None:
            d["ByteCount"] = v
        v = self.expires
        if v is not None:
            d["Expires"] = v
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

        v = _g("AccessToken", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AccessToken",)
            else:
                raise ResponseShapeError("AccessToken", "integer", v, _s)
        _o.access_token = v

        v = _g("Status", _A)
        if v.__class__ is str:
            v = _E_ExportJobStatus.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Status",)
        else:
            raise ResponseShapeError("Status", "string", v, _s)
        _o.status = v

        v = _g("RowCount", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("RowCount",)
            else:
                raise ResponseShapeError("RowCount", "integer", v, _s)
        _o.row_count = v

        v = _g("ByteCount", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ByteCount",)
            else:
                raise ResponseShapeError("ByteCount", "integer", v, _s)
        _o.byte_count = v

        v = _g("Expires", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Expires",)
            else:
                raise ResponseShapeError("Expires", "string", v, _s)
        _o.expires = v

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
