from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localized_text import LocalizedText


T = TypeVar("T", bound="CreateConfigTypeEntry")


@_attrs_define
class CreateConfigTypeEntry:
    """A contact, identity or group type to create (help model `CreateEmailTypeEntry`; the other kinds share it, inferred).

    Attributes:
        type_name (str | Unset): Type name.
        localized_fields (list[LocalizedText] | Unset): Localized name/description per locale.
        is_default (bool | Unset): Default type of its kind.
        is_active (bool | Unset): Active flag.
    """

    type_name: str | Unset = UNSET
    localized_fields: list[LocalizedText] | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_name = self.type_name

        localized_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.localized_fields, Unset):
            localized_fields = []
            for localized_fields_item_data in self.localized_fields:
                localized_fields_item = localized_fields_item_data.to_dict()
                localized_fields.append(localized_fields_item)

        is_default = self.is_default

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_name is not UNSET:
            field_dict["TypeName"] = type_name
        if localized_fields is not UNSET:
            field_dict["LocalizedFields"] = localized_fields
        if is_default is not UNSET:
            field_dict["IsDefault"] = is_default
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        type_name = d.pop("TypeName", UNSET)

        _localized_fields = d.pop("LocalizedFields", UNSET)
        localized_fields: list[LocalizedText] | Unset = UNSET
        if _localized_fields is not UNSET:
            localized_fields = []
            for localized_fields_item_data in _localized_fields:
                localized_fields_item = LocalizedText.from_dict(
                    localized_fields_item_data
                )

                localized_fields.append(localized_fields_item)

        is_default = d.pop("IsDefault", UNSET)

        is_active = d.pop("IsActive", UNSET)

        create_config_type_entry = cls(
            type_name=type_name,
            localized_fields=localized_fields,
            is_default=is_default,
            is_active=is_active,
        )

        create_config_type_entry.additional_properties = d
        return create_config_type_entry

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


from ..models.localized_text import LocalizedText  # noqa: E402
