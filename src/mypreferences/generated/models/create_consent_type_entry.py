from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_type_version import ConsentTypeVersion


T = TypeVar("T", bound="CreateConsentTypeEntry")


@_attrs_define
class CreateConsentTypeEntry:
    """A consent type to create.

    Attributes:
        type_name (str | Unset): Consent type name.
        is_active (bool | Unset): Active flag.
        versions (list[ConsentTypeVersion] | Unset): Versions of the consent.
    """

    type_name: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    versions: list[ConsentTypeVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        type_name = d.pop("TypeName", UNSET)

        is_active = d.pop("IsActive", UNSET)

        _versions = d.pop("Versions", UNSET)
        versions: list[ConsentTypeVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = ConsentTypeVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        create_consent_type_entry = cls(
            type_name=type_name,
            is_active=is_active,
            versions=versions,
        )

        create_consent_type_entry.additional_properties = d
        return create_consent_type_entry

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


from ..models.consent_type_version import ConsentTypeVersion  # noqa: E402
