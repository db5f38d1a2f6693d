"""A loopback MyPreferences stand-in for ``scripts/bench.py``: a raw asyncio HTTP/1.1 server, one process.

    python scripts/bench_server.py --port 8765

Keep-alive HTTP/1.1 on a bare :class:`asyncio.Protocol` (no framework: on 2 cores the server must cost far
less CPU than the clients it measures). Bodies are pre-rendered, so an answer is a byte concatenation:

* ``GET /Profiles/v4/{clientId}/Profile/{profileId}`` and ``GET .../Profile/AlternateId?...alternateId=CRM-{id}``:
  a realistic ~14 KiB UserProfile (names, addresses, emails, phones, 10 preferences, consents, custom fields),
  PascalCase as in the spec;
* ``GET /Profiles/v4/Async/{clientId}/Export/{token}?limit=L&offset=O``: an export page of ~0.6 KiB profiles;
  the export holds ``token`` profiles (``HasMore``, ``Count``, ``TotalResults`` as the spec says);
  ``POST .../Export/{token}/Commit`` answers 200;
* anything else: 404 ``{"Message": "Not found"}``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
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


def make_export_row(profile_id: int) -> dict[str, Any]:
    """A compact exported profile: a name, an alternate id, an email and a consent (~0.6 KiB)."""
    return {
        "ProfileId": profile_id,
        "IsActive": True,
        "CustomerType": "Consumer",
        "CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"},
        "AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": f"CRM-{profile_id}", "IsActive": True}],
        "Emails": [
            {
                "EmailAddressType": "Personal",
                "EmailAddress": f"ada{profile_id}@example.com",
                "IsDefault": True,
            }
        ],
        "Consents": [_consent("Marketing")],
    }


def _template(doc: dict[str, Any], marker: int) -> tuple[bytes, bytes]:
    """Split a rendered document around its ProfileId (the first occurrence of ``marker``)."""
    head, tail = json.dumps(doc, separators=(",", ":")).split(str(marker), 1)
    return head.encode(), tail.encode()


_MARKER = 987654321
_HEAD, _TAIL = _template(make_profile(_MARKER), _MARKER)
_ROW_HEAD, _ROW_TAIL = _template(make_export_row(_MARKER), _MARKER)


def _answer(status: bytes, body: bytes) -> bytes:
    head = b"HTTP/1.1 %s\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: %d\r\n\r\n"
    return head % (status, len(body)) + body


_NOT_FOUND = _answer(b"404 Not Found", b'{"Message":"Not found"}')
_COMMITTED = _answer(b"200 OK", b"{}")


def _query(target: bytes) -> dict[bytes, bytes]:
    return dict(kv.split(b"=", 1) for kv in target.partition(b"?")[2].split(b"&") if b"=" in kv)


def respond(method: bytes, target: bytes) -> bytes:
    """The full HTTP answer to one request."""
    parts = target.partition(b"?")[0].split(b"/")  # b"", b"Profiles", b"v4", ...
    if parts[1:3] != [b"Profiles", b"v4"]:
        return _NOT_FOUND
    if method == b"GET" and len(parts) == 6 and parts[4] == b"Profile":
        pid = parts[5]
        if pid == b"AlternateId":
            pid = _query(target).get(b"alternateId", b"CRM-1").rpartition(b"-")[2]
        if pid.isdigit():
            return _answer(b"200 OK", _HEAD + pid + _TAIL)
    if len(parts) >= 7 and parts[3] == b"Async" and parts[5] == b"Export" and parts[6].isdigit():
        if method == b"POST" and parts[7:] == [b"Commit"]:
            return _COMMITTED
        if method == b"GET" and len(parts) == 7:
            total, q = int(parts[6]), _query(target)
            offset, limit = int(q.get(b"offset", b"1")), int(q.get(b"limit", b"1000"))
            ids = range(offset, min(offset + limit, total + 1))
            rows = b",".join([_ROW_HEAD + str(i).encode() + _ROW_TAIL for i in ids])
            more = b"true" if ids.stop <= total else b"false"
            meta = b'],"Offset":%d,"Count":%d,"Limit":%d,"HasMore":%s,"TotalResults":%d}'
            meta %= (offset, len(ids), limit, more, total)
            return _answer(b"200 OK", b'{"UserProfilePreferences":[' + rows + meta)
    return _NOT_FOUND


class _Connection(asyncio.Protocol):
    """One keep-alive connection: parse each request head (and skip its body), write the answer."""

    delay = 0.0  # seconds before each answer (``--delay``: a network round trip and the server's work)

    def __init__(self) -> None:
        self._buffer = b""
        self._transport: Any = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer + data if self._buffer else data
        out = []
        while (end := buffer.find(b"\r\n\r\n")) >= 0:
            head = buffer[:end]
            length = 0
            lower = head.lower()
            if (at := lower.find(b"\r\ncontent-length:")) >= 0:
                stop = lower.find(b"\r\n", at + 2)
                length = int(lower[at + 17 : stop if stop > 0 else len(lower)])
            if len(buffer) < end + 4 + length:
                break
            method, target, _ = head.split(b"\r\n", 1)[0].split(b" ", 2)
            out.append(respond(method, target))
            buffer = buffer[end + 4 + length :]
        self._buffer = buffer
        if out and self._transport is not None:
            if self.delay:
                asyncio.get_running_loop().call_later(self.delay, self._write, b"".join(out))
            else:
                self._transport.write(b"".join(out))

    def _write(self, data: bytes) -> None:
        if not self._transport.is_closing():
            self._transport.write(data)


async def serve(host: str, port: int) -> None:
    """Serve until cancelled."""
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Connection, host, port, backlog=4096, reuse_address=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer (default 0)")
    args = parser.parse_args()
    _Connection.delay = args.delay
    gc.freeze()  # everything allocated so far lives forever: keep it out of the collector's way
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
