"""The SDK inside a current FastAPI app that itself uses httpx2 (run in an environment with both installed).

    PY=$(python scripts/httpx2_env.py)                 # build or reuse the environment, print its python
    $PY scripts/httpx2_check.py            # side by side: SDK on httpx, app on httpx2
    $PY scripts/httpx2_check.py --alias    # httpx2.alias_httpx(): everything on httpx2

``tests/test_httpx2.py`` builds that environment (``scripts/httpx2_env.py``) and runs this script both ways.

The app: a FastAPI service whose lifespan opens one ``MyPreferences`` client (against the embedded server on
loopback) and one ``httpx2.AsyncClient`` (to an "enrichment" service, an ASGI app reached through
``httpx2.ASGITransport``). ``GET /customers/{alternate_id}`` looks the profile up with the SDK and enriches
it with httpx2 in the same request, on the same event loop. It is called through FastAPI's ``TestClient``,
which in Starlette >= 1.0 is an ``httpx2.Client``. Prints one JSON object and exits 0 when every check passed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

ALIAS = "--alias" in sys.argv[1:]
if ALIAS:
    import httpx2

    httpx2.alias_httpx()  # before anything imports httpx: `import httpx` now gives httpx2

warnings.simplefilter("error")  # e.g. Starlette's "using httpx with the TestClient is deprecated"

import fastapi  # noqa: E402
import httpx  # noqa: E402
import httpx2  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import JSONResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402

from mypreferences import MyPreferences, NotFoundError  # noqa: E402
from mypreferences.auth import PnAuthInfo3  # noqa: E402
from mypreferences.testing import MockServer  # noqa: E402

CLIENT_ID, USER, SECRET = "Demo", "demo", "httpx2-check-secret"


async def segments(request: Request) -> JSONResponse:
    """The enrichment service: the marketing segments of a customer id."""
    return JSONResponse({"customer": request.path_params["cid"], "segments": ["newsletter", "vip"]})


enrichment = fastapi.FastAPI(routes=[Route("/segments/{cid}", segments)])


def make_app(base_url: str) -> fastapi.FastAPI:
    """The service under test: one SDK client and one httpx2 client for the app's lifetime."""

    @asynccontextmanager
    async def lifespan(app: fastapi.FastAPI) -> AsyncIterator[None]:
        async with (
            MyPreferences(CLIENT_ID, auth=PnAuthInfo3(USER, SECRET), base_url=base_url, max_retries=0) as mp,
            httpx2.AsyncClient(
                transport=httpx2.ASGITransport(app=enrichment), base_url="http://enrich"
            ) as web,
        ):
            app.state.mp, app.state.web = mp, web
            yield

    app = fastapi.FastAPI(lifespan=lifespan)

    @app.get("/customers/{alternate_id}")
    async def customer(alternate_id: str, request: Request) -> dict[str, Any]:
        mp: MyPreferences = request.app.state.mp
        web: httpx2.AsyncClient = request.app.state.web
        try:
            profile = await mp.profiles.retrieve_by_alternate_id("CRM", alternate_id)
        except NotFoundError:
            raise fastapi.HTTPException(status_code=404, detail="no such customer") from None
        extra = (await web.get(f"/segments/{alternate_id}")).json()
        data = profile.to_dict()
        return {
            "profile_id": data["ProfileId"],
            "first_name": data["CustomerName"]["FirstName"],
            "segments": extra["segments"],
            "sdk_http_client": f"{type(mp.http_client).__module__}.{type(mp.http_client).__name__}",
        }

    return app


