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
        "AttributeType",
        "DisplayOrder",
        "IsRequired",
        "AttributeConstraints",
        "DisplayTextLocales",
    }
)
_FIELDS = (
    "link",
    "id",
    "attribute_type",
    "display_order",
    "is_required",
    "attribute_constraints",
    "display_text_locales",
)
_new = object.__new__


@_attrs_define
class FilterPreferenceAttribute:
    """A preference attribute configured on a filter.

    Attributes:
        link (int | None): Internal link number.
        id (str | None): Attribute id.
        attribute_type (str | None): Attribute type.
        display_order (int | None): UI order.
        is_required (bool | None): Required flag.
        attribute_constraints (list[PreferenceAttributeConstraint] | None): Constraints.
        display_text_locales (list[PreferenceAttributeDisplayText] | None): Localized display texts.
    """

    link: int | None = None
    id: str | None = None
    attribute_type: str | None = None
    display_order: int | None = None
    is_required: bool | None = None
    attribute_constraints: list[PreferenceAttributeConstraint] | None = None
    display_text_locales: list[PreferenceAttributeDisplayText] | None = None
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
        v = self.attribute_type
        if v is not None:
            d["AttributeType"] = v
        v = self.display_order
        if v is not None:
            d["DisplayOrder"] = v
        v = self.is_required
        if v is not None:
            d["IsRequired"] = v
        v = self.attribute_constraints
        if v is not None:
            d["AttributeConstraints"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.display_text_locales
        if v is not None:
            d["DisplayTextLocales"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
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

        v = _g("AttributeType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AttributeType",)
            else:
                raise ResponseShapeError("AttributeType", "string", v, _s)
        _o.attribute_type = v

        v = _g("DisplayOrder", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DisplayOrder",)
            else:
                raise ResponseShapeError("DisplayOrder", "integer", v, _s)
        _o.display_order = v

        v = _g("IsRequired", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsRequired",)
            else:
                raise ResponseShapeError("IsRequired", "boolean", v, _s)
        _o.is_required = v

        v = _g("AttributeConstraints", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else PreferenceAttributeConstraint.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("AttributeConstraints", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("AttributeConstraints",)
        else:
            raise ResponseShapeError("AttributeConstraints", "array", v, _s)
        _o.attribute_constraints = v

        v = _g("DisplayTextLocales", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else PreferenceAttributeDisplayText.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("DisplayTextLocales", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("DisplayTextLocales",)
        else:
            raise ResponseShapeError("DisplayTextLocales", "array", v, _s)
        _o.display_text_locales = v

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
from ..models.preference_attribute_constraint import PreferenceAttributeConstraint
from ..models.preference_attribute_display_text import PreferenceAttributeDisplayText
