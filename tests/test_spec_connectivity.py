"""Checks of the Connectivity part (segment export, bulk import) of the OpenAPI spec and its generated models.

Source of truth: the reference in ``shared/reference`` (``v4/connectivity-auth-errors.md`` §A and seed 002).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from mypreferences.generated.api.segment_export import commit_segment_export, get_segment_export_data
from mypreferences.generated.models import (
    ExportAccessToken,
    ExportDataPage,
    ExportedProfile,
    ExportJobStatus,
    ExportStatus,
    ImportAction,
    ImportExceptionsPage,
    ImportInitiateRequest,
    ImportJobStatus,
    ImportStageRequest,
    ImportStatus,
    SegmentMatchCriteria,
    SegmentRequestInfo,
)

SPEC_PATH = Path(__file__).parents[1] / "openapi" / "mypreferences-v4.yaml"

EXPECTED_ROUTES: dict[tuple[str, str], str] = {
    ("post", "/Async/{clientId}/Export/Segment/{segmentName}"): "InitiateSegmentExport",
    ("post", "/Async/{clientId}/Export/SegmentGroup/{segmentGroupName}"): "InitiateSegmentGroupExport",
    ("get", "/Async/{clientId}/Export/{accessToken}/Status"): "GetSegmentExportStatus",
    ("get", "/Async/{clientId}/Export/{accessToken}"): "GetSegmentExportData",
    ("post", "/Async/{clientId}/Export/{accessToken}/Commit"): "CommitSegmentExport",
    ("post", "/Async/{clientId}/Import"): "InitiateImport",
    ("post", "/Async/{clientId}/Import/{accessToken}/Stage"): "StageImport",
    ("post", "/Async/{clientId}/Import/{accessToken}/Execute"): "ExecuteImport",
    ("get", "/Async/{clientId}/Import/{accessToken}/Status"): "GetImportStatus",
    ("get", "/Async/{clientId}/Import/{accessToken}/Exceptions"): "GetImportExceptions",
}

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

ERROR_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "409": "Conflict",
    "429": "TooManyRequests",
    "500": "InternalServerError",
    "503": "ServiceUnavailable",
}


def _reference_dir() -> Path | None:
    """Return ``shared/reference`` next to the repo, else $MYPREFERENCES_REFERENCE, else None."""
    candidate = Path(__file__).resolve().parents[2] / "shared" / "reference"
    if candidate.is_dir():
        return candidate
    env = os.environ.get("MYPREFERENCES_REFERENCE")
    if env and Path(env).is_dir():
        return Path(env)
    return None


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The merged OpenAPI document."""
    loaded = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def reference() -> Path:
    """The reference directory; skips the test when it is not available."""
    ref = _reference_dir()
    if ref is None:
        pytest.skip("reference directory not found (set MYPREFERENCES_REFERENCE)")
    return ref