async def tour(server: MockServer, base_url: str) -> dict[str, Any]:
    """More of the SDK on whichever httpx the process has: patch, look-up, export, a retried 503, a typed 404."""
    from mypreferences.patch import JsonPatch

    out: dict[str, Any] = {}
    async with MyPreferences(CLIENT_ID, auth=PnAuthInfo3(USER, SECRET), base_url=base_url) as mp:
        patched = await mp.profiles.patch_by_alternate_id(
            "CRM",
            "A-1001",
            body=JsonPatch().add(
                "/Emails/-", {"EmailAddress": "ada@example.com", "EmailAddressType": "Personal"}
            ),
        )
        out["patched_emails"] = [e["EmailAddress"] for e in patched.to_dict()["Emails"]]
        out["lookup"] = [p.to_dict()["ProfileId"] for p in await mp.lookups.by_email("ada@example.com")]
        token = await mp.exports.start(segment="All")
        await mp.exports.wait(token, poll_interval=0.01)
        out["exported"] = [p.to_dict()["ProfileId"] async for p in mp.exports.iter_profiles(token)]
        server.faults.add(status=503, retry_after=0, times=1, route="GetProfilesByEmail")
        out["after_503"] = len(await mp.lookups.by_email("ada@example.com"))
        try:
            await mp.profiles.retrieve(999_999)
        except NotFoundError as exc:
            out["not_found"] = type(exc).__name__
    # An httpx2 client given as http_client: works only when httpx *is* httpx2 (the alias).
    async with httpx2.AsyncClient() as h2:
        try:
            async with MyPreferences(
                CLIENT_ID, auth=PnAuthInfo3(USER, SECRET), base_url=base_url, http_client=h2, max_retries=0
            ) as mp:
                await mp.profiles.retrieve_by_alternate_id("CRM", "A-1001")
            out["httpx2_client_as_http_client"] = "ok"
        except Exception as exc:  # reported, not hidden
            out["httpx2_client_as_http_client"] = type(exc).__name__
    return out


async def seed(base_url: str) -> int:
    async with MyPreferences(CLIENT_ID, auth=PnAuthInfo3(USER, SECRET), base_url=base_url) as mp:
        created = await mp.profiles.create(
            body={
                "CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"},
                "AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "A-1001"}],
                "Emails": [{"EmailAddress": "ada.work@example.com", "EmailAddressType": "Work"}],
            }
        )
        return int(created.to_dict()["ProfileId"])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--alias", action="store_true", help="call httpx2.alias_httpx() first (read at import)"
    )
    parser.parse_args()
    server = MockServer(CLIENT_ID, users={USER: SECRET})
    with server.serve_in_thread(port=0) as base_url:
        profile_id = asyncio.run(seed(base_url))
        with TestClient(make_app(base_url)) as client:
            found = client.get("/customers/A-1001")
            missing = client.get("/customers/nobody")
            test_client = f"{type(client).__mro__[1].__module__}.{type(client).__mro__[1].__name__}"
        more = asyncio.run(tour(server, base_url))
    report = {
        "mode": "alias" if ALIAS else "side-by-side",
        "httpx": f"{httpx.__name__} {httpx.__version__}",
        "httpx2": httpx2.__version__,
        "fastapi": fastapi.__version__,
        "test_client_base": test_client,
        "status": found.status_code,
        "answer": found.json(),
        "missing_status": missing.status_code,
        "created_profile_id": profile_id,
        "tour": more,
        "server_errors": [repr(e) for e in server.errors],
    }
    print(json.dumps(report))
    expected_sdk = "httpx2.AsyncClient" if ALIAS else "httpx.AsyncClient"
    ok = (
        found.status_code == 200
        and found.json()["profile_id"] == profile_id
        and found.json()["segments"] == ["newsletter", "vip"]
        and found.json()["sdk_http_client"] == expected_sdk
        and missing.status_code == 404
        and test_client.startswith("httpx2")
        and more["lookup"] == [profile_id]
        and more["exported"] == [profile_id]
        and more["after_503"] == 1
        and more["not_found"] == "NotFoundError"
        and more["httpx2_client_as_http_client"] == ("ok" if ALIAS else "InvalidRequestError")
        and not server.errors
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
