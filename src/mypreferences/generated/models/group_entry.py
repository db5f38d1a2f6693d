from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_info import EditInfo


T = TypeVar("T", bound="GroupEntry")


@_attrs_define
class GroupEntry:
    """Membership of the profile in a group. The help-page JSON sample carries `GroupId` where the
    model and the XML sample carry `GroupName`; both are modelled. [S001, S003, ref §3.8]

        Attributes:
            group_type (str | Unset): Name of the group type.
            group_name (str | Unset): Name of the group.
            group_id (str | Unset): Group identifier, as shown in the help-page JSON sample only.
            is_primary (bool | Unset): Whether this profile is the group's primary profile.
            is_active (bool | Unset): Whether the membership is active (v2 shape).
            edited (EditInfo | Unset): Read-only audit fields, maintained by the server when the parent item is created or
                modified.
                Values are kept verbatim (no date parsing). [S001, S003, ref §3.12]
    """

    group_type: str | Unset = UNSET
    group_name: str | Unset = UNSET
    group_id: str | Unset = UNSET
    is_primary: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    edited: EditInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_type = self.group_type

        group_name = self.group_name

        group_id = self.group_id

        is_primary = self.is_primary

        is_active = self.is_active

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_type is not UNSET:
            field_dict["GroupType"] = group_type
        if group_name is not UNSET:
            field_dict["GroupName"] = group_name
        if group_id is not UNSET:
            field_dict["GroupId"] = group_id
        if is_primary is not UNSET:
            field_dict["IsPrimary"] = is_primary
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if edited is not UNSET:
            field_dict["Edited"] = edited

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        group_type = d.pop("GroupType", UNSET)

        group_name = d.pop("GroupName", UNSET)

        group_id = d.pop("GroupId", UNSET)

        is_primary = d.pop("IsPrimary", UNSET)

        is_active = d.pop("IsActive", UNSET)

        _edited = d.pop("Edited", UNSET)
        edited: EditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = EditInfo.from_dict(_edited)

        group_entry = cls(
            group_type=group_type,
            group_name=group_name,
            group_id=group_id,
            is_primary=is_primary,
            is_active=is_active,
            edited=edited,
        )

        group_entry.additional_properties = d
        return group_entry

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
