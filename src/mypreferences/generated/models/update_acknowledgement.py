from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_status import UpdateStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAcknowledgement")


@_attrs_define
class UpdateAcknowledgement:
    """Acknowledgement of a profile write ("UpdAck"): returned with 200 by CreateProfile (v2/v4 doc)
    and with 202 when the write is queued (UpdateStatus "Pending Update"). Which other endpoints
    return it with their 200/202 is inferred. AlternateId/AlternateIdType may be null for a profile
    without alternate ids (inferred). [S001, ref §3.20]

        Attributes:
            alternate_id (None | str | Unset): Alternate id of the profile.
            alternate_id_type (None | str | Unset): Alternate id type.
            profile_id (int | Unset): Profile id.
            update_status (str | Unset | UpdateStatus): "Complete" or "Pending Update".
            submitted_utc_time (str | Unset): When the write was submitted (UTC, verbatim).
    """

    alternate_id: None | str | Unset = UNSET
    alternate_id_type: None | str | Unset = UNSET
    profile_id: int | Unset = UNSET
    update_status: str | Unset | UpdateStatus = UNSET
    submitted_utc_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alternate_id: None | str | Unset
        if isinstance(self.alternate_id, Unset):
            alternate_id = UNSET
        else:
            alternate_id = self.alternate_id

        alternate_id_type: None | str | Unset
        if isinstance(self.alternate_id_type, Unset):
            alternate_id_type = UNSET
        else:
            alternate_id_type = self.alternate_id_type

        profile_id = self.profile_id

        update_status: str | Unset
        if isinstance(self.update_status, Unset):
            update_status = UNSET
        elif isinstance(self.update_status, UpdateStatus):
            update_status = self.update_status.value
        else:
            update_status = self.update_status

        submitted_utc_time = self.submitted_utc_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alternate_id is not UNSET:
            field_dict["AlternateId"] = alternate_id
        if alternate_id_type is not UNSET:
            field_dict["AlternateIdType"] = alternate_id_type
        if profile_id is not UNSET:
            field_dict["ProfileId"] = profile_id
        if update_status is not UNSET:
            field_dict["UpdateStatus"] = update_status
        if submitted_utc_time is not UNSET:
            field_dict["SubmittedUtcTime"] = submitted_utc_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_alternate_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alternate_id = _parse_alternate_id(d.pop("AlternateId", UNSET))

        def _parse_alternate_id_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alternate_id_type = _parse_alternate_id_type(d.pop("AlternateIdType", UNSET))

        profile_id = d.pop("ProfileId", UNSET)

        def _parse_update_status(data: object) -> str | Unset | UpdateStatus:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                update_status_type_0 = UpdateStatus(data)

                return update_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | UpdateStatus, data)

        update_status = _parse_update_status(d.pop("UpdateStatus", UNSET))

        submitted_utc_time = d.pop("SubmittedUtcTime", UNSET)

        update_acknowledgement = cls(
            alternate_id=alternate_id,
            alternate_id_type=alternate_id_type,
            profile_id=profile_id,
            update_status=update_status,
            submitted_utc_time=submitted_utc_time,
        )

        update_acknowledgement.additional_properties = d
        return update_acknowledgement

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
