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
        "Name",
        "FieldSelectOptions",
        "Id",
        "Edited",
        "Description",
        "IsActive",
    }
)
_FIELDS = (
    "name",
    "field_select_options",
    "id",
    "edited",
    "description",
    "is_active",
)
_new = object.__new__


@_attrs_define
class PicklistDefinition:
    """A picklist (help model `Picklist`).

    Attributes:
        name (str | None): Picklist name.
        field_select_options (list[PicklistFieldSelectOption] | None): The options.
        id (int | None): Read-only id of the picklist.
        edited (ConfigEditInfo | None): Read-only audit fields (`Edited`) of configuration items. Dates are kept as the
            server's text.
        description (str | None): Description.
        is_active (bool | None): Active flag.
    """

    name: str | None = None
    field_select_options: list[PicklistFieldSelectOption] | None = None
    id: int | None = None
    edited: ConfigEditInfo | None = None
    description: str | None = None
    is_active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.name
        if v is not None:
            d["Name"] = v
        v = self.field_select_options
        if v is not None:
            d["FieldSelectOptions"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.id
        if v is not None:
            d["Id"] = v
        v = self.edited
        if v is not None:
            d["Edited"] = v.to_dict()
        v = self.description
        if v is not None:
            d["Description"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
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

        v = _g("Name", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Name",)
            else:
                raise ResponseShapeError("Name", "string", v, _s)
        _o.name = v

        v = _g("FieldSelectOptions", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else PicklistFieldSelectOption.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("FieldSelectOptions", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("FieldSelectOptions",)
        else:
            raise ResponseShapeError("FieldSelectOptions", "array", v, _s)
        _o.field_select_options = v

        v = _g("Id", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Id",)
            else:
                raise ResponseShapeError("Id", "integer", v, _s)
        _o.id = v

        v = _g("Edited", _A)
        if v.__class__ is dict:
            try:
                v = ConfigEditInfo.from_dict(v)
            except ResponseShapeError as e:
                raise e.within("Edited", _s) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Edited",)
        else:
            raise ResponseShapeError("Edited", "object", v, _s)
        _o.edited = v

        v = _g("Description", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Description",)
            else:
                raise ResponseShapeError("Description", "string", v, _s)
        _o.description = v

        v = _g("IsActive", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsActive",)
            else:
                raise ResponseShapeError("IsActive", "boolean", v, _s)
        _o.is_active = v

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
from ..models.config_edit_info import ConfigEditInfo
from ..models.picklist_field_select_option import PicklistFieldSelectOption
