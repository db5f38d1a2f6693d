"""Conformance of the embedded server to the vendored spec, checked by Schemathesis.

Every operation of ``openapi/mypreferences-v4.yaml`` is exercised in-process (ASGI) with a few generated
requests, valid and invalid (positive and negative generation). Each answer must not be a server error (501
only for the operations the server documents as not implemented), must use a status documented for the
operation, and must match the documented content type, headers and body schema. Requests are signed with a
valid PNAUTHINFO3 header and addressed to the server's account; half of the generated profile ids and
alternate ids are replaced by ones that exist, so reads and writes reach stored profiles.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from mypreferences.auth import sign_pnauthinfo3
from mypreferences.testing import MockServer
from mypreferences.testing._auth import expected_signature

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "mypreferences-v4.yaml"
CLIENT, USER, SECRET = "Demo", "demo", "demo-secret"
EXAMPLES_PER_OPERATION = 4

SERVER = MockServer(CLIENT, users={USER: SECRET}, check_responses=True)
schema = schemathesis.openapi.from_path(SPEC)
schema.app = SERVER
schema.config.phases.coverage.unexpected_methods = set()  # other methods on a path are not operations
STATS: Counter[str] = Counter()
STARTED = time.monotonic()


def _seed_profiles() -> list[int]:
    """Profiles the generated requests are pointed at (ids and alternate ids)."""
    ids = []
    for i in range(3):
        doc = SERVER.store.create(
            {
                "CustomerName": {"FirstName": f"Seed{i}", "LastName": "Conformance"},
                "AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": f"seed-{i}"}],
                "Emails": [{"EmailAddress": f"seed{i}@example.com", "EmailAddressType": "Personal"}],
                "ProfileTags": [{"Name": "seed"}],
                "Groups": [{"GroupType": "Household", "GroupName": "Seeds", "IsPrimary": i == 0}],
            }
        )
        ids.append(doc["ProfileId"])
    return ids


SEEDED = _seed_profiles()


def _point_at_stored_data(case: Any) -> None:
    """Address the server's account; send half of the id-like parameters to existing profiles."""
    path = case.path_parameters or {}
    if "clientId" in path:
        path["clientId"] = CLIENT
    if isinstance(path.get("profileId"), int) and path["profileId"] % 2 == 0:
        path["profileId"] = SEEDED[abs(path["profileId"]) % len(SEEDED)]
    for where in (path, case.query if isinstance(case.query, dict) else {}):
        if isinstance(where.get("alternateId"), str) and len(where["alternateId"]) % 2 == 0:
            where["alternateIdType"], where["alternateId"] = "CRM", f"seed-{len(where['alternateId']) % 3}"


def _signature_header() -> dict[str, str]:
    return {"Authorization": sign_pnauthinfo3(CLIENT, USER, SECRET, datetime.now(UTC))}


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    took = time.monotonic() - STARTED
    statuses = ", ".join(f"{k}: {v}" for k, v in sorted(STATS.items()) if k.isdigit())
    print(  # shown with -s / in the captured output of a failure
        f"\nschemathesis: {STATS['operations']} operations, {STATS['examples']} requests in {took:.1f} s; "
        f"statuses {statuses}"
    )
    assert not SERVER.errors, SERVER.errors


def test_the_servers_contract_table_matches_the_spec() -> None:
    """``contract.json`` is derived from the vendored spec; regenerate it after editing the spec."""
    import yaml

    from mypreferences._resources import OPERATIONS
    from mypreferences.testing import _contract, _contract_build

    fresh = _contract_build.build_contract(yaml.safe_load(SPEC.read_text("utf-8")))
    stored = json.loads((Path(_contract.__file__).with_name(_contract.CONTRACT_FILE)).read_text("utf-8"))
    assert fresh == stored, (
        "run: python -m mypreferences.testing._contract_build openapi/mypreferences-v4.yaml"
    )
    routes = {op_id: (op.method, op.path) for op_id, op in _contract.operations().items()}
    assert routes == {op_id: (op.method, op.path) for op_id, op in OPERATIONS.items()}


def test_the_signer_and_the_server_agree_on_the_header() -> None:
    header = _signature_header()["Authorization"]
    stamp = header.split("Credential=demo/", 1)[1].split(" ", 1)[0]
    assert header.endswith(expected_signature(CLIENT, USER, SECRET, stamp, "SHA256"))


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    database=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_server_conforms_to_the_spec(case: Any) -> None:
    operation_id = case.operation.definition.raw["operationId"]
    if STATS[f"op:{operation_id}"] == 0:
        STATS["operations"] += 1
    STATS[f"op:{operation_id}"] += 1
    STATS["examples"] += 1
    _point_at_stored_data(case)
    response = case.call(headers=_signature_header())
    STATS[str(response.status_code)] += 1
    if response.status_code == 501:
        assert operation_id in SERVER.not_implemented, f"{operation_id} answered 501"
        assert response.json()["Message"].endswith("is not implemented by the mock server.")
        return
    case.validate_response(
        response,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_headers_conformance,
            response_schema_conformance,
        ],
        headers=_signature_header(),
    )
    assert not SERVER.errors, SERVER.errors
