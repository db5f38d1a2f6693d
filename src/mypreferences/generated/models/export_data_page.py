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
        "Count",
        "HasMore",
        "Limit",
        "Offset",
        "TotalResults",
        "UserProfilePreferences",
    }
)
_FIELDS = (
    "count",
    "has_more",
    "limit",
    "offset",
    "total_results",
    "user_profile_preferences",
)
_new = object.__new__


@_attrs_define
class ExportDataPage:
    """One page of exported profiles (segment / segment-group Retrieve data).

    Attributes:
        count (int | None): Number of records actually returned in this response.
        has_more (bool | None): true when more records remain to be retrieved.
        limit (int | None): The requested maximum.
        offset (int | None): 1-based index of the first record in this batch.
        total_results (int | None): Total records the export produced.
        user_profile_preferences (list[ExportedProfile] | None): The profiles of this page (content depends on the
            segment's output settings).
    """

    count: int | None = None
    has_more: bool | None = None
    limit: int | None = None
    offset: int | None = None
    total_results: int | None = None
    user_profile_preferences: list[ExportedProfile] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.count
        if v is not None:
            d["Count"] = v
        v = self.has_more
        if v is not None:
            d["HasMore"] = v
        v = self.limit
        if v is not None:
            d["Limit"] = v
        v = self.offset
        if v is not None:
            d["Offset"] = v
        v = self.total_results
        if v is not None:
            d["TotalResults"] = v
        v = self.user_profile_preferences
        if v is not None:
            d["UserProfilePreferences"] = [
                v_ if v_ is None else v_.to_dict() for v_ in v
            ]
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

        v = _g("Count", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Count",)
            else:
                raise ResponseShapeError("Count", "integer", v, _s)
        _o.count = v

        v = _g("HasMore", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("HasMore",)
            else:
                raise ResponseShapeError("HasMore", "boolean", v, _s)
        _o.has_more = v

        v = _g("Limit", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Limit",)
            else:
                raise ResponseShapeError("Limit", "integer", v, _s)
        _o.limit = v

        v = _g("Offset", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Offset",)
            else:
                raise ResponseShapeError("Offset", "integer", v, _s)
        _o.offset = v

        v = _g("TotalResults", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("TotalResults",)
            else:
                raise ResponseShapeError("TotalResults", "integer", v, _s)
        _o.total_results = v

        v = _g("UserProfilePreferences", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ExportedProfile.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("UserProfilePreferences", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("UserProfilePreferences",)
        else:
            raise ResponseShapeError("UserProfilePreferences", "array", v, _s)
        _o.user_profile_preferences = v

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
from ..models.exported_profile import ExportedProfile
