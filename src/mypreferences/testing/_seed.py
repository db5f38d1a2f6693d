"""Seed configuration of the mock account: contact/consent types, custom fields, picklists and programs."""

from __future__ import annotations

from typing import Any

_EDITED = {
    "CreateDate": "2024-01-01T00:00:00.000Z",
    "CreatedBy": "seed",
    "ModifiedDate": "2024-01-01T00:00:00.000Z",
    "ModifiedBy": "seed",
}


def _types(*names: str) -> list[dict[str, Any]]:
    return [
        {
            "TypeId": i,
            "TypeName": name,
            "LocalizedFields": [{"Locale": "en_US", "Name": name, "Description": f"{name} (seed)"}],
            "IsDefault": i == 1,
            "IsActive": True,
            "Edited": dict(_EDITED),
        }
        for i, name in enumerate(names, start=1)
    ]


def _filter(program: str, fid: str, name: str, channel: str) -> dict[str, Any]:
    return {
        "Link": 1,
        "ChannelID": channel,
        "ProgramID": program,
        "ID": fid,
        "Name": name,
        "Description": f"{name} filter",
        "DefaultPreferenceValue": 1,
        "DefaultLocaleID": "en_US",
        "CustomProperties": [{"Link": 1, "Key": "Channel", "Value": channel}],
        "Locales": [{"ID": "en_US", "DisplayTags": [{"Link": "0", "Key": "Title", "Value": name}]}],
        "FrequencyLocales": [
            {
                "ID": "en_US",
                "Frequencies": [
                    {"ID": "WEEKLY", "DisplayName": "Weekly", "Description": "Once a week", "IsDefault": True,
                     "DisplayOrder": "0"},
                ],
            }
        ],
        "Attributes": [
            {
                "Link": None,
                "ID": "Topic",
                "AttributeType": "Text",
                "DisplayOrder": None,
                "IsRequired": False,
                "AttributeConstraints": [{"ConstraintType": "MaxLength", "Detail": "50"}],
                "DisplayTextLocales": [{"Locale": "en_US", "Name": "Topic", "Description": "Topic of interest"}],
            }
        ],
        "RequiredPreferenceConsents": [{"TypeName": "Marketing", "DisplayOrder": None}],
    }  # fmt: skip


def _program(
    pid: str, name: str, ptype: str, order: int, props: dict[str, str], filters: list[Any]
) -> dict[str, Any]:
    return {
        "Link": 1,
        "ID": pid,
        "Name": name,
        "Description": f"{name} program",
        "DefaultLocaleID": "en_US",
        "ProgramType": ptype,
        "DisplayOrder": order,
        "CustomProperties": [{"Link": 1, "Key": k, "Value": v} for k, v in props.items()],
        "Locales": [{"ID": "en_US", "DisplayTags": [{"Link": 1, "Key": "Title", "Value": name}]}],
        "Filters": filters,
    }


def _custom_field(fid: int, name: str, **extra: Any) -> dict[str, Any]:
    return {
        "Id": fid,
        "Name": name,
        "Description": f"{name} (seed)",
        "LocalizedDisplayNames": [{"Locale": "en_US", "DisplayName": name}],
        "UpdateRuleId": 1,
        "DisplayOrder": fid,
        "IsReadOnly": False,
        "IsRequired": False,
        "IsActive": True,
        "Edited": dict(_EDITED),
        **extra,
    }


def _custom_fields() -> dict[str, list[dict[str, Any]]]:
    return {
        "DateTimeFields": [_custom_field(1, "Birthday")],
        "NumericFields": [
            _custom_field(2, "Score", MinValue=0, MaxValue=100, DecimalPlaces=0, DefaultValue=0)
        ],
        "SelectListFields": [_custom_field(3, "Interests", PicklistId=1, DisplayType=1, DefaultState=0)],
        "TextFields": [_custom_field(4, "Color", MinLength=0, MaxLength=50, DefaultValue="")],
    }


def _picklists() -> list[dict[str, Any]]:
    options = [
        {"Name": n, "Value": n.lower(), "DisplayOrder": i} for i, n in enumerate(("Golf", "Tennis", "Chess"))
    ]
    return [
        {
            "Id": 1,
            "Name": "Interests",
            "Description": "Interests (seed)",
            "IsActive": True,
            "Edited": dict(_EDITED),
            "FieldSelectOptions": options,
        }
    ]


UPDATE_RULES = [
    {"Id": 1, "Name": "Always"},
    {"Id": 2, "Name": "IfCurrentValueIsBlank"},
    {"Id": 4, "Name": "IfNewValueIsNotBlank"},
    {"Id": 5, "Name": "Never"},
]


def seed_config() -> dict[str, Any]:
    """Return a fresh copy of the seed configuration (lists keyed by the response wrapper names)."""
    programs = [
        _program(
            "NEWS", "Newsletter", "Marketing", 1, {"Jurisdiction": "EU", "OnlineOnly": "True"},
            [_filter("NEWS", "NEWS-EMAIL", "Newsletter by email", "EMAIL"),
             _filter("NEWS", "NEWS-SMS", "Newsletter by SMS", "SMS")],
        ),
        _program("ALERTS", "Account alerts", "Transactional", 2, {"Jurisdiction": "US"},
                 [_filter("ALERTS", "ALERTS-EMAIL", "Alerts by email", "EMAIL")]),
    ]  # fmt: skip
    return {
        "AddressTypes": _types("Home", "Work"),
        "AlternateIdTypes": _types("CRM", "LoyaltyId"),
        "CustomerTypes": _types("Individual", "Business"),
        "EmailTypes": _types("Personal", "Work"),
        "PhoneTypes": _types("Mobile", "Home"),
        "GroupTypes": _types("Household", "Company"),
        "ConsentTypes": [
            {
                "TypeId": i,
                "TypeName": name,
                "IsActive": True,
                "Edited": dict(_EDITED),
                "Versions": [
                    {
                        "ConsentVersion": "1",
                        "LocalizedFields": [
                            {
                                "Locale": "en_US",
                                "Name": name,
                                "Description": f"{name} consent",
                                "ConsentLanguage": f"I agree to {name.lower()} messages.",
                            }
                        ],
                        "ExpirationInDays": 365,
                        "IsActive": True,
                        "IsAssociatedWithProfiles": False,
                    }
                ],
            }
            for i, name in enumerate(("Marketing", "Terms"), start=1)
        ],
        "ConsentStatus": [
            {"Id": 1, "Name": "Granted"},
            {"Id": 2, "Name": "Denied"},
            {"Id": 3, "Name": "Revoked"},
            {"Id": 4, "Name": "NotSet"},
        ],
        "CustomFields": _custom_fields(),
        "Picklists": _picklists(),
        "Programs": programs,
        "ProgramGroups": [
            {
                "ID": "ALL",
                "Name": "All programs",
                "Description": "Every seeded program",
                "DefaultLocaleID": "en_US",
                "CustomProperties": [{"Link": 1, "Key": "Jurisdiction", "Value": "EU"}],
                "Locales": [{"ID": "en_US", "DisplayTags": [{"Link": 1, "Key": "Title", "Value": "All"}]}],
                "ProgramGroups": [],
                "Programs": programs,
            }
        ],
    }


def empty_config() -> dict[str, Any]:
    """Return an account configuration with no entries."""
    empty: dict[str, Any] = {key: [] for key in seed_config()}
    empty["CustomFields"] = {kind: [] for kind in _custom_fields()}
    return empty
