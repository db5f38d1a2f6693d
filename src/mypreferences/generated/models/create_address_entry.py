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
        "Address1",
        "City",
        "StateProvince",
        "PostalCode",
        "AddressType",
        "IsDefault",
        "Address2",
        "CountryCode_Numeric",
        "CountryCode_Alpha2",
        "CountryCode_Alpha3",
    }
)
_FIELDS = (
    "address_1",
    "city",
    "state_province",
    "postal_code",
    "address_type",
    "is_default",
    "address_2",
    "country_code_numeric",
    "country_code_alpha_2",
    "country_code_alpha_3",
)
_new = object.__new__


@_attrs_define
class CreateAddressEntry:
    """An address in a create-profile request.

    Attributes:
        address_1 (str | None): Address line 1.
        city (str | None): City.
        state_province (str | None): State or province.
        postal_code (str | None): Postal code.
        address_type (str | None): Name of the address (contact) type.
        is_default (bool | None): Whether this is the profile's default address (one per profile).
        address_2 (str | None): Address line 2.
        country_code_numeric (str | None): ISO 3166 numeric country code.
        country_code_alpha_2 (str | None): ISO 3166 alpha-2 country code.
        country_code_alpha_3 (str | None): ISO 3166 alpha-3 country code.
    """

    address_1: str | None = None
    city: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    address_type: str | None = None
    is_default: bool | None = None
    address_2: str | None = None
    country_code_numeric: str | None = None
    country_code_alpha_2: str | None = None
    country_code_alpha_3: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.address_1
        if v is not None:
            d["Address1"] = v
        v = self.city
        if v is not None:
            d["City"] = v
        v = self.state_province
        if v is not None:
            d["StateProvince"] = v
        v = self.postal_code
        if v is not None:
            d["PostalCode"] = v
        v = self.address_type
        if v is not None:
            d["AddressType"] = v
        v = self.is_default
        if v is not None:
            d["IsDefault"] = v
        v = self.address_2
        if v is not None:
            d["Address2"] = v
        v = self.country_code_numeric
        if v is not None:
            d["CountryCode_Numeric"] = v
        v = self.country_code_alpha_2
        if v is not None:
            d["CountryCode_Alpha2"] = v
        v = self.country_code_alpha_3
        if v is not None:
            d["CountryCode_Alpha3"] = v
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

        v = _g("Address1", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Address1",)
            else:
                raise ResponseShapeError("Address1", "string", v, _s)
        _o.address_1 = v

        v = _g("City", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("City",)
            else:
                raise ResponseShapeError("City", "string", v, _s)
        _o.city = v

        v = _g("StateProvince", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("StateProvince",)
            else:
                raise ResponseShapeError("StateProvince", "string", v, _s)
        _o.state_province = v

        v = _g("PostalCode", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("PostalCode",)
            else:
                raise ResponseShapeError("PostalCode", "string", v, _s)
        _o.postal_code = v

        v = _g("AddressType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AddressType",)
            else:
                raise ResponseShapeError("AddressType", "string", v, _s)
        _o.address_type = v

        v = _g("IsDefault", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsDefault",)
            else:
                raise ResponseShapeError("IsDefault", "boolean", v, _s)
        _o.is_default = v

        v = _g("Address2", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Address2",)
            else:
                raise ResponseShapeError("Address2", "string", v, _s)
        _o.address_2 = v

        v = _g("CountryCode_Numeric", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CountryCode_Numeric",)
            else:
                raise ResponseShapeError("CountryCode_Numeric", "string", v, _s)
        _o.country_code_numeric = v

        v = _g("CountryCode_Alpha2", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CountryCode_Alpha2",)
            else:
                raise ResponseShapeError("CountryCode_Alpha2", "string", v, _s)
        _o.country_code_alpha_2 = v

        v = _g("CountryCode_Alpha3", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CountryCode_Alpha3",)
            else:
                raise ResponseShapeError("CountryCode_Alpha3", "string", v, _s)
        _o.country_code_alpha_3 = v

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
