"""Contract tests: a third party (Stoplight Prism) checks what the SDK sends against the vendored spec.

Prism runs as a dynamic mock of ``openapi/mypreferences-v4.yaml``. Every operation of the spec is driven
through the real client with valid arguments (built from the spec's own schemas); Prism must accept each
request (no ``sl-violations`` header, no 4xx), and the SDK must parse the random responses Prism generates
from the response schemas. JSON Patch bodies go through every PATCH operation.
"""

from __future__ import annotations

import json
import os
import shutil
import typing
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mypreferences import MyPreferences
from mypreferences._resources import OPERATIONS
from mypreferences._schemas import SCHEMAS
from mypreferences.auth import PnAuthInfo3
from mypreferences.patch import JsonPatch
from mypreferences.testing import serve_process

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "mypreferences-v4.yaml"
PRISM = ROOT / "scripts" / "node_modules" / ".bin" / "prism"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    exe = str(PRISM) if PRISM.exists() else shutil.which("prism")
    assert exe, "Prism is not installed: run `make install` (scripts/package.json)"

    def argv(port: int) -> list[str]:
        return [exe, "mock", "-d", "--host", "127.0.0.1", "--port", str(port), str(SPEC_PATH)]

    with serve_process(argv, env={**os.environ, "NO_COLOR": "1"}, timeout=60) as port:
        yield f"http://127.0.0.1:{port}"


# -- valid example values built from the spec -----------------------------------------------------


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = _resolve(part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return _resolve(schema[key][0])
    return schema


def example(schema: dict[str, Any], depth: int = 0) -> Any:
    """A value valid for ``schema`` (all writable properties, one array item, constraints honoured)."""
    s = _resolve(schema)
    if "enum" in s:
        return next(v for v in s["enum"] if v is not None)
    kind = s.get("type", "object" if "properties" in s else "string")
    if kind == "string":
        n = max(int(s.get("minLength", 1)), 1)
        return "a" * min(n, int(s.get("maxLength", n)))
    if kind == "integer":
        return max(int(s.get("minimum", 1)), 1)
    if kind == "number":
        return float(max(s.get("minimum", 1), 1))
    if kind == "boolean":
        return True
    if kind == "array":
        return [] if depth > 4 else [example(s.get("items", {}), depth + 1)]
    props = s.get("properties", {})
    out = {}
    for name, prop in props.items():
        if _resolve(prop).get("readOnly") or prop.get("readOnly"):
            continue
        if depth > 4 and name not in s.get("required", []):
            continue
        out[name] = example(prop, depth + 1)
    if not props and isinstance(s.get("additionalProperties"), dict):
        out["key1"] = example(s["additionalProperties"], depth + 1)
    return out


def _spec_operation(op_id: str) -> dict[str, Any]:
    op = OPERATIONS[op_id]
    item = SPEC["paths"][op.path]
    return typing.cast(dict[str, Any], item[op.method.lower()])


def _params(op_id: str) -> list[dict[str, Any]]:
    op = OPERATIONS[op_id]
    raw = SPEC["paths"][op.path].get("parameters", []) + _spec_operation(op_id).get("parameters", [])
    out = []
    for p in raw:
        if "$ref" in p:
            p = SPEC["components"]["parameters"][p["$ref"].rsplit("/", 1)[-1]]
        out.append(p)
    return out


def _snake(name: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(name))


def build_arguments(op_id: str) -> dict[str, Any]:
    """Valid keyword arguments for ``mp.<resource>.<name>(...)`` of ``op_id``."""
    op = OPERATIONS[op_id]
    module = op.load()
    hints = typing.get_type_hints(module._get_kwargs)
    args: dict[str, Any] = {}
    for p in _params(op_id):
        if p["name"] == "clientId" or (p["in"] != "path" and not p.get("required")):
            continue
        value = example(p.get("schema", {"type": "string"}))
        pname = _snake(p["name"])
        if isinstance(value, dict):
            value = _model_for(hints[pname]).from_dict(value)
        args[pname] = value
    body = _spec_operation(op_id).get("requestBody")
    if body:
        media, content = next(iter(body["content"].items()))
        if media == "application/json-patch+json":
            args["body"] = (
                JsonPatch().test("/Name", "a").replace("/Name", "b").remove("/List/1").remove("/List/0")
            )
        else:
            data = example(content["schema"])
            args["body"] = _build(hints["body"], data)
    return args


def _model_for(hint: Any) -> Any:
    for arg in typing.get_args(hint) or (hint,):
        if hasattr(arg, "from_dict"):
            return arg
    raise AssertionError(f"no model class in {hint}")


def _build(hint: Any, data: Any) -> Any:
    if isinstance(data, list):
        inner = next(a for a in typing.get_args(hint) if typing.get_origin(a) is list)
        return [_build(typing.get_args(inner)[0], d) for d in data]
    if isinstance(data, dict):
        return _model_for(hint).from_dict(data)
    return data


@pytest.fixture
async def prism_client(prism_url: str) -> AsyncIterator[MyPreferences]:
    async with MyPreferences(
        "AcmeCorp", auth=PnAuthInfo3("api.user", "secret"), base_url=prism_url, max_retries=0
    ) as mp:
        yield mp


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) >= 100
    assert all(_spec_operation(op_id)["operationId"] == op_id for op_id in OPERATIONS)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
