from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_profile import UserProfile


T = TypeVar("T", bound="StandardFieldHistory")


@_attrs_define
class StandardFieldHistory:
    """Response of the standard-field history (H9/H10): profile snapshots in ascending modified order,
    each with the current AlternateIds. [S001, T-H-SF-PID, ref §3.21]

        Attributes:
            user_profile_preferences (list[UserProfile] | Unset): Historical snapshots of the profile.
    """

    user_profile_preferences: list[UserProfile] | Unset = UNSET
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
        user_profile_preferences: list[UserProfile] | Unset = UNSET
        if _user_profile_preferences is not UNSET:
            user_profile_preferences = []
            for user_profile_preferences_item_data in _user_profile_preferences:
                user_profile_preferences_item = UserProfile.from_dict(
                    user_profile_preferences_item_data
                )

                user_profile_preferences.append(user_profile_preferences_item)

        standard_field_history = cls(
            user_profile_preferences=user_profile_preferences,
        )

        standard_field_history.additional_properties = d
        return standard_field_history

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


from ..models.user_profile import UserProfile  # noqa: E402
