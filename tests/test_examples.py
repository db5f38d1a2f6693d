"""The examples run: the FastAPI backend against the in-process server, the batch job on loopback."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mypreferences import MyPreferences
from mypreferences.testing import MockServer

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
sys.path.insert(0, str(EXAMPLES))

import batch_job  # noqa: E402
import fastapi_backend  # noqa: E402


@pytest.fixture
async def backend() -> AsyncIterator[tuple[httpx.AsyncClient, MockServer]]:
    server = MockServer("Demo", users={"demo": "demo-secret"})

    def factory() -> MyPreferences:
        return server.client()

    app = fastapi_backend.create_app(factory)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://backend") as http:
            yield http, server
    await server.aclose()


async def test_fastapi_backend_awaits_the_sdk_per_request(
    backend: tuple[httpx.AsyncClient, MockServer],
) -> None:
    http, server = backend
    created = await http.post(
        "/customers",
        json={"crm_id": "C-1 ü", "first_name": "Ada", "last_name": "Lovelace", "email": "ada@x.io"},
    )
    assert created.status_code == 201, created.text
    profile_id = created.json()["profile_id"]
    got = await http.get("/customers/C-1%20%C3%BC")
    assert got.status_code == 200
    assert got.json()["profile_id"] == profile_id
    assert got.json()["emails"] == ["ada@x.io"]
    renamed = await http.patch("/customers/C-1%20%C3%BC/name", json={"last_name": "Byron"})
    assert renamed.status_code == 200 and renamed.json()["name"]["LastName"] == "Byron"
    found = await http.get("/customers", params={"email": "ada@x.io"})
    assert [c["profile_id"] for c in found.json()] == [profile_id]
    missing = await http.get("/customers/nobody")
    assert missing.status_code == 404
    dot = await http.get("/customers/..")
    assert dot.status_code in {404, 422}
    ops = [r.operation_id for r in server.requests]
    assert ops[:3] == ["CreateProfile", "GetProfileByAlternateId", "PatchProfileByAlternateId"]


def test_batch_job_runs_against_the_local_server(capsys: pytest.CaptureFixture[str]) -> None:
    code = batch_job.main(["--profiles", "60", "--concurrency", "8", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Summary" in out
    assert "create profiles" in out and "segment export (stream)" in out
    assert "failures 0" in out
    summary = out.split("Summary", 1)[1]
    row = next(line for line in summary.splitlines() if line.startswith("look up by alternate id"))
    assert row.split()[-5:-2] == ["60", "60", "0"]
