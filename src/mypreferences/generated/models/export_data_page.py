from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exported_profile import ExportedProfile


T = TypeVar("T", bound="ExportDataPage")


@_attrs_define
class ExportDataPage:
    """One page of exported profiles (segment / segment-group Retrieve data).

    Attributes:
        count (int | Unset): Number of records actually returned in this response.
        has_more (bool | Unset): true when more records remain to be retrieved.
        limit (int | Unset): The requested maximum.
        offset (int | Unset): 1-based index of the first record in this batch.
        total_results (int | Unset): Total records the export produced.
        user_profile_preferences (list[ExportedProfile] | Unset): The profiles of this page (content depends on the
            segment's output settings).
    """

    count: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    total_results: int | Unset = UNSET
    user_profile_preferences: list[ExportedProfile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        has_more = self.has_more

        limit = self.limit

        offset = self.offset

        total_results = self.total_results

        user_profile_preferences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_profile_preferences, Unset):
            user_profile_preferences = []
            for user_profile_preferences_item_data in self.user_profile_preferences:
                user_profile_preferences_item = (
                    user_profile_preferences_item_data.to_dict()
                )
                user_profile_preferences.append(user_profile_preferences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["Count"] = count
        if has_more is not UNSET:
            field_dict["HasMore"] = has_more
        if limit is not UNSET:
            field_dict["Limit"] = limit
        if offset is not UNSET:
            field_dict["Offset"] = offset
        if total_results is not UNSET:
            field_dict["TotalResults"] = total_results
        if user_profile_preferences is not UNSET:
            field_dict["UserProfilePreferences"] = user_profile_preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        count = d.pop("Count", UNSET)

        has_more = d.pop("HasMore", UNSET)

        limit = d.pop("Limit", UNSET)

        offset = d.pop("Offset", UNSET)

        total_results = d.pop("TotalResults", UNSET)

        _user_profile_preferences = d.pop("UserProfilePreferences", UNSET)
        user_profile_preferences: list[ExportedProfile] | Unset = UNSET
        if _user_profile_preferences is not UNSET:
            user_profile_preferences = []
            for user_profile_preferences_item_data in _user_profile_preferences:
                user_profile_preferences_item = ExportedProfile.from_dict(
                    user_profile_preferences_item_data
                )

                user_profile_preferences.append(user_profile_preferences_item)

        export_data_page = cls(
            count=count,
            has_more=has_more,
            limit=limit,
            offset=offset,
            total_results=total_results,
            user_profile_preferences=user_profile_preferences,
        )

        export_data_page.additional_properties = d
        return export_data_page

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


from ..models.exported_profile import ExportedProfile  # noqa: E402
