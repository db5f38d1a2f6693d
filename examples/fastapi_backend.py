"""An async web backend that awaits the SDK per request (FastAPI).

One :class:`~mypreferences.MyPreferences` client (one connection pool) is opened with the application and
shared by every request; each endpoint awaits one or two SDK calls and maps the SDK's typed errors to HTTP
answers. Every call has a deadline (``with_options(deadline=...)``): a request never sleeps on another
request's 429 pause; it answers 503 with ``Retry-After`` instead.

Run against the local server::

    python -m mypreferences.testing --port 8080 --user demo --secret demo-secret &
    MYPREFERENCES_CLIENT_ID=Demo MYPREFERENCES_USER_ID=demo MYPREFERENCES_SECRET=demo-secret \\
    MYPREFERENCES_BASE_URL=http://127.0.0.1:8080/Profiles/v4 uvicorn examples.fastapi_backend:app
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel

from mypreferences import MyPreferences, NotFoundError, PermissionDeniedError, RateLimitError
from mypreferences.errors import APIConnectionError, APIStatusError, InvalidRequestError
from mypreferences.generated.models import AlternateIdEntry, CustomerName, EmailEntry, UserProfile
from mypreferences.patch import JsonPatch

ALT_TYPE = "CRM"
REQUEST_DEADLINE = 5.0  # seconds an SDK call may take, waits included


class NewCustomer(BaseModel):
    """Body of ``POST /customers``."""

    crm_id: str
    first_name: str
    last_name: str
    email: str


class Rename(BaseModel):
    """Body of ``PATCH /customers/{crm_id}/name``."""

    last_name: str


def _summary(profile: UserProfile) -> dict[str, Any]:
    data = profile.to_dict()
    return {
        "profile_id": data.get("ProfileId"),
        "name": data.get("CustomerName", {}),
        "emails": [e.get("EmailAddress") for e in data.get("Emails", [])],
        "active": data.get("IsActive"),
    }


def create_app(client_factory: Callable[[], MyPreferences] = MyPreferences.from_env) -> FastAPI:
    """Build the application; ``client_factory`` makes the SDK client (tests pass an in-process one)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with client_factory() as mp:
            app.state.mp = mp.with_options(deadline=REQUEST_DEADLINE)
            yield

    app = FastAPI(title="Preference centre backend", lifespan=lifespan)

    def sdk(request: Request) -> MyPreferences:
        return request.app.state.mp  # type: ignore[no-any-return]

    @app.exception_handler(APIStatusError)
    async def upstream_error(request: Request, exc: APIStatusError) -> Any:
        if isinstance(exc, RateLimitError):
            retry = {"Retry-After": str(max(1, round(exc.retry_after or 1)))}
            raise HTTPException(status_code=503, detail="rate limited, retry later", headers=retry)
        status = 404 if isinstance(exc, NotFoundError) else 409 if exc.status_code == 409 else 502
        raise HTTPException(status_code=status, detail=exc.message)

    @app.post("/customers", status_code=201)
    async def create_customer(body: NewCustomer, request: Request) -> dict[str, Any]:
        mp = sdk(request)
        profile = UserProfile(
            customer_name=CustomerName(first_name=body.first_name, last_name=body.last_name),
            alternate_ids=[AlternateIdEntry(alternate_id_type=ALT_TYPE, alternate_id=body.crm_id)],
            emails=[EmailEntry(email_address=body.email, is_default=True)],
        )
        created = await mp.profiles.create(body=profile)
        return {"profile_id": created.profile_id}

    @app.get("/customers/{crm_id}")
    async def get_customer(crm_id: str, request: Request) -> dict[str, Any]:
        try:
            profile = await sdk(request).profiles.retrieve_by_alternate_id(
                alternate_id_type=ALT_TYPE, alternate_id=crm_id
            )
        except NotFoundError:
            raise HTTPException(status_code=404, detail="no such customer") from None
        except InvalidRequestError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        return _summary(profile)

    @app.patch("/customers/{crm_id}/name")
    async def rename(crm_id: str, body: Rename, request: Request) -> dict[str, Any]:
        patch = JsonPatch.for_model(UserProfile).replace(("CustomerName", "LastName"), body.last_name)
        try:
            profile = await sdk(request).profiles.patch_by_alternate_id(ALT_TYPE, crm_id, body=patch)
        except InvalidRequestError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        return _summary(profile) if isinstance(profile, UserProfile) else {"pending": True}

    @app.get("/customers")
    async def search(email: str, request: Request) -> list[dict[str, Any]]:
        try:
            profiles = await sdk(request).lookups.by_email(email_address=email)
        except PermissionDeniedError:
            raise HTTPException(status_code=400, detail="too many matches; narrow the search") from None
        except APIConnectionError:
            raise HTTPException(status_code=503, detail="preferences service unreachable") from None
        return [_summary(p) for p in profiles]

    return app


app = create_app()
