from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldLocalizedDisplayName")


@_attrs_define
class CustomFieldLocalizedDisplayName:
    """Localized display name of a custom field (fields not seen; `Locale` and `DisplayName` inferred, other keys are
    kept).

        Attributes:
            locale (str | Unset): Locale id.
            display_name (str | Unset): Localized label.
    """

    locale: str | Unset = UNSET
    display_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locale is not UNSET:
            field_dict["Locale"] = locale
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locale = d.pop("Locale", UNSET)

        display_name = d.pop("DisplayName", UNSET)

        custom_field_localized_display_name = cls(
            locale=locale,
            display_name=display_name,
        )

        custom_field_localized_display_name.additional_properties = d
        return custom_field_localized_display_name

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
