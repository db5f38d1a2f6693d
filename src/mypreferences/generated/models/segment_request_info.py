from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_match_criteria import SegmentMatchCriteria
from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentRequestInfo")


@_attrs_define
class SegmentRequestInfo:
    """Body of the segment and segment-group export Initiate calls (help model SegmentRequestInfo).

    Attributes:
        callback_url (str | Unset): Optional URL that MyPreferences POSTs the export status to when the export is
            finished.
        last_date_time (None | str | Unset): Start datetime for an incremental export (only changes since then); omit
            for a full export. Formats
            `YYYY-MM-DDTHH:mm:ss.sssZ` or `YYYY-MM-DDTHH:mm:ss.sss`. Millisecond precision; the server rounds the
            milliseconds up to the nearest boundary so that no record is skipped: 000 through 002 becomes 003, 003
            through 006 becomes 007, and 007 through 009 becomes 000 of the next higher value.
        match_criteria (None | SegmentMatchCriteria | Unset): Restricts the exported profiles to the given identifiers
            (see SegmentMatchCriteria).
        match_type (str | Unset): Type filter for MatchCriteria: required when MatchCriteria is AlternateId (an
            AlternateIdType name);
            optional otherwise (ProfileId: a customer type; PhoneNumber: a phone type; EmailAddress: an email type).
        values (list[str] | None | Unset): Identifiers matching MatchCriteria (e.g. one or more profile ids).
    """

    callback_url: str | Unset = UNSET
    last_date_time: None | str | Unset = UNSET
    match_criteria: None | SegmentMatchCriteria | Unset = UNSET
    match_type: str | Unset = UNSET
    values: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        last_date_time: None | str | Unset
        if isinstance(self.last_date_time, Unset):
            last_date_time = UNSET
        else:
            last_date_time = self.last_date_time

        match_criteria: None | str | Unset
        if isinstance(self.match_criteria, Unset):
            match_criteria = UNSET
        elif isinstance(self.match_criteria, SegmentMatchCriteria):
            match_criteria = self.match_criteria.value
        else:
            match_criteria = self.match_criteria

        match_type = self.match_type

        values: list[str] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callback_url is not UNSET:
            field_dict["CallbackURL"] = callback_url
        if last_date_time is not UNSET:
            field_dict["LastDateTime"] = last_date_time
        if match_criteria is not UNSET:
            field_dict["MatchCriteria"] = match_criteria
        if match_type is not UNSET:
            field_dict["MatchType"] = match_type
        if values is not UNSET:
            field_dict["Values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        callback_url = d.pop("CallbackURL", UNSET)

        def _parse_last_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_date_time = _parse_last_date_time(d.pop("LastDateTime", UNSET))

        def _parse_match_criteria(data: object) -> None | SegmentMatchCriteria | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                match_criteria_type_0 = SegmentMatchCriteria(data)

                return match_criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentMatchCriteria | Unset, data)

        match_criteria = _parse_match_criteria(d.pop("MatchCriteria", UNSET))

        match_type = d.pop("MatchType", UNSET)

        def _parse_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = cast(list[str], data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        values = _parse_values(d.pop("Values", UNSET))

        segment_request_info = cls(
            callback_url=callback_url,
            last_date_time=last_date_time,
            match_criteria=match_criteria,
            match_type=match_type,
            values=values,
        )

        segment_request_info.additional_properties = d
        return segment_request_info

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
