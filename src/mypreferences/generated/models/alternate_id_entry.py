from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_info import EditInfo


T = TypeVar("T", bound="AlternateIdEntry")


@_attrs_define
class AlternateIdEntry:
    """An additional unique identifier of the profile (e.g. a CRM or device id); unique per type across
    profiles, matched case-insensitively on v4. Help shape {AlternateIdType, AlternateId} plus the
    v2 fields IsActive, Edited, AlternateIdTypeLink. [S001, S003, ref §3.7]

        Attributes:
            alternate_id_type (str | Unset): Name of the alternate id type.
            alternate_id (str | Unset): The alternate id value.
            is_active (bool | Unset): Whether the alternate id is active (v2 shape).
            edited (EditInfo | Unset): Read-only audit fields, maintained by the server when the parent item is created or
                modified.
                Values are kept verbatim (no date parsing). [S001, S003, ref §3.12]
            alternate_id_type_link (int | Unset): Internal link to the alternate id type (v2 shape).
    """

    alternate_id_type: str | Unset = UNSET
    alternate_id: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    edited: EditInfo | Unset = UNSET
    alternate_id_type_link: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alternate_id_type = self.alternate_id_type

        alternate_id = self.alternate_id

        is_active = self.is_active

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        alternate_id_type_link = self.alternate_id_type_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alternate_id_type is not UNSET:
            field_dict["AlternateIdType"] = alternate_id_type
        if alternate_id is not UNSET:
            field_dict["AlternateId"] = alternate_id
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if alternate_id_type_link is not UNSET:
            field_dict["AlternateIdTypeLink"] = alternate_id_type_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        alternate_id_type = d.pop("AlternateIdType", UNSET)

        alternate_id = d.pop("AlternateId", UNSET)

        is_active = d.pop("IsActive", UNSET)

        _edited = d.pop("Edited", UNSET)
        edited: EditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = EditInfo.from_dict(_edited)

        alternate_id_type_link = d.pop("AlternateIdTypeLink", UNSET)

        alternate_id_entry = cls(
            alternate_id_type=alternate_id_type,
            alternate_id=alternate_id,
            is_active=is_active,
            edited=edited,
            alternate_id_type_link=alternate_id_type_link,
        )

        alternate_id_entry.additional_properties = d
        return alternate_id_entry

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
