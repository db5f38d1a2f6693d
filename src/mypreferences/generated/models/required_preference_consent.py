from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequiredPreferenceConsent")


@_attrs_define
class RequiredPreferenceConsent:
    """A consent type required by a filter's preferences.

    Attributes:
        type_name (str | Unset): Name of an active consent type (required by the server on writes).
        display_order (int | None | Unset): UI order.
    """

    type_name: str | Unset = UNSET
    display_order: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_name = self.type_name

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_name is not UNSET:
            field_dict["TypeName"] = type_name
        if display_order is not UNSET:
            field_dict["DisplayOrder"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_name = d.pop("TypeName", UNSET)

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("DisplayOrder", UNSET))

        required_preference_consent = cls(
            type_name=type_name,
            display_order=display_order,
        )

        required_preference_consent.additional_properties = d
        return required_preference_consent

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
