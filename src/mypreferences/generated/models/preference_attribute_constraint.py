from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreferenceAttributeConstraint")


@_attrs_define
class PreferenceAttributeConstraint:
    """A constraint of a preference attribute. Samples show both PascalCase and camelCase keys; both are modelled.

    Attributes:
        ConstraintType (str | Unset): Constraint type.
        Detail (str | Unset): Constraint detail.
        constraintType (str | Unset): Constraint type (camelCase variant seen in samples).
        detail (str | Unset): Constraint detail (camelCase variant seen in samples).
    """

    ConstraintType: str | Unset = UNSET
    Detail: str | Unset = UNSET
    constraintType: str | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ConstraintType = self.ConstraintType

        Detail = self.Detail

        constraintType = self.constraintType

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ConstraintType is not UNSET:
            field_dict["ConstraintType"] = ConstraintType
        if Detail is not UNSET:
            field_dict["Detail"] = Detail
        if constraintType is not UNSET:
            field_dict["constraintType"] = constraintType
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ConstraintType = d.pop("ConstraintType", UNSET)

        Detail = d.pop("Detail", UNSET)

        constraintType = d.pop("constraintType", UNSET)

        detail = d.pop("detail", UNSET)

        preference_attribute_constraint = cls(
            ConstraintType=ConstraintType,
            Detail=Detail,
            constraintType=constraintType,
            detail=detail,
        )

        preference_attribute_constraint.additional_properties = d
        return preference_attribute_constraint

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