@pytest.fixture(scope="module")
def connectivity_md(reference: Path) -> str:
    """Text of v4/connectivity-auth-errors.md."""
    return (reference / "v4" / "connectivity-auth-errors.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_002(reference: Path) -> str:
    """Text of seed 002 (segment-group export Initiate)."""
    files = sorted((reference / "seeds").glob("002_*.txt"))
    assert files, "seed 002 missing"
    return files[0].read_text(encoding="utf-8")


def _operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    op = spec["paths"][path][method]
    assert isinstance(op, dict)
    return op


def _parameters(spec: dict[str, Any], method: str, path: str) -> list[dict[str, Any]]:
    """Path-level then operation-level parameters of an operation (references left as they are)."""
    item = spec["paths"][path]
    return list(item.get("parameters", [])) + list(item[method].get("parameters", []))


def _param(spec: dict[str, Any], method: str, path: str, name: str) -> dict[str, Any]:
    for p in _parameters(spec, method, path):
        if p.get("name") == name:
            return p
    raise AssertionError(f"{method.upper()} {path}: no parameter {name}")


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema = spec["components"]["schemas"][name]
    assert isinstance(schema, dict)
    return schema


def _no_extra(model: Any) -> None:
    assert model.additional_properties == {}, (
        f"{type(model).__name__}: unmapped keys {model.additional_properties}"
    )


# ----------------------------------------------------------------------------------------------------------
# Inventory and conventions


def test_route_inventory_is_exact(spec: dict[str, Any]) -> None:
    found = {
        (method, path): op["operationId"]
        for path, item in spec["paths"].items()
        if path.startswith("/Async/")
        for method, op in item.items()
        if method in HTTP_METHODS
    }
    assert found == EXPECTED_ROUTES


def test_operation_ids_are_unique_and_pascal_case(spec: dict[str, Any]) -> None:
    all_ids = [
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]
    assert len(all_ids) == len(set(all_ids))
    for op_id in EXPECTED_ROUTES.values():
        assert re.fullmatch(r"(?:[A-Z][a-z0-9]*)+", op_id), op_id


def test_tags(spec: dict[str, Any]) -> None:
    tags = {t["name"]: t for t in spec["tags"]}
    for name in ("SegmentExport", "BulkImport"):
        assert tags[name]["description"].strip()
    for (method, path), _ in EXPECTED_ROUTES.items():
        expected = "BulkImport" if "/Import" in path else "SegmentExport"
        assert _operation(spec, method, path)["tags"] == [expected]


def test_every_path_starts_with_client_id(spec: dict[str, Any]) -> None:
    for path in {p for _, p in EXPECTED_ROUTES}:
        assert spec["paths"][path]["parameters"][0] == {"$ref": "#/components/parameters/ClientId"}


def test_path_parameters_are_declared_and_typed(spec: dict[str, Any]) -> None:
    for method, path in EXPECTED_ROUTES:
        names = set(re.findall(r"{(\w+)}", path)) - {"clientId"}
        for name in names:
            p = _param(spec, method, path, name)
            assert p["in"] == "path" and p["required"] is True
            expected_type = "integer" if name == "accessToken" else "string"
            assert p["schema"]["type"] == expected_type


def test_error_statuses_use_common_responses(spec: dict[str, Any]) -> None:
    for method, path in EXPECTED_ROUTES:
        responses = _operation(spec, method, path)["responses"]
        assert "200" in responses
        for code, resp in responses.items():
            if code in ERROR_RESPONSES:
                assert resp == {"$ref": f"#/components/responses/{ERROR_RESPONSES[code]}"}, (
                    method,
                    path,
                    code,
                )
            else:
                assert code == "200", (method, path, code)


def test_documented_status_codes(spec: dict[str, Any]) -> None:
    for path in (
        "/Async/{clientId}/Export/Segment/{segmentName}",
        "/Async/{clientId}/Export/SegmentGroup/{segmentGroupName}",
    ):
        assert set(_operation(spec, "post", path)["responses"]) == {
            "200",
            "400",
            "401",
            "403",
            "404",
            "429",
            "503",
        }
    status = _operation(spec, "get", "/Async/{clientId}/Export/{accessToken}/Status")
    assert set(status["responses"]) == {"200", "400", "401", "403", "404", "500", "503"}
    commit = _operation(spec, "post", "/Async/{clientId}/Export/{accessToken}/Commit")
    assert set(commit["responses"]) == {"200", "400", "401", "403", "404", "503"}
    assert "content" not in commit["responses"]["200"]


def test_request_and_response_schemas(spec: dict[str, Any]) -> None:
    def body(method: str, path: str) -> str:
        ref = _operation(spec, method, path)["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        return str(ref).rsplit("/", 1)[-1]

    def ok(method: str, path: str) -> str:
        ref = _operation(spec, method, path)["responses"]["200"]["content"]["application/json"]["schema"][
            "$ref"
        ]
        return str(ref).rsplit("/", 1)[-1]

    seg = "/Async/{clientId}/Export/Segment/{segmentName}"
    grp = "/Async/{clientId}/Export/SegmentGroup/{segmentGroupName}"
    assert body("post", seg) == body("post", grp) == "SegmentRequestInfo"
    assert ok("post", seg) == ok("post", grp) == "ExportAccessToken"
    assert ok("get", "/Async/{clientId}/Export/{accessToken}/Status") == "ExportStatus"
    assert ok("get", "/Async/{clientId}/Export/{accessToken}") == "ExportDataPage"
    assert body("post", "/Async/{clientId}/Import") == "ImportInitiateRequest"
    assert body("post", "/Async/{clientId}/Import/{accessToken}/Stage") == "ImportStageRequest"
    for method, path in (
        ("post", "/Async/{clientId}/Import"),
        ("post", "/Async/{clientId}/Import/{accessToken}/Stage"),
        ("post", "/Async/{clientId}/Import/{accessToken}/Execute"),
        ("get", "/Async/{clientId}/Import/{accessToken}/Status"),
    ):
        assert ok(method, path) == "ImportStatus"
    assert ok("get", "/Async/{clientId}/Import/{accessToken}/Exceptions") == "ImportExceptionsPage"
    assert "requestBody" not in _operation(spec, "post", "/Async/{clientId}/Import/{accessToken}/Execute")


def test_no_events_or_legacy_routes(spec: dict[str, Any]) -> None:
    for path in spec["paths"]:
        lowered = path.lower()
        assert "subscription" not in lowered and "/events" not in lowered
        assert "/export/cid" not in lowered and "/export/schedule" not in lowered
        assert "/status/token" not in lowered


# ----------------------------------------------------------------------------------------------------------
# Parameters and defaults


@pytest.mark.parametrize(
    "path",
    ["/Async/{clientId}/Export/{accessToken}", "/Async/{clientId}/Import/{accessToken}/Exceptions"],
)
def test_paging_parameters(spec: dict[str, Any], path: str) -> None:
    limit = _param(spec, "get", path, "limit")
    assert limit["in"] == "query" and limit.get("required", False) is False
    assert limit["schema"] == {"type": "integer", "minimum": 1, "default": 1000}
    offset = _param(spec, "get", path, "offset")
    assert offset["in"] == "query" and offset.get("required", False) is False
    assert offset["schema"] == {"type": "integer", "minimum": 1, "default": 1}
    assert "1-based" in offset["description"]


def test_keep_alive_parameter(spec: dict[str, Any]) -> None:
    keep_alive = _param(spec, "get", "/Async/{clientId}/Export/{accessToken}", "keepAlive")
    assert keep_alive["in"] == "query" and keep_alive.get("required", False) is False
    assert keep_alive["schema"] == {"type": "boolean", "default": False}


def test_keep_files_parameter(spec: dict[str, Any]) -> None:
    keep_files = _param(spec, "post", "/Async/{clientId}/Export/{accessToken}/Commit", "keepFiles")
    assert keep_files["in"] == "query" and keep_files["required"] is True
    assert keep_files["schema"] == {"type": "boolean", "default": False}


def test_generated_retrieve_sends_documented_defaults() -> None:
    kwargs = get_segment_export_data._get_kwargs("acme", 42)
    assert kwargs["method"] == "get"
    assert kwargs["url"] == "/Async/acme/Export/42"
    assert kwargs["params"] == {"limit": 1000, "offset": 1, "keepAlive": False}
    kwargs = get_segment_export_data._get_kwargs("acme", 42, limit=50, offset=51, keep_alive=True)
    assert kwargs["params"] == {"limit": 50, "offset": 51, "keepAlive": True}


def test_generated_commit_always_sends_keep_files() -> None:
    kwargs = commit_segment_export._get_kwargs("acme", 42)
    assert kwargs["method"] == "post"
    assert kwargs["url"] == "/Async/acme/Export/42/Commit"
    assert kwargs["params"] == {"keepFiles": False}
    assert commit_segment_export._get_kwargs("acme", 42, keep_files=True)["params"] == {"keepFiles": True}


# ----------------------------------------------------------------------------------------------------------
# Enums


def test_enums_in_spec(spec: dict[str, Any]) -> None:
    assert _schema(spec, "SegmentMatchCriteria")["enum"] == [
        "ProfileId",
        "AlternateId",
        "PhoneNumber",
        "EmailAddress",
    ]
    assert _schema(spec, "ExportJobStatus")["enum"] == [
        "Processing",
        "Error",
        "Expired",
        "Retrieved",
        "Complete",
        "Failed",
    ]
    assert _schema(spec, "ImportJobStatus")["enum"] == [
        "Initiated",
        "Staging",
        "Queued",
        "Processing",
        "Completed",
        "Failed",
    ]
    assert _schema(spec, "ImportAction")["enum"] == ["Add", "Delete"]


def test_generated_enums() -> None:
    assert {m.value for m in SegmentMatchCriteria} == {
        "ProfileId",
        "AlternateId",
        "PhoneNumber",
        "EmailAddress",
    }
    assert {m.value for m in ExportJobStatus} == {
        "Processing",
        "Error",
        "Expired",
        "Retrieved",
        "Complete",
        "Failed",
    }
    assert {m.value for m in ImportJobStatus} == {
        "Initiated",
        "Staging",
        "Queued",
        "Processing",
        "Completed",
        "Failed",
    }
    assert {m.value for m in ImportAction} == {"Add", "Delete"}


def test_match_criteria_enum_matches_seed_002(spec: dict[str, Any], seed_002: str) -> None:
    after = seed_002.split("Enum values:", 1)[1]
    names = re.findall(r"^(ProfileId|AlternateId|PhoneNumber|EmailAddress)$", after, flags=re.MULTILINE)
    assert names == _schema(spec, "SegmentMatchCriteria")["enum"]
    assert set(names) == {m.value for m in SegmentMatchCriteria}
    assert "segmentGroupName" in seed_002


def test_seed_002_error_codes_match_spec(spec: dict[str, Any], seed_002: str) -> None:
    codes = set(re.findall(r"^(\d{3})$", seed_002, flags=re.MULTILINE))
    op = _operation(spec, "post", "/Async/{clientId}/Export/SegmentGroup/{segmentGroupName}")
    assert codes == set(op["responses"])


def test_import_constraints(spec: dict[str, Any]) -> None:
    for name in ("ImportStatus", "ImportInitiateRequest"):
        props = _schema(spec, name)["properties"]
        assert props["Name"]["minLength"] == 1 and props["Name"]["maxLength"] == 100
        duration = props["DataStageDuration"]
        assert (duration["type"], duration["minimum"], duration["maximum"], duration["default"]) == (
            "integer",
            0,
            10,
            3,
        )
        for flag in (
            "RefreshAlternateIds",
            "RefreshContacts",
            "RefreshCustomFields",
            "RefreshGroups",
            "RefreshTags",
        ):
            assert props[flag]["type"] == "boolean" and props[flag]["default"] is False
    assert _schema(spec, "ImportInitiateRequest")["required"] == ["Name"]


def test_rounding_rule_documented_on_last_date_time(spec: dict[str, Any], seed_002: str) -> None:
    rule = (
        "000 through 002 becomes 003, 003 through 006 becomes 007, "
        "and 007 through 009 becomes 000 of the next higher value"
    )
    assert rule in seed_002
    description = " ".join(
        _schema(spec, "SegmentRequestInfo")["properties"]["LastDateTime"]["description"].split()
    )
    assert rule in description


# ----------------------------------------------------------------------------------------------------------
# Round-trips of samples through the generated models


def _reference_sample(text: str, marker: str) -> dict[str, Any]:
    """The first backticked JSON object following ``marker`` in the reference text."""
    tail = text.split(marker, 1)[1]
    match = re.search(r"`(\{.*?\})`", tail, flags=re.DOTALL)
    assert match, marker
    loaded = json.loads(match.group(1))
    assert isinstance(loaded, dict)
    return loaded


def test_segment_request_info_help_sample_round_trips(connectivity_md: str) -> None:
    sample = _reference_sample(connectivity_md, "Sample (help):")
    assert sample == {"CallbackURL": "sample string 1", "LastDateTime": "sample string 2"}
    model = SegmentRequestInfo.from_dict(sample)
    _no_extra(model)
    assert model.callback_url == "sample string 1"
    assert model.to_dict() == sample


@pytest.mark.parametrize("status", ["Complete", "Processing", "Error"])
def test_legacy_status_sample_round_trips(connectivity_md: str, status: str) -> None:
    sample = _reference_sample(connectivity_md, "Legacy sample:")
    assert set(sample) == {"AccessToken", "Expires", "Status", "RowCount", "ByteCount"}
    # The help sample has a placeholder; the legacy examples were Complete, Processing and Error.
    sample["Status"] = status
    model = ExportStatus.from_dict(sample)
    _no_extra(model)
    assert model.status == ExportJobStatus(status)
    assert model.to_dict() == sample


@pytest.mark.parametrize(
    "sample",
    [
        {
            "CallbackURL": "https://example.com/hook",
            "LastDateTime": "2024-05-01T10:20:30.123Z",
            "MatchCriteria": "AlternateId",
            "MatchType": "LoyaltyId",
            "Values": ["A-1", "A-2"],
        },
        {"LastDateTime": "2024-05-01T10:20:30.127", "MatchCriteria": "ProfileId", "Values": ["1001"]},
        {"LastDateTime": None, "MatchCriteria": None, "Values": None},
        {"MatchCriteria": "EmailAddress", "MatchType": "Personal", "Values": ["a@example.com"]},
        {"MatchCriteria": "PhoneNumber", "Values": ["+15555550100"]},
        {},
    ],
)
def test_segment_request_info_round_trips(sample: dict[str, Any]) -> None:
    model = SegmentRequestInfo.from_dict(sample)
    _no_extra(model)
    assert model.to_dict() == sample


def test_segment_request_info_builds_documented_body() -> None:
    body = SegmentRequestInfo(
        last_date_time="2024-05-01T10:20:30.123Z",
        match_criteria=SegmentMatchCriteria.ALTERNATEID,
        match_type="LoyaltyId",
        values=["A-1"],
    )
    assert body.to_dict() == {
        "LastDateTime": "2024-05-01T10:20:30.123Z",
        "MatchCriteria": "AlternateId",
        "MatchType": "LoyaltyId",
        "Values": ["A-1"],
    }


def test_access_token_round_trips() -> None:
    sample = {"AccessToken": 123456}
    model = ExportAccessToken.from_dict(sample)
    _no_extra(model)
    assert model.access_token == 123456
    assert model.to_dict() == sample


@pytest.mark.parametrize("status", [m.value for m in ExportJobStatus])
def test_export_status_round_trips(status: str) -> None:
    sample = {"AccessToken": 7, "Status": status, "RowCount": 0, "ByteCount": 0}
    model = ExportStatus.from_dict(sample)
    _no_extra(model)
    assert model.to_dict() == sample


EXPORTED_PROFILE: dict[str, Any] = {
    "ProfileId": 1001,
    "IsActive": True,
    "RegistrationConfirmed": False,
    "CustomerType": "Customer",
    "PreserveConsents": True,
    "PreservePreferences": True,
    "DefaultLocale": "en_US",
    "UpdateStatus": "Complete",
    "ReasonCode": None,
    "CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"},
    "Edited": {"CreateDate": "2024-01-01T00:00:00", "CreatedBy": "api", "ModifiedDate": None},
    "AlternateIds": [{"AlternateIdType": "LoyaltyId", "AlternateId": "A-1"}],
    "Emails": [{"EmailAddressType": "Personal", "EmailAddress": "ada@example.com", "EmailPreferences": []}],
    "PhoneNumbers": [{"PhoneType": "Mobile", "PhoneNumber": "5555550100", "PhonePreferences": []}],
    "Addresses": [],
    "ProfilePreferences": [{"FilterId": "F1", "ProgramId": 3}],
    "Consents": [{"ConsentName": "Marketing", "Status": "Granted"}],
    "CustomFields": [{"Name": "Tier", "Value": "Gold"}],
    "Groups": [{"GroupType": "Store", "GroupName": "North", "IsPrimary": True}],
    "ProfileTags": [{"Name": "vip"}],
}


def test_export_data_page_round_trips() -> None:
    sample = {
        "Count": 2,
        "HasMore": True,
        "Limit": 2,
        "Offset": 1,
        "TotalResults": 5,
        "UserProfilePreferences": [
            EXPORTED_PROFILE,
            {"ProfileId": 1002, "Emails": None, "CustomerName": None},
        ],
    }
    page = ExportDataPage.from_dict(sample)
    _no_extra(page)
    assert isinstance(page.user_profile_preferences, list)
    for record in page.user_profile_preferences:
        assert isinstance(record, ExportedProfile)
        _no_extra(record)
    assert page.to_dict() == sample


def test_exported_profile_keeps_unknown_keys() -> None:
    sample = {"ProfileId": 1, "SomethingNew": {"x": 1}}
    record = ExportedProfile.from_dict(sample)
    assert record.additional_properties == {"SomethingNew": {"x": 1}}
    assert record.to_dict() == sample


IMPORT_STATUS: dict[str, Any] = {
    "TotalRecordsReceived": 10,
    "ValidationSuccessful": 9,
    "ValidationFailed": 1,
    "Processed": 0,
    "Pending": 9,
    "Exceptions": 0,
    "NotHonored": 0,
    "AccessToken": 555,
    "Status": "Staging",
    "Expires": "2024-05-01T16:00:00",
    "Name": "nightly",
    "DataStageDuration": 3,
    "MatchCriteria": "AlternateIdType",
    "MatchValue": "LoyaltyId",
    "RefreshAlternateIds": False,
    "RefreshContacts": False,
    "RefreshCustomFields": False,
    "RefreshGroups": False,
    "RefreshTags": True,
}


@pytest.mark.parametrize("status", [m.value for m in ImportJobStatus])
def test_import_status_round_trips(status: str) -> None:
    sample = {**IMPORT_STATUS, "Status": status}
    model = ImportStatus.from_dict(sample)
    _no_extra(model)
    assert model.to_dict() == sample


def test_import_initiate_request_round_trips() -> None:
    sample = {
        "Name": "nightly",
        "ImportAction": "Delete",
        "DataStageDuration": 0,
        "MatchCriteria": "AlternateIdType",
        "MatchValue": "LoyaltyId",
        "AllowPriorConsents": True,
        "RefreshAlternateIds": True,
        "RefreshContacts": False,
        "RefreshCustomFields": False,
        "RefreshGroups": True,
        "RefreshTags": False,
    }
    model = ImportInitiateRequest.from_dict(sample)
    _no_extra(model)
    assert model.import_action == ImportAction.DELETE
    assert model.to_dict() == sample


def test_import_stage_and_exceptions_round_trip() -> None:
    stage = {"UserProfilePreferences": [EXPORTED_PROFILE]}
    staged = ImportStageRequest.from_dict(stage)
    _no_extra(staged)
    assert staged.to_dict() == stage
    exceptions = {"Count": 0, "HasMore": False, "Limit": 1000, "Offset": 1, "TotalResults": 0}
    page = ImportExceptionsPage.from_dict(exceptions)
    _no_extra(page)
    assert page.to_dict() == exceptions
