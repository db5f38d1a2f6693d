from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consent_status import ConsentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_info import EditInfo


T = TypeVar("T", bound="CustomerConsent")


@_attrs_define
class CustomerConsent:
    """A consent held by the profile or by one of its contact elements: superset of the help
    `CustomerConsent` and the v2 consent shape. On the help (v4) model consents are read-only in
    profile bodies; add them with AddConsentsByProfileId. [RM-CONSENT, S001, S003, ref §3.13]

        Attributes:
            consent_type (str): Consent type name.
            consent_version (str): Consent version.
            locale (str): Locale of the consent, e.g. en_US.
            consent_status (ConsentStatus | str): Consent status; JSON normally carries the ConsentStatus number. The v4
                help-page response sample
                shows a string here, so a string is accepted and kept verbatim.
            consent_date (str | Unset): When the consent was given; when absent on submit the processing time is used.
            expiration_date (None | str | Unset): When the consent expires; null when it never expires.
            expired (bool | str | Unset): Read-only: whether the consent has expired. Documented boolean; the help-page
                sample shows a
                string, so a string is accepted and kept verbatim.
            edited (EditInfo | Unset): Read-only audit fields, maintained by the server when the parent item is created or
                modified.
                Values are kept verbatim (no date parsing). [S001, S003, ref §3.12]
            reason_code (str | Unset): Reason code (v2 shape).
            source_id (str | Unset): Source of the consent (v2 sample).
            updated_version_pending (bool | Unset): A newer version of this consent is available (v2 shape).
            is_active (bool | Unset): Whether the consent is active (v2 shape).
    """

    consent_type: str
    consent_version: str
    locale: str
    consent_status: ConsentStatus | str
    consent_date: str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    expired: bool | str | Unset = UNSET
    edited: EditInfo | Unset = UNSET
    reason_code: str | Unset = UNSET
    source_id: str | Unset = UNSET
    updated_version_pending: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_type = self.consent_type

        consent_version = self.consent_version

        locale = self.locale

        consent_status: int | str
        if isinstance(self.consent_status, ConsentStatus):
            consent_status = self.consent_status.value
        else:
            consent_status = self.consent_status

        consent_date = self.consent_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        expired: bool | str | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        else:
            expired = self.expired

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        reason_code = self.reason_code

        source_id = self.source_id

        updated_version_pending = self.updated_version_pending

        is_active = self.is_active

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
        if expiration_date is not UNSET:
            field_dict["ExpirationDate"] = expiration_date
        if expired is not UNSET:
            field_dict["Expired"] = expired
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if reason_code is not UNSET:
            field_dict["ReasonCode"] = reason_code
        if source_id is not UNSET:
            field_dict["SourceId"] = source_id
        if updated_version_pending is not UNSET:
            field_dict["UpdatedVersionPending"] = updated_version_pending
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        consent_type = d.pop("ConsentType")

        consent_version = d.pop("ConsentVersion")

        locale = d.pop("Locale")

        def _parse_consent_status(data: object) -> ConsentStatus | str:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                consent_status_type_0 = ConsentStatus(data)

                return consent_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsentStatus | str, data)

        consent_status = _parse_consent_status(d.pop("ConsentStatus"))

        consent_date = d.pop("ConsentDate", UNSET)

        def _parse_expiration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("ExpirationDate", UNSET))

        def _parse_expired(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        expired = _parse_expired(d.pop("Expired", UNSET))

        _edited = d.pop("Edited", UNSET)
        edited: EditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = EditInfo.from_dict(_edited)

        reason_code = d.pop("ReasonCode", UNSET)

        source_id = d.pop("SourceId", UNSET)

        updated_version_pending = d.pop("UpdatedVersionPending", UNSET)

        is_active = d.pop("IsActive", UNSET)

        customer_consent = cls(
            consent_type=consent_type,
            consent_version=consent_version,
            locale=locale,
            consent_status=consent_status,
            consent_date=consent_date,
            expiration_date=expiration_date,
            expired=expired,
            edited=edited,
            reason_code=reason_code,
            source_id=source_id,
            updated_version_pending=updated_version_pending,
            is_active=is_active,
        )

        customer_consent.additional_properties = d
        return customer_consent

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


from ..models.edit_info import EditInfo  # noqa: E402
