"""The embedded server under hostile input, injected faults, client timeouts, and against the SDK.

Most tests talk to the server with plain httpx (in-process, or on loopback) so that what is tested is the
server; the tests marked "SDK" drive it with the SDK client. Every server here runs with
``check_responses=True``: an answer that breaks the spec fails the test through ``server.errors``.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mypreferences.auth import PnAuthInfo3, sign_pnauthinfo3
from mypreferences.errors import (
    APITimeoutError,
    BadRequestError,
    InvalidRequestError,
    NotFoundError,
    OutcomeUnknownError,
)
from mypreferences.patch import JsonPatch
from mypreferences.testing import (
    MAX_BODY_BYTES,
    MAX_JSON_DEPTH,
    MAX_PATCH_OPERATIONS,
    ApiError,
    FaultSpecError,
    MockServer,
    free_port,
)
from mypreferences.testing._auth import authenticate, expected_signature

USERS = {"demo": "demo-secret"}
PATCH_JSON = {"Content-Type": "application/json-patch+json"}


def _no_constants(name: str) -> Any:
    raise ValueError(name)


@pytest.fixture
def server() -> Iterator[MockServer]:
    srv = MockServer("Demo", users=USERS, check_responses=True)
    yield srv
    srv.close_clients()
    assert not srv.errors, srv.errors
    for rec in srv.requests:  # every answer is strict JSON (or empty), unless a fault malformed it
        if rec.body and not rec.body.startswith(b'{"Message": "truncated'):
            json.loads(rec.body, parse_constant=_no_constants)


@pytest.fixture
async def http(server: MockServer) -> AsyncIterator[httpx.AsyncClient]:
    async with server.http_client(auth=PnAuthInfo3("demo", "demo-secret")) as client:
        yield client


async def create(http: httpx.AsyncClient, **fields: Any) -> int:
    body = {"CustomerName": {"FirstName": "Ann", "LastName": "Test"}, **fields}
    r = await http.post("/Demo/Profile", json=body)
    assert r.status_code == 201, r.text
    return int(r.json()["ProfileId"])


def emails(*names: str) -> list[dict[str, Any]]:
    return [{"EmailAddress": f"{n}@example.com"} for n in names]


# ------------------------------------------------------------------------------------- hostile input


def nested(levels: int) -> bytes:
    """A UserProfile body whose arrays/objects nest ``levels`` deep (counting the outer object)."""
    inner = "1"
    for _ in range(levels - 2):
        inner = '{"x": ' + inner + "}"
    return ('{"CustomerName": {"LastName": "Deep", "Extra": ' + inner + "}}").encode()


async def test_nesting_limit_refuses_deep_bodies_and_stores_nothing(
    http: httpx.AsyncClient, server: MockServer
) -> None:
    first = await create(http)
    for levels in (MAX_JSON_DEPTH + 1, 490, 5000, 30_000):  # 30 000 levels: about 210 KB
        r = await http.post("/Demo/Profile", content=nested(levels))
        assert r.status_code == 400 and "nested" in r.json()["Message"], levels
    r = await http.post("/Demo/Profile", content=b"[" * 100_000 + b"]" * 100_000)
    assert r.status_code == 400
    assert list(server.store.profiles) == [first]
    at_limit = await http.post("/Demo/Profile", content=nested(MAX_JSON_DEPTH))
    assert at_limit.status_code == 201
    after = await create(http)
    assert sorted(server.store.profiles) == [first, at_limit.json()["ProfileId"], after]
    assert len({first, at_limit.json()["ProfileId"], after}) == 3  # no id reused, nothing overwritten
    got = await http.get(f"/Demo/Profile/{at_limit.json()['ProfileId']}")
    assert got.status_code == 200 and got.json()["CustomerName"]["LastName"] == "Deep"


@pytest.mark.parametrize(
    "body",
    [
        b'{"CustomerName": {"LastName": "N", "Score": NaN}}',
        b'{"CustomerName": {"LastName": "N", "Score": Infinity}}',
        b'{"CustomerName": {"LastName": "N", "Score": -Infinity}}',
        b'{"CustomerName": {"LastName": "N", "Score": 1e400}}',
        b'{"CustomerName": {"LastName": "N", "Score": ' + b"9" * 5000 + b"}}",
        b'{"CustomerName": {"LastName": "\\ud800"}}',
        b'{"CustomerName": {"LastName": "\xff"}}',
        b'{"CustomerName": {"LastName": "N"}',
        b"",
    ],
    ids=["nan", "inf", "-inf", "overflow", "huge-int", "surrogate", "bad-utf8", "truncated", "empty"],
)
async def test_strict_json_only(http: httpx.AsyncClient, server: MockServer, body: bytes) -> None:
    r = await http.post("/Demo/Profile", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 400, r.text
    assert isinstance(r.json()["Message"], str)
    assert server.store.profiles == {}


async def test_size_limit() -> None:
    assert MAX_BODY_BYTES == 256 * 1024
    small = MockServer("Demo", max_body_bytes=2_000, check_responses=True)
    async with small.http_client() as client:
        big = {"CustomerName": {"LastName": "x" * 3_000}}
        r = await client.post("/Demo/Profile", json=big)
        assert r.status_code == 400 and "2000 bytes" in r.json()["Message"]

        async def chunks() -> AsyncIterator[bytes]:
            for _ in range(3):
                yield b'{"CustomerName": {"LastName": "' + b"y" * 1000 + b'"}}'

        r = await client.post("/Demo/Profile", content=chunks())  # streamed, no Content-Length
        assert r.status_code == 400
        assert (
            await client.post("/Demo/Profile", json={"CustomerName": {"LastName": "ok"}})
        ).status_code == 201
    assert len(small.store.profiles) == 1 and not small.errors


async def test_request_schema_is_enforced_for_writes(http: httpx.AsyncClient, server: MockServer) -> None:
    pid = await create(http, Emails=emails("a"))
    before = server.store.get(pid)
    cases = [
        ("post", "/Demo/Profile", {"CustomerName": {"LastName": 5}}, "CustomerName.LastName"),
        ("post", "/Demo/Profile", {"Emails": [{"EmailAddressType": "Personal"}]}, "EmailAddress"),
        ("post", "/Demo/Profile", {"Emails": [{"EmailAddress": "x" * 257}]}, "Emails[0].EmailAddress"),
        ("post", "/Demo/Profile", {"Emails": {"EmailAddress": "a@b.c"}}, "Emails"),
        ("post", "/Demo/Profile", ["not", "a", "profile"], "the body"),
        ("post", f"/Demo/Profile/{pid}", {"CustomerType": "t" * 101}, "CustomerType"),
        ("put", f"/Demo/Profile/{pid}", {"IsActive": "yes"}, "IsActive"),
        ("post", f"/Demo/Profile/{pid}/Deactivate", {"Reason": "r" * 300}, "Reason"),
        (
            "put",
            f"/Demo/Profile/Preferences/{pid}/Archive",
            {"ProfilePreferences": [None]},
            "ProfilePreferences[0]",
        ),
        ("post", f"/Demo/Consents/{pid}", {"Consents": [{"ConsentType": "Marketing"}]}, "Consents[0]"),
        ("post", "/Demo/Profile/AlternateId?alternateIdType=CRM&alternateId=n", {"Groups": [1]}, "Groups[0]"),
    ]
    for method, url, body, field in cases:
        r = await http.request(method, url, json=body)
        assert r.status_code == 400, (url, body, r.text)
        assert field in r.json()["Message"], (field, r.json())
    assert server.store.get(pid) == before
    assert len(server.store.profiles) == 1
    ok = await http.post(f"/Demo/Profile/{pid}/Deactivate", json={"Reason": "r" * 256})
    assert ok.status_code == 200
    assert (await http.get(f"/Demo/Profile/{pid}")).json()["ReasonCode"] == "r" * 256


async def test_read_only_fields_in_bodies_are_ignored(http: httpx.AsyncClient) -> None:
    r = await http.post(
        "/Demo/Profile",
        json={
            "ProfileId": 7,
            "ReasonCode": "forged",
            "UpdateStatus": "Pending Update",
            "Edited": {"CreatedBy": "me"},
        },
    )
    assert r.status_code == 201
    got = r.json()
    assert got["ProfileId"] != 7 and "ReasonCode" not in got and got["UpdateStatus"] == "Complete"
    assert got["Edited"]["CreatedBy"] == "mock"


async def test_answers_use_documented_statuses_only(http: httpx.AsyncClient, server: MockServer) -> None:
    r = await http.post("/Demo/Profile/424242/Activate")  # Activate documents no 404
    assert r.status_code == 400 and "not found" in r.json()["Message"]
    r = await http.delete("/Demo/Profile/not-a-number")  # DELETE documents no 400
    assert r.status_code == 404
    r = await http.delete("/Demo/Profile/424242")
    assert r.status_code == 404
    r = await http.get("/Demo/Profile/99999999999")  # beyond int32
    assert r.status_code == 400
    r = await http.get("/Demo/Profile/AlternateId")  # required query parameters missing
    assert r.status_code == 400 and "alternateIdType" in r.json()["Message"]
    r = await http.get("/Demo/Programs", params={"locale": "x"})
    assert r.status_code == 200
    for rec in server.requests:
        assert rec.status in server.contract[rec.operation_id or ""].statuses, rec


async def test_new_configuration_reads(http: httpx.AsyncClient) -> None:
    fields = (await http.get("/Demo/CustomFields")).json()
    assert [f["Name"] for f in fields["TextFields"]] == ["Color"]
    assert set(fields) == {"DateTimeFields", "NumericFields", "SelectListFields", "TextFields"}
    assert (await http.get("/Demo/CustomFields/Numeric", params={"Id": 2})).json()["NumericFields"][0][
        "Name"
    ] == "Score"
    assert (await http.get("/Demo/CustomFields/Numeric", params={"Id": 99})).status_code == 404
    rules = (await http.get("/Demo/CustomFields/UpdateRules")).json()["UpdateRules"]
    assert [r["Name"] for r in rules] == ["Always", "IfCurrentValueIsBlank", "IfNewValueIsNotBlank", "Never"]
    picklists = (await http.get("/Demo/Picklists")).json()["Picklists"]
    assert picklists[0]["Name"] == "Interests" and picklists[0]["FieldSelectOptions"]
    await create(http, Groups=[{"GroupType": "Household", "GroupName": "H1"}], ProfileTags=[{"Name": "vip"}])
    await create(http, Groups=[{"GroupType": "Household", "GroupName": "H1"}], ProfileTags=[{"Name": "vip"}])
    names = (await http.get("/Demo/GroupNames")).json()["GroupNames"]
    assert names == [{"GroupType": "Household", "GroupName": "H1", "MemberCount": 2}]
    assert (await http.delete("/Demo/Tags/VIP")).status_code == 204
    assert (await http.get("/Demo/Tags")).json()["TagCounts"] == []
    assert (await http.delete("/Demo/Tags/VIP")).status_code == 404


def test_what_stays_not_implemented() -> None:
    """Bulk import and configuration writes answer 501; every read is implemented."""
    imports = ["ExecuteImport", "GetImportExceptions", "GetImportStatus", "InitiateImport", "StageImport"]
    kinds = [
        "AddressType",
        "AlternateIdType",
        "ConsentType",
        "CustomerType",
        "EmailType",
        "GroupType",
        "PhoneType",
    ]
    fields = ["DateTimeCustomField", "NumericCustomField", "SelectListCustomField", "TextCustomField"]
    writes = [f"Create{k}s" for k in kinds + fields + ["Picklist"]] + [
        f"Patch{k}" for k in kinds + fields + ["Picklist"]
    ]
    assert MockServer().not_implemented == sorted(imports + writes)


# ------------------------------------------------------------------------------------- JSON Patch


async def test_patch_ordering_rules(http: httpx.AsyncClient, server: MockServer) -> None:
    pid = await create(http, Emails=emails("a", "b", "c", "d"), ProfileTags=[{"Name": "t1"}, {"Name": "t2"}])
    url = f"/Demo/Profile/{pid}"
    before = server.store.get(pid)
    refused = {
        "replace after remove": [
            {"op": "remove", "path": "/Emails/3"},
            {"op": "replace", "path": "/Emails/0/EmailAddress", "value": "z@x.io"},
        ],
        "ascending removes": [{"op": "remove", "path": "/Emails/0"}, {"op": "remove", "path": "/Emails/2"}],
        "same element twice": [{"op": "remove", "path": "/Emails/1"}, {"op": "remove", "path": "/Emails/1"}],
        "inside a removed element": [
            {"op": "remove", "path": "/Emails/1"},
            {"op": "remove", "path": "/Emails/1/EmailAddress"},
        ],
        "failed test": [
            {"op": "remove", "path": "/Emails/3"},
            {"op": "test", "path": "/Emails/0/EmailAddress", "value": "no"},
        ],
        "move": [{"op": "move", "from": "/Emails/0", "path": "/Emails/1"}],
        "copy": [{"op": "copy", "from": "/Emails/0", "path": "/Emails/1"}],
        "missing value": [{"op": "add", "path": "/ProfileTags/-"}],
        "bad pointer": [{"op": "remove", "path": "Emails/0"}],
        "past the end": [{"op": "remove", "path": "/Emails/9"}],
        "read-only ProfileId": [{"op": "replace", "path": "/ProfileId", "value": 1}],
        "read-only ReasonCode": [{"op": "add", "path": "/ReasonCode", "value": "x"}],
        "breaks the schema": [{"op": "replace", "path": "/CustomerName/LastName", "value": 5}],
        "too long": [{"op": "replace", "path": "/Emails/0/EmailAddress", "value": "x" * 300}],
        "not a list": {"op": "remove", "path": "/Emails/0"},
    }
    for name, ops in refused.items():
        r = await http.patch(url, json=ops, headers=PATCH_JSON)
        assert r.status_code == 400, (name, r.text)
    assert (
        "order"
        in (await http.patch(url, json=refused["ascending removes"], headers=PATCH_JSON)).json()["Message"]
    )
    assert "move" in (await http.patch(url, json=refused["move"], headers=PATCH_JSON)).json()["Message"]
    assert (
        "ProfileId"
        in (await http.patch(url, json=refused["read-only ProfileId"], headers=PATCH_JSON)).json()["Message"]
    )
    assert server.store.get(pid) == before  # a refused patch changes nothing
    accepted = [
        {"op": "test", "path": "/ProfileId", "value": pid},
        {"op": "replace", "path": "/Emails/0/EmailAddress", "value": "z@example.com"},
        {"op": "remove", "path": "/Emails/3"},
        {"op": "remove", "path": "/ProfileTags/0"},  # another array: its own order
        {"op": "remove", "path": "/Emails/1"},
        {"op": "add", "path": "/Emails/-", "value": {"EmailAddress": "e@example.com"}},
    ]
    r = await http.patch(url, json=accepted, headers=PATCH_JSON)
    assert r.status_code == 200, r.text
    assert [e["EmailAddress"] for e in r.json()["Emails"]] == [
        "z@example.com",
        "c@example.com",
        "e@example.com",
    ]
    assert r.json()["ProfileTags"] == [{"Name": "t2"}]


async def test_big_patches_are_linear(http: httpx.AsyncClient, server: MockServer) -> None:
    n = 400
    pid = await create(http, Emails=emails(*(f"u{i}" for i in range(n))))
    url = f"/Demo/Profile/{pid}"
    started = time.monotonic()
    ascending = [{"op": "remove", "path": f"/Emails/{i}"} for i in range(n)]
    r = await http.patch(url, json=ascending, headers=PATCH_JSON)
    assert r.status_code == 400
    descending = [{"op": "remove", "path": f"/Emails/{i}"} for i in reversed(range(n))]
    r = await http.patch(url, json=descending, headers=PATCH_JSON)
    assert r.status_code == 200 and r.json()["Emails"] == []
    assert time.monotonic() - started < 5, "400 removes must not take seconds (the old server took 12 s)"
    too_many = [{"op": "test", "path": "/ProfileId", "value": pid}] * (MAX_PATCH_OPERATIONS + 1)
    r = await http.patch(url, json=too_many, headers=PATCH_JSON)
    assert r.status_code == 400 and str(MAX_PATCH_OPERATIONS) in r.json()["Message"]


# ------------------------------------------------------------------------------------- faults


async def test_status_after_apply(http: httpx.AsyncClient, server: MockServer) -> None:
    fault = server.faults.add(status=503, after_apply=True, route="CreateProfile", retry_after=1)
    r = await http.post("/Demo/Profile", json={"CustomerName": {"LastName": "Committed"}})
    assert r.status_code == 503 and r.headers["Retry-After"] == "1" and fault.hits == 1
    assert [p["CustomerName"]["LastName"] for p in server.store.profiles.values()] == ["Committed"]
    before = server.faults.add(status=503, route="CreateProfile")  # the default: not applied
    r = await http.post("/Demo/Profile", json={"CustomerName": {"LastName": "Refused"}})
    assert r.status_code == 503 and before.hits == 1 and len(server.store.profiles) == 1


async def test_drop_connection_in_process(http: httpx.AsyncClient, server: MockServer) -> None:
    server.faults.add(drop=True, after_apply=True, route="CreateProfile")
    with pytest.raises(httpx.RemoteProtocolError):
        await http.post("/Demo/Profile", json={"CustomerName": {"LastName": "Dropped"}})
    assert len(server.store.profiles) == 1
    assert [(r.operation_id, r.status) for r in server.unanswered] == [("CreateProfile", 201)]
    server.faults.add(drop=True, route="CreateProfile")
    with pytest.raises(httpx.RemoteProtocolError):
        await http.post("/Demo/Profile", json={"CustomerName": {"LastName": "Never"}})
    assert len(server.store.profiles) == 1 and server.unanswered[-1].status == 0


async def test_drop_connection_on_loopback(server: MockServer) -> None:
    with server.serve_in_thread() as base_url:
        async with httpx.AsyncClient(base_url=base_url, auth=PnAuthInfo3("demo", "demo-secret")) as client:
            server.faults.add(drop=True, after_apply=True, route="CreateProfile")
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post("/Demo/Profile", json={"CustomerName": {"LastName": "Dropped"}})
            assert len(server.store.profiles) == 1
            r = await client.post("/Demo/Profile", json={"CustomerName": {"LastName": "Next"}})
            assert r.status_code == 201  # the server keeps serving
    assert [r.operation_id for r in server.unanswered] == ["CreateProfile"]


async def test_malformed_body(http: httpx.AsyncClient, server: MockServer) -> None:
    server.faults.add(malformed=True, route="GetPrograms")
    r = await http.get("/Demo/Programs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    with pytest.raises(ValueError):
        r.json()
    server.faults.add(malformed=True, status=502, route="GetPrograms")
    assert (await http.get("/Demo/Programs")).status_code == 502
    assert (await http.get("/Demo/Programs")).json()["Programs"]


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        ({"times": "3", "status": 503}, "times"),
        ({"times": 0, "status": 503}, "times"),
        ({"status": 99}, "status"),
        ({"status": 600}, "status"),
        ({"status": True}, "status"),
        ({"status": 503, "route": "GetProfile"}, "route"),
        ({"delay": -1}, "delay"),
        ({"delay": "1"}, "delay"),
        ({"delay": 10_000}, "delay"),
        ({"status": 503, "after_apply": "yes"}, "after_apply"),
        ({"drop": True, "status": 503}, "drop"),
        ({"retry_after": 1}, "retry_after"),
        ({"after_apply": True}, "status"),
        ({"status": 503, "colour": "red"}, "colour"),  # over HTTP only: Python refuses unknown keywords
    ],
)
async def test_fault_specs_are_validated(server: MockServer, spec: dict[str, Any], field: str) -> None:
    if field != "colour":
        with pytest.raises(FaultSpecError) as info:
            server.faults.add(**spec)
        assert info.value.field == field and field in str(info.value)
    async with server.http_client() as client:
        r = await client.post("/_mp/faults", json=spec)
        assert r.status_code == 400 and r.json()["Field"] == field and field in r.json()["Message"]
    assert len(server.faults) == 0


async def test_fault_control_endpoint(server: MockServer) -> None:
    async with server.http_client(auth=PnAuthInfo3("demo", "demo-secret")) as client:
        r = await client.post(
            "/_mp/faults", json={"status": 503, "route": "GET /{clientId}/Programs", "times": 2}
        )
        assert r.status_code == 201 and r.json()["times"] == 2
        assert [(await client.get("/Demo/Programs")).status_code for _ in range(3)] == [503, 503, 200]
        assert (await client.get("/_mp/faults")).json()[0]["hits"] == 2
        assert (await client.delete("/_mp/faults")).status_code == 204 and len(server.faults) == 0
        assert (await client.post("/_mp/faults", content=b"[1]")).status_code == 400


# ------------------------------------------------------------------------------------- client timeouts and disconnects


async def test_in_process_timeout_is_the_clients_not_the_delay(server: MockServer) -> None:
    server.faults.add(delay=1.6, route="GetPrograms")
    async with server.http_client(timeout=0.2) as client:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            await client.get("/Demo/Programs")
        assert time.monotonic() - started < 1.2  # answered after the client timeout, not after the delay
    assert [r.operation_id for r in server.unanswered] == ["GetPrograms"] and not server.errors


async def test_a_write_delayed_past_the_timeout(server: MockServer) -> None:
    async with server.http_client(auth=PnAuthInfo3("demo", "demo-secret"), timeout=0.2) as client:
        server.faults.add(delay=5, route="CreateProfile")
        with pytest.raises(httpx.ReadTimeout):
            await client.post("/Demo/Profile", json={"CustomerName": {"LastName": "Late"}})
        assert server.store.profiles == {}  # the delay comes first: the request was never processed
        server.faults.add(delay=5, after_apply=True, route="CreateProfile")
        with pytest.raises(httpx.ReadTimeout):
            await client.post("/Demo/Profile", json={"CustomerName": {"LastName": "Applied"}})
        assert [p["CustomerName"]["LastName"] for p in server.store.profiles.values()] == ["Applied"]
    assert [r.status for r in server.unanswered] == [0, 201]


async def test_loopback_client_timeout_is_not_a_server_error(server: MockServer) -> None:
    with server.serve_in_thread() as base_url:
        async with httpx.AsyncClient(
            base_url=base_url, auth=PnAuthInfo3("demo", "demo-secret"), timeout=0.3
        ) as client:
            server.faults.add(delay=2, route="GetPrograms")
            with pytest.raises(httpx.ReadTimeout):
                await client.get("/Demo/Programs")
            server.faults.add(delay=2, route="CreateProfile")
            slow = client.post("/Demo/Profile", content=b'{"CustomerName": {"LastName": "Gone"}}')
            with pytest.raises(httpx.ReadTimeout):
                await slow
        deadline = time.monotonic() + 5
        while len(server.unanswered) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    assert not server.errors  # no ClientDisconnect recorded as the server's failure
    assert [r.operation_id for r in server.unanswered] == ["GetPrograms", "CreateProfile"]
    assert server.store.profiles == {}


# ------------------------------------------------------------------------------------- SDK: timeouts and ambiguous writes


async def test_sdk_times_out_after_its_timeout(server: MockServer) -> None:
    server.faults.add(delay=1.6, route="GetPrograms")
    mp = server.client(timeout=0.2, max_retries=0)
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await mp.programs.list()
    assert time.monotonic() - started < 1.2


async def test_sdk_sees_ambiguous_writes_as_outcome_unknown(server: MockServer) -> None:
    mp = server.client(max_retries=2)
    server.faults.add(status=503, after_apply=True, route="CreateProfile")
    with pytest.raises(OutcomeUnknownError):
        await mp.profiles.create(body={"CustomerName": {"LastName": "Maybe"}})
    server.faults.add(drop=True, after_apply=True, route="CreateProfile")
    with pytest.raises(OutcomeUnknownError):
        await mp.profiles.create(body={"CustomerName": {"LastName": "Maybe2"}})
    stored = sorted(p["CustomerName"]["LastName"] for p in server.store.profiles.values())
    assert stored == ["Maybe", "Maybe2"]  # both were applied, and neither was sent twice


# ------------------------------------------------------------------------------------- PNAUTHINFO3: server vs reference vs SDK

REFERENCE_VECTORS = [  # the shared reference's self-computed vectors (key is made up)
    ("2015-08-10T20:11:00", "SHA256", "ZwAx2jOk/tJ3QhUnAEHdtOoeZS1DMAMqPr3Bx0fLblo="),
    ("2015-08-10T20:11:00", "SHA384", "TmxoepgSiN7mWGEKL1nn3E96F2Ba370gE/gGSy22tHXA7szERDGvLu0rA9k/lPjw"),
    ("2015-08-10T20:11:00", "SHA512", "CACBEJH9y8nMm8p+jn4VDn02K/5NyBzaFNBMVDc2t7yplD93t7TooFAlklnIZ53VqEJ/DfX76AM22j+DB7BCjw=="),
    ("2024-01-15T13:45:30.123Z", "SHA256", "lfYZrXabyXnwm+fF9Wxxht/INjJBqqHB5UGcqwupJ5o="),
]  # fmt: skip


@pytest.mark.parametrize(("stamp", "algorithm", "signature"), REFERENCE_VECTORS)
def test_server_signature_matches_the_reference_vectors(stamp: str, algorithm: str, signature: str) -> None:
    got = expected_signature("SanchezAssociates", "RickSanchez", "example-api-key-not-real", stamp, algorithm)
    assert got == signature
    header = f"PNAUTHINFO3-HMAC-{algorithm} Credential=RickSanchez/{stamp} Signature={signature}"
    issued = datetime.fromisoformat(stamp.replace("Z", "+00:00")).replace(tzinfo=UTC)
    user = authenticate(
        header, "SanchezAssociates", users={"RickSanchez": "example-api-key-not-real"}, bearer_tokens=(),
        clock=lambda: issued + timedelta(minutes=1), window=timedelta(minutes=15),
    )  # fmt: skip
    assert user == "RickSanchez"


def _tamper(header: str) -> list[str]:
    scheme, credential, signature = header.split(" ")
    user, stamp = credential.removeprefix("Credential=").split("/", 1)
    raw = bytearray(base64.b64decode(signature.removeprefix("Signature=")))
    raw[0] ^= 1
    other = "SHA512" if not scheme.endswith("SHA512") else "SHA256"
    earlier = (datetime.fromisoformat(stamp.replace("Z", "+00:00")) - timedelta(seconds=1)).strftime(
        "%Y-%m-%dT%H:%M:%S.%f"
    )[:-3] + "Z"
    return [
        f"{scheme} {credential} Signature={base64.b64encode(bytes(raw)).decode()}",
        f"{scheme} Credential={user}x/{stamp} {signature}",
        f"{scheme} Credential={user}/{earlier} {signature}",
        f"{scheme.rsplit('-', 1)[0]}-{other} {credential} {signature}",
        f"{scheme.replace('HMAC-', '')} {credential} {signature}",
        f"{scheme} {credential}",
        f"{scheme} {credential} {signature} {signature}",
    ]


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    client_id=st.text(
        st.characters(min_codepoint=33, max_codepoint=0x2FFF, exclude_characters="/"), min_size=1, max_size=20
    ).filter(lambda s: s.isprintable() and s not in (".", "..")),  # what the SDK accepts as a path segment
    user=st.text(
        st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="/"), min_size=1, max_size=20
    ),
    secret=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40),
    algorithm=st.sampled_from(["SHA256", "SHA384", "SHA512", "sha256"]),
    age=st.integers(min_value=0, max_value=14 * 60 * 1000),
)
def test_sdk_signatures_are_accepted_and_tampered_ones_refused(
    client_id: str, user: str, secret: str, algorithm: str, age: int
) -> None:
    now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    header = sign_pnauthinfo3(client_id, user, secret, now - timedelta(milliseconds=age), algorithm)
    check = {
        "users": {user: secret},
        "bearer_tokens": (),
        "clock": lambda: now,
        "window": timedelta(minutes=15),
    }
    assert authenticate(header, client_id, **check) == user  # type: ignore[arg-type]
    for bad in _tamper(header):
        with pytest.raises(ApiError) as info:
            authenticate(bad, client_id, **check)  # type: ignore[arg-type]
        assert info.value.status == 401, bad
    for other_client in (client_id + "x", client_id.swapcase()):
        if other_client != client_id:
            with pytest.raises(ApiError):
                authenticate(header, other_client, **check)  # type: ignore[arg-type]


async def test_sdk_signed_requests_over_http(server: MockServer) -> None:
    for algorithm in ("SHA256", "SHA384", "SHA512"):
        async with server.http_client(auth=PnAuthInfo3("demo", "demo-secret", algorithm=algorithm)) as client:
            assert (await client.get("/Demo/Programs")).status_code == 200
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    header = sign_pnauthinfo3("Demo", "demo", "demo-secret", stamp)
    async with server.http_client() as client:
        assert (await client.get("/Demo/Programs", headers={"Authorization": header})).status_code == 200
        for bad in _tamper(header):
            r = await client.get("/Demo/Programs", headers={"Authorization": bad})
            assert r.status_code == 401 and r.headers["WWW-Authenticate"].startswith("PNAUTHINFO3"), bad


# ------------------------------------------------------------------------------------- JSON Patch: server vs SDK preview

_DOC = {
    "CustomerName": {"FirstName": "Ann", "LastName": "Agree"},
    "Emails": emails("a", "b", "c", "d", "e"),
    "ProfileTags": [{"Name": f"t{i}"} for i in range(4)],
}
_STEP = st.one_of(
    st.tuples(st.just("remove"), st.sampled_from(["Emails", "ProfileTags"]), st.integers(0, 5)),
    st.tuples(st.just("replace"), st.sampled_from(["Emails", "ProfileTags"]), st.integers(0, 5)),
    st.tuples(st.just("add"), st.sampled_from(["Emails", "ProfileTags"]), st.integers(-1, 5)),
    st.tuples(st.just("test"), st.just("CustomerName"), st.just(0)),
    st.tuples(st.just("name"), st.just("CustomerName"), st.integers(0, 3)),
)


def _build(steps: list[tuple[str, str, int]]) -> JsonPatch:
    patch = JsonPatch()
    for n, (op, array, i) in enumerate(steps):
        item = {"EmailAddress": f"n{n}@example.com"} if array == "Emails" else {"Name": f"n{n}"}
        if op == "remove":
            patch.remove(f"/{array}/{i}")
        elif op == "replace":
            patch.replace(f"/{array}/{i}", item)
        elif op == "add":
            patch.add(f"/{array}/{'-' if i < 0 else i}", item)
        elif op == "test":
            patch.test("/CustomerName/LastName", "Agree")
        else:
            patch.replace("/CustomerName/FirstName", f"F{i}")
    return patch


def _data(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in ("Edited", "UpdateStatus", "ProfileId")}


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(_STEP, min_size=1, max_size=8))
def test_server_applies_sdk_patches_as_the_sdk_preview_predicts(steps: list[tuple[str, str, int]]) -> None:
    server = MockServer("Demo", check_responses=True)
    stored = server.store.create(json.loads(json.dumps(_DOC)))
    try:
        patch = _build(steps)
        sent = patch.to_json_list()
    except InvalidRequestError:
        return  # the builder refused the sequence: nothing is sent
    try:
        preview = patch.apply(stored)
    except InvalidRequestError:
        preview = None
    try:
        result = server.store.patch(stored, sent)
    except ApiError as exc:
        assert preview is None, (sent, exc.message)
        assert server.store.get(stored["ProfileId"]) == stored
        return
    assert preview is not None, sent
    assert _data(result) == _data(preview)


async def test_sdk_patch_through_http(server: MockServer) -> None:
    mp = server.client()
    created = await mp.profiles.create(body=_DOC)
    pid = created.profile_id
    patch = (
        JsonPatch()
        .remove("/Emails/0")
        .remove("/Emails/0")
        .replace("/CustomerName/FirstName", "Bo")
        .add("/ProfileTags/-", {"Name": "vip"})
    )
    expected = patch.apply(server.store.get(pid))
    patched = await mp.profiles.patch(pid, body=patch)
    assert _data(patched.to_dict()) == _data(expected)
    assert [e["EmailAddress"] for e in server.store.get(pid)["Emails"]] == [f"{c}@example.com" for c in "cde"]
    with pytest.raises(BadRequestError):
        await mp.profiles.patch(pid, body=[{"op": "remove", "path": "/Nothing"}])
    with pytest.raises(NotFoundError):
        await mp.profiles.retrieve(999_999)


# ------------------------------------------------------------------------------------- papercuts


def test_cli_banner_prints_the_base_url_to_use() -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mypreferences.testing", "--port", str(port), "--client-id", "Acme"],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stderr is not None
        banner = proc.stderr.readline()
        base_url = banner.split("base_url=", 1)[1].split()[0]
        assert base_url == f"http://127.0.0.1:{port}/Profiles/v4" and "client_id=Acme" in banner
        deadline = time.monotonic() + 20
        while True:
            try:
                r = httpx.get(f"{base_url}/Acme/Programs", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        assert r.status_code == 200 and r.json()["Programs"]
    finally:
        proc.terminate()
        proc.wait(10)


def test_import_without_the_extra_gives_an_install_hint() -> None:
    code = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "starlette":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Block())
try:
    import mypreferences.testing
except ImportError as exc:
    assert type(exc).__name__ == "TestingExtraMissingError", type(exc)
    assert "pip install 'mypreferences[testing]'" in str(exc), str(exc)
    assert exc.name == "starlette"
    print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "ok", out.stderr
