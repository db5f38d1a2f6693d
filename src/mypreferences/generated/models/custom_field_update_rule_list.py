from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_update_rule_entry import CustomFieldUpdateRuleEntry


T = TypeVar("T", bound="CustomFieldUpdateRuleList")


@_attrs_define
class CustomFieldUpdateRuleList:
    """Update rules (wrapper name not seen; `UpdateRules` inferred).

    Attributes:
        update_rules (list[CustomFieldUpdateRuleEntry] | Unset): The update rules.
    """

    update_rules: list[CustomFieldUpdateRuleEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.update_rules, Unset):
            update_rules = []
            for update_rules_item_data in self.update_rules:
                update_rules_item = update_rules_item_data.to_dict()
                update_rules.append(update_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_rules is not UNSET:
            field_dict["UpdateRules"] = update_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _update_rules = d.pop("UpdateRules", UNSET)
        update_rules: list[CustomFieldUpdateRuleEntry] | Unset = UNSET
        if _update_rules is not UNSET:
            update_rules = []
            for update_rules_item_data in _update_rules:
                update_rules_item = CustomFieldUpdateRuleEntry.from_dict(
                    update_rules_item_data
                )

                update_rules.append(update_rules_item)

        custom_field_update_rule_list = cls(
            update_rules=update_rules,
        )

        custom_field_update_rule_list.additional_properties = d
        return custom_field_update_rule_list

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


from ..models.custom_field_update_rule_entry import CustomFieldUpdateRuleEntry  # noqa: E402
