from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_config_type_entry import CreateConfigTypeEntry


T = TypeVar("T", bound="CreateCustomerTypeList")


@_attrs_define
class CreateCustomerTypeList:
    """Create-customer-types body (wrapper name inferred).

    Attributes:
        customer_types (list[CreateConfigTypeEntry] | Unset): The customer types to create.
    """

    customer_types: list[CreateConfigTypeEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customer_types, Unset):
            customer_types = []
            for customer_types_item_data in self.customer_types:
                customer_types_item = customer_types_item_data.to_dict()
                customer_types.append(customer_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_types is not UNSET:
            field_dict["CustomerTypes"] = customer_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _customer_types = d.pop("CustomerTypes", UNSET)
        customer_types: list[CreateConfigTypeEntry] | Unset = UNSET
        if _customer_types is not UNSET:
            customer_types = []
            for customer_types_item_data in _customer_types:
                customer_types_item = CreateConfigTypeEntry.from_dict(
                    customer_types_item_data
                )

                customer_types.append(customer_types_item)

        create_customer_type_list = cls(
            customer_types=customer_types,
        )

        create_customer_type_list.additional_properties = d
        return create_customer_type_list

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
