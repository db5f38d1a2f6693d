from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..models.consent_status import ConsentStatus
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_ConsentStatus: dict[Any, ConsentStatus] = {m.value: m for m in ConsentStatus}
_KEYS = frozenset(
    {
        "ConsentType",
        "ConsentVersion",
        "Locale",
        "ConsentStatus",
        "ConsentDate",
        "ExpirationDate",
        "Expired",
        "Edited",
        "ReasonCode",
        "SourceId",
        "UpdatedVersionPending",
        "IsActive",
    }
)
_FIELDS = (
    "consent_type",
    "consent_version",
    "locale",
    "consent_status",
    "consent_date",
    "expiration_date",
    "expired",
    "edited",
    "reason_code",
    "source_id",
    "updated_version_pending",
    "is_active",
)
_new = object.__new__


@_attrs_define
class CustomerConsent:
    """On the help (v4) model consents are read-only in profile bodies; add them with AddConsentsByProfileId.

    Attributes:
        consent_type (str | None): Consent type name.
        consent_version (str | None): Consent version.
        locale (str | None): Locale of the consent, e.g. en_US.
        consent_status (ConsentStatus | int | str | None): Consent status; JSON normally carries the ConsentStatus
            number. The v4 help-page response sample
            shows a string here, so a string is accepted and kept verbatim.
        consent_date (str | None): When the consent was given; when absent on submit the processing time is used.
        expiration_date (str | None): When the consent expires; null when it never expires.
        expired (bool | str | None): Read-only: whether the consent has expired. Documented boolean; the help-page
            sample shows a
            string, so a string is accepted and kept verbatim.
        edited (EditInfo | None): Read-only audit fields, maintained by the server when the parent item is created or
            modified. Values are kept verbatim (no date parsing).
        reason_code (str | None): Reason code (v2 shape).
        source_id (str | None): Source of the consent (v2 sample).
        updated_version_pending (bool | None): A newer version of this consent is available (v2 shape).
        is_active (bool | None): Whether the consent is active (v2 shape).
    """

    consent_type: str | None = None
    consent_version: str | None = None
    locale: str | None = None
    consent_status: ConsentStatus | int | str | None = None
    consent_date: str | None = None
    expiration_date: str | None = None
    expired: bool | str | None = None
    edited: EditInfo | None = None
    reason_code: str | None = None
    source_id: str | None = None
    updated_version_pending: bool | None = None
    is_active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.consent_type
        if v is not None:
            d["ConsentType"] = v
        v = self.consent_version
        if v is not None:
            d["ConsentVersion"] = v
        v = self.locale
        if v is not None:
            d["Locale"] = v
        v = self.consent_status
        if v is not None:
            d["ConsentStatus"] = v.value if v.__class__ is ConsentStatus else v
        v = self.consent_date
        if v is not None:
            d["ConsentDate"] = v
        v = self.expiration_date
        if v is not None:
            d["ExpirationDate"] = v
        v = self.expired
        if v is not None:
            d["Expired"] = v
        v = self.edited
        if v is not None:
            d["Edited"] = v.to_dict()
        v = self.reason_code
        if v is not None:
            d["ReasonCode"] = v
        v = self.source_id
        if v is not None:
            d["SourceId"] = v
        v = self.updated_version_pending
        if v is not None:
            d["UpdatedVersionPending"] = v
        v = self.is_active
        if v is not None:
            d["IsActive"] = v
        if self._null_keys:
            for k in self._null_keys:
                d.setdefault(k, None)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a JSON object; unknown, missing and null keys are fine, a wrong JSON type raises ResponseShapeError."""
        _s = src_dict if src_dict.__class__ is dict else _as_dict(src_dict)
        _o = _new(cls)
        _g = _s.get
        _n: tuple[str, ...] = ()

        v = _g("ConsentType", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ConsentType",)
            else:
                raise ResponseShapeError("ConsentType", "string", v, _s)
        _o.consent_type = v

        v = _g("ConsentVersion", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ConsentVersion",)
            else:
                raise ResponseShapeError("ConsentVersion", "string", v, _s)
        _o.consent_version = v

        v = _g("Locale", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Locale",)
            else:
                raise ResponseShapeError("Locale", "string", v, _s)
        _o.locale = v

        v = _g("ConsentStatus", _A)
        _c = v.__class__
        if _c is int:
            v = _E_ConsentStatus.get(v, v)
        elif _c is str:
            pass
        elif v is _A:
            v = None
        elif v is None:
            _n += ("ConsentStatus",)
        else:
            raise ResponseShapeError("ConsentStatus", "integer or string", v, _s)
        _o.consent_status = v

        v = _g("ConsentDate", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ConsentDate",)
            else:
                raise ResponseShapeError("ConsentDate", "string", v, _s)
        _o.consent_date = v

        v = _g("ExpirationDate", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ExpirationDate",)
            else:
                raise ResponseShapeError("ExpirationDate", "string", v, _s)
        _o.expiration_date = v

        v = _g("Expired", _A)
        _c = v.__class__
        if _c is bool or _c is str:
            pass
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Expired",)
        else:
            raise ResponseShapeError("Expired", "boolean or string", v, _s)
        _o.expired = v

        v = _g("Edited", _A)
        if v.__class__ is dict:
            try:
                v = EditInfo.from_dict(v)
            except ResponseShapeError as e:
                raise e.within("Edited", _s) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Edited",)
        else:
            raise ResponseShapeError("Edited", "object", v, _s)
        _o.edited = v

        v = _g("ReasonCode", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ReasonCode",)
            else:
                raise ResponseShapeError("ReasonCode", "string", v, _s)
        _o.reason_code = v

        v = _g("SourceId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("SourceId",)
            else:
                raise ResponseShapeError("SourceId", "string", v, _s)
        _o.source_id = v

        v = _g("UpdatedVersionPending", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("UpdatedVersionPending",)
            else:
                raise ResponseShapeError("UpdatedVersionPending", "boolean", v, _s)
        _o.updated_version_pending = v

        v = _g("IsActive", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("IsActive",)
            else:
                raise ResponseShapeError("IsActive", "boolean", v, _s)
        _o.is_active = v

        _o.additional_properties = (
            {}
            if _KEYS.issuperset(_s)
            else {k: x for k, x in _s.items() if k not in _KEYS}
        )
        _o._null_keys = _n
        return _o

    def __repr__(self) -> str:
        return _model_repr(self, _FIELDS)

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


# Imported last so that models referring to each other resolve (the classes exist by then).
from ..models.edit_info import EditInfo
