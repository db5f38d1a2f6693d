"""JSON Patch documents go through the client to every PATCH operation of the spec."""

from __future__ import annotations

import contextlib
import json

import pytest
import respx

from mypreferences import MyPreferences, errors
from mypreferences._resources import OPERATIONS
from mypreferences.generated.models import UserProfile
from mypreferences.patch import JsonPatch

from .conftest import CLIENT_ID

PATCH_OPS = sorted(op_id for op_id, op in OPERATIONS.items() if op.method == "PATCH")


def test_spec_has_the_documented_patch_operations() -> None:
    assert {"PatchProfileByProfileId", "PatchProfileByAlternateId", "PatchPicklist", "PatchEmailType"} <= set(
        PATCH_OPS
    )


async def test_issue_example_patch_by_alternate_id(mp: MyPreferences, router: respx.Router) -> None:
    route = router.patch(f"/{CLIENT_ID}/Profile/AlternateIdType/CRM/AlternateId/A%2F1").respond(
        200, json={"ProfileId": 5, "CustomerName": {"FirstName": "Ann"}}
    )
    patch = (
        JsonPatch.for_model(UserProfile)
        .remove("/Emails/0")
        .replace(("CustomerName", "FirstName"), "Ann")
        .remove("/Emails/2")
    )
    profile = await mp.profiles.patch_by_alternate_id("CRM", "A/1", body=patch)
    assert isinstance(profile, UserProfile) and profile.profile_id == 5
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/json-patch+json"
    assert json.loads(request.content) == [
        {"op": "replace", "path": "/CustomerName/FirstName", "value": "Ann"},
        {"op": "remove", "path": "/Emails/3"},  # "/Emails/2" was written after "/Emails/0" shifted the list
        {"op": "remove", "path": "/Emails/0"},
    ]


async def test_schema_checked_patch_is_refused_before_sending(
    mp: MyPreferences, router: respx.Router
) -> None:
    route = router.route().respond(200, json={})
    with pytest.raises(errors.InvalidRequestError, match="FirstName"):
        JsonPatch.for_model(UserProfile).replace("/CustomerName/FirstNme", "x")
    with pytest.raises(errors.InvalidRequestError):
        JsonPatch().move("/a", "/b")
    with pytest.raises(errors.InvalidRequestError):
        JsonPatch.for_model(UserProfile).replace("/ProfileId", 9)
    assert route.call_count == 0


@pytest.mark.parametrize("op_id", PATCH_OPS)
async def test_every_patch_operation_sends_the_built_document(
    op_id: str, mp: MyPreferences, router: respx.Router
) -> None:
    op = OPERATIONS[op_id]
    route = router.route(method="PATCH").respond(204)
    patch = JsonPatch().test("/Name", "Old").replace("/Name", "New").remove("/Items/1").remove("/Items/3")
    args = {name: (11 if fmt.startswith("int") else "v w/x") for name, fmt in op.path_params.items()}
    method = getattr(getattr(mp, op.resource), op.name)
    with pytest.raises(errors.APIStatusError) if 204 not in op.success else contextlib.nullcontext():
        await method(**args, body=patch)
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/json-patch+json"
    assert json.loads(request.content) == patch.to_json_list()
    assert [o["op"] for o in patch.to_json_list()] == ["test", "replace", "remove", "remove"]
    # same effect as written: "/Items/3" was written after "/Items/1" shifted the array
    assert [o["path"] for o in patch.to_json_list()][2:] == ["/Items/4", "/Items/1"]
