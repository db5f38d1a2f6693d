from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..models.preference_type import PreferenceType
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_PreferenceType: dict[Any, PreferenceType] = {m.value: m for m in PreferenceType}
_KEYS = frozenset(
    {
        "FilterId",
        "PreferenceType",
        "FrequencyId",
        "PreferenceAttributes",
        "CustomerDate",
    }
)
_FIELDS = (
    "filter_id",
    "preference_type",
    "frequency_id",
    "preference_attributes",
    "customer_date",
)
_new = object.__new__


@_attrs_define
class CreateProfilePreference:
    """A preference to submit. CustomerDate: default now (UTC); a UTC value is stored as is, other values are read as US
    Eastern; a date-only value becomes midnight ET (Opt-In) or 23:59:59 ET (Opt-Out).

    Attributes:
        filter_id (str | None): Filter of the preference.
        preference_type (PreferenceType | int | None): Preference type (PreferenceTypes): 1 Opt-In, 2 Opt-Out.
        frequency_id (str | None): Frequency option; the Filter default when absent.
        preference_attributes (list[PreferenceAttribute] | None): Free key/value attributes.
        customer_date (str | None): When the person expressed the preference.
    """

    filter_id: str | None = None
    preference_type: PreferenceType | int | None = None
    frequency_id: str | None = None
    preference_attributes: list[PreferenceAttribute] | None = None
    customer_date: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.filter_id
        if v is not None:
            d["FilterId"] = v
        v = self.preference_type
        if v is not None:
            d["PreferenceType"] = v.value if v.__class__ is PreferenceType else v
        v = self.frequency_id
        if v is not None:
            d["FrequencyId"] = v
        v = self.preference_attributes
        if v is not None:
            d["PreferenceAttributes"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.customer_date
        if v is not None:
            d["CustomerDate"] = v
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

        v = _g("FilterId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("FilterId",)
            else:
                raise ResponseShapeError("FilterId", "string", v, _s)
        _o.filter_id = v

        v = _g("PreferenceType", _A)
        if v.__class__ is int:
            v = _E_PreferenceType.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("PreferenceType",)
        else:
            raise ResponseShapeError("PreferenceType", "integer", v, _s)
        _o.preference_type = v

        v = _g("FrequencyId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("FrequencyId",)
            else:
                raise ResponseShapeError("FrequencyId", "string", v, _s)
        _o.frequency_id = v

        v = _g("PreferenceAttributes", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else PreferenceAttribute.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("PreferenceAttributes", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("PreferenceAttributes",)
        else:
            raise ResponseShapeError("PreferenceAttributes", "array", v, _s)
        _o.preference_attributes = v

        v = _g("CustomerDate", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CustomerDate",)
            else:
                raise ResponseShapeError("CustomerDate", "string", v, _s)
        _o.customer_date = v

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
from ..models.preference_attribute import PreferenceAttribute
