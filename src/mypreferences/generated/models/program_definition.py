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
        "Link",
        "ID",
        "Name",
        "Description",
        "DefaultLocaleID",
        "ProgramType",
        "DisplayOrder",
        "CustomProperties",
        "Locales",
        "Filters",
    }
)
_FIELDS = (
    "link",
    "id",
    "name",
    "description",
    "default_locale_id",
    "program_type",
    "display_order",
    "custom_properties",
    "locales",
    "filters",
)
_new = object.__new__


@_attrs_define
class ProgramDefinition:
    """A program with its filters.

    Attributes:
        link (int | None): Internal link number.
        id (str | None): Program id.
        name (str | None): Name.
        description (str | None): Description.
        default_locale_id (str | None): Default locale id.
        program_type (str | None): `Transactional`, `Marketing`, `Informational`, `Consent` or `Do Not Contact (DNC)`.
        display_order (int | None): UI order.
        custom_properties (list[CustomPropertyEntry] | None): Custom properties.
        locales (list[TextTagLocale] | None): Text tags per locale.
        filters (list[FilterDefinition] | None): Filters of the program.
    """

    link: int | None = None
    id: str | None = None
    name: str | None = None
    description: str | None = None
    default_locale_id: str | None = None
    program_type: str | None = None
    display_order: int | None = None
    custom_properties: list[CustomPropertyEntry] | None = None
    locales: list[TextTagLocale] | None = None
    filters: list[FilterDefinition] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.link
        if v is not None:
            d["Link"] = v
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
        v = self.program_type
        if v is not None:
            d["ProgramType"] = v
        v = self.display_order
        if v is not None:
            d["DisplayOrder"] = v
        v = self.custom_properties
        if v is not None:
            d["CustomProperties"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.locales
        if v is not None:
            d["Locales"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.filters
        if v is not None:
            d["Filters"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
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

        v = _g("Link", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Link",)
            else:
                raise ResponseShapeError("Link", "integer", v, _s)
        _o.link = v

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

        v = _g("ProgramType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ProgramType",)
            else:
                raise ResponseShapeError("ProgramType", "string", v, _s)
        _o.program_type = v

        v = _g("DisplayOrder", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DisplayOrder",)
            else:
                raise ResponseShapeError("DisplayOrder", "integer", v, _s)
        _o.display_order = v

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

        v = _g("Filters", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else FilterDefinition.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("Filters", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Filters",)
        else:
            raise ResponseShapeError("Filters", "array", v, _s)
        _o.filters = v

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
from ..models.filter_definition import FilterDefinition
from ..models.text_tag_locale import TextTagLocale
