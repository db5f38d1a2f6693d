from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.localized_consent_text import LocalizedConsentText


T = TypeVar("T", bound="ConsentTypeVersion")


@_attrs_define
class ConsentTypeVersion:
    """One version of a consent type (help model `CreateConsentVersion`).

    Attributes:
        consent_version (str): Version label.
        localized_fields (list[LocalizedConsentText]): Localized name/description/consent text.
        expiration_in_days (int | Unset): Days until a granted consent of this version expires.
        is_active (bool | Unset): Active flag.
        is_associated_with_profiles (bool | Unset): True when at least one profile uses this version (informational).
    """

    consent_version: str
    localized_fields: list[LocalizedConsentText]
    expiration_in_days: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_associated_with_profiles: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_version = self.consent_version

        localized_fields = []
        for localized_fields_item_data in self.localized_fields:
            localized_fields_item = localized_fields_item_data.to_dict()
            localized_fields.append(localized_fields_item)

        expiration_in_days = self.expiration_in_days

        is_active = self.is_active

        is_associated_with_profiles = self.is_associated_with_profiles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ConsentVersion": consent_version,
                "LocalizedFields": localized_fields,
            }
        )
        if expiration_in_days is not UNSET:
            field_dict["ExpirationInDays"] = expiration_in_days
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if is_associated_with_profiles is not UNSET:
            field_dict["IsAssociatedWithProfiles"] = is_associated_with_profiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        consent_version = d.pop("ConsentVersion")

        localized_fields = []
        _localized_fields = d.pop("LocalizedFields")
        for localized_fields_item_data in _localized_fields:
            localized_fields_item = LocalizedConsentText.from_dict(
                localized_fields_item_data
            )

            localized_fields.append(localized_fields_item)

        expiration_in_days = d.pop("ExpirationInDays", UNSET)

        is_active = d.pop("IsActive", UNSET)

        is_associated_with_profiles = d.pop("IsAssociatedWithProfiles", UNSET)

        consent_type_version = cls(
            consent_version=consent_version,
            localized_fields=localized_fields,
            expiration_in_days=expiration_in_days,
            is_active=is_active,
            is_associated_with_profiles=is_associated_with_profiles,
        )

        consent_type_version.additional_properties = d
        return consent_type_version

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


from ..models.localized_consent_text import LocalizedConsentText  # noqa: E402
