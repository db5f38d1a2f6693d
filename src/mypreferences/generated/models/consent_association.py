from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsentAssociation")


@_attrs_define
class ConsentAssociation:
    """A consent associated with a preference (v2 shape). [S001, ref §3.17]

    Attributes:
        consent_type (str | Unset):
        consent_version (str | Unset):
        is_active (bool | Unset):
        locale (str | Unset):
        reason_code (str | Unset):
    """

    consent_type: str | Unset = UNSET
    consent_version: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    locale: str | Unset = UNSET
    reason_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_type = self.consent_type

        consent_version = self.consent_version

        is_active = self.is_active

        locale = self.locale

        reason_code = self.reason_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consent_type is not UNSET:
            field_dict["ConsentType"] = consent_type
        if consent_version is not UNSET:
            field_dict["ConsentVersion"] = consent_version
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if locale is not UNSET:
            field_dict["Locale"] = locale
        if reason_code is not UNSET:
            field_dict["ReasonCode"] = reason_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        consent_type = d.pop("ConsentType", UNSET)

        consent_version = d.pop("ConsentVersion", UNSET)

        is_active = d.pop("IsActive", UNSET)

        locale = d.pop("Locale", UNSET)

        reason_code = d.pop("ReasonCode", UNSET)

        consent_association = cls(
            consent_type=consent_type,
            consent_version=consent_version,
            is_active=is_active,
            locale=locale,
            reason_code=reason_code,
        )

        consent_association.additional_properties = d
        return consent_association

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
