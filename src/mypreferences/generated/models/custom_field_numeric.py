from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_update_rule import CustomFieldUpdateRule
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_edit_info import ConfigEditInfo
    from ..models.custom_field_localized_display_name import (
        CustomFieldLocalizedDisplayName,
    )


T = TypeVar("T", bound="CustomFieldNumeric")


@_attrs_define
class CustomFieldNumeric:
    """Numeric custom field (help model `CustomFieldNumeric`).

    Attributes:
        name (str): Field name.
        localized_display_names (list[CustomFieldLocalizedDisplayName]): Localized labels.
        id (int | Unset): Read-only id of the custom field.
        edited (ConfigEditInfo | Unset): Read-only audit fields (`Edited`) of configuration items. Dates are kept as the
            server's text.
        description (str | Unset): Description.
        update_rule_id (CustomFieldUpdateRule | Unset): Custom-field update rule (help enum `UpdateRules`): 1 Always
            (default), 2 IfCurrentValueIsBlank, 3 IfNewValueIsBlank (absent from v4 lists), 4 IfNewValueIsNotBlank, 5 Never
            (code inferred).
        display_order (int | Unset): UI order.
        is_read_only (bool | Unset): UI hint only; not enforced by the API when profile values are written.
        is_required (bool | Unset): Required flag.
        is_active (bool | Unset): Active flag.
        min_value (float | Unset): Minimum value.
        max_value (float | Unset): Maximum value.
        decimal_places (int | Unset): Maximum number of decimals.
        default_value (float | Unset): Default value.
        field_mask (str | Unset): UI input mask.
    """

    name: str
    localized_display_names: list[CustomFieldLocalizedDisplayName]
    id: int | Unset = UNSET
    edited: ConfigEditInfo | Unset = UNSET
    description: str | Unset = UNSET
    update_rule_id: CustomFieldUpdateRule | Unset = UNSET
    display_order: int | Unset = UNSET
    is_read_only: bool | Unset = UNSET
    is_required: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    min_value: float | Unset = UNSET
    max_value: float | Unset = UNSET
    decimal_places: int | Unset = UNSET
    default_value: float | Unset = UNSET
    field_mask: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        localized_display_names = []
        for localized_display_names_item_data in self.localized_display_names:
            localized_display_names_item = localized_display_names_item_data.to_dict()
            localized_display_names.append(localized_display_names_item)

        id = self.id

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        description = self.description

        update_rule_id: int | Unset = UNSET
        if not isinstance(self.update_rule_id, Unset):
            update_rule_id = self.update_rule_id.value

        display_order = self.display_order

        is_read_only = self.is_read_only

        is_required = self.is_required

        is_active = self.is_active

        min_value = self.min_value

        max_value = self.max_value

        decimal_places = self.decimal_places

        default_value = self.default_value

        field_mask = self.field_mask

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "LocalizedDisplayNames": localized_display_names,
            }
        )
        if id is not UNSET:
            field_dict["Id"] = id
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if description is not UNSET:
            field_dict["Description"] = description
        if update_rule_id is not UNSET:
            field_dict["UpdateRuleId"] = update_rule_id
        if display_order is not UNSET:
            field_dict["DisplayOrder"] = display_order
        if is_read_only is not UNSET:
            field_dict["IsReadOnly"] = is_read_only
        if is_required is not UNSET:
            field_dict["IsRequired"] = is_required
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if min_value is not UNSET:
            field_dict["MinValue"] = min_value
        if max_value is not UNSET:
            field_dict["MaxValue"] = max_value
        if decimal_places is not UNSET:
            field_dict["DecimalPlaces"] = decimal_places
        if default_value is not UNSET:
            field_dict["DefaultValue"] = default_value
        if field_mask is not UNSET:
            field_dict["FieldMask"] = field_mask

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_localized_display_name import (
            CustomFieldLocalizedDisplayName,
        )

        d = dict(src_dict)
        name = d.pop("Name")

        localized_display_names = []
        _localized_display_names = d.pop("LocalizedDisplayNames")
        for localized_display_names_item_data in _localized_display_names:
            localized_display_names_item = CustomFieldLocalizedDisplayName.from_dict(
                localized_display_names_item_data
            )

            localized_display_names.append(localized_display_names_item)

        id = d.pop("Id", UNSET)

        _edited = d.pop("Edited", UNSET)
        edited: ConfigEditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = ConfigEditInfo.from_dict(_edited)

        description = d.pop("Description", UNSET)

        _update_rule_id = d.pop("UpdateRuleId", UNSET)
        update_rule_id: CustomFieldUpdateRule | Unset
        if isinstance(_update_rule_id, Unset):
            update_rule_id = UNSET
        else:
            update_rule_id = CustomFieldUpdateRule(_update_rule_id)

        display_order = d.pop("DisplayOrder", UNSET)

        is_read_only = d.pop("IsReadOnly", UNSET)

        is_required = d.pop("IsRequired", UNSET)

        is_active = d.pop("IsActive", UNSET)

        min_value = d.pop("MinValue", UNSET)

        max_value = d.pop("MaxValue", UNSET)

        decimal_places = d.pop("DecimalPlaces", UNSET)

        default_value = d.pop("DefaultValue", UNSET)

        field_mask = d.pop("FieldMask", UNSET)

        custom_field_numeric = cls(
            name=name,
            localized_display_names=localized_display_names,
            id=id,
            edited=edited,
            description=description,
            update_rule_id=update_rule_id,
            display_order=display_order,
            is_read_only=is_read_only,
            is_required=is_required,
            is_active=is_active,
            min_value=min_value,
            max_value=max_value,
            decimal_places=decimal_places,
            default_value=default_value,
            field_mask=field_mask,
        )

        custom_field_numeric.additional_properties = d
        return custom_field_numeric

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


from ..models.config_edit_info import ConfigEditInfo  # noqa: E402
