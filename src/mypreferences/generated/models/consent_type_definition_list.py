from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_type_definition import ConsentTypeDefinition


T = TypeVar("T", bound="ConsentTypeDefinitionList")


@_attrs_define
class ConsentTypeDefinitionList:
    """Consent types.

    Attributes:
        consent_types (list[ConsentTypeDefinition] | Unset): The consent types.
    """

    consent_types: list[ConsentTypeDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consent_types, Unset):
            consent_types = []
            for consent_types_item_data in self.consent_types:
                consent_types_item = consent_types_item_data.to_dict()
                consent_types.append(consent_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consent_types is not UNSET:
            field_dict["ConsentTypes"] = consent_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _consent_types = d.pop("ConsentTypes", UNSET)
        consent_types: list[ConsentTypeDefinition] | Unset = UNSET
        if _consent_types is not UNSET:
            consent_types = []
            for consent_types_item_data in _consent_types:
                consent_types_item = ConsentTypeDefinition.from_dict(
                    consent_types_item_data
                )

                consent_types.append(consent_types_item)

        consent_type_definition_list = cls(
            consent_types=consent_types,
        )

        consent_type_definition_list.additional_properties = d
        return consent_type_definition_list

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


from ..models.consent_type_definition import ConsentTypeDefinition  # noqa: E402
