from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consent_status_definition import ConsentStatusDefinition


T = TypeVar("T", bound="ConsentStatusDefinitionList")


@_attrs_define
class ConsentStatusDefinitionList:
    """Consent statuses (help model `ConsentStatusList`).

    Attributes:
        consent_status (list[ConsentStatusDefinition] | Unset): The supported consent statuses.
    """

    consent_status: list[ConsentStatusDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consent_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consent_status, Unset):
            consent_status = []
            for consent_status_item_data in self.consent_status:
                consent_status_item = consent_status_item_data.to_dict()
                consent_status.append(consent_status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consent_status is not UNSET:
            field_dict["ConsentStatus"] = consent_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _consent_status = d.pop("ConsentStatus", UNSET)
        consent_status: list[ConsentStatusDefinition] | Unset = UNSET
        if _consent_status is not UNSET:
            consent_status = []
            for consent_status_item_data in _consent_status:
                consent_status_item = ConsentStatusDefinition.from_dict(
                    consent_status_item_data
                )

                consent_status.append(consent_status_item)

        consent_status_definition_list = cls(
            consent_status=consent_status,
        )

        consent_status_definition_list.additional_properties = d
        return consent_status_definition_list

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


from ..models.consent_status_definition import ConsentStatusDefinition  # noqa: E402
