from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..models.match_type import MatchType
from ..models.preference_status import PreferenceStatus
from ..models.preference_type import PreferenceType
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_MatchType: dict[Any, MatchType] = {m.value: m for m in MatchType}
_E_PreferenceStatus: dict[Any, PreferenceStatus] = {
    m.value: m for m in PreferenceStatus
}
_E_PreferenceType: dict[Any, PreferenceType] = {m.value: m for m in PreferenceType}
_KEYS = frozenset(
    {
        "FilterId",
        "PreferenceType",
        "ProgramId",
        "ChannelId",
        "ConsentAssociations",
        "Consents",
        "MatchType",
        "ReasonCode",
        "ExpirationDate",
        "PreferenceStatus",
        "LastModifiedDate",
        "UserId",
        "SourceId",
        "FrequencyId",
        "PreferenceAttributes",
        "CustomerDate",
    }
)
_FIELDS = (
    "filter_id",
    "preference_type",
    "program_id",
    "channel_id",
    "consent_associations",
    "consents",
    "match_type",
    "reason_code",
    "expiration_date",
    "preference_status",
    "last_modified_date",
    "user_id",
    "source_id",
    "frequency_id",
    "preference_attributes",
    "customer_date",
)
_new = object.__new__


@_attrs_define
class ProfilePreference:
    """Used in ProfilePreferences and in the EmailPreferences / PhonePreferences / AddressPreferences of contact elements.

    Attributes:
        filter_id (str | None): Filter of the preference.
        preference_type (PreferenceType | int | None): Preference type (PreferenceTypes): 1 Opt-In, 2 Opt-Out.
        program_id (str | None): Program of the Filter.
        channel_id (str | None): Channel of the Filter: Phone, Fax, Text, Email, Mail.
        consent_associations (list[ConsentAssociation] | None): Consents associated with the preference (v2).
        consents (list[ConsentFilterVersion] | None): Consents associated with the preference (help/v4).
        match_type (MatchType | str | None): Expressed or Implied (only with Preference Propagation).
        reason_code (str | None): Deactivation reason.
        expiration_date (str | None): Computed from the Filter's expiration setting; blank/null if none.
        preference_status (PreferenceStatus | str | None): Active or Expired.
        last_modified_date (str | None): System time of the last change.
        user_id (str | None): User or system that recorded the preference.
        source_id (str | None): Source group of that user.
        frequency_id (str | None): Frequency option; the Filter default is applied when absent.
        preference_attributes (list[PreferenceAttribute] | None): Free key/value attributes.
        customer_date (str | None): When the person expressed the preference (see CreateProfilePreference).
    """

    filter_id: str | None = None
    preference_type: PreferenceType | int | None = None
    program_id: str | None = None
    channel_id: str | None = None
    consent_associations: list[ConsentAssociation] | None = None
    consents: list[ConsentFilterVersion] | None = None
    match_type: MatchType | str | None = None
    reason_code: str | None = None
    expiration_date: str | None = None
    preference_status: PreferenceStatus | str | None = None
    last_modified_date: str | None = None
    user_id: str | None = None
    source_id: str | None = None
    frequency_id: str | None = None
    preference_attributes: list[PreferenceAttribute] | None = None
    customer_date: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.filter_id
        if v is not None:
            d["FilterId"] = v
        v = self.preference_type
        if v is not None:
            d["PreferenceType"] = v.value if v.__class__ is PreferenceType else v
        v = self.program_id
        if v is not None:
            d["ProgramId"] = v
        v = self.channel_id
        if v is not None:
            d["ChannelId"] = v
        v = self.consent_associations
        if v is not None:
            d["ConsentAssociations"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.consents
        if v is not None:
            d["Consents"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.match_type
        if v is not None:
            d["MatchType"] = v.value if v.__class__ is MatchType else v
        v = self.reason_code
        if v is not None:
            d["ReasonCode"] = v
        v = self.expiration_date
        if v is not None:
            d["ExpirationDate"] = v
        v = self.preference_status
        if v is not None:
            d["PreferenceStatus"] = v.value if v.__class__ is PreferenceStatus else v
        v = self.last_modified_date
        if v is not None:
            d["LastModifiedDate"] = v
        v = self.user_id
        if v is not None:
            d["UserId"] = v
        v = self.source_id
        if v is not None:
            d["SourceId"] = v
        v = self.frequency_id
        if v is not None:
            d["FrequencyId"] = v
        v = self.preference_attributes
        if v is not None:
            d["PreferenceAttributes"] = [v_ if v_ is None else v_.to_dict() for v_ in v]
        v = self.customer_date
        if v is not None:
            d["CustomerDate"] = v
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

        v = _g("FilterId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("FilterId",)
            else:
                raise ResponseShapeError("FilterId", "string", v, _s)
        _o.filter_id = v

        v = _g("PreferenceType", _A)
        if v.__class__ is int:
            v = _E_PreferenceType.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("PreferenceType",)
        else:
            raise ResponseShapeError("PreferenceType", "integer", v, _s)
        _o.preference_type = v

        v = _g("ProgramId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ProgramId",)
            else:
                raise ResponseShapeError("ProgramId", "string", v, _s)
        _o.program_id = v

        v = _g("ChannelId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ChannelId",)
            else:
                raise ResponseShapeError("ChannelId", "string", v, _s)
        _o.channel_id = v

        v = _g("ConsentAssociations", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else ConsentAssociation.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("ConsentAssociations", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("ConsentAssociations",)
        else:
            raise ResponseShapeError("ConsentAssociations", "array", v, _s)
        _o.consent_associations = v

        v = _g("Consents", _A)
        if v.__class__ is list:
            try:
                v = [
                    None if x is None else ConsentFilterVersion.from_dict(x) for x in v
                ]
            except ResponseShapeError as e:
                raise e.within("Consents", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Consents",)
        else:
            raise ResponseShapeError("Consents", "array", v, _s)
        _o.consents = v

        v = _g("MatchType", _A)
        _c = v.__class__
        if _c is str:
            v = _E_MatchType.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("MatchType",)
        else:
            raise ResponseShapeError("MatchType", "string", v, _s)
        _o.match_type = v

        v = _g("ReasonCode", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ReasonCode",)
            else:
                raise ResponseShapeError("ReasonCode", "string", v, _s)
        _o.reason_code = v

        v = _g("ExpirationDate", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ExpirationDate",)
            else:
                raise ResponseShapeError("ExpirationDate", "string", v, _s)
        _o.expiration_date = v

        v = _g("PreferenceStatus", _A)
        _c = v.__class__
        if _c is str:
            v = _E_PreferenceStatus.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("PreferenceStatus",)
        else:
            raise ResponseShapeError("PreferenceStatus", "string", v, _s)
        _o.preference_status = v

        v = _g("LastModifiedDate", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("LastModifiedDate",)
            else:
                raise ResponseShapeError("LastModifiedDate", "string", v, _s)
        _o.last_modified_date = v

        v = _g("UserId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("UserId",)
            else:
                raise ResponseShapeError("UserId", "string", v, _s)
        _o.user_id = v

        v = _g("SourceId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("SourceId",)
            else:
                raise ResponseShapeError("SourceId", "string", v, _s)
        _o.source_id = v

        v = _g("FrequencyId", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("FrequencyId",)
            else:
                raise ResponseShapeError("FrequencyId", "string", v, _s)
        _o.frequency_id = v

        v = _g("PreferenceAttributes", _A)
        if v.__class__ is list:
            try:
                v = [None if x is None else PreferenceAttribute.from_dict(x) for x in v]
            except ResponseShapeError as e:
                raise e.within("PreferenceAttributes", _s, v) from None
        elif v is _A:
            v = None
        elif v is None:
            _n += ("PreferenceAttributes",)
        else:
            raise ResponseShapeError("PreferenceAttributes", "array", v, _s)
        _o.preference_attributes = v

        v = _g("CustomerDate", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("CustomerDate",)
            else:
                raise ResponseShapeError("CustomerDate", "string", v, _s)
        _o.customer_date = v

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
from ..models.consent_association import ConsentAssociation
from ..models.consent_filter_version import ConsentFilterVersion
from ..models.preference_attribute import PreferenceAttribute
