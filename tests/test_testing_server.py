"""The embedded MyPreferences mock server, driven through the SDK client (in-process and on loopback).

Every response the server produces in a test is checked against the vendored spec when the test ends: the
JSON validates against the operation's response schema for that status (openapi-schema-validator) and, for
success bodies, parses with the operation's generated model leaving no key in ``additional_properties``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml
from openapi_schema_validator import OAS30Validator

from mypreferences import MyPreferences
from mypreferences._resources import OPERATIONS
from mypreferences.auth import PnAuthInfo3, sign_pnauthinfo3
from mypreferences.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from mypreferences.generated.models import (
    ArchivePreferences,
    CreateCustomerConsentList,
    CustomPropertyCriteria,
    JsonPatchOperation,
    ReasonCode,
    SegmentRequestInfo,
    SubmitPreferences,
    TagsQuery,
    UpdateAcknowledgement,
    UserProfile,
)
from mypreferences.patch import JsonPatch
from mypreferences.testing import MockServer
from mypreferences.testing.__main__ import main as cli_main
from mypreferences.testing.pytest_plugin import mp_client, mp_server  # noqa: F401 - fixtures under test
from tests.conftest import FakeClock, use_fake_clock

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "openapi" / "mypreferences-v4.yaml").read_text("utf-8")
)
USERS = {"demo": "demo-secret"}
HOSTILE = "a/b?c#d%"


# ------------------------------------------------------------------------------------- spec checks


def _leftovers(value: object, where: str = "$") -> list[str]:
    found: list[str] = []
    if attrs.has(type(value)):
        if getattr(value, "additional_properties", None):
            found.append(f"{where}: {sorted(value.additional_properties)}")  # type: ignore[attr-defined]
        for f in attrs.fields(type(value)):  # type: ignore[misc]
            if f.name != "additional_properties":
                found += _leftovers(getattr(value, f.name), f"{where}.{f.name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _leftovers(item, f"{where}[{i}]")
    return found


def _response_schema(operation_id: str, status: int) -> dict[str, Any] | None:
    op = OPERATIONS[operation_id]
    responses = SPEC["paths"][op.path][op.method.lower()]["responses"]
    resp = responses.get(
        str(status), {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    )
    if "$ref" in resp:
        resp = SPEC["components"]["responses"][resp["$ref"].rsplit("/", 1)[1]]
    content = resp.get("content")
    return None if not content else next(iter(content.values()))["schema"]


def check_against_spec(server: MockServer) -> int:
    """Validate every recorded answer; return how many JSON bodies were checked."""
    from mypreferences.generated.client import Client

    checked = 0
    for rec in server.requests:
        if rec.operation_id is None:
            continue
        schema = _response_schema(rec.operation_id, rec.status)
        if schema is None:
            assert rec.body == b"", (rec.operation_id, rec.status)
            continue
        body = json.loads(rec.body)
        OAS30Validator({**schema, "components": SPEC["components"]}).validate(body)
        checked += 1
        if rec.status >= 300:
            continue
        if (
            rec.operation_id == "GetSegmentExportData"
        ):  # items are free-form ExportedProfile: check as UserProfile
            assert all(_leftovers(UserProfile.from_dict(row)) == [] for row in body["UserProfilePreferences"])
            continue
        module = OPERATIONS[rec.operation_id].load()
        response = httpx.Response(rec.status, content=rec.body, headers={"content-type": "application/json"})
        parsed = module._parse_response(client=Client(base_url="http://mp.local"), response=response)
        assert parsed is not None and _leftovers(parsed) == [], (rec.operation_id, _leftovers(parsed))
    return checked


# ------------------------------------------------------------------------------------- fixtures


class ServerClock:
    """A settable wall clock for the server (auth windows, pending-update timeouts)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> ServerClock:
    return ServerClock()


@pytest.fixture
def server(clock: ServerClock) -> Iterator[MockServer]:
    srv = MockServer("Demo", users=USERS, clock=clock)
    yield srv
    assert not srv.errors
    check_against_spec(srv)


@pytest.fixture
async def mp(server: MockServer, clock: ServerClock, fake_clock: FakeClock) -> AsyncIterator[MyPreferences]:
    client = server.client(PnAuthInfo3("demo", "demo-secret", clock=clock), max_retries=3)
    use_fake_clock(client, fake_clock)
    yield client
    await server.aclose()


