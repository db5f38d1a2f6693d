from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..models.import_job_status import ImportJobStatus
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_ImportJobStatus: dict[Any, ImportJobStatus] = {m.value: m for m in ImportJobStatus}
_KEYS = frozenset(
    {
        "TotalRecordsReceived",
        "ValidationSuccessful",
        "ValidationFailed",
        "Processed",
        "Pending",
        "Exceptions",
        "NotHonored",
        "AccessToken",
        "Status",
        "Expires",
        "Name",
        "DataStageDuration",
        "MatchCriteria",
        "MatchValue",
        "RefreshAlternateIds",
        "RefreshContacts",
        "RefreshCustomFields",
        "RefreshGroups",
        "RefreshTags",
    }
)
_FIELDS = (
    "total_records_received",
    "validation_successful",
    "validation_failed",
    "processed",
    "pending",
    "exceptions",
    "not_honored",
    "access_token",
    "status",
    "expires",
    "name",
    "data_stage_duration",
    "match_criteria",
    "match_value",
    "refresh_alternate_ids",
    "refresh_contacts",
    "refresh_custom_fields",
    "refresh_groups",
    "refresh_tags",
)
_new = object.__new__


@_attrs_define
class ImportStatus:
    """State and counters of a bulk import (help model BulkImportStatus), returned by Initiate, Stage, Execute and
    Status. Name is required on input (see ImportInitiateRequest) but not enforced when decoding responses.

    Attributes:
        total_records_received (int | None): All records staged so far.
        validation_successful (int | None): Staged records that passed validation (only these are imported).
        validation_failed (int | None): Staged records that failed validation (incl. Profile/Preference/Channel
            permission checks).
        processed (int | None): Records imported (0 during staging).
        pending (int | None): Records left to process.
        exceptions (int | None): Records that hit exceptions during execution (0 during staging).
        not_honored (int | None): Records the system did not honor (0 during staging).
        access_token (int | None): Token for Stage, Execute, Status and Exceptions.
        status (ImportJobStatus | str | None): State of a bulk import.
        expires (str | None): Token expiry date.
        name (str | None): Name of the import.
        data_stage_duration (int | None): Days to keep the staged data.
        match_criteria (str | None): Look-up criterion; only AlternateIdType is supported. Absent: match on ProfileId
            (an unknown ProfileId
            creates a new profile).
        match_value (str | None): The AlternateIdType name used with MatchCriteria (required with it).
        refresh_alternate_ids (bool | None): true deactivates AlternateIds not in the import.
        refresh_contacts (bool | None): true deactivates contact elements not in the import (and their preferences,
            archived if
            PreservePreferences is false).
        refresh_custom_fields (bool | None): true deletes CustomFields not in the import.
        refresh_groups (bool | None): true deactivates Groups not in the import.
        refresh_tags (bool | None): true deletes Tags not in the import.
    """

    total_records_received: int | None = None
    validation_successful: int | None = None
    validation_failed: int | None = None
    processed: int | None = None
    pending: int | None = None
    exceptions: int | None = None
    not_honored: int | None = None
    access_token: int | None = None
    status: ImportJobStatus | str | None = None
    expires: str | None = None
    name: str | None = None
    data_stage_duration: int | None = None
    match_criteria: str | None = None
    match_value: str | None = None
    refresh_alternate_ids: bool | None = None
    refresh_contacts: bool | None = None
    refresh_custom_fields: bool | None = None
    refresh_groups: bool | None = None
    refresh_tags: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _null_keys: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: unknown keys, the fields that are set, and the explicit nulls that were received."""
        d: dict[str, Any] = (
            dict(self.additional_properties) if self.additional_properties else {}
        )
        v = self.total_records_received
        if v is not None:
            d["TotalRecordsReceived"] = v
        v = self.validation_successful
        if v is not None:
            d["ValidationSuccessful"] = v
        v = self.validation_failed
        if v is not None:
            d["ValidationFailed"] = v
        v = self.processed
        if v is not None:
            d["Processed"] = v
        v = self.pending
        if v is not None:
            d["Pending"] = v
        v = self.exceptions
        if v is not None:
            d["Exceptions"] = v
        v = self.not_honored
        if v is not None:
            d["NotHonored"] = v
        v = self.access_token
        if v is not None:
            d["AccessToken"] = v
        v = self.status
        if v is not None:
            d["Status"] = v.value if v.__class__ is ImportJobStatus else v
        v = self.expires
        if v is not None:
            d["Expires"] = v
        v = self.name
        if v is not None:
            d["Name"] = v
        v = self.data_stage_duration
        if v is not None:
            d["DataStageDuration"] = v
        v = self.match_criteria
        if v is not None:
            d["MatchCriteria"] = v
        v = self.match_value
        if v is not None:
            d["MatchValue"] = v
        v = self.refresh_alternate_ids
        if v is not None:
            d["RefreshAlternateIds"] = v
        v = self.refresh_contacts
        if v is not None:
            d["RefreshContacts"] = v
        v = self.refresh_custom_fields
        if v is not None:
            d["RefreshCustomFields"] = v
        v = self.refresh_groups
        if v is not None:
            d["RefreshGroups"] = v
        v = self.refresh_tags
        if v is not None:
            d["RefreshTags"] = v
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

        v = _g("TotalRecordsReceived", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("TotalRecordsReceived",)
            else:
                raise ResponseShapeError("TotalRecordsReceived", "integer", v, _s)
        _o.total_records_received = v

        v = _g("ValidationSuccessful", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ValidationSuccessful",)
            else:
                raise ResponseShapeError("ValidationSuccessful", "integer", v, _s)
        _o.validation_successful = v

        v = _g("ValidationFailed", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("ValidationFailed",)
            else:
                raise ResponseShapeError("ValidationFailed", "integer", v, _s)
        _o.validation_failed = v

        v = _g("Processed", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Processed",)
            else:
                raise ResponseShapeError("Processed", "integer", v, _s)
        _o.processed = v

        v = _g("Pending", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Pending",)
            else:
                raise ResponseShapeError("Pending", "integer", v, _s)
        _o.pending = v

        v = _g("Exceptions", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Exceptions",)
            else:
                raise ResponseShapeError("Exceptions", "integer", v, _s)
        _o.exceptions = v

        v = _g("NotHonored", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("NotHonored",)
            else:
                raise ResponseShapeError("NotHonored", "integer", v, _s)
        _o.not_honored = v

        v = _g("AccessToken", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AccessToken",)
            else:
                raise ResponseShapeError("AccessToken", "integer", v, _s)
        _o.access_token = v

        v = _g("Status", _A)
        if v.__class__ is str:
            v = _E_ImportJobStatus.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("Status",)
        else:
            raise ResponseShapeError("Status", "string", v, _s)
        _o.status = v

        v = _g("Expires", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Expires",)
            else:
                raise ResponseShapeError("Expires", "string", v, _s)
        _o.expires = v

        v = _g("Name", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Name",)
            else:
                raise ResponseShapeError("Name", "string", v, _s)
        _o.name = v

        v = _g("DataStageDuration", _A)
        if v.__class__ is not int:
            if v is _A:
                v = None
            elif v is None:
                _n += ("DataStageDuration",)
            else:
                raise ResponseShapeError("DataStageDuration", "integer", v, _s)
        _o.data_stage_duration = v

        v = _g("MatchCriteria", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("MatchCriteria",)
            else:
                raise ResponseShapeError("MatchCriteria", "string", v, _s)
        _o.match_criteria = v

        v = _g("MatchValue", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("MatchValue",)
            else:
                raise ResponseShapeError("MatchValue", "string", v, _s)
        _o.match_value = v

        v = _g("RefreshAlternateIds", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("RefreshAlternateIds",)
            else:
                raise ResponseShapeError("RefreshAlternateIds", "boolean", v, _s)
        _o.refresh_alternate_ids = v

        v = _g("RefreshContacts", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("RefreshContacts",)
            else:
                raise ResponseShapeError("RefreshContacts", "boolean", v, _s)
        _o.refresh_contacts = v

        v = _g("RefreshCustomFields", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("RefreshCustomFields",)
            else:
                raise ResponseShapeError("RefreshCustomFields", "boolean", v, _s)
        _o.refresh_custom_fields = v

        v = _g("RefreshGroups", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("RefreshGroups",)
            else:
                raise ResponseShapeError("RefreshGroups", "boolean", v, _s)
        _o.refresh_groups = v

        v = _g("RefreshTags", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("RefreshTags",)
            else:
                raise ResponseShapeError("RefreshTags", "boolean", v, _s)
        _o.refresh_tags = v

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
