from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..errors import wrong_item as _wrong_item
from ..models.segment_match_criteria import SegmentMatchCriteria
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_SegmentMatchCriteria: dict[Any, SegmentMatchCriteria] = {
    m.value: m for m in SegmentMatchCriteria
}
_KEYS = frozenset(
    {
        "CallbackURL",
        "LastDateTime",
        "MatchCriteria",
        "MatchType",
        "Values",
    }
)
_FIELDS = (
    "callback_url",
    "last_date_time",
    "match_criteria",
    "match_type",
    "values",
)
_new = object.__new__


@_attrs_define
class SegmentRequestInfo:
    """Body of the segment and segment-group export Initiate calls (help model SegmentRequestInfo).

    Attributes:
        callback_url (str | None): Optional URL that MyPreferences POSTs the export status to when the export is
            finished.
        last_date_time (str | None): Start datetime for an incremental export (only changes since then); omit for a full
            export. Formats
            `YYYY-MM-DDTHH:mm:ss.sssZ` or `YYYY-MM-DDTHH:mm:ss.sss`. Millisecond precision; the server rounds the
            milliseconds up to the nearest boundary so that no record is skipped: 000 through 002 becomes 003, 003
            through 006 becomes 007, and 007 through 009 becomes 000 of the next higher value.
        match_criteria (SegmentMatchCriteria | str | None): Restricts the exported profiles to the given identifiers
            (see SegmentMatchCriteria); null is allowed (seed 002 "Nullable True").
        match_type (str | None): Type filter for MatchCriteria: required when MatchCriteria is AlternateId (an
            AlternateIdType name);
            optional otherwise (ProfileId: a customer type; PhoneNumber: a phone type; EmailAddress: an email type).
        values (list[str] | None): Identifiers matching MatchCriteria (e.g. one or more profile ids).
    """

    callback_url: str | None = None
    last_date_time: str | None = None
    match_criteria: SegmentMatchCriteria | str | None = None
    match_type: str | None = None
    values: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.callback_url
        if v is not None:
            d["CallbackURL"] = v
        v = self.last_date_time
        if v is not None:
            d["LastDateTime"] = v
        v = self.match_criteria
        if v is not None:
            d["MatchCriteria"] = v.value if v.__class__ is SegmentMatchCriteria else v
        v = self.match_type
        if v is not None:
            d["MatchType"] = v
        v = self.values
        if v is not None:
            d["Values"] = [v_ for v_ in v] if v.__class__ is list else v
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

        v = _g("CallbackURL", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CallbackURL",)
            else:
                raise ResponseShapeError("CallbackURL", "string", v, _s)
        _o.callback_url = v

        v = _g("LastDateTime", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("LastDateTime",)
            else:
                raise ResponseShapeError("LastDateTime", "string", v, _s)
        _o.last_date_time = v

        v = _g("MatchCriteria", _A)
        if v.__class__ is str:
            v = _E_SegmentMatchCriteria.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("MatchCriteria",)
        else:
            raise ResponseShapeError("MatchCriteria", "string", v, _s)
        _o.match_criteria = v

        v = _g("MatchType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("MatchType",)
            else:
                raise ResponseShapeError("MatchType", "string", v, _s)
        _o.match_type = v

        v = _g("Values", _A)
        if v.__class__ is list:
            try:
                v = [x if x.__class__ is str else _wrong_item(x, "string") for x in v]
            except ResponseShapeError as e:
                raise e.within("Values", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Values",)
        else:
            raise ResponseShapeError("Values", "array", v, _s)
        _o.values = v

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
