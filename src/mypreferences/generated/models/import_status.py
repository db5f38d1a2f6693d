from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_job_status import ImportJobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportStatus")


@_attrs_define
class ImportStatus:
    """State and counters of a bulk import (help model BulkImportStatus), returned by Initiate, Stage, Execute and
    Status. Name is required on input (see ImportInitiateRequest) but not enforced when decoding responses.

        Attributes:
            total_records_received (int | Unset): All records staged so far.
            validation_successful (int | Unset): Staged records that passed validation (only these are imported).
            validation_failed (int | Unset): Staged records that failed validation (incl. Profile/Preference/Channel
                permission checks).
            processed (int | Unset): Records imported (0 during staging).
            pending (int | Unset): Records left to process.
            exceptions (int | Unset): Records that hit exceptions during execution (0 during staging).
            not_honored (int | Unset): Records the system did not honor (0 during staging).
            access_token (int | Unset): Token for Stage, Execute, Status and Exceptions.
            status (ImportJobStatus | Unset): State of a bulk import.
            expires (str | Unset): Token expiry date.
            name (str | Unset): Name of the import.
            data_stage_duration (int | Unset): Days to keep the staged data. Default: 3.
            match_criteria (str | Unset): Look-up criterion; only AlternateIdType is supported. Absent: match on ProfileId
                (an unknown ProfileId
                creates a new profile).
            match_value (str | Unset): The AlternateIdType name used with MatchCriteria (required with it).
            refresh_alternate_ids (bool | Unset): true deactivates AlternateIds not in the import. Default: False.
            refresh_contacts (bool | Unset): true deactivates contact elements not in the import (and their preferences,
                archived if
                PreservePreferences is false).
                 Default: False.
            refresh_custom_fields (bool | Unset): true deletes CustomFields not in the import. Default: False.
            refresh_groups (bool | Unset): true deactivates Groups not in the import. Default: False.
            refresh_tags (bool | Unset): true deletes Tags not in the import. Default: False.
    """

    total_records_received: int | Unset = UNSET
    validation_successful: int | Unset = UNSET
    validation_failed: int | Unset = UNSET
    processed: int | Unset = UNSET
    pending: int | Unset = UNSET
    exceptions: int | Unset = UNSET
    not_honored: int | Unset = UNSET
    access_token: int | Unset = UNSET
    status: ImportJobStatus | Unset = UNSET
    expires: str | Unset = UNSET
    name: str | Unset = UNSET
    data_stage_duration: int | Unset = 3
    match_criteria: str | Unset = UNSET
    match_value: str | Unset = UNSET
    refresh_alternate_ids: bool | Unset = False
    refresh_contacts: bool | Unset = False
    refresh_custom_fields: bool | Unset = False
    refresh_groups: bool | Unset = False
    refresh_tags: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_records_received = self.total_records_received

        validation_successful = self.validation_successful

        validation_failed = self.validation_failed

        processed = self.processed

        pending = self.pending

        exceptions = self.exceptions

        not_honored = self.not_honored

        access_token = self.access_token

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        expires = self.expires

        name = self.name

        data_stage_duration = self.data_stage_duration

        match_criteria = self.match_criteria

        match_value = self.match_value

        refresh_alternate_ids = self.refresh_alternate_ids

        refresh_contacts = self.refresh_contacts

        refresh_custom_fields = self.refresh_custom_fields

        refresh_groups = self.refresh_groups

        refresh_tags = self.refresh_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_records_received is not UNSET:
            field_dict["TotalRecordsReceived"] = total_records_received
        if validation_successful is not UNSET:
            field_dict["ValidationSuccessful"] = validation_successful
        if validation_failed is not UNSET:
            field_dict["ValidationFailed"] = validation_failed
        if processed is not UNSET:
            field_dict["Processed"] = processed
        if pending is not UNSET:
            field_dict["Pending"] = pending
        if exceptions is not UNSET:
            field_dict["Exceptions"] = exceptions
        if not_honored is not UNSET:
            field_dict["NotHonored"] = not_honored
        if access_token is not UNSET:
            field_dict["AccessToken"] = access_token
        if status is not UNSET:
            field_dict["Status"] = status
        if expires is not UNSET:
            field_dict["Expires"] = expires
        if name is not UNSET:
            field_dict["Name"] = name
        if data_stage_duration is not UNSET:
            field_dict["DataStageDuration"] = data_stage_duration
        if match_criteria is not UNSET:
            field_dict["MatchCriteria"] = match_criteria
        if match_value is not UNSET:
            field_dict["MatchValue"] = match_value
        if refresh_alternate_ids is not UNSET:
            field_dict["RefreshAlternateIds"] = refresh_alternate_ids
        if refresh_contacts is not UNSET:
            field_dict["RefreshContacts"] = refresh_contacts
        if refresh_custom_fields is not UNSET:
            field_dict["RefreshCustomFields"] = refresh_custom_fields
        if refresh_groups is not UNSET:
            field_dict["RefreshGroups"] = refresh_groups
        if refresh_tags is not UNSET:
            field_dict["RefreshTags"] = refresh_tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_records_received = d.pop("TotalRecordsReceived", UNSET)

        validation_successful = d.pop("ValidationSuccessful", UNSET)

        validation_failed = d.pop("ValidationFailed", UNSET)

        processed = d.pop("Processed", UNSET)

        pending = d.pop("Pending", UNSET)

        exceptions = d.pop("Exceptions", UNSET)

        not_honored = d.pop("NotHonored", UNSET)

        access_token = d.pop("AccessToken", UNSET)

        _status = d.pop("Status", UNSET)
        status: ImportJobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ImportJobStatus(_status)

        expires = d.pop("Expires", UNSET)

        name = d.pop("Name", UNSET)

        data_stage_duration = d.pop("DataStageDuration", UNSET)

        match_criteria = d.pop("MatchCriteria", UNSET)

        match_value = d.pop("MatchValue", UNSET)

        refresh_alternate_ids = d.pop("RefreshAlternateIds", UNSET)

        refresh_contacts = d.pop("RefreshContacts", UNSET)

        refresh_custom_fields = d.pop("RefreshCustomFields", UNSET)

        refresh_groups = d.pop("RefreshGroups", UNSET)

        refresh_tags = d.pop("RefreshTags", UNSET)

        import_status = cls(
            total_records_received=total_records_received,
            validation_successful=validation_successful,
            validation_failed=validation_failed,
            processed=processed,
            pending=pending,
            exceptions=exceptions,
            not_honored=not_honored,
            access_token=access_token,
            status=status,
            expires=expires,
            name=name,
            data_stage_duration=data_stage_duration,
            match_criteria=match_criteria,
            match_value=match_value,
            refresh_alternate_ids=refresh_alternate_ids,
            refresh_contacts=refresh_contacts,
            refresh_custom_fields=refresh_custom_fields,
            refresh_groups=refresh_groups,
            refresh_tags=refresh_tags,
        )

        import_status.additional_properties = d
        return import_status

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
