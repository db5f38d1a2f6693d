from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_profile_record import ImportProfileRecord


T = TypeVar("T", bound="ImportStageRequest")


@_attrs_define
class ImportStageRequest:
    """Body of StageImport: a collection of BulkUserProfilePreferences records (profile + preferences + consents).
    The property name is cut in the stored docs ("UserProfil..."); UserProfilePreferences is inferred.

        Attributes:
            user_profile_preferences (list[ImportProfileRecord] | Unset):
    """

    user_profile_preferences: list[ImportProfileRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if user_profile_preferences is not UNSET:
            field_dict["UserProfilePreferences"] = user_profile_preferences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _user_profile_preferences = d.pop("UserProfilePreferences", UNSET)
        user_profile_preferences: list[ImportProfileRecord] | Unset = UNSET
        if _user_profile_preferences is not UNSET:
            user_profile_preferences = []
            for user_profile_preferences_item_data in _user_profile_preferences:
                user_profile_preferences_item = ImportProfileRecord.from_dict(
                    user_profile_preferences_item_data
                )

                user_profile_preferences.append(user_profile_preferences_item)

        import_stage_request = cls(
            user_profile_preferences=user_profile_preferences,
        )

        import_stage_request.additional_properties = d
        return import_stage_request

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


from ..models.import_profile_record import ImportProfileRecord  # noqa: E402
