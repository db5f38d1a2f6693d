from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseShapeError
from ..models.import_action import ImportAction
from ..types import ABSENT as _A
from ..types import as_dict as _as_dict
from ..types import model_repr as _model_repr

_E_ImportAction: dict[Any, ImportAction] = {m.value: m for m in ImportAction}
_KEYS = frozenset(
    {
        "Name",
        "ImportAction",
        "DataStageDuration",
        "MatchCriteria",
        "MatchValue",
        "AllowPriorConsents",
        "RefreshAlternateIds",
        "RefreshContacts",
        "RefreshCustomFields",
        "RefreshGroups",
        "RefreshTags",
    }
)
_FIELDS = (
    "name",
    "import_action",
    "data_stage_duration",
    "match_criteria",
    "match_value",
    "allow_prior_consents",
    "refresh_alternate_ids",
    "refresh_contacts",
    "refresh_custom_fields",
    "refresh_groups",
    "refresh_tags",
)
_new = object.__new__


@_attrs_define
class ImportInitiateRequest:
    """Body of InitiateImport (input subset of BulkImportStatus plus ImportAction and AllowPriorConsents).

    Attributes:
        name (str | None): Name of the import.
        import_action (ImportAction | str | None): Add (default import) or Delete (bulk profile deletion).
        data_stage_duration (int | None): Days to keep the staged data.
        match_criteria (str | None): Look-up criterion; only AlternateIdType is supported. Absent: match on ProfileId
            (an unknown ProfileId
            creates a new profile).
        match_value (str | None): The AlternateIdType name used with MatchCriteria (required with it).
        allow_prior_consents (bool | None): Allows adding an older consent version when no newer one is present; must be
            true when staged
            preferences reference a prior consent version (else the record becomes an exception).
        refresh_alternate_ids (bool | None): true deactivates AlternateIds not in the import.
        refresh_contacts (bool | None): true deactivates contact elements not in the import (and their preferences,
            archived if
            PreservePreferences is false).
        refresh_custom_fields (bool | None): true deletes CustomFields not in the import.
        refresh_groups (bool | None): true deactivates Groups not in the import.
        refresh_tags (bool | None): true deletes Tags not in the import.
    """

    name: str | None = None
    import_action: ImportAction | str | None = None
    data_stage_duration: int | None = None
    match_criteria: str | None = None
    match_value: str | None = None
    allow_prior_consents: bool | None = None
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
        v = self.name
        if v is not None:
            d["Name"] = v
        v = self.import_action
        if v is not None:
            d["ImportAction"] = v.value if v.__class__ is ImportAction else v
        v = self.data_stage_duration
        if v is not None:
            d["DataStageDuration"] = v
        v = self.match_criteria
        if v is not None:
            d["MatchCriteria"] = v
        v = self.match_value
        if v is not None:
            d["MatchValue"] = v
        v = self.allow_prior_consents
        if v is not None:
            d["AllowPriorConsents"] = v
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

        v = _g("Name", _A)
        if v.__class__ is not str:
            if v is _A:
                v = None
            elif v is None:
                _n += ("Name",)
            else:
                raise ResponseShapeError("Name", "string", v, _s)
        _o.name = v

        v = _g("ImportAction", _A)
        if v.__class__ is str:
            v = _E_ImportAction.get(v, v)
        elif v is _A:
            v = None
        elif v is None:
            _n += ("ImportAction",)
        else:
            raise ResponseShapeError("ImportAction", "string", v, _s)
        _o.import_action = v

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

        v = _g("AllowPriorConsents", _A)
        if v.__class__ is not bool:
            if v is _A:
                v = None
            elif v is None:
                _n += ("AllowPriorConsents",)
            else:
                raise ResponseShapeError("AllowPriorConsents", "boolean", v, _s)
        _o.allow_prior_consents = v

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
