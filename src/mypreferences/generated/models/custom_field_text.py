from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..models.custom_field_update_rule import CustomFieldUpdateRule
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_CustomFieldUpdateRule: dict[Any, CustomFieldUpdateRule] = {
    m.value: m for m in CustomFieldUpdateRule
}
_KEYS = frozenset(
    {
        "Name",
        "LocalizedDisplayNames",
        "Id",
        "Edited",
        "Description",
        "UpdateRuleId",
        "DisplayOrder",
        "IsReadOnly",
        "IsRequired",
        "IsActive",
        "MinLength",
        "MaxLength",
        "DefaultValue",
        "FieldMask",
    }
)
_FIELDS = (
    "name",
    "localized_display_names",
    "id",
    "edited",
    "description",
    "update_rule_id",
    "display_order",
    "is_read_only",
    "is_required",
    "is_active",
    "min_length",
    "max_length",
    "default_value",
    "field_mask",
)
_new = object.__new__


@_attrs_define
class CustomFieldText:
    """Text custom field (partly documented; the regular-expression field's JSON name was not seen and is kept in
    `additional_properties`).

    Attributes:
        name (str | None): Field name.
        localized_display_names (list[CustomFieldLocalizedDisplayName] | None): Localized labels.
        id (int | None): Read-only id of the custom field.
        edited (ConfigEditInfo | None): Read-only audit fields (`Edited`) of configuration items. Dates are kept as the
            server's text.
        description (str | None): Description.
        update_rule_id (CustomFieldUpdateRule | int | None):
        display_order (int | None): UI order.
        is_read_only (bool | None): UI hint only; not enforced by the API when profile values are written.
        is_required (bool | None): Required flag.
        is_active (bool | None): Active flag.
        min_length (int | None): Minimum length.
        max_length (int | None): Maximum length.
        default_value (str | None): Default value.
        field_mask (str | None):
    """

    name: str | None = None
    localized_display_names: list[CustomFieldLocalizedDisplayName] | None = None
    id: int | None = None
    edited: ConfigEditInfo | None = None
    description: str | None = None
    update_rule_id: CustomFieldUpdateRule | int | None = None
    display_order: int | None = None
    is_read_only: bool | None = None
    is_required: bool | None = None
    is_active: bool | None = None
    min_length: int | None = None
    max_length: int | None = None
    default_value: str | None = None
    field_mask: str | None = None
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
        v = self.localized_display_names
        if v is not None:
            d["LocalizedDisplayNames"] = [
                v_ if v_ is None else v_.to_dict() for v_ in v
            ]
        v = self.id
        if v is not None:
            d["Id"] = v
        v = self.edited
        if v is not None:
            d["Edited"] = v.to_dict()
        v = self.description
        if v is not None:
            d["Description"] = v
        v = self.update_rule_id
        if v is not None:
            d["UpdateRuleId"] = v.value if v.__class__ is CustomFieldUpdateRule else v
        v = self.display_order
        if v is not None:
            d["DisplayOrder"] = v
        v = self.is_read_only
        if v is not None:
            d["IsReadOnly"] = v
        v = self.is_required
        if v is not None:
            d["IsRequired"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        v = self.min_length
        if v is not None:
            d["MinLength"] = v
        v = self.max_length
        if v is not None:
            d["MaxLength"] = v
        v = self.default_value
        if v is not None:
            d["DefaultValue"] = v
        v = self.field_mask
        if v is not None:
            d["FieldMask"] = v
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

        v = _g("LocalizedDisplayNames", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else CustomFieldLocalizedDisplayName.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("LocalizedDisplayNames", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("LocalizedDisplayNames",)
        else:
            raise ResponseShapeError("LocalizedDisplayNames", "array", v, _s)
        _o.localized_display_names = v

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

        v = _g("UpdateRuleId", _A)
        if v.__class__ is int:
            v = _E_CustomFieldUpdateRule.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("UpdateRuleId",)
        else:
            raise ResponseShapeError("UpdateRuleId", "integer", v, _s)
        _o.update_rule_id = v

        v = _g("DisplayOrder", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DisplayOrder",)
            else:
                raise ResponseShapeError("DisplayOrder", "integer", v, _s)
        _o.display_order = v

        v = _g("IsReadOnly", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsReadOnly",)
            else:
                raise ResponseShapeError("IsReadOnly", "boolean", v, _s)
        _o.is_read_only = v

        v = _g("IsRequired", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsRequired",)
            else:
                raise ResponseShapeError("IsRequired", "boolean", v, _s)
        _o.is_required = v

        v = _g("IsActive", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsActive",)
            else:
                raise ResponseShapeError("IsActive", "boolean", v, _s)
        _o.is_active = v

        v = _g("MinLength", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("MinLength",)
            else:
                raise ResponseShapeError("MinLength", "integer", v, _s)
        _o.min_length = v

        v = _g("MaxLength", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("MaxLength",)
            else:
                raise ResponseShapeError("MaxLength", "integer", v, _s)
        _o.max_length = v

        v = _g("DefaultValue", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DefaultValue",)
            else:
                raise ResponseShapeError("DefaultValue", "string", v, _s)
        _o.default_value = v

        v = _g("FieldMask", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("FieldMask",)
            else:
                raise ResponseShapeError("FieldMask", "string", v, _s)
        _o.field_mask = v

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
from ..models.custom_field_localized_display_name import CustomFieldLocalizedDisplayName
