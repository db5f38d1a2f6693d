from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_edit_info import ConfigEditInfo
    from ..models.localized_text import LocalizedText


T = TypeVar("T", bound="ConfigTypeEntry")


@_attrs_define
class ConfigTypeEntry:
    """A configured contact, identity or group type (help models `EmailTypeEntry`, `AddressTypeEntry`,
    `AlternateIdTypeEntry`, `PhoneNumberTypeEntry`, `GroupTypeEntry`).

        Attributes:
            type_id (int | Unset): Read-only id of the type.
            edited (ConfigEditInfo | Unset): Read-only audit fields (`Edited`) of configuration items. Dates are kept as the
                server's text.
            type_name (str | Unset): Type name.
            localized_fields (list[LocalizedText] | Unset): Localized name/description per locale.
            is_default (bool | Unset): Default type of its kind.
            is_active (bool | Unset): Active flag.
    """

    type_id: int | Unset = UNSET
    edited: ConfigEditInfo | Unset = UNSET
    type_name: str | Unset = UNSET
    localized_fields: list[LocalizedText] | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

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
        if type_id is not UNSET:
            field_dict["TypeId"] = type_id
        if edited is not UNSET:
            field_dict["Edited"] = edited
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
        type_id = d.pop("TypeId", UNSET)

        _edited = d.pop("Edited", UNSET)
        edited: ConfigEditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = ConfigEditInfo.from_dict(_edited)

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

        config_type_entry = cls(
            type_id=type_id,
            edited=edited,
            type_name=type_name,
            localized_fields=localized_fields,
            is_default=is_default,
            is_active=is_active,
        )

        config_type_entry.additional_properties = d
        return config_type_entry

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


from ..models.config_edit_info import ConfigEditInfo  # noqa: E402
from ..models.localized_text import LocalizedText  # noqa: E402
