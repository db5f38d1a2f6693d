"""v2 / API/3 → v4 route compatibility: the route table, translate_v2, the transport and ``mp.v2``."""

from __future__ import annotations

import inspect
import json
import re
import warnings
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
import respx
import yaml

from mypreferences import MyPreferences, _resources
from mypreferences._resources import OPERATIONS
from mypreferences.compat import (
    ROUTES,
    SAME_ROUTE_TAGS,
    UnknownRouteError,
    V2Client,
    V2CompatTransport,
    translate_v2,
)
from mypreferences.compat._routes import NO_CONSENT_HISTORY, NOT_IMPLIED
from mypreferences.compat._translate import translate_raw
from mypreferences.errors import InvalidRequestError
from mypreferences.generated.models import ArchivePreferences, JsonPatchOp, JsonPatchOperation
from mypreferences.patch import JsonPatch

from .conftest import CLIENT_ID, reference_dir

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "mypreferences-v4.yaml"
V2 = "https://pm.mypreferences.com/Profiles/v2"
V4 = "https://pm.mypreferences.com/Profiles/v4"
A3 = "https://pm.mypreferences.com/API/3"
V2_ROWS = [r for r in ROUTES if r.family == "v2"]
PROFILE = {"ProfileId": 42, "IsActive": True}


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def spec_params(operation_id: str) -> dict[str, dict[str, Any]]:
    """``in:name`` -> parameter object of the operation in the vendored spec."""
    doc = spec()
    for item in doc["paths"].values():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                out = {}
                for p in [*item.get("parameters", []), *op.get("parameters", [])]:
                    if "$ref" in p:
                        p = doc["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]
                    out[f"{p['in']}:{p['name']}"] = p
                out["_method"] = {"value": method.upper()}
                return out
    raise AssertionError(f"{operation_id} is not in the spec")


def template_vars(template: str) -> set[str]:
    return set(re.findall(r"\{([^}]+)\}", template))


def snake(title: str) -> str:
    return "_".join(w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", title))


# -- the seed: every v2 route of the v2 Data API documentation -----------------------------------------


def seed_v2_routes() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(title, METHOD, path template, query names) of every route block in seed 001."""
    seeds = sorted((reference_dir() / "seeds").glob("001_*.txt"))
    if not seeds:
        pytest.skip("reference seed 001 not available (set MYPREFERENCES_REFERENCE)")
    lines = seeds[0].read_text(encoding="utf-8").splitlines()
    routes, title = [], ""
    for i, line in enumerate(lines):
        if line.startswith("What made this section unhelpful") and i + 2 < len(lines):
            following = lines[i + 2].strip()  # the next section's title, or the METHOD of this one's route
            title = title if re.fullmatch(r"GET|POST|PUT|PATCH|DELETE", following) else following
        if line.startswith("/{clientId}") and re.fullmatch(
            r"GET|POST|PUT|PATCH|DELETE", lines[i - 2].strip()
        ):
            path, _, query = line.strip().partition("?")
            names = tuple(k for k, _ in parse_qsl(query, keep_blank_values=True))
            routes.append((lines[i - 2].strip(), path, names, title))
    return [(t, m, p, q) for m, p, q, t in routes]


def test_seed_has_35_v2_routes_all_covered_by_the_table() -> None:
    routes = seed_v2_routes()
    assert len(routes) == 35 == len(V2_ROWS)
    assert len({(m, p) for _, m, p, _ in routes}) == 35
    by_key = {r.key: r for r in V2_ROWS}
    for title, method, path, query in routes:
        row = by_key[snake(title)]  # the row key is the snake_case of the v2 doc title
        assert (row.method, row.template, row.query) == (method, path, query), title
        assert row.title == title.replace("))", ")")  # the doc has a stray parenthesis
    assert {snake(t) for t, *_ in routes} == set(by_key)


# -- the table agrees with the vendored spec -----------------------------------------------------------


def test_table_keys_and_legacy_routes_are_unique() -> None:
    assert len({r.key for r in ROUTES}) == len(ROUTES)
    assert len({(r.family, r.method, r.template.casefold()) for r in ROUTES}) == len(ROUTES)
    for r in ROUTES:
        assert r.template.startswith("/{clientId}/"), r.key
        # the translation fills and matches placeholders as whole path segments only
        for path in (r.template, OPERATIONS[r.operation_id].path if r.operation_id else ""):
            assert all("{" not in s or re.fullmatch(r"\{\w+\}", s) for s in path.split("/")), r.key


@pytest.mark.parametrize("row", [r for r in ROUTES if r.operation_id], ids=lambda r: r.key)
def test_row_target_agrees_with_spec(row: Any) -> None:
    op = OPERATIONS[row.operation_id]
    params = spec_params(row.operation_id)
    assert params["_method"]["value"] == op.method == row.method
    assert op.path in spec()["paths"]
    # path variables: the legacy ones that stay in the path + the ones moved in from the query
    moved_out, moved_in = set(row.path_to_query), set(row.query_to_path)
    assert template_vars(op.path) == (template_vars(row.template) - moved_out) | moved_in
    assert {f"path:{v}" for v in template_vars(op.path) if v != "clientId"} <= set(params)
    assert moved_in <= set(row.query)
    # query parameters that stay are query parameters of the v4 operation
    staying = [q for q in row.query if q not in moved_in]
    for name in [*staying, *row.path_to_query]:
        assert f"query:{name}" in params, (row.key, name)
    for name, value in row.pins:
        param = params[f"query:{name}"]
        assert param["schema"]["type"] == "boolean" and isinstance(value, bool)
    assert not row.see_also


@pytest.mark.parametrize("row", [r for r in ROUTES if r.operation_id is None], ids=lambda r: r.key)
def test_rows_without_equivalent_name_real_operations(row: Any) -> None:
    assert row.note and row.see_also
    assert all(o in OPERATIONS for o in row.see_also)
    url = {"api3": A3, "api3-async": A3 + "/async"}[row.family] + re.sub(
        r"\{[^}]+\}", "v", row.template.replace("{clientId}", "Acme")
    )
    with pytest.raises(UnknownRouteError) as exc:
        translate_v2(row.method, url)
    assert exc.value.suggestions == row.see_also
    assert "has no v4 equivalent" in str(exc.value) and row.note in str(exc.value)
    for op_id in row.see_also:
        op = OPERATIONS[op_id]
        assert f"{op_id} (mp.{op.resource}.{op.name})" in str(exc.value)


def test_pinned_defaults_follow_the_documented_differences() -> None:
    # the reason for the pins: v4 documents these defaults as true
    assert spec_params("GetProfileByProfileId")["query:implied"]["schema"]["default"] is True
    for row in V2_ROWS:
        params = spec_params(row.operation_id or "")
        if "implied" in row.query and "query:implied" in params:
            assert NOT_IMPLIED in row.pins, row.key
        ich = params.get("query:includeConsentHistory")
        if ich is not None:
            assert ich["schema"]["default"] is True
            assert NO_CONSENT_HISTORY in row.pins, row.key
        assert all(name != "includeConsentHistory" or ich for name, _ in row.pins)


def test_same_route_rule_only_uses_spec_tags() -> None:
    tags = {op.tag for op in OPERATIONS.values()}
    for family_tags in SAME_ROUTE_TAGS.values():
        assert family_tags <= tags
    assert not {"SegmentExport", "BulkImport"} & SAME_ROUTE_TAGS["v2"]


# -- translate_v2: the 35 v2 routes with realistic values ----------------------------------------------

NI, NCH = "implied=false", "includeConsentHistory=false"
V2_CASES: list[tuple[str, str, str, str]] = [
    ("add_profile", "POST", "/Acme%20Corp/Profile", "/Acme%20Corp/Profile"),
    ("update_profile", "POST", "/Acme/Profile/42", "/Acme/Profile/42"),
    (
        "delete_profile", "DELETE", "/Acme/Profile/42?reasonCode=GDPR%20erasure+request%2B1",
        "/Acme/Profile/42?reasonCode=GDPR%20erasure+request%2B1",
    ),
    (
        "update_profile_by_alternate_id", "POST",
        "/Acme/Profile/AlternateId?alternateId=ada%2Blove%40example.com&alternateIdType=Email",
        "/Acme/Profile/AlternateId?alternateId=ada%2Blove%40example.com&alternateIdType=Email",
    ),
    (
        "retrieve_profile_by_alternate_id", "GET",
        "/Acme/Profile/AlternateId?alternateIdType=CRM%20Id&alternateId=a%2Fb+c&matchInactive=true",
        f"/Acme/Profile/AlternateId?alternateIdType=CRM%20Id&alternateId=a%2Fb+c&matchInactive=true&{NI}&{NCH}",
    ),
    (
        "update_profile_by_alternate_id_patch", "PATCH",
        "/Acme/Profile/AlternateId?alternateId=caf%C3%A9+%2B%2F%25x&alternateIdType=Loyalty%20Card",
        "/Acme/Profile/AlternateIdType/Loyalty%20Card/AlternateId/caf%C3%A9%20%2B%2F%25x",
    ),
    (
        "update_profile_by_alternate_id_put", "PUT",
        "/Acme/Profile/AlternateId?alternateId=J%C3%BCrgen%20M&alternateIdType=Name",
        "/Acme/Profile/AlternateId?alternateId=J%C3%BCrgen%20M&alternateIdType=Name",
    ),
    ("retrieve_profile_by_profile_id", "GET", "/Acme/Profile/42", f"/Acme/Profile/42?{NI}&{NCH}"),
    ("update_profile_put", "PUT", "/Acme/Profile/42", "/Acme/Profile/42"),
    ("update_profile_patch", "PATCH", "/Acme/Profile/42", "/Acme/Profile/42"),
    (
        "retrieve_historical_consents_by_profile_id", "GET", "/Acme/Profile/History/Consents/42",
        "/Acme/Profile/History/Consents/42",
    ),
    (
        "retrieve_historical_consents_by_alternate_id", "GET",
        "/Acme/Profile/History/Consents/AlternateId?alternateIdType=Email&alternateId=%C3%BC%40example.de",
        "/Acme/Profile/History/Consents/AlternateId?alternateIdType=Email&alternateId=%C3%BC%40example.de",
    ),
    (
        "retrieve_historical_contact_elements_by_profile_id", "GET", "/Acme/Profile/History/ContactElements/7",
        "/Acme/Profile/History/ContactElements/7",
    ),
    (
        "retrieve_historical_contact_elements_by_alternate_id", "GET",
        "/Acme/Profile/History/ContactElements/AlternateId?alternateIdType=CRM&alternateId=100%25+sure",
        "/Acme/Profile/History/ContactElements/AlternateId?alternateIdType=CRM&alternateId=100%25+sure",
    ),
    (
        "retrieve_historical_custom_fields_by_profile_id", "GET", "/Acme/Profile/History/CustomFields/7",
        "/Acme/Profile/History/CustomFields/7",
    ),
    (
        "retrieve_historical_custom_fields_by_alternate_id", "GET",
        "/Acme/Profile/History/CustomFields/AlternateId?alternateIdType=CRM&alternateId=x%2Fy",
        "/Acme/Profile/History/CustomFields/AlternateId?alternateIdType=CRM&alternateId=x%2Fy",
    ),
    (
        "retrieve_historical_preferences_by_profile_id", "GET", "/Acme/Profile/History/Preferences/7?filterId=F%2F1",
        "/Acme/Profile/History/Preferences/7?filterId=F%2F1",
    ),
    (
        "retrieve_historical_preferences_by_alternate_id", "GET",
        "/Acme/Profile/History/Preferences/AlternateId?alternateIdType=Email&alternateId=a%40b.c&filterId=F1",
        "/Acme/Profile/History/Preferences/AlternateId?alternateIdType=Email&alternateId=a%40b.c&filterId=F1",
    ),
    (
        "retrieve_historical_standard_fields_by_profile_id", "GET", "/Acme/Profile/History/StandardFields/7",
        "/Acme/Profile/History/StandardFields/7",
    ),
    (
        "retrieve_historical_standard_fields_by_alternate_id", "GET",
        "/Acme/Profile/History/StandardFields/AlternateId?alternateIdType=CRM&alternateId=%E6%9D%B1%E4%BA%AC",
        "/Acme/Profile/History/StandardFields/AlternateId?alternateIdType=CRM&alternateId=%E6%9D%B1%E4%BA%AC",
    ),
    (
        "retrieve_profiles_by_address", "GET",
        "/Acme/Profile/Address?address1=Jefferson%20Drive&city=Roswell&stateProvince=GA&partialAddress1Match=true",
        f"/Acme/Profile/Address?address1=Jefferson%20Drive&city=Roswell&stateProvince=GA&partialAddress1Match=true&{NI}&{NCH}",
    ),
    (
        "retrieve_profiles_by_custom_fields", "GET",
        "/Acme/Profile/CustomFields?customFields%5B0%5D.Name=alpha&customFields%5B0%5D.Value=couch+set",
        f"/Acme/Profile/CustomFields?customFields%5B0%5D.Name=alpha&customFields%5B0%5D.Value=couch+set&{NCH}",
    ),
    (
        "retrieve_profiles_by_select_list_custom_fields", "GET",
        "/Acme/Profile/CustomFields/SelectList?customFields[0].OperatorId=3&customFields[0].Name=alpha"
        "&customFields[0].Value=couch:chair:table",
        "/Acme/Profile/CustomFields/SelectList?customFields[0].OperatorId=3&customFields[0].Name=alpha"
        "&customFields[0].Value=couch:chair:table",
    ),
    (
        "retrieve_profiles_by_email", "GET", "/Acme/Profile/Email?emailAddress=ada%2Blove%40example.com",
        f"/Acme/Profile/Email?emailAddress=ada%2Blove%40example.com&{NI}&{NCH}",
    ),
    (
        "retrieve_profiles_by_name", "GET", "/Acme/Profile/Name?lastName=O%27Brien&firstName=J%C3%BCrgen",
        f"/Acme/Profile/Name?lastName=O%27Brien&firstName=J%C3%BCrgen&{NI}",
    ),
    (
        "retrieve_profiles_by_partial_name", "GET", "/Acme/Profile/Name/Partial?lastName=Smi",
        f"/Acme/Profile/Name/Partial?lastName=Smi&{NI}",
    ),
    (
        "retrieve_profiles_by_phone", "GET", "/Acme/Profile/Phone?phoneNumber=4045551234&phoneType=Mobile",
        f"/Acme/Profile/Phone?phoneNumber=4045551234&phoneType=Mobile&{NI}&{NCH}",
    ),
    (
        "retrieve_profiles_by_preference_attributes", "GET",
        "/Acme/Profile/Attributes?attributes[0].Key=alpha&attributes[0].Value=phone",
        f"/Acme/Profile/Attributes?attributes[0].Key=alpha&attributes[0].Value=phone&{NCH}",
    ),
    (
        "retrieve_profiles_by_tags", "GET", "/Acme/Profile/Tags?tag[0]=tester&tag[1]=pre%20ferred&exactMatch=false&implied=true",
        "/Acme/Profile/Tags?tag[0]=tester&tag[1]=pre%20ferred&exactMatch=false&implied=true",
    ),
    (
        "retrieve_group_profiles_by_alternate_id", "GET",
        "/Acme/Profile/Groups/AlternateId?groupType=Household&alternateIdType=CRM&alternateId=A%2FB",
        f"/Acme/Profile/Groups/AlternateId?groupType=Household&alternateIdType=CRM&alternateId=A%2FB&{NI}",
    ),
    (
        "retrieve_group_profiles_by_email_address", "GET",
        "/Acme/Profile/Groups/Email?groupType=Household&emailAddress=a%2Bb%40c.com",
        f"/Acme/Profile/Groups/Email?groupType=Household&emailAddress=a%2Bb%40c.com&{NI}&{NCH}",
    ),
    (
        "retrieve_group_profiles_by_group_name", "GET",
        "/Acme/Profile/Groups?groupType=Household&groupName=The%20Smiths%20%26%20Co",
        f"/Acme/Profile/Groups?groupType=Household&groupName=The%20Smiths%20%26%20Co&{NI}",
    ),
    (
        "retrieve_group_profiles_by_phone_number", "GET",
        "/Acme/Profile/Groups/Phone?groupType=H&phoneNumber=%2B14045551234",
        f"/Acme/Profile/Groups/Phone?groupType=H&phoneNumber=%2B14045551234&{NI}",
    ),
    (
        "retrieve_group_profiles_by_profile_id", "GET", "/Acme/Profile/Groups/Primary/42?groupType=Household",
        f"/Acme/Profile/Groups/Primary/42?groupType=Household&{NI}",
    ),
    ("archive_preferences", "PUT", "/Acme/Profile/Preferences/42/Archive", "/Acme/Profile/Preferences/42/Archive"),
]  # fmt: skip


def test_v2_cases_cover_every_v2_row() -> None:
    assert len(V2_CASES) == 35
    assert {c[0] for c in V2_CASES} == {r.key for r in V2_ROWS}


@pytest.mark.parametrize(("key", "method", "v2", "v4"), V2_CASES, ids=[c[0] for c in V2_CASES])
def test_translate_v2_seed_routes(key: str, method: str, v2: str, v4: str) -> None:
    assert translate_v2(method, V2 + v2) == (method, V4 + v4)
    path, _, query = v2.partition("?")
    assert (tr := translate_raw(method, "/Profiles/v2" + path, query)) is not None
    assert tr.key == key
    assert tr.operation.operation_id == next(r.operation_id for r in V2_ROWS if r.key == key)
    # any host, relative with a base, and relative to the base
    assert translate_v2(method, "http://127.0.0.1:8080/gw/profiles/V2" + v2) == (
        method,
        "http://127.0.0.1:8080/gw/Profiles/v4" + v4,
    )
    assert translate_v2(method, "/Profiles/v2" + v2) == (method, "/Profiles/v4" + v4)
    assert translate_v2(method, v2) == (method, v4)
    assert translate_v2(method.lower(), v2.lstrip("/")) == (method, v4.lstrip("/"))


def test_moved_alternate_id_is_exactly_one_decoded_path_segment() -> None:
    _, url = translate_v2(
        "PATCH", V2 + "/Acme/Profile/AlternateId?alternateId=a+b%2Fc%2Bd%25e%C3%A9&alternateIdType=T"
    )
    u = httpx.URL(url)
    segments = u.raw_path.decode().split("/")
    assert segments[-1] == "a%20b%2Fc%2Bd%25e%C3%A9" and segments[-3] == "T"
    assert u.path.endswith("/AlternateId/a b/c+d%eé")  # decoded: '+' was a space in the query, %2B a plus
    assert not u.query


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ("alternateIdType=T", "exactly once"),
        ("alternateIdType=T&alternateId=a&alternateId=b", "exactly once"),
        ("alternateIdType=T&alternateId=", "empty"),
        ("alternateIdType=T&alternateId=..", "dot segment"),
        ("alternateIdType=T&alternateId=%FF", "percent-encoded UTF-8"),
        ("alternateIdType=T&alternateId=a%0Ab", "control characters"),
    ],
)
def test_values_that_cannot_move_into_the_path_are_refused(query: str, problem: str) -> None:
    with pytest.raises(InvalidRequestError, match=problem):
        translate_v2("PATCH", V2 + "/Acme/Profile/AlternateId?" + query)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        (A3 + "/Acme/Programs/%2E%2E/G", "dot segment"),  # the swap would make it the last segment
        (A3 + "/Acme/Programs/P/%2e", "dot segment"),
        (V2 + "/Acme/Profile/%2E%2E", "dot segment"),
        (V2 + "/Acme/Profile/4%002", "control characters"),
        (V2 + "/Acme/Profile/%FF", "percent-encoded UTF-8"),
        (V2 + "/%2E%2E/Profile/42", "dot segment"),
    ],
)
def test_unsafe_path_values_that_stay_in_the_path_are_refused(url: str, problem: str) -> None:
    with pytest.raises(InvalidRequestError, match=problem):
        translate_v2("GET", url)


def test_query_keys_match_case_insensitively_and_bytes_stay() -> None:
    _, url = translate_v2("PATCH", V2 + "/Acme/profile/alternateid?ALTERNATEID=x%7ey&AlternateIdType=T")
    assert url == V4 + "/Acme/Profile/AlternateIdType/T/AlternateId/x~y"
    _, url = translate_v2("GET", V2 + "/Acme/Profile/42?extra=%7e%2b&x")
    assert url == V4 + f"/Acme/Profile/42?extra=%7e%2b&x&{NI}&{NCH}"


# -- default pinning -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", f"{NI}&{NCH}"),
        ("implied=true", f"implied=true&{NCH}"),
        ("Implied=True", f"Implied=True&{NCH}"),
        ("implied=false", f"implied=false&{NCH}"),
        ("implied=", f"{NI}&{NCH}"),  # sent empty: v4 would apply its own default (true)
        ("includeConsentHistory=true", f"includeConsentHistory=true&{NI}"),
        ("implied&x=1", f"{NI}&x=1&{NCH}"),
    ],
)
def test_implied_and_consent_history_are_pinned_to_v2_behaviour(query: str, expected: str) -> None:
    url = V2 + "/Acme/Profile/42" + (f"?{query}" if query else "")
    assert translate_v2("GET", url) == ("GET", V4 + "/Acme/Profile/42?" + expected)


def test_no_pin_where_the_v4_operation_has_no_such_parameter() -> None:
    _, url = translate_v2("GET", V2 + "/Acme/Profile/CustomFields/SelectList?customFields[0].Name=a")
    assert "implied" not in url and "includeConsentHistory" not in url
    _, url = translate_v2("GET", V2 + "/Acme/Profile/History/Consents/42")
    assert url == V4 + "/Acme/Profile/History/Consents/42"


# -- API/3 ---------------------------------------------------------------------------------------------

A3_CASES: list[tuple[str, str, str, str]] = [
    ("api3.retrieve_programs", "GET", "/API/3/Acme/Programs", "/Acme/Programs"),
    ("api3.retrieve_programs_locale", "GET", "/api/3/Acme/Programs/Locale/fr-CA", "/Acme/Programs?locale=fr-CA"),
    ("api3.retrieve_program", "GET", "/Api/3/Acme/Programs/Prog%201", "/Acme/Programs/Prog%201"),
    (
        "api3.retrieve_program_locale", "GET", "/API/3/Acme/Programs/Prog%201/Locale/en%2Dus",
        "/Acme/Programs/Prog%201?locale=en-us",
    ),
    (
        "api3.retrieve_program_in_program_group", "GET", "/API/3/Acme/Programs/P%C3%A9/G%2F2",
        "/Acme/Programs/G%2F2/P%C3%A9",
    ),
    (
        "api3.retrieve_program_in_program_group_locale", "GET", "/API/3/Acme/Programs/P1/G2/Locale/x+y%26z",
        "/Acme/Programs/G2/P1?locale=x%2By%26z",
    ),
    (
        "api3.retrieve_programs_by_program_type", "GET", "/API/3/Acme/Programs/ProgramTypes/Do%20Not%20Contact%20(DNC)",
        "/Acme/Programs/ProgramTypes/Do%20Not%20Contact%20(DNC)",
    ),
    (
        "api3.retrieve_programs_by_program_type_locale", "GET", "/API/3/Acme/programs/programtypes/Marketing/locale/en",
        "/Acme/Programs/ProgramTypes/Marketing?locale=en",
    ),
    (
        "api3.retrieve_programs_include_matching", "GET", "/API/3/Acme/Programs/IncludeMatching?LifeCycleStage=Active&Tier",
        "/Acme/Programs/IncludeMatching?LifeCycleStage=Active&Tier",
    ),
    (
        "api3.retrieve_programs_include_matching_locale", "GET", "/API/3/Acme/Programs/IncludeMatching/Locale/en?Tier=Gold%20%2B",
        "/Acme/Programs/IncludeMatching?Tier=Gold%20%2B&locale=en",
    ),
    ("api3.retrieve_programs_include_all", "GET", "/API/3/Acme/Programs/IncludeAll?Tier=Gold", "/Acme/Programs/IncludeAll?Tier=Gold"),
    (
        "api3async.initiate_segment_export", "POST", "/API/3/async/Acme/export/Segment/My%20Segment",
        "/Async/Acme/Export/Segment/My%20Segment",
    ),
    ("api3async.retrieve_status", "GET", "/API/3/Async/Acme/status/Token/123", "/Async/Acme/Export/123/Status"),
]  # fmt: skip


def test_api3_cases_cover_every_translated_api3_row() -> None:
    rows = {r.key for r in ROUTES if r.family != "v2" and r.operation_id}
    assert {c[0] for c in A3_CASES} == rows


@pytest.mark.parametrize(("key", "method", "legacy", "v4"), A3_CASES, ids=[c[0] for c in A3_CASES])
def test_translate_api3_routes(key: str, method: str, legacy: str, v4: str) -> None:
    host = "https://pmstg.mypreferences.com"
    assert translate_v2(method, host + legacy) == (method, host + "/Profiles/v4" + v4)
    path, _, query = legacy.partition("?")
    assert (tr := translate_raw(method, path, query)) is not None and tr.key == key


def test_api3_program_in_group_swaps_ids_by_name() -> None:
    op = OPERATIONS["GetProgramInProgramGroup"]
    assert op.path == "/{clientId}/Programs/{programGroupId}/{programId}"
    row = next(r for r in ROUTES if r.key == "api3.retrieve_program_in_program_group")
    assert row.template == "/{clientId}/Programs/{programId}/{programGroupId}"
    assert translate_v2("GET", A3 + "/Acme/Programs/PROG/GROUP")[1] == V4 + "/Acme/Programs/GROUP/PROG"


@pytest.mark.parametrize(
    ("legacy", "v4"),
    [
        ("/API/3/Acme/ProgramGroups?locale=en", "/Acme/ProgramGroups?locale=en"),
        ("/API/3/Acme/ProgramGroups/PG%201", "/Acme/ProgramGroups/PG%201"),
        ("/API/3/Acme/Filters/F1?locale=fr", "/Acme/Filters/F1?locale=fr"),
        ("/Profiles/v2/Acme/EmailTypes?Id=0&locale=en", "/Acme/EmailTypes?Id=0&locale=en"),
        ("/Profiles/v2/Acme/CustomFields/UpdateRules", "/Acme/CustomFields/UpdateRules"),
    ],
)
def test_same_route_rule_for_routes_documented_as_unchanged(legacy: str, v4: str) -> None:
    assert translate_v2("GET", "https://h.test" + legacy) == ("GET", "https://h.test/Profiles/v4" + v4)


def test_same_route_rule_does_not_cross_families() -> None:
    with pytest.raises(UnknownRouteError):  # v2 had no Preference Configuration
        translate_v2("GET", V2 + "/Acme/Programs")
    with pytest.raises(UnknownRouteError):  # API/3 is not the Data API
        translate_v2("GET", A3 + "/Acme/Profile/42")


# -- unknown routes, already-v4 and non-legacy URLs ----------------------------------------------------


def test_unknown_route_names_the_closest_v4_operations() -> None:
    with pytest.raises(UnknownRouteError) as exc:
        translate_v2("GET", V2 + "/Acme/Profile/Preferences/42")  # v2 never had "retrieve preferences"
    err = exc.value
    assert isinstance(err, InvalidRequestError)
    assert err.route == "/{}/Profile/Preferences/{}" and err.method == "GET"
    assert len(err.suggestions) == 3 and all(s in OPERATIONS for s in err.suggestions)
    assert any("Preference" in s for s in err.suggestions)
    assert "closest v4 operations" in str(err) and "mp.preferences.submit" in str(err)
    with pytest.raises(UnknownRouteError) as exc:
        translate_v2("GET", V2 + "/Acme/Profiles/Tags?tag[0]=x")  # the doc's own plural typo
    assert exc.value.suggestions[0] == "GetProfilesByTags"
    assert "tag[0]" not in str(exc.value) and "Acme" not in str(exc.value)  # no user data in the message


def test_already_v4_and_non_legacy_urls() -> None:
    url = V4 + "/Acme/Profile/42?implied=true"
    assert translate_v2("GET", url) == ("GET", url)
    with pytest.raises(InvalidRequestError, match="not a Version 2"):
        translate_v2("GET", "https://example.com/Acme/Profile/42")


# -- the transport, end to end with respx --------------------------------------------------------------


async def test_transport_sends_hand_built_v2_urls_to_v4() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route(host="pm.mypreferences.com").respond(200, json=PROFILE)
        transport = V2CompatTransport(httpx.AsyncHTTPTransport())
        async with httpx.AsyncClient(transport=transport) as client:
            with pytest.warns(DeprecationWarning, match=r"mp\.profiles\.retrieve_by_alternate_id") as record:
                r = await client.get(
                    V2
                    + "/Acme/Profile/AlternateId?alternateIdType=E%20mail&alternateId=ada%2Blove%40example.com",
                    headers={"Authorization": "PNAUTHINFO3 sig"},
                )
            assert r.status_code == 200 and r.json() == PROFILE
            sent = route.calls.last.request
            assert sent.url.raw_path == (
                b"/Profiles/v4/Acme/Profile/AlternateId?alternateIdType=E%20mail"
                b"&alternateId=ada%2Blove%40example.com&implied=false&includeConsentHistory=false"
            )
            assert sent.headers["Authorization"] == "PNAUTHINFO3 sig"
            (message,) = [str(w.message) for w in record if w.category is DeprecationWarning]
            assert message.startswith(
                "GET /Profiles/v2/{clientId}/Profile/AlternateId is a deprecated legacy route"
            )
            assert "operation GetProfileByAlternateId" in message and "ada" not in message


async def test_transport_warns_once_per_route_and_passes_v4_through() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route(host="pm.mypreferences.com").respond(200, json=PROFILE)
        async with httpx.AsyncClient(transport=V2CompatTransport(httpx.AsyncHTTPTransport())) as client:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                await client.get(V2 + "/Acme/Profile/1")
                await client.get(V2 + "/Acme/Profile/2?implied=true")
                await client.get(V2 + "/Acme/Profile/Email?emailAddress=a%40b.c")
                await client.get(V4 + "/Acme/Profile/3")
                await client.get(A3 + "/Acme/Programs/P/G")
                await client.get(A3 + "/Acme/Programs/P2/G2")
            messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
            assert len(messages) == 3
            assert "mp.profiles.retrieve" in messages[0]
            assert "mp.lookups.by_email" in messages[1]
            assert "mp.programs.retrieve_in_group" in messages[2]
            assert [c.request.url.raw_path for c in route.calls] == [
                f"/Profiles/v4/Acme/Profile/1?{NI}&{NCH}".encode(),
                f"/Profiles/v4/Acme/Profile/2?implied=true&{NCH}".encode(),
                f"/Profiles/v4/Acme/Profile/Email?emailAddress=a%40b.c&{NI}&{NCH}".encode(),
                b"/Profiles/v4/Acme/Profile/3",
                b"/Profiles/v4/Acme/Programs/G/P",
                b"/Profiles/v4/Acme/Programs/G2/P2",
            ]


async def test_transport_patch_by_alternate_id_moves_ids_and_unwraps_operations() -> None:
    ops = [{"op": "replace", "path": "/CustomerName/FirstName", "value": "Zoë"}]
    with respx.mock(assert_all_called=False) as router:
        route = router.route(host="pm.mypreferences.com").respond(200, json=PROFILE)
        async with httpx.AsyncClient(
            transport=V2CompatTransport(httpx.AsyncHTTPTransport(), warn=False)
        ) as client:
            await client.patch(
                V2 + "/Acme/Profile/AlternateId?alternateId=a%2Fb+c&alternateIdType=CRM",
                json={"Operations": ops},
            )
            await client.patch(V2 + "/Acme/Profile/42", json=ops)  # already a bare array: body untouched
            await client.post(
                V2 + "/Acme/Profile/42", json={"Operations": ops}
            )  # not a PATCH route: untouched
        first, second, third = (c.request for c in route.calls)
        assert first.method == "PATCH"
        assert first.url.raw_path == b"/Profiles/v4/Acme/Profile/AlternateIdType/CRM/AlternateId/a%2Fb%20c"
        assert json.loads(first.content) == ops
        assert int(first.headers["Content-Length"]) == len(first.content)
        assert json.loads(second.content) == ops
        assert json.loads(third.content) == {"Operations": ops}


async def test_transport_refuses_routes_without_equivalent_before_sending() -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200)
        async with httpx.AsyncClient(transport=V2CompatTransport(httpx.AsyncHTTPTransport())) as client:
            with pytest.raises(UnknownRouteError, match="Config write"):
                await client.post(A3 + "/Acme/Config/TextTags", json=[])
            with pytest.raises(UnknownRouteError, match="closest v4 operations"):
                await client.get(V2 + "/Acme/Profile/Preferences/42")
        assert not route.called


async def test_transport_with_the_sdk_client_keeps_auth_working() -> None:
    """httpx applies auth before the transport rewrites the URL; PNAUTHINFO3 signs no URL, so it stays valid.

    The account id must be bound (``client_id=``): auth only derives it from ``/Profiles/v4/{clientId}`` URLs.
    """
    from mypreferences.auth import PnAuthInfo3

    with respx.mock(assert_all_called=False) as router:
        route = router.route(host="pm.mypreferences.com").respond(200, json=PROFILE)
        auth = PnAuthInfo3("api.user", "s3cr3t-key-never-logged", client_id=CLIENT_ID)
        async with httpx.AsyncClient(
            transport=V2CompatTransport(httpx.AsyncHTTPTransport(), warn=False), auth=auth
        ) as c:
            await c.get(V2 + f"/{CLIENT_ID}/Profile/42")
        sent = route.calls.last.request
        assert sent.url.path == f"/Profiles/v4/{CLIENT_ID}/Profile/42"
        assert sent.headers["Authorization"].startswith("PNAUTHINFO3")


# -- the mp.v2 facade --------------------------------------------------------------------------------


def test_facade_has_one_method_per_v2_row_mapping_onto_the_v4_method() -> None:
    for row in V2_ROWS:
        method = getattr(V2Client, row.key)
        assert inspect.iscoroutinefunction(method) and method.__doc__
        op = OPERATIONS[row.operation_id or ""]
        v4 = set(
            inspect.signature(
                getattr(getattr(_resources, op.resource.title().replace("_", "")), op.name)
            ).parameters
        )
        assert f"mp.{op.resource}.{op.name}" in method.__doc__
        for name in inspect.signature(method).parameters:
            if name in {"self", "options"}:
                continue
            assert (name == row.body and "body" in v4) or name in v4, (row.key, name)
        for wire, pinned in row.pins:
            snake = {"implied": "implied", "includeConsentHistory": "include_consent_history"}[wire]
            assert inspect.signature(method).parameters[snake].default is pinned
    public = {
        n for n, f in inspect.getmembers(V2Client, inspect.iscoroutinefunction) if not n.startswith("_")
    }
    assert public == {r.key for r in V2_ROWS}


async def test_facade_retrieve_by_alternate_id_pins_v2_defaults(
    mp: MyPreferences, router: respx.Router
) -> None:
    assert isinstance(mp.v2, V2Client)
    route = router.route().respond(200, json=PROFILE)
    profile = await mp.v2.retrieve_profile_by_alternate_id("E mail", "ada+love@example.com")
    assert profile.profile_id == 42
    req = route.calls.last.request
    assert req.url.path == f"/Profiles/v4/{CLIENT_ID}/Profile/AlternateId"
    assert dict(req.url.params) == {
        "alternateIdType": "E mail",
        "alternateId": "ada+love@example.com",
        "implied": "false",
        "matchInactive": "false",
        "includeConsentHistory": "false",
    }
    await mp.v2.retrieve_profile_by_alternate_id("Email", "x", implied=True, match_inactive=True)
    params = route.calls.last.request.url.params
    assert (params["implied"], params["matchInactive"], params["includeConsentHistory"]) == (
        "true",
        "true",
        "false",
    )


async def test_facade_retrieve_by_profile_id_overrides_the_v4_default(
    mp: MyPreferences, router: respx.Router
) -> None:
    route = router.route().respond(200, json=PROFILE)
    await mp.v2.retrieve_profile_by_profile_id(42)
    assert dict(route.calls.last.request.url.params) == {"implied": "false", "includeConsentHistory": "false"}
    await mp.profiles.retrieve(42)  # the v4 method keeps the v4 defaults
    assert dict(route.calls.last.request.url.params) == {"implied": "true", "includeConsentHistory": "true"}


async def test_facade_patch_by_alternate_id_uses_the_v4_path_form(
    mp: MyPreferences, router: respx.Router
) -> None:
    route = router.route().respond(200, json=PROFILE)
    await mp.v2.update_profile_by_alternate_id_patch(
        "CRM Id", "a/b+c", JsonPatch().replace("/IsActive", False)
    )
    req = route.calls.last.request
    assert req.method == "PATCH"
    assert (
        req.url.raw_path
        == f"/Profiles/v4/{CLIENT_ID}/Profile/AlternateIdType/CRM%20Id/AlternateId/a%2Fb%2Bc".encode()
    )
    assert json.loads(req.content) == [{"op": "replace", "path": "/IsActive", "value": False}]
    await mp.v2.update_profile_patch(42, [JsonPatchOperation(op=JsonPatchOp.REMOVE, path="/Tags/0")])
    assert json.loads(route.calls.last.request.content) == [{"op": "remove", "path": "/Tags/0"}]


async def test_facade_lookups_pin_v2_defaults(mp: MyPreferences, router: respx.Router) -> None:
    route = router.route().respond(200, json=[PROFILE])
    await mp.v2.retrieve_profiles_by_address(
        "Roswell", "GA", address1="Jefferson Drive", partial_address_1_match=True
    )
    params = route.calls.last.request.url.params
    assert (params["address1"], params["partialAddress1Match"], params["implied"]) == (
        "Jefferson Drive",
        "true",
        "false",
    )
    await mp.v2.retrieve_group_profiles_by_profile_id(42, "Household")
    req = route.calls.last.request
    assert req.url.path.endswith("/Profile/Groups/Primary/42")
    assert dict(req.url.params) == {"groupType": "Household", "implied": "false"}


async def test_facade_writes_and_deletes(mp: MyPreferences, router: respx.Router) -> None:
    route = router.route().respond(204)
    await mp.v2.delete_profile(42, reason_code="GDPR erasure")
    req = route.calls.last.request
    assert (req.method, req.url.path, dict(req.url.params)) == (
        "DELETE",
        f"/Profiles/v4/{CLIENT_ID}/Profile/42",
        {"reasonCode": "GDPR erasure"},
    )
    await mp.v2.archive_preferences(42, ArchivePreferences(global_deactivate=True))
    req = route.calls.last.request
    assert (req.method, req.url.path) == ("PUT", f"/Profiles/v4/{CLIENT_ID}/Profile/Preferences/42/Archive")
    assert json.loads(req.content) == {"GlobalDeactivate": True}
