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
        "PhoneTypes",
    }
)
_FIELDS = ("phone_types",)
_new = object.__new__


@_attrs_define
class CreatePhoneTypeList:
    """
    Attributes:
        phone_types (list[CreateConfigTypeEntry] | None): The phone types to create.
    """

    phone_types: list[CreateConfigTypeEntry] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.phone_types
        if v is not None:
            d["PhoneTypes"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
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

        v = _g("PhoneTypes", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else CreateConfigTypeEntry.from_dict(x) for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("PhoneTypes", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("PhoneTypes",)
        else:
            raise ResponseShapeError("PhoneTypes", "array", v, _s)
        _o.phone_types = v

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
from ..models.create_config_type_entry import CreateConfigTypeEntry
