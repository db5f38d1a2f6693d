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
        "ID",
        "Name",
        "Description",
        "DefaultLocaleID",
        "CustomProperties",
        "Locales",
        "ProgramGroups",
        "Programs",
    }
)
_FIELDS = (
    "id",
    "name",
    "description",
    "default_locale_id",
    "custom_properties",
    "locales",
    "program_groups",
    "programs",
)
_new = object.__new__


@_attrs_define
class ProgramGroupDefinition:
    """
    Attributes:
        id (str | None): Program group id.
        name (str | None): Name.
        description (str | None): Description.
        default_locale_id (str | None): Default locale id.
        custom_properties (list[CustomPropertyEntry] | None): Custom properties.
        locales (list[TextTagLocale] | None): Text tags per locale.
        program_groups (list[ProgramGroupDefinition] | None): Nested program groups.
        programs (list[ProgramDefinition] | None): Programs of the group (with the group's filter defaults).
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    default_locale_id: str | None = None
    custom_properties: list[CustomPropertyEntry] | None = None
    locales: list[TextTagLocale] | None = None
    program_groups: list[ProgramGroupDefinition] | None = None
    programs: list[ProgramDefinition] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.id
        if v is not None:
            d["ID"] = v
        v = self.name
        if v is not None:
            d["Name"] = v
        v = self.description
        if v is not None:
            d["Description"] = v
        v = self.default_locale_id
        if v is not None:
            d["DefaultLocaleID"] = v
        v = self.custom_properties
        if v is not None:
            d["CustomProperties"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.locales
        if v is not None:
            d["Locales"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.program_groups
        if v is not None:
            d["ProgramGroups"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.programs
        if v is not None:
            d["Programs"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
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

        v = _g("ID", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ID",)
            else:
                raise ResponseShapeError("ID", "string", v, _s)
        _o.id = v

        v = _g("Name", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Name",)
            else:
                raise ResponseShapeError("Name", "string", v, _s)
        _o.name = v

        v = _g("Description", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Description",)
            else:
                raise ResponseShapeError("Description", "string", v, _s)
        _o.description = v

        v = _g("DefaultLocaleID", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DefaultLocaleID",)
            else:
                raise ResponseShapeError("DefaultLocaleID", "string", v, _s)
        _o.default_locale_id = v

        v = _g("CustomProperties", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else CustomPropertyEntry.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("CustomProperties", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("CustomProperties",)
        else:
            raise ResponseShapeError("CustomProperties", "array", v, _s)
        _o.custom_properties = v

        v = _g("Locales", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else TextTagLocale.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("Locales", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Locales",)
        else:
            raise ResponseShapeError("Locales", "array", v, _s)
        _o.locales = v

        v = _g("ProgramGroups", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else ProgramGroupDefinition.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("ProgramGroups", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("ProgramGroups",)
        else:
            raise ResponseShapeError("ProgramGroups", "array", v, _s)
        _o.program_groups = v

        v = _g("Programs", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ProgramDefinition.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("Programs", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Programs",)
        else:
            raise ResponseShapeError("Programs", "array", v, _s)
        _o.programs = v

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
from ..models.custom_property_entry import CustomPropertyEntry
from ..models.program_definition import ProgramDefinition
from ..models.text_tag_locale import TextTagLocale