async def test_prism_accepts_request_and_sdk_parses_response(op_id: str, prism_client: MyPreferences) -> None:
    op = OPERATIONS[op_id]
    args = build_arguments(op_id)
    method = getattr(getattr(prism_client.with_raw_response, op.resource), op.name)
    raw = await method(**args)
    violations = raw.headers.get("sl-violations")
    assert not violations, f"Prism rejected the request: {json.loads(violations)}"
    assert raw.status_code in op.success
    parsed = raw.parsed
    content = raw.http_response.content
    if content:
        assert parsed is not None, "the SDK returned nothing for a response with a body"
    if parsed is not None and hasattr(parsed, "to_dict"):
        assert isinstance(parsed.to_dict(), dict)


async def test_prism_reports_a_bad_request(prism_url: str) -> None:
    """Sanity check of the oracle: Prism flags a request that violates the spec."""
    async with httpx.AsyncClient(base_url=prism_url) as http:
        bad_body = await http.post(
            "/AcmeCorp/Profile", headers={"Authorization": "x"}, json={"IsActive": "nope"}
        )
        missing_query = await http.get(
            "/AcmeCorp/Profile/AlternateId?alternateId=x", headers={"Authorization": "x"}
        )
        no_auth = await http.get("/AcmeCorp/Profile/5")
    assert bad_body.status_code == 400 and "IsActive" in bad_body.headers["sl-violations"]
    assert (
        missing_query.status_code == 400
        and "alternateidtype" in missing_query.headers["sl-violations"].lower()
    )
    assert no_auth.status_code == 401


# -- v2 compatibility: hand-built v2 URLs, translated by the transport, must pass Prism's validation -----


class _StripBase(httpx.AsyncBaseTransport):
    """Prism serves the spec's paths at its root: drop the ``/Profiles/v4`` server base before sending."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raw = request.url.raw_path
        if raw.startswith(b"/Profiles/v4/"):
            request.url = request.url.copy_with(raw_path=raw[len(b"/Profiles/v4") :])
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _v2_cases() -> list[tuple[str, str, str]]:
    from tests.test_compat import V2_CASES

    return [(key, method, v2) for key, method, v2, _ in V2_CASES]


@pytest.mark.parametrize(("key", "method", "v2_path"), _v2_cases())
async def test_v2_compat_requests_pass_prism_validation(
    key: str, method: str, v2_path: str, prism_url: str
) -> None:
    from mypreferences.compat import ROUTES, V2CompatTransport

    row = next(r for r in ROUTES if r.family == "v2" and r.key == key)
    assert row.operation_id is not None
    body: Any = None
    if method in {"POST", "PUT", "PATCH"}:
        request_body = _spec_operation(row.operation_id).get("requestBody")
        if request_body:
            media, content = next(iter(request_body["content"].items()))
            body = (
                {"Operations": [{"op": "replace", "path": "/IsActive", "value": True}]}
                if media == "application/json-patch+json"
                else example(content["schema"])
            )
    transport = V2CompatTransport(_StripBase())
    with pytest.warns(DeprecationWarning):
        async with httpx.AsyncClient(transport=transport) as http:
            response = await http.request(
                method,
                f"{prism_url}/Profiles/v2{v2_path}",
                json=body,
                headers={
                    "Authorization": "PNAUTHINFO3-HMAC-SHA256 Credential=u/2024-01-01T00:00:00Z Signature=x"
                },
            )
    assert "sl-violations" not in response.headers, json.loads(response.headers["sl-violations"])
    assert response.status_code in OPERATIONS[row.operation_id].success
