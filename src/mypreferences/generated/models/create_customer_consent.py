from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consent_status import ConsentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomerConsent")


@_attrs_define
class CreateCustomerConsent:
    """One consent to add to a profile (AddConsents body item). Constraints assumed equal to
    CustomerConsent (inferred). [H-CONSENTS, ref §3.13]

        Attributes:
            consent_type (str): Consent type name.
            consent_version (str): Consent version.
            locale (str): Locale of the consent, e.g. en_US.
            consent_status (ConsentStatus): Consent status (ConsentStatuses): 1 Granted, 2 Denied, 3 Revoked, 4 NotSet ("Not
                Set"). JSON
                carries the number, XML the name. [T-CONSENT-STATUS, RM-CONSENT, H-CONSENTS]
            consent_date (str | Unset): When the consent was given; default = processing time (Eastern, stored as UTC).
    """

    consent_type: str
    consent_version: str
    locale: str
    consent_status: ConsentStatus
    consent_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_type = self.consent_type

        consent_version = self.consent_version

        locale = self.locale

        consent_status = self.consent_status.value

        consent_date = self.consent_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ConsentType": consent_type,
                "ConsentVersion": consent_version,
                "Locale": locale,
                "ConsentStatus": consent_status,
            }
        )
        if consent_date is not UNSET:
            field_dict["ConsentDate"] = consent_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        consent_type = d.pop("ConsentType")

        consent_version = d.pop("ConsentVersion")

        locale = d.pop("Locale")

        consent_status = ConsentStatus(d.pop("ConsentStatus"))

        consent_date = d.pop("ConsentDate", UNSET)

        create_customer_consent = cls(
            consent_type=consent_type,
            consent_version=consent_version,
            locale=locale,
            consent_status=consent_status,
            consent_date=consent_date,
        )

        create_customer_consent.additional_properties = d
        return create_customer_consent

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
