from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preference_attribute_constraint import PreferenceAttributeConstraint
    from ..models.preference_attribute_display_text import (
        PreferenceAttributeDisplayText,
    )


T = TypeVar("T", bound="FilterPreferenceAttribute")


@_attrs_define
class FilterPreferenceAttribute:
    """A preference attribute configured on a filter.

    Attributes:
        link (int | None | Unset): Internal link number.
        id (str | Unset): Attribute id.
        attribute_type (str | Unset): Attribute type.
        display_order (int | None | Unset): UI order.
        is_required (bool | Unset): Required flag.
        attribute_constraints (list[PreferenceAttributeConstraint] | Unset): Constraints.
        display_text_locales (list[PreferenceAttributeDisplayText] | Unset): Localized display texts.
    """

    link: int | None | Unset = UNSET
    id: str | Unset = UNSET
    attribute_type: str | Unset = UNSET
    display_order: int | None | Unset = UNSET
    is_required: bool | Unset = UNSET
    attribute_constraints: list[PreferenceAttributeConstraint] | Unset = UNSET
    display_text_locales: list[PreferenceAttributeDisplayText] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link: int | None | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        id = self.id

        attribute_type = self.attribute_type

        display_order: int | None | Unset
        if isinstance(self.display_order, Unset):
            display_order = UNSET
        else:
            display_order = self.display_order

        is_required = self.is_required

        attribute_constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_constraints, Unset):
            attribute_constraints = []
            for attribute_constraints_item_data in self.attribute_constraints:
                attribute_constraints_item = attribute_constraints_item_data.to_dict()
                attribute_constraints.append(attribute_constraints_item)

        display_text_locales: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.display_text_locales, Unset):
            display_text_locales = []
            for display_text_locales_item_data in self.display_text_locales:
                display_text_locales_item = display_text_locales_item_data.to_dict()
                display_text_locales.append(display_text_locales_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["Link"] = link
        if id is not UNSET:
            field_dict["ID"] = id
        if attribute_type is not UNSET:
            field_dict["AttributeType"] = attribute_type
        if display_order is not UNSET:
            field_dict["DisplayOrder"] = display_order
        if is_required is not UNSET:
            field_dict["IsRequired"] = is_required
        if attribute_constraints is not UNSET:
            field_dict["AttributeConstraints"] = attribute_constraints
        if display_text_locales is not UNSET:
            field_dict["DisplayTextLocales"] = display_text_locales

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.preference_attribute_constraint import (
            PreferenceAttributeConstraint,
        )
        from ..models.preference_attribute_display_text import (
            PreferenceAttributeDisplayText,
        )

        d = dict(src_dict)

        def _parse_link(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        link = _parse_link(d.pop("Link", UNSET))

        id = d.pop("ID", UNSET)

        attribute_type = d.pop("AttributeType", UNSET)

        def _parse_display_order(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        display_order = _parse_display_order(d.pop("DisplayOrder", UNSET))

        is_required = d.pop("IsRequired", UNSET)

        _attribute_constraints = d.pop("AttributeConstraints", UNSET)
        attribute_constraints: list[PreferenceAttributeConstraint] | Unset = UNSET
        if _attribute_constraints is not UNSET:
            attribute_constraints = []
            for attribute_constraints_item_data in _attribute_constraints:
                attribute_constraints_item = PreferenceAttributeConstraint.from_dict(
                    attribute_constraints_item_data
                )

                attribute_constraints.append(attribute_constraints_item)

        _display_text_locales = d.pop("DisplayTextLocales", UNSET)
        display_text_locales: list[PreferenceAttributeDisplayText] | Unset = UNSET
        if _display_text_locales is not UNSET:
            display_text_locales = []
            for display_text_locales_item_data in _display_text_locales:
                display_text_locales_item = PreferenceAttributeDisplayText.from_dict(
                    display_text_locales_item_data
                )

                display_text_locales.append(display_text_locales_item)

        filter_preference_attribute = cls(
            link=link,
            id=id,
            attribute_type=attribute_type,
            display_order=display_order,
            is_required=is_required,
            attribute_constraints=attribute_constraints,
            display_text_locales=display_text_locales,
        )

        filter_preference_attribute.additional_properties = d
        return filter_preference_attribute

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
