"""A loopback MyPreferences stand-in for ``scripts/bench.py``: a raw ASGI app served by uvicorn.

    python scripts/bench_server.py --port 8765

Answers ``GET /Profiles/v4/{clientId}/Profile/{profileId}`` and
``GET /Profiles/v4/{clientId}/Profile/AlternateId?alternateIdType=..&alternateId=..`` with a realistic
UserProfile (names, addresses, emails, phones, preferences, consents, custom fields), PascalCase as in
the spec. Bodies are pre-rendered so the server costs as little CPU as possible.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

EDITED = {
    "CreateDate": "2023-04-01T10:15:00Z",
    "CreatedBy": "api.user",
    "ModifiedDate": "2024-01-15T13:45:30Z",
    "ModifiedBy": "api.user",
}


def _consent(kind: str, status: int = 1) -> dict[str, Any]:
    return {
        "ConsentType": kind,
        "ConsentVersion": "2.1",
        "Locale": "en_US",
        "ConsentStatus": status,
        "ConsentDate": "2023-04-01T10:15:00Z",
        "ExpirationDate": None,
        "Expired": False,
        "Edited": EDITED,
        "SourceId": "WEB",
        "UpdatedVersionPending": False,
        "IsActive": True,
    }


def _preference(i: int, channel: str) -> dict[str, Any]:
    return {
        "ProgramId": f"PROG{i % 7:02d}",
        "ChannelId": channel,
        "ConsentAssociations": [
            {"ConsentType": "Marketing", "ConsentVersion": "2.1", "IsActive": True, "Locale": "en_US"}
        ],
        "MatchType": "Expressed",
        "ExpirationDate": None,
        "PreferenceStatus": "Active",
        "LastModifiedDate": "2024-01-15T13:45:30Z",
        "UserId": "api.user",
        "SourceId": "WEB",
        "FilterId": f"F{i:04d}",
        "PreferenceType": 1 if i % 3 else 2,
        "FrequencyId": "Weekly",
        "PreferenceAttributes": [{"Key": "Origin", "Value": "Signup form"}],
        "CustomerDate": "2023-04-01T10:15:00Z",
    }


def make_profile(profile_id: int, n_preferences: int = 10) -> dict[str, Any]:
    """A UserProfile as the API returns it, with ``n_preferences`` profile-level preferences."""
    channels = ("Email", "Phone", "Text", "Mail", "Fax")
    return {
        "ProfileId": profile_id,
        "Edited": EDITED,
        "IsActive": True,
        "RegistrationConfirmed": True,
        "CustomerType": "Consumer",
        "DefaultLocale": "en_US",
        "UpdateStatus": "Complete",
        "CustomerName": {"Prefix": "Dr", "FirstName": "Ada", "MiddleName": "K", "LastName": "Lovelace"},
        "AlternateIds": [
            {
                "AlternateIdType": "CRM",
                "AlternateId": f"CRM-{profile_id}",
                "IsActive": True,
                "Edited": EDITED,
            },
            {"AlternateIdType": "Loyalty", "AlternateId": f"L{profile_id:09d}", "IsActive": True},
        ],
        "Addresses": [
            {
                "AddressType": kind,
                "IsDefault": kind == "Home",
                "Address1": "12 Analytical Engine Way",
                "Address2": "Suite 3",
                "City": "Atlanta",
                "StateProvince": "GA",
                "PostalCode": "30301",
                "CountryCode_Alpha2": "US",
                "CountryCode_Alpha3": "USA",
                "CountryCode_Numeric": "840",
                "Country": "United States",
                "IsActive": True,
                "Edited": EDITED,
                "AddressPreferences": [_preference(900 + k, "Mail")],
                "Consents": [_consent("Mail")],
            }
            for k, kind in enumerate(("Home", "Work"))
        ],
        "Emails": [
            {
                "EmailAddressType": kind,
                "EmailAddress": f"ada.{kind.lower()}{profile_id}@example.com",
                "IsDefault": kind == "Personal",
                "IsActive": True,
                "Edited": EDITED,
                "EmailPreferences": [_preference(800 + k, "Email")],
                "Consents": [_consent("Email")],
            }
            for k, kind in enumerate(("Personal", "Work"))
        ],
        "PhoneNumbers": [
            {
                "PhoneType": kind,
                "PhoneNumber": f"+1404555{profile_id % 10000:04d}",
                "PhoneNumberNumeric": 14045550000 + profile_id % 10000,
                "IsDefault": kind == "Mobile",
                "IsMobile": kind == "Mobile",
                "IsActive": True,
                "Edited": EDITED,
                "PhonePreferences": [_preference(700 + k, "Text")],
                "Consents": [_consent("TCPA")],
            }
            for k, kind in enumerate(("Mobile", "Home"))
        ],
        "ProfilePreferences": [_preference(i, channels[i % len(channels)]) for i in range(n_preferences)],
        "Consents": [_consent("Marketing"), _consent("Privacy"), _consent("Research", 2)],
        "CustomFields": [
            {"Name": "FavoriteColor", "Value": "Green", "IsActive": True, "Edited": EDITED},
            {"Name": "ShoeSize", "Value": "38", "IsActive": True},
            {"Name": "Interests", "Value": "Math::Poetry::Engines", "IsActive": True},
            {"Name": "Birthday", "Value": "1815-12-10", "IsActive": True},
            {"Name": "Segment", "Value": "Gold", "IsActive": True},
        ],
        "Groups": [{"GroupType": "Household", "GroupName": "Lovelace", "IsPrimary": True, "IsActive": True}],
        "ProfileTags": [{"Name": "vip"}, {"Name": "newsletter"}],
    }


def _render_template() -> tuple[bytes, bytes]:
    """Pre-render the profile body around its ProfileId so a response costs one concatenation."""
    marker = 987654321
    text = json.dumps(make_profile(marker), separators=(",", ":"))
    head, tail = text.split(str(marker), 1)  # ProfileId is the first occurrence (first key)
    return head.encode(), tail.encode()


_HEAD, _TAIL = _render_template()
_NOT_FOUND = b'{"Message":"Not found"}'


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The raw ASGI application."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    parts = scope["path"].split("/")  # ["", "Profiles", "v4", clientId, "Profile", id]
    status, body = 404, _NOT_FOUND
    if (
        scope["method"] == "GET"
        and len(parts) == 6
        and parts[1:3] == ["Profiles", "v4"]
        and parts[4] == "Profile"
    ):
        last = parts[5]
        if last == "AlternateId":
            query = dict(
                kv.split("=", 1) for kv in scope["query_string"].decode("latin-1").split("&") if "=" in kv
            )
            alt = query.get("alternateId", "")
            pid = int(alt.rsplit("-", 1)[-1]) if alt.rsplit("-", 1)[-1].isdigit() else 1
            status, body = 200, _HEAD + str(pid).encode() + _TAIL
        elif last.isdigit():
            status, body = 200, _HEAD + last.encode() + _TAIL
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", b"%d" % len(body)),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    import uvicorn

    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        lifespan="on",
        backlog=4096,
    )


if __name__ == "__main__":
    main()
