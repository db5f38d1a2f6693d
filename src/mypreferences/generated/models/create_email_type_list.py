from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_config_type_entry import CreateConfigTypeEntry


T = TypeVar("T", bound="CreateEmailTypeList")


@_attrs_define
class CreateEmailTypeList:
    """Create-email-types body.

    Attributes:
        email_types (list[CreateConfigTypeEntry] | Unset): The email types to create.
    """

    email_types: list[CreateConfigTypeEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_types, Unset):
            email_types = []
            for email_types_item_data in self.email_types:
                email_types_item = email_types_item_data.to_dict()
                email_types.append(email_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_types is not UNSET:
            field_dict["EmailTypes"] = email_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _email_types = d.pop("EmailTypes", UNSET)
        email_types: list[CreateConfigTypeEntry] | Unset = UNSET
        if _email_types is not UNSET:
            email_types = []
            for email_types_item_data in _email_types:
                email_types_item = CreateConfigTypeEntry.from_dict(
                    email_types_item_data
                )

                email_types.append(email_types_item)

        create_email_type_list = cls(
            email_types=email_types,
        )

        create_email_type_list.additional_properties = d
        return create_email_type_list

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


from ..models.create_config_type_entry import CreateConfigTypeEntry  # noqa: E402
