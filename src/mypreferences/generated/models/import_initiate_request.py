from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_action import ImportAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportInitiateRequest")


@_attrs_define
class ImportInitiateRequest:
    """Body of InitiateImport (input subset of BulkImportStatus plus ImportAction and AllowPriorConsents).

    Attributes:
        name (str): Name of the import.
        import_action (ImportAction | Unset): Add (default import) or Delete (bulk profile deletion).
        data_stage_duration (int | Unset): Days to keep the staged data. Default: 3.
        match_criteria (str | Unset): Look-up criterion; only AlternateIdType is supported. Absent: match on ProfileId
            (an unknown ProfileId
            creates a new profile).
        match_value (str | Unset): The AlternateIdType name used with MatchCriteria (required with it).
        allow_prior_consents (bool | Unset): Allows adding an older consent version when no newer one is present; must
            be true when staged
            preferences reference a prior consent version (else the record becomes an exception).
        refresh_alternate_ids (bool | Unset): true deactivates AlternateIds not in the import. Default: False.
        refresh_contacts (bool | Unset): true deactivates contact elements not in the import (and their preferences,
            archived if
            PreservePreferences is false).
             Default: False.
        refresh_custom_fields (bool | Unset): true deletes CustomFields not in the import. Default: False.
        refresh_groups (bool | Unset): true deactivates Groups not in the import. Default: False.
        refresh_tags (bool | Unset): true deletes Tags not in the import. Default: False.
    """

    name: str
    import_action: ImportAction | Unset = UNSET
    data_stage_duration: int | Unset = 3
    match_criteria: str | Unset = UNSET
    match_value: str | Unset = UNSET
    allow_prior_consents: bool | Unset = UNSET
    refresh_alternate_ids: bool | Unset = False
    refresh_contacts: bool | Unset = False
    refresh_custom_fields: bool | Unset = False
    refresh_groups: bool | Unset = False
    refresh_tags: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        import_action: str | Unset = UNSET
        if not isinstance(self.import_action, Unset):
            import_action = self.import_action.value

        data_stage_duration = self.data_stage_duration

        match_criteria = self.match_criteria

        match_value = self.match_value

        allow_prior_consents = self.allow_prior_consents

        refresh_alternate_ids = self.refresh_alternate_ids

        refresh_contacts = self.refresh_contacts

        refresh_custom_fields = self.refresh_custom_fields

        refresh_groups = self.refresh_groups

        refresh_tags = self.refresh_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
            }
        )
        if import_action is not UNSET:
            field_dict["ImportAction"] = import_action
        if data_stage_duration is not UNSET:
            field_dict["DataStageDuration"] = data_stage_duration
        if match_criteria is not UNSET:
            field_dict["MatchCriteria"] = match_criteria
        if match_value is not UNSET:
            field_dict["MatchValue"] = match_value
        if allow_prior_consents is not UNSET:
            field_dict["AllowPriorConsents"] = allow_prior_consents
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
        name = d.pop("Name")

        _import_action = d.pop("ImportAction", UNSET)
        import_action: ImportAction | Unset
        if isinstance(_import_action, Unset):
            import_action = UNSET
        else:
            import_action = ImportAction(_import_action)

        data_stage_duration = d.pop("DataStageDuration", UNSET)

        match_criteria = d.pop("MatchCriteria", UNSET)

        match_value = d.pop("MatchValue", UNSET)

        allow_prior_consents = d.pop("AllowPriorConsents", UNSET)

        refresh_alternate_ids = d.pop("RefreshAlternateIds", UNSET)

        refresh_contacts = d.pop("RefreshContacts", UNSET)

        refresh_custom_fields = d.pop("RefreshCustomFields", UNSET)

        refresh_groups = d.pop("RefreshGroups", UNSET)

        refresh_tags = d.pop("RefreshTags", UNSET)

        import_initiate_request = cls(
            name=name,
            import_action=import_action,
            data_stage_duration=data_stage_duration,
            match_criteria=match_criteria,
            match_value=match_value,
            allow_prior_consents=allow_prior_consents,
            refresh_alternate_ids=refresh_alternate_ids,
            refresh_contacts=refresh_contacts,
            refresh_custom_fields=refresh_custom_fields,
            refresh_groups=refresh_groups,
            refresh_tags=refresh_tags,
        )

        import_initiate_request.additional_properties = d
        return import_initiate_request

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
