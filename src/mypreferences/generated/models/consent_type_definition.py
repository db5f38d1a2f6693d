from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_edit_info import ConfigEditInfo
    from ..models.consent_type_version import ConsentTypeVersion


T = TypeVar("T", bound="ConsentTypeDefinition")


@_attrs_define
class ConsentTypeDefinition:
    """A configured consent type (response model not seen: create fields + `TypeId` + `Edited`, inferred).

    Attributes:
        type_id (int | Unset): Read-only id of the consent type.
        edited (ConfigEditInfo | Unset): Read-only audit fields (`Edited`) of configuration items. Dates are kept as the
            server's text.
        type_name (str | Unset): Consent type name.
        is_active (bool | Unset): Active flag.
        versions (list[ConsentTypeVersion] | Unset): Versions of the consent.
    """

    type_id: int | Unset = UNSET
    edited: ConfigEditInfo | Unset = UNSET
    type_name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    versions: list[ConsentTypeVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_id = self.type_id

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        type_name = self.type_name

        is_active = self.is_active

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_id is not UNSET:
            field_dict["TypeId"] = type_id
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if type_name is not UNSET:
            field_dict["TypeName"] = type_name
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if versions is not UNSET:
            field_dict["Versions"] = versions

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

        is_active = d.pop("IsActive", UNSET)

        _versions = d.pop("Versions", UNSET)
        versions: list[ConsentTypeVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = ConsentTypeVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        consent_type_definition = cls(
            type_id=type_id,
            edited=edited,
            type_name=type_name,
            is_active=is_active,
            versions=versions,
        )

        consent_type_definition.additional_properties = d
        return consent_type_definition

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
from ..models.consent_type_version import ConsentTypeVersion  # noqa: E402