def raw_client(server: MockServer, auth: httpx.Auth | None = None) -> httpx.AsyncClient:
    """Plain httpx against the app, for requests the typed client refuses to build."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server.app), base_url="http://mp.local/Profiles/v4", auth=auth
    )


def person(last: str, first: str = "Ann", **extra: Any) -> UserProfile:
    return UserProfile.from_dict({"CustomerName": {"FirstName": first, "LastName": last}, **extra})


# ------------------------------------------------------------------------------------- profiles


async def test_profile_lifecycle(mp: MyPreferences, server: MockServer) -> None:
    raw = await mp.with_raw_response.profiles.create(
        body=person("Smith", Emails=[{"EmailAddress": "ann@example.com", "EmailAddressType": "Personal"}])
    )
    assert raw.status_code == 201
    created = raw.parsed
    assert isinstance(created, UserProfile) and isinstance(created.profile_id, int)
    assert raw.headers["Location"].endswith(f"/Profiles/v4/Demo/Profile/{created.profile_id}")
    pid = created.profile_id
    got = await mp.profiles.retrieve(pid)
    assert (
        got.customer_name.last_name == "Smith" and got.is_active is True and got.update_status == "Complete"
    )

    ack = await mp.profiles.update(pid, body=person("Smith", "Anna", ProfileTags=[{"Name": "vip"}]))
    assert isinstance(ack, UpdateAcknowledgement) and ack.profile_id == pid
    got = await mp.profiles.retrieve(pid)
    assert got.customer_name.first_name == "Anna" and [e.email_address for e in got.emails] == [
        "ann@example.com"
    ]

    patched = await mp.profiles.patch(
        pid,
        body=JsonPatch().replace("/CustomerName/LastName", "Jones").add("/ProfileTags/-", {"Name": "gold"}),
    )
    assert isinstance(patched, UserProfile) and patched.customer_name.last_name == "Jones"
    assert [t.name for t in patched.profile_tags] == ["vip", "gold"]

    replaced = await mp.profiles.replace(pid, body=person("Brown", "Bob"))
    assert isinstance(replaced, UserProfile) and replaced.profile_id == pid
    got = await mp.profiles.retrieve(pid)
    assert got.customer_name.first_name == "Bob" and not got.emails and got.profile_id == pid

    await mp.profiles.delete(pid, reason_code="test")
    with pytest.raises(NotFoundError):
        await mp.profiles.retrieve(pid)


async def test_patch_rules_and_bad_bodies(mp: MyPreferences, server: MockServer, clock: ServerClock) -> None:
    created = await mp.profiles.create(body=person("Patch"))
    assert isinstance(created, UserProfile)
    async with raw_client(server, PnAuthInfo3("demo", "demo-secret", clock=clock)) as http:
        url = f"/Demo/Profile/{created.profile_id}"
        headers = {"Content-Type": "application/json-patch+json"}
        for op in ("move", "copy"):
            r = await http.patch(
                url, json=[{"op": op, "from": "/CustomerName", "path": "/X"}], headers=headers
            )
            assert r.status_code == 400 and op in r.json()["Message"]
        r = await http.patch(
            url, json=[{"op": "test", "path": "/CustomerName/LastName", "value": "Nope"}], headers=headers
        )
        assert r.status_code == 400
        r = await http.patch(url, json=[{"op": "replace", "path": "/ProfileId", "value": 1}], headers=headers)
        assert r.status_code == 400 and "ProfileId" in r.json()["Message"]
        r = await http.post(
            "/Demo/Profile", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert r.status_code == 400 and "JSON" in r.json()["Message"]
        r = await http.post("/Demo/Profile", json={"Emails": [{"EmailAddressType": "Personal"}]})
        assert r.status_code == 400  # EmailAddress is required
        r = await http.get("/Demo/Profile/not-a-number")
        assert r.status_code == 400
        pid = created.profile_id
        arabic = "".join(chr(0x660 + int(d)) for d in str(pid))
        for lax in (f"{pid:_}", f" {pid}", f"+{pid}", arabic):  # Python's int() would read these as pid
            assert (await http.get(f"/Demo/Profile/{lax}")).status_code == 400, lax
        r = await http.patch("/Demo/Profile/AlternateIdType/CRM/AlternateId/%FF", json=[], headers=headers)
        assert r.status_code == 400 and "UTF-8" in r.json()["Message"]
        new_alt = {"alternateIdType": "CRM", "alternateId": "new"}
        r = await http.post("/Demo/Profile/AlternateId", params=new_alt, json=["not", "a", "profile"])
        assert r.status_code == 400  # an upsert that would create needs a UserProfile body
        assert (await http.get("/Demo/Profile/AlternateId", params=new_alt)).status_code == 404

        # JSON Patch is applied in the order received; breaking the v4 ordering rules is refused, not fixed.
        emails = [{"EmailAddress": f"{n}@example.com"} for n in ("a", "b", "c")]
        r = await http.post(url, json={"Emails": emails})
        assert r.status_code == 200
        for bad in (
            [{"op": "remove", "path": "/Emails/0"}, {"op": "remove", "path": "/Emails/2"}],
            [
                {"op": "remove", "path": "/Emails/0"},
                {"op": "replace", "path": "/Emails/1", "value": emails[0]},
            ],
        ):
            r = await http.patch(url, json=bad, headers=headers)
            assert r.status_code == 400 and "order" in r.json()["Message"], bad
        assert [e["EmailAddress"] for e in (await http.get(url)).json()["Emails"]] == [
            "a@example.com",
            "b@example.com",
            "c@example.com",
        ]
        good = [{"op": "remove", "path": "/Emails/2"}, {"op": "remove", "path": "/Emails/0"}]
        r = await http.patch(url, json=good, headers=headers)
        assert r.status_code == 200 and [e["EmailAddress"] for e in r.json()["Emails"]] == ["b@example.com"]
    with pytest.raises(BadRequestError):
        await mp.profiles.patch(
            created.profile_id, body=[JsonPatchOperation.from_dict({"op": "remove", "path": "/Nothing"})]
        )


async def test_alternate_ids_unique_case_insensitive_and_query_routes(mp: MyPreferences) -> None:
    alt = [{"AlternateIdType": "CRM", "AlternateId": "Cust-1"}]
    created = await mp.profiles.create(body=person("Alt", AlternateIds=alt))
    with pytest.raises(ConflictError):
        await mp.profiles.create(
            body=person("Other", AlternateIds=[{"AlternateIdType": "crm", "AlternateId": "CUST-1"}])
        )
    got = await mp.profiles.retrieve_by_alternate_id(alternate_id_type="crm", alternate_id="cust-1")
    assert isinstance(created, UserProfile) and got.profile_id == created.profile_id

    ack = await mp.profiles.upsert_by_alternate_id(
        body=person("Alt", "Zed"), alternate_id="CUST-1", alternate_id_type="CRM"
    )
    assert ack.profile_id == created.profile_id
    new = await mp.profiles.upsert_by_alternate_id(
        body=person("New"), alternate_id="Cust-2", alternate_id_type="CRM"
    )
    assert new.profile_id != created.profile_id and new.alternate_id == "Cust-2"
    replaced = await mp.profiles.replace_by_alternate_id(
        body=person("Repl", AlternateIds=alt), alternate_id="Cust-1", alternate_id_type="CRM"
    )
    assert replaced.customer_name.last_name == "Repl" and replaced.profile_id == created.profile_id
    with pytest.raises(ConflictError):  # taking another profile's id on update
        await mp.profiles.update(new.profile_id, body=person("New", AlternateIds=alt))


async def test_hostile_alternate_id_addresses_exactly_one_profile(
    mp: MyPreferences, server: MockServer
) -> None:
    one = await mp.profiles.create(
        body=person("Hostile", AlternateIds=[{"AlternateIdType": "CRM", "AlternateId": HOSTILE}])
    )
    two = await mp.profiles.create(
        body=person("Plain", AlternateIds=[{"AlternateIdType": "CRM", "AlternateId": "a"}])
    )
    assert isinstance(one, UserProfile) and isinstance(two, UserProfile)
    got = await mp.profiles.retrieve_by_alternate_id(alternate_id_type="CRM", alternate_id=HOSTILE)
    assert got.profile_id == one.profile_id
    patched = await mp.profiles.patch_by_alternate_id(
        "CRM", HOSTILE, body=JsonPatch().replace("/CustomerName/FirstName", "Eve")
    )
    assert isinstance(patched, UserProfile) and patched.profile_id == one.profile_id
    await mp.preferences.submit_by_alternate_id(
        "CRM",
        HOSTILE,
        body=SubmitPreferences.from_dict(
            {"ProfilePreferences": [{"FilterId": "NEWS-EMAIL", "PreferenceType": 1}]}
        ),
    )
    assert (await mp.profiles.retrieve(two.profile_id)).customer_name.first_name == "Ann"
    assert not (await mp.profiles.retrieve(two.profile_id)).profile_preferences
    assert "%2F" in next(r.path for r in server.requests if r.operation_id == "PatchProfileByAlternateId")


async def test_deactivated_profiles_are_found_only_by_id(mp: MyPreferences) -> None:
    created = await mp.profiles.create(
        body=person(
            "Gone",
            AlternateIds=[{"AlternateIdType": "CRM", "AlternateId": "g1"}],
            PhoneNumbers=[{"PhoneNumber": "555-0100"}],
        )
    )
    assert isinstance(created, UserProfile)
    await mp.profiles.deactivate(created.profile_id, body=ReasonCode(reason="left"))
    gone = await mp.profiles.retrieve(created.profile_id)
    assert gone.is_active is False and gone.reason_code == "left"
    with pytest.raises(NotFoundError):
        await mp.profiles.retrieve_by_alternate_id(alternate_id_type="CRM", alternate_id="g1")
    assert await mp.lookups.by_name(last_name="Gone") == []
    assert len(await mp.lookups.by_phone(phone_number="5550100", match_inactive=True)) == 1
    await mp.profiles.activate(created.profile_id)
    back = await mp.profiles.retrieve_by_alternate_id(alternate_id_type="CRM", alternate_id="g1")
    assert back.is_active is True and not back.reason_code  # activation clears the stored reason


async def test_pending_update_mode(server: MockServer, mp: MyPreferences, clock: ServerClock) -> None:
    server.pending_reads = 2
    raw = await mp.with_raw_response.profiles.create(body=person("Later"))
    assert raw.status_code == 202 and raw.is_pending
    ack = raw.parsed
    assert isinstance(ack, UpdateAcknowledgement) and ack.update_status == "Pending Update"
    statuses = [(await mp.profiles.retrieve(ack.profile_id)).update_status for _ in range(3)]
    assert statuses == ["Pending Update", "Pending Update", "Complete"]
    server.pending_reads, server.pending_seconds = None, 30
    await mp.profiles.update(ack.profile_id, body=person("Later", "B"))
    assert (await mp.profiles.retrieve(ack.profile_id)).update_status == "Pending Update"
    clock.now += timedelta(seconds=31)
    assert (await mp.profiles.retrieve(ack.profile_id)).update_status == "Complete"


# ------------------------------------------------------------------------------------- look-ups


async def test_lookups(mp: MyPreferences) -> None:
    a = await mp.profiles.create(
        body=person(
            "Lookup",
            "Alice",
            Emails=[{"EmailAddress": "Alice@Example.com", "EmailAddressType": "Work"}],
            PhoneNumbers=[{"PhoneNumber": "(404) 555-0101", "PhoneType": "Mobile"}],
            ProfileTags=[{"Name": "vip"}],
            Groups=[{"GroupType": "Household", "GroupName": "H1", "IsPrimary": True}],
            AlternateIds=[{"AlternateIdType": "CRM", "AlternateId": "L-1"}],
            Addresses=[
                {"Address1": "1 Main St", "City": "Atlanta", "StateProvince": "GA", "PostalCode": "30301"}
            ],
            CustomFields=[{"Name": "Color", "Value": "Blue"}],
        )
    )
    b = await mp.profiles.create(
        body=person(
            "Lookupson",
            "Bob",
            Groups=[{"GroupType": "Household", "GroupName": "H1"}],
            AlternateIds=[{"AlternateIdType": "CRM", "AlternateId": "L-2"}],
            ProfileTags=[{"Name": "gold"}],
        )
    )
    assert isinstance(a, UserProfile) and isinstance(b, UserProfile)
    ids = lambda found: sorted(p.profile_id for p in found)  # noqa: E731
    assert ids(await mp.lookups.by_email(email_address="alice@example.com")) == [a.profile_id]
    assert await mp.lookups.by_email(email_address="alice@example.com", email_type="Personal") == []
    assert ids(await mp.lookups.by_phone(phone_number="4045550101")) == [a.profile_id]
    assert ids(await mp.lookups.by_name(last_name="lookup")) == [a.profile_id]
    assert ids(await mp.lookups.by_partial_name(last_name="Look")) == ids([a, b])
    assert ids(await mp.lookups.by_partial_name(last_name="ooku")) == ids([a, b])  # contains
    assert ids(await mp.lookups.by_partial_name(last_name="Look", first_name="B")) == [b.profile_id]
    assert ids(await mp.lookups.by_tags(tag=TagsQuery.from_dict({"tag[0]": "VIP"}))) == [a.profile_id]
    both = TagsQuery.from_dict({"tag[0]": "vip", "tag[1]": "gold"})
    assert await mp.lookups.by_tags(tag=both) == []  # exactMatch (default true): every tag
    assert ids(await mp.lookups.by_tags(tag=both, exact_match=False)) == ids([a, b])  # any tag
    assert ids(
        await mp.lookups.by_address(
            city="atlanta", state_province="GA", address1="1 Main", partial_address_1_match=True
        )
    ) == [a.profile_id]
    from mypreferences.generated.models import CustomFieldsQuery

    found = await mp.lookups.by_custom_fields(
        custom_fields=CustomFieldsQuery.from_dict(
            {"customFields[0].Name": "Color", "customFields[0].Value": "blue"}
        )
    )
    assert ids(found) == [a.profile_id]
    group = await mp.groups.by_alternate_id(
        group_type="Household", alternate_id_type="CRM", alternate_id="L-1"
    )
    assert ids(group) == ids([a, b])
    assert (  # b is a member, not the primary profile of H1
        await mp.groups.by_alternate_id(group_type="Household", alternate_id_type="CRM", alternate_id="L-2")
        == []
    )
    assert ids(await mp.groups.by_name(group_type="Household", group_name="h1")) == ids([a, b])
    assert ids(await mp.groups.by_primary_profile_id(b.profile_id, group_type="Household")) == []
    assert ids(await mp.groups.by_primary_profile_id(a.profile_id, group_type="Household")) == ids([a, b])
    tags = await mp.tags.list()
    assert [(t.tag.name, t.count) for t in tags.tag_counts] == [("gold", 1), ("vip", 1)]


async def test_lookup_over_50_matches_is_403(mp: MyPreferences) -> None:
    for i in range(51):
        await mp.profiles.create(body=person("Many", f"P{i}"))
    with pytest.raises(PermissionDeniedError) as info:
        await mp.lookups.by_name(last_name="Many")
    assert "50" in str(info.value.response.json()["Message"])
    one = await mp.profiles.create(body=person("Few", Groups=[{"GroupType": "Household", "GroupName": "G"}]))
    assert isinstance(one, UserProfile)  # a group look-up counts the group's members, not the account's
    found = await mp.groups.by_name(group_type="Household", group_name="G")
    assert [p.profile_id for p in found] == [one.profile_id]


# ------------------------------------------------------------------------------------- preferences, consents, history


async def test_preferences_consents_and_history(mp: MyPreferences) -> None:
    created = await mp.profiles.create(
        body=person("Hist", AlternateIds=[{"AlternateIdType": "CRM", "AlternateId": "h1"}])
    )
    assert isinstance(created, UserProfile)
    pid = created.profile_id
    await mp.preferences.submit(pid, body=SubmitPreferences.from_dict({
        "ProfilePreferences": [{"FilterId": "NEWS-EMAIL", "PreferenceType": 1, "PreferenceAttributes": [{"Key": "Topic", "Value": "golf"}]}],
        "Emails": [{"EmailAddress": "h@example.com", "EmailPreferences": [{"FilterId": "ALERTS-EMAIL", "PreferenceType": 1}]}],
    }))  # fmt: skip
    got = await mp.profiles.retrieve(pid)
    assert [p.filter_id for p in got.profile_preferences] == ["NEWS-EMAIL"] and got.profile_preferences[
        0
    ].preference_status == "Active"
    assert [p.filter_id for p in got.emails[0].email_preferences] == ["ALERTS-EMAIL"]
    from mypreferences.generated.models import PreferenceAttributesQuery

    by_attr = await mp.lookups.by_preference_attributes(
        attributes=PreferenceAttributesQuery.from_dict(
            {"attributes[0].Key": "Topic", "attributes[0].Value": "golf"}
        )
    )
    assert [p.profile_id for p in by_attr] == [pid]
    with pytest.raises(NotFoundError):
        await mp.preferences.submit(
            pid,
            body=SubmitPreferences.from_dict(
                {"ProfilePreferences": [{"FilterId": "NOPE", "PreferenceType": 1}]}
            ),
        )

    await mp.preferences.archive(
        pid,
        body=ArchivePreferences.from_dict(
            {"ProfilePreferences": [{"FilterId": "NEWS-EMAIL"}], "Reason_Code": "bye"}
        ),
    )
    assert (await mp.profiles.retrieve(pid)).profile_preferences[0].preference_status == "Expired"

    await mp.consents.add(pid, body=CreateCustomerConsentList.from_dict(
        {"Consents": [{"ConsentType": "Marketing", "ConsentVersion": "1", "Locale": "en_US", "ConsentStatus": 1}]}
    ))  # fmt: skip
    await mp.consents.add_by_alternate_id("CRM", "h1", body=CreateCustomerConsentList.from_dict(
        {"Consents": [{"ConsentType": "Marketing", "ConsentVersion": "1", "Locale": "en_US", "ConsentStatus": 3}]}
    ))  # fmt: skip
    with pytest.raises(NotFoundError):
        await mp.consents.add(pid, body=CreateCustomerConsentList.from_dict(
            {"Consents": [{"ConsentType": "Unknown", "ConsentVersion": "1", "Locale": "en_US", "ConsentStatus": 1}]}
        ))  # fmt: skip
    consents = (await mp.profiles.retrieve(pid)).consents
    assert len(consents) == 1 and consents[0].consent_status == 3

    history = await mp.history.consents(pid)
    assert [c.consent_status for c in history.consents] == [1, 3]
    prefs = await mp.history.preferences_by_alternate_id(
        alternate_id_type="CRM", alternate_id="h1", filter_id="NEWS-EMAIL"
    )
    assert [p.preference_status for p in prefs.profile_preferences] == [
        "Active",
        "Expired",
    ] and not prefs.emails
    contacts = await mp.history.contact_elements(pid)
    assert [e.email_address for e in contacts.emails] == ["h@example.com"]
    await mp.profiles.update(pid, body=person("Hist", CustomFields=[{"Name": "Color", "Value": "Red"}]))
    assert [f.value for f in (await mp.history.custom_fields(pid)).custom_fields] == ["Red"]
    standard = await mp.history.standard_fields_by_alternate_id(alternate_id_type="CRM", alternate_id="h1")
    assert len(standard.user_profile_preferences) == 1  # created; later changes touched only collections


# ------------------------------------------------------------------------------------- configuration


async def test_configuration_reads(mp: MyPreferences) -> None:
    consent_types = await mp.consent_types.list()
    assert [t.type_name for t in consent_types.consent_types] == ["Marketing", "Terms"]
    assert [s.name for s in (await mp.consent_types.list_statuses()).consent_status] == [
        "Granted",
        "Denied",
        "Revoked",
        "NotSet",
    ]
    work = await mp.email_types.list(id=2)
    assert [t.type_name for t in work.email_types] == ["Work"]
    assert len((await mp.phone_types.list(locale="en_US")).phone_types) == 2
    for locale in ("fr_FR", "en", "Locale"):  # exact locale ids, not substrings of the stored JSON
        with pytest.raises(NotFoundError):
            await mp.phone_types.list(locale=locale)
    assert [p.id for p in (await mp.programs.list()).programs] == ["NEWS", "ALERTS"]
    assert [p.id for p in (await mp.programs.list_by_type("transactional")).programs] == ["ALERTS"]
    assert [p.id for p in (await mp.programs.retrieve_in_group("ALL", "NEWS")).programs] == ["NEWS"]
    matching = await mp.programs.list_all(
        custom_properties=CustomPropertyCriteria.from_dict({"Jurisdiction": "EU", "OnlineOnly": ""})
    )
    assert [p.id for p in matching.programs] == ["NEWS"]
    with pytest.raises(NotFoundError):
        await mp.programs.retrieve("MISSING")


# ------------------------------------------------------------------------------------- segment export


async def test_segment_export_flow(mp: MyPreferences, server: MockServer) -> None:
    for i in range(5):
        await mp.profiles.create(body=person("Export", f"E{i}"))
    token = (await mp.exports.initiate("All Profiles", body=SegmentRequestInfo())).access_token
    first = await mp.exports.retrieve_status(token)
    assert first.status == "Processing"
    with pytest.raises(BadRequestError):
        await mp.exports.retrieve_page(token)
    done = await mp.exports.retrieve_status(token)
    assert done.status == "Complete" and done.row_count == 5 and done.byte_count > 0

    names: list[str] = []
    offset = 1
    while True:
        page = await mp.exports.retrieve_page(token, limit=2, offset=offset, keep_alive=True)
        names += [row.to_dict()["CustomerName"]["FirstName"] for row in page.user_profile_preferences]
        assert (page.limit, page.offset, page.total_results) == (2, offset, 5)
        if not page.has_more:
            break
        offset = page.offset + page.count
    assert names == [f"E{i}" for i in range(5)]
    again = await mp.exports.retrieve_page(token, limit=10)  # keepAlive=true kept it readable
    assert again.count == 5 and again.has_more is False
    assert (await mp.exports.retrieve_status(token)).status == "Expired"  # read fully, keepAlive=false
    with pytest.raises(NotFoundError):
        await mp.exports.retrieve_page(token)

    group_token = (await mp.exports.initiate_group("Group", body=SegmentRequestInfo())).access_token
    await mp.exports.retrieve_status(group_token)
    await mp.exports.retrieve_status(group_token)
    await mp.exports.retrieve_page(group_token, limit=1, keep_alive=True)
    await mp.exports.commit(group_token, keep_files=True)
    assert (await mp.exports.retrieve_status(group_token)).status == "Expired"
    with pytest.raises(NotFoundError):
        await mp.exports.commit(group_token)
    with pytest.raises(NotFoundError):
        await mp.exports.retrieve_status(999999)


# ------------------------------------------------------------------------------------- auth


async def _status_with(
    server: MockServer, authorization: str | bytes | None, path: str = "/Demo/Programs"
) -> tuple[int, str]:
    async with raw_client(server) as http:
        headers = {} if authorization is None else {"Authorization": authorization}
        r = await http.get(path, headers=headers)
        return r.status_code, r.json().get("Message", "") if r.status_code != 200 else ""


async def test_pnauthinfo3_verification(server: MockServer, clock: ServerClock) -> None:
    stamp = (clock.now - timedelta(seconds=5)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    good = sign_pnauthinfo3("Demo", "demo", "demo-secret", stamp)
    assert await _status_with(server, good) == (200, "")
    assert await _status_with(server, sign_pnauthinfo3("Demo", "demo", "demo-secret", stamp, "SHA512")) == (
        200,
        "",
    )
    assert await _status_with(server, good.replace("PNAUTHINFO3-HMAC-SHA256", "pnauthinfo3-hmac-sha256")) == (
        200,
        "",
    )
    unable = "Unable to authenticate request"
    assert await _status_with(server, None) == (401, "Missing Authorization Header")
    assert await _status_with(server, good.replace("PNAUTHINFO3", "PNAUTHINFO100")) == (
        401,
        "The scheme is invalid",
    )
    assert await _status_with(server, sign_pnauthinfo3("Demo", "demo", "wrong-secret", stamp)) == (
        401,
        unable,
    )
    assert await _status_with(server, sign_pnauthinfo3("Demo", "nobody", "demo-secret", stamp)) == (
        401,
        unable,
    )
    assert await _status_with(server, sign_pnauthinfo3("Other", "demo", "demo-secret", stamp)) == (
        401,
        unable,
    )
    assert await _status_with(server, good.split(" Signature=")[0]) == (401, unable)
    assert await _status_with(server, "Bearer nope") == (401, unable)
    bad_date = "The specified date does not match an expected ISO 8601 format"
    assert await _status_with(server, sign_pnauthinfo3("Demo", "demo", "demo-secret", "yesterday")) == (
        401,
        bad_date,
    )
    impossible = sign_pnauthinfo3("Demo", "demo", "demo-secret", "2024-13-45T25:61:00")  # ISO-shaped, invalid
    assert await _status_with(server, impossible) == (401, bad_date)
    assert await _status_with(server, good.rsplit("=", 1)[0].encode() + "é=".encode()) == (401, unable)
    assert await _status_with(server, good, "/a%2Fb/Programs") == (401, unable)  # cannot even be signed
    future = (clock.now + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%S")
    assert await _status_with(server, sign_pnauthinfo3("Demo", "demo", "demo-secret", future)) == (
        401,
        bad_date,
    )
    clock.now += timedelta(minutes=16)
    too_old = "The difference between the issued timestamp and the current time is too large"
    assert await _status_with(server, good) == (401, too_old)
    server.auth_window = timedelta(minutes=30)
    assert await _status_with(server, good) == (200, "")


async def test_client_auth_and_unknown_client(server: MockServer) -> None:
    server.bearer_tokens = frozenset({"tok-1"})
    async with raw_client(server) as http:
        assert (
            await http.get("/Demo/Programs", headers={"Authorization": "Bearer tok-1"})
        ).status_code == 200
        r = await http.get("/Demo/Programs", headers={"Authorization": "Bearer tök".encode()})
        assert r.status_code == 401
    wrong = server.client(PnAuthInfo3("demo", "not-the-secret"), max_retries=0)
    with pytest.raises(AuthenticationError) as info:
        await wrong.programs.list()
    assert info.value.response.headers["WWW-Authenticate"].startswith("PNAUTHINFO3")
    other = MyPreferences(
        "Nope", auth=None, base_url="http://mp.local/Profiles/v4", http_client=raw_client(MockServer())
    )
    with pytest.raises(NotFoundError):
        await other.programs.list()
    await other.http_client.aclose()
    await server.aclose()


async def test_auth_disabled_and_no_base_path() -> None:
    server = MockServer()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server.app), base_url="http://mp.local"
    ) as http:
        r = await http.post("/Demo/Profile", json={"CustomerName": {"LastName": "NoAuth"}})
        assert r.status_code == 201
        assert (await http.get(f"/Profiles/v4/Demo/Profile/{r.json()['ProfileId']}")).status_code == 200
        assert (await http.get("/Demo/Nowhere")).status_code == 404
        assert (await http.delete("/Demo/Programs")).status_code == 405
    assert check_against_spec(server) >= 2


# ------------------------------------------------------------------------------------- faults


async def test_429_with_retry_after_is_retried(
    mp: MyPreferences, server: MockServer, fake_clock: FakeClock
) -> None:
    created = await mp.profiles.create(body=person("Retry"))
    assert isinstance(created, UserProfile)
    fault = server.faults.add(status=429, retry_after=2, times=2, route="GET /{clientId}/Profile/{profileId}")
    got = await mp.profiles.retrieve(created.profile_id)
    assert got.profile_id == created.profile_id and fault.hits == 2
    assert fake_clock.sleeps == [2.0, 2.0]
    statuses = [r.status for r in server.requests if r.operation_id == "GetProfileByProfileId"]
    assert statuses == [429, 429, 200]

    server.faults.add(status=429, retry_after=1, times=None, route="GetPrograms")
    with pytest.raises(RateLimitError):
        await mp.programs.list()
    server.faults.clear()
    unavailable = server.faults.add(status=503, times=1)
    assert (await mp.programs.list()).programs  # 503 retried too
    assert unavailable.hits == 1 and [r.status for r in server.requests[-2:]] == [503, 200]


# ------------------------------------------------------------------------------------- plugin, loopback, CLI


async def test_pytest_plugin_fixture(mp_client: MyPreferences, mp_server: MockServer) -> None:  # noqa: F811
    created = await mp_client.profiles.create(body=person("Plugin"))
    assert isinstance(created, UserProfile)
    assert mp_server.store.get(created.profile_id)["CustomerName"]["LastName"] == "Plugin"
    check_against_spec(mp_server)


async def test_loopback_server_real_http_call() -> None:
    server = MockServer("Demo", users=USERS)
    with server.serve_in_thread(port=0) as base_url:
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/Profiles/v4")
        async with httpx.AsyncClient(base_url=base_url) as http:
            r = await http.post("/_mp/faults", json={"status": 503, "route": "GetPrograms"})
            assert r.status_code == 201
        async with MyPreferences(
            "Demo", auth=PnAuthInfo3("demo", "demo-secret"), base_url=base_url, max_retries=0
        ) as mp:
            with pytest.raises(Exception, match="503"):
                await mp.programs.list()
            assert [p.id for p in (await mp.programs.list()).programs] == ["NEWS", "ALERTS"]
    assert not server.errors
    assert check_against_spec(server) == 2


def test_cli_requires_a_secret_for_a_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MYPREFERENCES_MOCK_SECRET", raising=False)
    with pytest.raises(SystemExit) as info:
        cli_main(["--user", "demo"])
    assert info.value.code == 2


def test_package_is_not_imported_by_the_sdk() -> None:
    import subprocess
    import sys

    code = "import sys, mypreferences; mypreferences.MyPreferences; assert 'mypreferences.testing' not in sys.modules; assert 'starlette' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_spec_check_detects_drift() -> None:
    """The end-of-test spec check really fails on an unknown key and on a wrong type."""
    from jsonschema.exceptions import ValidationError

    from mypreferences.testing import RecordedRequest

    server = MockServer()
    server.requests.append(
        RecordedRequest("GET", "/x", "GetProfileByProfileId", 200, b'{"ProfileId": 1, "Surprise": 2}')
    )
    with pytest.raises(AssertionError, match="Surprise"):
        check_against_spec(server)
    server.requests[:] = [RecordedRequest("GET", "/x", "GetProfileByProfileId", 200, b'{"ProfileId": "1"}')]
    with pytest.raises(ValidationError):
        check_against_spec(server)


async def test_recorded_requests_are_bounded() -> None:
    server = MockServer("Demo", record_limit=20)
    mp = server.client()
    for i in range(50):
        with pytest.raises(NotFoundError):
            await mp.profiles.retrieve(i + 1)
    await server.aclose()
    assert 20 <= len(server.requests) <= 22
    assert server.requests[-1].path.startswith("/Profiles/v4/Demo/Profile/50")
    assert not any(r.path.startswith("/Profiles/v4/Demo/Profile/1?") for r in server.requests)


def test_serve_process_reports_a_server_that_never_listens() -> None:
    import sys

    from mypreferences.testing import serve_process

    with (
        pytest.raises(RuntimeError, match="boom"),
        serve_process(lambda port: [sys.executable, "-c", "print('boom')"], timeout=10),
    ):
        pass
