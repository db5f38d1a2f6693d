from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_property_entry import CustomPropertyEntry
    from ..models.program_definition import ProgramDefinition
    from ..models.text_tag_locale import TextTagLocale


T = TypeVar("T", bound="ProgramGroupDefinition")


@_attrs_define
class ProgramGroupDefinition:
    """A program group (model not documented; fields inferred - unknown keys are kept in `additional_properties`).

    Attributes:
        id (str | Unset): Program group id.
        name (str | Unset): Name.
        description (str | Unset): Description.
        default_locale_id (str | Unset): Default locale id.
        custom_properties (list[CustomPropertyEntry] | Unset): Custom properties.
        locales (list[TextTagLocale] | Unset): Text tags per locale.
        program_groups (list[ProgramGroupDefinition] | Unset): Nested program groups.
        programs (list[ProgramDefinition] | Unset): Programs of the group (with the group's filter defaults).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default_locale_id: str | Unset = UNSET
    custom_properties: list[CustomPropertyEntry] | Unset = UNSET
    locales: list[TextTagLocale] | Unset = UNSET
    program_groups: list[ProgramGroupDefinition] | Unset = UNSET
    programs: list[ProgramDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        default_locale_id = self.default_locale_id

        custom_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_properties, Unset):
            custom_properties = []
            for custom_properties_item_data in self.custom_properties:
                custom_properties_item = custom_properties_item_data.to_dict()
                custom_properties.append(custom_properties_item)

        locales: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locales, Unset):
            locales = []
            for locales_item_data in self.locales:
                locales_item = locales_item_data.to_dict()
                locales.append(locales_item)

        program_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.program_groups, Unset):
            program_groups = []
            for program_groups_item_data in self.program_groups:
                program_groups_item = program_groups_item_data.to_dict()
                program_groups.append(program_groups_item)

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if default_locale_id is not UNSET:
            field_dict["DefaultLocaleID"] = default_locale_id
        if custom_properties is not UNSET:
            field_dict["CustomProperties"] = custom_properties
        if locales is not UNSET:
            field_dict["Locales"] = locales
        if program_groups is not UNSET:
            field_dict["ProgramGroups"] = program_groups
        if programs is not UNSET:
            field_dict["Programs"] = programs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        name = d.pop("Name", UNSET)

        description = d.pop("Description", UNSET)

        default_locale_id = d.pop("DefaultLocaleID", UNSET)

        _custom_properties = d.pop("CustomProperties", UNSET)
        custom_properties: list[CustomPropertyEntry] | Unset = UNSET
        if _custom_properties is not UNSET:
            custom_properties = []
            for custom_properties_item_data in _custom_properties:
                custom_properties_item = CustomPropertyEntry.from_dict(
                    custom_properties_item_data
                )

                custom_properties.append(custom_properties_item)

        _locales = d.pop("Locales", UNSET)
        locales: list[TextTagLocale] | Unset = UNSET
        if _locales is not UNSET:
            locales = []
            for locales_item_data in _locales:
                locales_item = TextTagLocale.from_dict(locales_item_data)

                locales.append(locales_item)

        _program_groups = d.pop("ProgramGroups", UNSET)
        program_groups: list[ProgramGroupDefinition] | Unset = UNSET
        if _program_groups is not UNSET:
            program_groups = []
            for program_groups_item_data in _program_groups:
                program_groups_item = ProgramGroupDefinition.from_dict(
                    program_groups_item_data
                )

                program_groups.append(program_groups_item)

        _programs = d.pop("Programs", UNSET)
        programs: list[ProgramDefinition] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = ProgramDefinition.from_dict(programs_item_data)

                programs.append(programs_item)

        program_group_definition = cls(
            id=id,
            name=name,
            description=description,
            default_locale_id=default_locale_id,
            custom_properties=custom_properties,
            locales=locales,
            program_groups=program_groups,
            programs=programs,
        )

        program_group_definition.additional_properties = d
        return program_group_definition

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


from ..models.custom_property_entry import CustomPropertyEntry  # noqa: E402
from ..models.program_definition import ProgramDefinition  # noqa: E402
from ..models.text_tag_locale import TextTagLocale  # noqa: E402
