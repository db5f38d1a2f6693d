from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.config_edit_info import ConfigEditInfo
    from ..models.picklist_field_select_option import PicklistFieldSelectOption


T = TypeVar("T", bound="PicklistDefinition")


@_attrs_define
class PicklistDefinition:
    """A picklist (help model `Picklist`).

    Attributes:
        name (str): Picklist name.
        field_select_options (list[PicklistFieldSelectOption]): The options.
        id (int | Unset): Read-only id of the picklist.
        edited (ConfigEditInfo | Unset): Read-only audit fields (`Edited`) of configuration items. Dates are kept as the
            server's text.
        description (str | Unset): Description.
        is_active (bool | Unset): Active flag.
    """

    name: str
    field_select_options: list[PicklistFieldSelectOption]
    id: int | Unset = UNSET
    edited: ConfigEditInfo | Unset = UNSET
    description: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_select_options = []
        for field_select_options_item_data in self.field_select_options:
            field_select_options_item = field_select_options_item_data.to_dict()
            field_select_options.append(field_select_options_item)

        id = self.id

        edited: dict[str, Any] | Unset = UNSET
        if not isinstance(self.edited, Unset):
            edited = self.edited.to_dict()

        description = self.description

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "FieldSelectOptions": field_select_options,
            }
        )
        if id is not UNSET:
            field_dict["Id"] = id
        if edited is not UNSET:
            field_dict["Edited"] = edited
        if description is not UNSET:
            field_dict["Description"] = description
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        name = d.pop("Name")

        field_select_options = []
        _field_select_options = d.pop("FieldSelectOptions")
        for field_select_options_item_data in _field_select_options:
            field_select_options_item = PicklistFieldSelectOption.from_dict(
                field_select_options_item_data
            )

            field_select_options.append(field_select_options_item)

        id = d.pop("Id", UNSET)

        _edited = d.pop("Edited", UNSET)
        edited: ConfigEditInfo | Unset
        if isinstance(_edited, Unset):
            edited = UNSET
        else:
            edited = ConfigEditInfo.from_dict(_edited)

        description = d.pop("Description", UNSET)

        is_active = d.pop("IsActive", UNSET)

        picklist_definition = cls(
            name=name,
            field_select_options=field_select_options,
            id=id,
            edited=edited,
            description=description,
            is_active=is_active,
        )

        picklist_definition.additional_properties = d
        return picklist_definition

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
from ..models.picklist_field_select_option import PicklistFieldSelectOption  # noqa: E402
