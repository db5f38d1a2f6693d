from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_type import MatchType
from ..models.preference_status import PreferenceStatus
from ..models.preference_type import PreferenceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_association import ConsentAssociation
    from ..models.consent_filter_version import ConsentFilterVersion
    from ..models.preference_attribute import PreferenceAttribute


T = TypeVar("T", bound="ProfilePreference")


@_attrs_define
class ProfilePreference:
    """A preference (Program/Channel choice through a Filter): superset of the v2 `Preference`
    (ConsentAssociations) and the help `ProfilePreference` (Consents). Used in ProfilePreferences
    and in the EmailPreferences / PhonePreferences / AddressPreferences of contact elements. [S001,
    RM-PP, ref §3.14-3.15]

        Attributes:
            filter_id (str): Filter of the preference.
            preference_type (PreferenceType): Preference type (PreferenceTypes): 1 Opt-In, 2 Opt-Out. [RM-PP, RM-CPP]
            program_id (str | Unset): Program of the Filter.
            channel_id (str | Unset): Channel of the Filter: Phone, Fax, Text, Email, Mail.
            consent_associations (list[ConsentAssociation] | Unset): Consents associated with the preference (v2).
            consents (list[ConsentFilterVersion] | Unset): Consents associated with the preference (help/v4).
            match_type (MatchType | str | Unset): Expressed or Implied (only with Preference Propagation).
            reason_code (str | Unset): Deactivation reason.
            expiration_date (None | str | Unset): Computed from the Filter's expiration setting; blank/null if none.
            preference_status (PreferenceStatus | str | Unset): Active or Expired.
            last_modified_date (str | Unset): System time of the last change.
            user_id (str | Unset): User or system that recorded the preference.
            source_id (str | Unset): Source group of that user.
            frequency_id (str | Unset): Frequency option; the Filter default is applied when absent.
            preference_attributes (list[PreferenceAttribute] | Unset): Free key/value attributes.
            customer_date (str | Unset): When the person expressed the preference (see CreateProfilePreference).
    """

    filter_id: str
    preference_type: PreferenceType
    program_id: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    consent_associations: list[ConsentAssociation] | Unset = UNSET
    consents: list[ConsentFilterVersion] | Unset = UNSET
    match_type: MatchType | str | Unset = UNSET
    reason_code: str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    preference_status: PreferenceStatus | str | Unset = UNSET
    last_modified_date: str | Unset = UNSET
    user_id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    frequency_id: str | Unset = UNSET
    preference_attributes: list[PreferenceAttribute] | Unset = UNSET
    customer_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_id = self.filter_id

        preference_type = self.preference_type.value

        program_id = self.program_id

        channel_id = self.channel_id

        consent_associations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consent_associations, Unset):
            consent_associations = []
            for consent_associations_item_data in self.consent_associations:
                consent_associations_item = consent_associations_item_data.to_dict()
                consent_associations.append(consent_associations_item)

        consents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consents, Unset):
            consents = []
            for consents_item_data in self.consents:
                consents_item = consents_item_data.to_dict()
                consents.append(consents_item)

        match_type: str | Unset
        if isinstance(self.match_type, Unset):
            match_type = UNSET
        elif isinstance(self.match_type, MatchType):
            match_type = self.match_type.value
        else:
            match_type = self.match_type

        reason_code = self.reason_code

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        preference_status: str | Unset
        if isinstance(self.preference_status, Unset):
            preference_status = UNSET
        elif isinstance(self.preference_status, PreferenceStatus):
            preference_status = self.preference_status.value
        else:
            preference_status = self.preference_status

        last_modified_date = self.last_modified_date

        user_id = self.user_id

        source_id = self.source_id

        frequency_id = self.frequency_id

        preference_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preference_attributes, Unset):
            preference_attributes = []
            for preference_attributes_item_data in self.preference_attributes:
                preference_attributes_item = preference_attributes_item_data.to_dict()
                preference_attributes.append(preference_attributes_item)

        customer_date = self.customer_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FilterId": filter_id,
                "PreferenceType": preference_type,
            }
        )
        if program_id is not UNSET:
            field_dict["ProgramId"] = program_id
        if channel_id is not UNSET:
            field_dict["ChannelId"] = channel_id
        if consent_associations is not UNSET:
            field_dict["ConsentAssociations"] = consent_associations
        if consents is not UNSET:
            field_dict["Consents"] = consents
        if match_type is not UNSET:
            field_dict["MatchType"] = match_type
        if reason_code is not UNSET:
            field_dict["ReasonCode"] = reason_code
        if expiration_date is not UNSET:
            field_dict["ExpirationDate"] = expiration_date
        if preference_status is not UNSET:
            field_dict["PreferenceStatus"] = preference_status
        if last_modified_date is not UNSET:
            field_dict["LastModifiedDate"] = last_modified_date
        if user_id is not UNSET:
            field_dict["UserId"] = user_id
        if source_id is not UNSET:
            field_dict["SourceId"] = source_id
        if frequency_id is not UNSET:
            field_dict["FrequencyId"] = frequency_id
        if preference_attributes is not UNSET:
            field_dict["PreferenceAttributes"] = preference_attributes
        if customer_date is not UNSET:
            field_dict["CustomerDate"] = customer_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        filter_id = d.pop("FilterId")

        preference_type = PreferenceType(d.pop("PreferenceType"))

        program_id = d.pop("ProgramId", UNSET)

        channel_id = d.pop("ChannelId", UNSET)

        _consent_associations = d.pop("ConsentAssociations", UNSET)
        consent_associations: list[ConsentAssociation] | Unset = UNSET
        if _consent_associations is not UNSET:
            consent_associations = []
            for consent_associations_item_data in _consent_associations:
                consent_associations_item = ConsentAssociation.from_dict(
                    consent_associations_item_data
                )

                consent_associations.append(consent_associations_item)

        _consents = d.pop("Consents", UNSET)
        consents: list[ConsentFilterVersion] | Unset = UNSET
        if _consents is not UNSET:
            consents = []
            for consents_item_data in _consents:
                consents_item = ConsentFilterVersion.from_dict(consents_item_data)

                consents.append(consents_item)

        def _parse_match_type(data: object) -> MatchType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                match_type_type_0 = MatchType(data)

                return match_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchType | str | Unset, data)

        match_type = _parse_match_type(d.pop("MatchType", UNSET))

        reason_code = d.pop("ReasonCode", UNSET)

        def _parse_expiration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("ExpirationDate", UNSET))

        def _parse_preference_status(data: object) -> PreferenceStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preference_status_type_0 = PreferenceStatus(data)

                return preference_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PreferenceStatus | str | Unset, data)

        preference_status = _parse_preference_status(d.pop("PreferenceStatus", UNSET))

        last_modified_date = d.pop("LastModifiedDate", UNSET)

        user_id = d.pop("UserId", UNSET)

        source_id = d.pop("SourceId", UNSET)

        frequency_id = d.pop("FrequencyId", UNSET)

        _preference_attributes = d.pop("PreferenceAttributes", UNSET)
        preference_attributes: list[PreferenceAttribute] | Unset = UNSET
        if _preference_attributes is not UNSET:
            preference_attributes = []
            for preference_attributes_item_data in _preference_attributes:
                preference_attributes_item = PreferenceAttribute.from_dict(
                    preference_attributes_item_data
                )

                preference_attributes.append(preference_attributes_item)

        customer_date = d.pop("CustomerDate", UNSET)

        profile_preference = cls(
            filter_id=filter_id,
            preference_type=preference_type,
            program_id=program_id,
            channel_id=channel_id,
            consent_associations=consent_associations,
            consents=consents,
            match_type=match_type,
            reason_code=reason_code,
            expiration_date=expiration_date,
            preference_status=preference_status,
            last_modified_date=last_modified_date,
            user_id=user_id,
            source_id=source_id,
            frequency_id=frequency_id,
            preference_attributes=preference_attributes,
            customer_date=customer_date,
        )

        profile_preference.additional_properties = d
        return profile_preference

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


from ..models.consent_association import ConsentAssociation  # noqa: E402
from ..models.consent_filter_version import ConsentFilterVersion  # noqa: E402
from ..models.preference_attribute import PreferenceAttribute  # noqa: E402
