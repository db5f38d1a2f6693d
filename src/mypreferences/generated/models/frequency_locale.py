from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.frequency_option import FrequencyOption


T = TypeVar("T", bound="FrequencyLocale")


@_attrs_define
class FrequencyLocale:
    """Frequencies of one locale.

    Attributes:
        id (str | Unset): Locale id.
        frequencies (list[FrequencyOption] | Unset): Frequency choices.
    """

    id: str | Unset = UNSET
    frequencies: list[FrequencyOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        frequencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.frequencies, Unset):
            frequencies = []
            for frequencies_item_data in self.frequencies:
                frequencies_item = frequencies_item_data.to_dict()
                frequencies.append(frequencies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if frequencies is not UNSET:
            field_dict["Frequencies"] = frequencies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _frequencies = d.pop("Frequencies", UNSET)
        frequencies: list[FrequencyOption] | Unset = UNSET
        if _frequencies is not UNSET:
            frequencies = []
            for frequencies_item_data in _frequencies:
                frequencies_item = FrequencyOption.from_dict(frequencies_item_data)

                frequencies.append(frequencies_item)

        frequency_locale = cls(
            id=id,
            frequencies=frequencies,
        )

        frequency_locale.additional_properties = d
        return frequency_locale

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


from ..models.frequency_option import FrequencyOption  # noqa: E402
