from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FrequencyOption")


@_attrs_define
class FrequencyOption:
    """A frequency choice of a filter.

    Attributes:
        id (str | Unset): Frequency id.
        display_name (str | Unset): Display name.
        description (str | Unset): Description.
        is_default (bool | Unset): Default frequency.
        display_order (int | str | Unset): UI order (samples show `"0"`).
    """

    id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    display_order: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        description = self.description

        is_default = self.is_default

        display_order: int | str | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if description is not UNSET:
            field_dict["Description"] = description
        if is_default is not UNSET:
            field_dict["IsDefault"] = is_default
        if display_order is not UNSET:
            field_dict["DisplayOrder"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        display_name = d.pop("DisplayName", UNSET)

        description = d.pop("Description", UNSET)

        is_default = d.pop("IsDefault", UNSET)

        def _parse_display_order(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        display_order = _parse_display_order(d.pop("DisplayOrder", UNSET))

        frequency_option = cls(
            id=id,
            display_name=display_name,
            description=description,
            is_default=is_default,
            display_order=display_order,
        )

        frequency_option.additional_properties = d
        return frequency_option

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
