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
        "ChannelID",
        "ProgramID",
        "ID",
        "Name",
        "Description",
        "DefaultPreferenceValue",
        "DefaultLocaleID",
        "CustomProperties",
        "Locales",
        "FrequencyLocales",
        "Attributes",
        "RequiredPreferenceConsents",
    }
)
_FIELDS = (
    "link",
    "channel_id",
    "program_id",
    "id",
    "name",
    "description",
    "default_preference_value",
    "default_locale_id",
    "custom_properties",
    "locales",
    "frequency_locales",
    "attributes",
    "required_preference_consents",
)
_new = object.__new__


@_attrs_define
class FilterDefinition:
    """A filter: the channel-specific container of preferences inside a program.

    Attributes:
        link (int | None): Internal link number.
        channel_id (str | None): Channel (Phone, Text/SMS, Email, Mail, Solicit).
        program_id (str | None): Owning program id.
        id (str | None): Filter id.
        name (str | None): Name.
        description (str | None): Description.
        default_preference_value (int | None): Default preference value.
        default_locale_id (str | None): Default locale id.
        custom_properties (list[CustomPropertyEntry] | None): Custom properties.
        locales (list[TextTagLocale] | None): Text tags per locale.
        frequency_locales (list[FrequencyLocale] | None): Frequency choices per locale.
        attributes (list[FilterPreferenceAttribute] | None): Preference attributes.
        required_preference_consents (list[RequiredPreferenceConsent] | None): Required consents.
    """

    link: int | None = None
    channel_id: str | None = None
    program_id: str | None = None
    id: str | None = None
    name: str | None = None
    description: str | None = None
    default_preference_value: int | None = None
    default_locale_id: str | None = None
    custom_properties: list[CustomPropertyEntry] | None = None
    locales: list[TextTagLocale] | None = None
    frequency_locales: list[FrequencyLocale] | None = None
    attributes: list[FilterPreferenceAttribute] | None = None
    required_preference_consents: list[RequiredPreferenceConsent] | None = None
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
        v = self.channel_id
        if v is not None:
            d["ChannelID"] = v
        v = self.program_id
        if v is not None:
            d["ProgramID"] = v
        v = self.id
        if v is not None:
            d["ID"] = v
        v = self.name
        if v is not None:
            d["Name"] = v
        v = self.description
        if v is not None:
            d["Description"] = v
        v = self.default_preference_value
        if v is not None:
            d["DefaultPreferenceValue"] = v
        v = self.default_locale_id
        if v is not None:
            d["DefaultLocaleID"] = v
        v = self.custom_properties
        if v is not None:
            d["CustomProperties"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.locales
        if v is not None:
            d["Locales"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.frequency_locales
        if v is not None:
            d["FrequencyLocales"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.attributes
        if v is not None:
            d["Attributes"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.required_preference_consents
        if v is not None:
            d["RequiredPreferenceConsents"] = [
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

        v = _g("Link", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Link",)
            else:
                raise ResponseShapeError("Link", "integer", v, _s)
        _o.link = v

        v = _g("ChannelID", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ChannelID",)
            else:
                raise ResponseShapeError("ChannelID", "string", v, _s)
        _o.channel_id = v

        v = _g("ProgramID", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ProgramID",)
            else:
                raise ResponseShapeError("ProgramID", "string", v, _s)
        _o.program_id = v

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

        v = _g("DefaultPreferenceValue", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DefaultPreferenceValue",)
            else:
                raise ResponseShapeError("DefaultPreferenceValue", "integer", v, _s)
        _o.default_preference_value = v

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

        v = _g("FrequencyLocales", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else FrequencyLocale.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("FrequencyLocales", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("FrequencyLocales",)
        else:
            raise ResponseShapeError("FrequencyLocales", "array", v, _s)
        _o.frequency_locales = v

        v = _g("Attributes", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else FilterPreferenceAttribute.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("Attributes", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Attributes",)
        else:
            raise ResponseShapeError("Attributes", "array", v, _s)
        _o.attributes = v

        v = _g("RequiredPreferenceConsents", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else RequiredPreferenceConsent.from_dict(x)
                    for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("RequiredPreferenceConsents", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("RequiredPreferenceConsents",)
        else:
            raise ResponseShapeError("RequiredPreferenceConsents", "array", v, _s)
        _o.required_preference_consents = v

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
from ..models.filter_preference_attribute import FilterPreferenceAttribute
from ..models.frequency_locale import FrequencyLocale
from ..models.required_preference_consent import RequiredPreferenceConsent
from ..models.text_tag_locale import TextTagLocale
