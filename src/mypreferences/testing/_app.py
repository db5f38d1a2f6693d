"""The ASGI application: routing on the raw path, PNAUTHINFO3 verification, faults, and the operation handlers."""

from __future__ import annotations

import contextlib
import hmac
import json
import logging
import re
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote_to_bytes

import anyio
from starlette.requests import Request
from starlette.responses import Response

from mypreferences.testing._state import (
    KEYS,
    ApiError,
    Store,
    custom_properties_match,
    digits,
    indexed,
    low,
)

if TYPE_CHECKING:
    import httpx

    from mypreferences import MyPreferences

logger = logging.getLogger("mypreferences.testing")
JSON = dict[str, Any]
_SCHEME = re.compile(r"PNAUTHINFO3-(HMAC-)?(SHA256|SHA384|SHA512)", re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})?", re.ASCII)
_INT = re.compile(r"-?[0-9]{1,10}")  # what ASP.NET binds to an int: no "+", "_", spaces or non-ASCII digits
_DEFAULT_AUTH: Any = object()
_PENDING_OPS = frozenset(
    {"CreateProfile", "UpdateProfileByProfileId", "UpsertProfileByAlternateId", "ReplaceProfileByProfileId",
     "PatchProfileByProfileId", "PatchProfileByAlternateId"}
)  # fmt: skip


@dataclass
class Fault:
    """An injected failure: answer ``status`` (with ``Retry-After``) and/or wait ``delay`` seconds first.

    ``times`` is how many matching requests it affects (None = all); ``route`` selects them: None (every
    request), an operationId (``"GetProfileByProfileId"``) or ``"METHOD /template"`` as in the spec
    (``"GET /{clientId}/Profile/{profileId}"``).
    """

    status: int | None = None
    retry_after: float | None = None
    times: int | None = 1
    route: str | None = None
    delay: float = 0.0
    message: str | None = None
    hits: int = 0

    def matches(self, method: str, template: str, operation_id: str) -> bool:
        """Tell whether the fault applies to a request."""
        if self.times is not None and self.hits >= self.times:
            return False
        return self.route is None or self.route in (operation_id, f"{method} {template}")


class Faults:
    """The fault list of a server (thread-safe; shared with a loopback server thread)."""

    def __init__(self) -> None:
        self._items: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        times: int | None = 1,
        route: str | None = None,
        delay: float = 0.0,
        message: str | None = None,
    ) -> Fault:
        """Inject a fault (see :class:`Fault`); returns it (``fault.hits`` counts the requests it affected)."""
        fault = Fault(status, retry_after, times, route, delay, message)
        with self._lock:
            self._items.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._items.clear()

    def take(self, method: str, template: str, operation_id: str) -> Fault | None:
        """Consume one use of the first fault matching a request."""
        with self._lock:
            for fault in self._items:
                if fault.matches(method, template, operation_id):
                    fault.hits += 1
                    return fault
        return None

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server answered."""

    method: str
    path: str
    operation_id: str | None
    status: int
    body: bytes


@dataclass(frozen=True)
class _Route:
    method: str
    template: str
    operation_id: str
    segments: tuple[str | None, ...]
    names: tuple[str, ...]


@dataclass
class _Ctx:
    request: Request
    op: str
    params: dict[str, str]
    body: Any = None
    query: list[tuple[str, str]] = field(default_factory=list)

    def q(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.query:
            if key.lower() == name.lower():
                return value
        return default

    def need(self, name: str) -> str:
        value = self.q(name)
        if not value:
            raise ApiError(400, f"The query parameter '{name}' is required.")
        return value

    def flag(self, name: str, default: bool = False) -> bool:
        value = self.q(name)
        if value is None or value == "":
            return default
        if value.lower() not in ("true", "false"):
            raise ApiError(400, f"The value '{value}' is not valid for {name}.")
        return value.lower() == "true"

    def number(self, name: str, default: int | None = None) -> int:
        raw = self.params.get(name) if name in self.params else self.q(name)
        if raw is None and default is not None:
            return default
        if raw is None or not _INT.fullmatch(raw):
            raise ApiError(400, f"The value '{raw}' is not valid for {name}.")
        return int(raw)


def _compile_routes() -> list[_Route]:
    from mypreferences._resources import OPERATIONS

    routes = []
    for op in OPERATIONS.values():
        parts = op.path.strip("/").split("/")
        segs = tuple(None if p.startswith("{") else p.lower() for p in parts)
        names = tuple(p.strip("{}") if p.startswith("{") else "" for p in parts)
        routes.append(_Route(op.method, op.path, op.operation_id, segs, names))
    return routes


def _utc_now() -> datetime:
    return datetime.now(UTC)


class MockServer:
    """An in-memory MyPreferences v4 account served as an ASGI app (see :mod:`mypreferences.testing`).

    Args:
        client_id: the account id every route must carry (others → 404).
        users: API user → secret for PNAUTHINFO3; None (and no ``bearer_tokens``) disables authentication.
        bearer_tokens: accepted ``Authorization: Bearer`` tokens.
        seed: start with the seed configuration (contact/consent types, programs); False = empty account.
        base_path: URL prefix of the API (requests are accepted with or without it).
        clock: the server's clock (aware datetimes) for auth windows, dates and pending-update timeouts.
        auth_window: how old a PNAUTHINFO3 timestamp may be (default 15 minutes).
        pending_reads / pending_seconds: when either is set, profile writes answer 202 "Pending Update"
            and the profile reads "Pending Update" for that many reads and/or seconds, then "Complete".
        export_processing_polls: status polls answering "Processing" before an export is "Complete".
        record_limit: how many answers :attr:`requests` keeps (the oldest are dropped; None keeps all),
            so a long-running loopback server does not grow without bound.

    """

    def __init__(
        self,
        client_id: str = "Demo",
        *,
        users: Mapping[str, str] | None = None,
        bearer_tokens: tuple[str, ...] | list[str] = (),
        seed: bool = True,
        base_path: str = "/Profiles/v4",
        clock: Callable[[], datetime] = _utc_now,
        auth_window: timedelta = timedelta(minutes=15),
        pending_reads: int | None = None,
        pending_seconds: float | None = None,
        export_processing_polls: int = 1,
        record_limit: int | None = 10_000,
    ) -> None:
        self.client_id = client_id
        self.record_limit = record_limit
        self.users = dict(users) if users is not None else None
        self.bearer_tokens = frozenset(bearer_tokens)
        self.base_path = "/" + base_path.strip("/") if base_path.strip("/") else ""
        self.clock = clock
        self.auth_window = auth_window
        self.pending_reads = pending_reads
        self.pending_seconds = pending_seconds
        self.faults = Faults()
        self.requests: list[RecordedRequest] = []
        self.errors: list[BaseException] = []
        self._seed = seed
        self._processing_polls = export_processing_polls
        self.store = Store(clock, seed, "mock", export_processing_polls)
        self._routes = _compile_routes()
        self._handlers = _handlers(self)
        self._clients: list[httpx.AsyncClient] = []
        # Handlers are synchronous; the lock makes each one atomic even when the same server is also
        # driven from another thread (serve_in_thread next to in-process clients, reset() from a test).
        self._lock = threading.Lock()

    # -- public conveniences --------------------------------------------------------------------

    @property
    def app(self) -> Callable[[Any, Any, Any], Awaitable[None]]:
        """The ASGI 3 application (the server object itself)."""
        return self

    @property
    def auth_enabled(self) -> bool:
        """True when requests must carry credentials."""
        return self.users is not None or bool(self.bearer_tokens)

    def reset(self) -> None:
        """Drop every profile, export, fault and recorded request (configuration is re-seeded)."""
        with self._lock:
            self.store = Store(self.clock, self._seed, "mock", self._processing_polls)
            self.requests.clear()
        self.faults.clear()

    def client(self, auth: httpx.Auth | None = _DEFAULT_AUTH, **kwargs: Any) -> MyPreferences:
        """Return a :class:`~mypreferences.MyPreferences` bound in-process to this server (``httpx.ASGITransport``).

        ``auth`` defaults to PNAUTHINFO3 with the first configured user (None when auth is disabled);
        ``kwargs`` go to the client (``max_retries``, ``timeout``...). Close with :meth:`aclose`.
        """
        import httpx

        from mypreferences import MyPreferences
        from mypreferences.auth import PnAuthInfo3

        if auth is _DEFAULT_AUTH:
            auth = PnAuthInfo3(*next(iter(self.users.items()))) if self.users else None
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app))
        self._clients.append(http)
        return MyPreferences(
            self.client_id, auth=auth, base_url=f"http://mp.local{self.base_path}", http_client=http, **kwargs
        )

    async def aclose(self) -> None:
        """Close the HTTP clients made by :meth:`client`."""
        while self._clients:
            await self._clients.pop().aclose()

    def run(self, host: str = "127.0.0.1", port: int = 8080) -> None:
        """Serve on ``host:port`` with uvicorn until interrupted (blocking)."""
        import uvicorn

        uvicorn.run(self, host=host, port=port, log_level="info", lifespan="off", interface="asgi3")

    @contextlib.contextmanager
    def serve_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve with uvicorn in a background thread; yields the base URL (``http://host:port/Profiles/v4``)."""
        import uvicorn

        server = uvicorn.Server(
            uvicorn.Config(self, host=host, port=port, log_level="warning", lifespan="off", interface="asgi3")
        )
        thread = threading.Thread(target=server.run, name="mypreferences-mock", daemon=True)
        thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock server did not start")
            time.sleep(0.01)
        bound = server.servers[0].sockets[0].getsockname()[1]
        try:
            yield f"http://{host}:{bound}{self.base_path}"
        finally:
            server.should_exit = True
            thread.join(10)

    # -- ASGI ------------------------------------------------------------------------------------

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Serve one ASGI connection."""
        if scope["type"] == "lifespan":
            while True:
                if (await receive())["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        raw = scope.get("raw_path") or quote(scope["path"]).encode()
        operation_id: str | None = None
        try:
            try:  # split the raw path before decoding: an encoded "/" stays inside its segment
                path = raw.split(b"?", 1)[0].strip(b"/")
                segments = [unquote_to_bytes(s).decode() for s in path.split(b"/")]
            except UnicodeDecodeError:
                raise ApiError(400, "The request URI is not valid UTF-8.") from None
            prefix = [s.lower() for s in self.base_path.split("/") if s]
            if prefix and [s.lower() for s in segments[: len(prefix)]] == prefix:
                segments = segments[len(prefix) :]
            if segments[:1] == ["_mp"]:
                response = await self._control(request, segments[1:])
            else:
                route, params = self._match(request.method, segments)
                operation_id = route.operation_id
                response = await self._serve(request, route, params)
        except ApiError as exc:
            response = _error(exc.status, exc.message, exc.headers)
        except Exception as exc:  # a bug in the mock: answer 500, keep it for the tests to see
            logger.exception("mock server failure")
            self.errors.append(exc)
            response = _error(500, "An error has occurred.")
        self.requests.append(
            RecordedRequest(
                request.method,
                raw.decode("latin-1"),
                operation_id,
                response.status_code,
                bytes(response.body),
            )
        )
        limit = self.record_limit
        if limit is not None and len(self.requests) > limit + limit // 10:
            del self.requests[: len(self.requests) - limit]  # trim in batches: amortised O(1) per answer
        await response(scope, receive, send)

    def _match(self, method: str, segments: list[str]) -> tuple[_Route, dict[str, str]]:
        fits = [
            r for r in self._routes
            if len(r.segments) == len(segments) and all(s is None or s == v.lower() for s, v in zip(r.segments, segments, strict=True))
        ]  # fmt: skip
        if not fits:
            raise ApiError(404, "No HTTP resource was found that matches the request URI.")
        same = [r for r in fits if r.method == method]
        if not same:
            raise ApiError(405, "The requested resource does not support this HTTP method.")
        route = min(same, key=lambda r: tuple(s is None for s in r.segments))
        return route, {n: v for n, v in zip(route.names, segments, strict=True) if n}

    async def _serve(self, request: Request, route: _Route, params: dict[str, str]) -> Response:
        fault = self.faults.take(route.method, route.template, route.operation_id)
        if fault is not None:
            if fault.delay:
                await anyio.sleep(fault.delay)
            if fault.status is not None:
                headers = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
                return _error(fault.status, fault.message or f"Injected fault ({fault.status}).", headers)
        self._authenticate(request.headers.get("authorization"), params["clientId"])
        if params["clientId"] != self.client_id:
            raise ApiError(404, f"Client '{params['clientId']}' was not found.")
        ctx = _Ctx(request, route.operation_id, params, query=list(request.query_params.multi_items()))
        raw = await request.body()
        if raw.strip():
            try:
                ctx.body = json.loads(raw)
            except ValueError:
                raise ApiError(400, "The request is invalid: the body is not valid JSON.") from None
        handler = self._handlers.get(route.operation_id)
        if handler is None:
            raise ApiError(501, f"{route.operation_id} is not implemented by the mock server.")
        with self._lock:
            status, body, headers = _normalise(handler(ctx))
        if body is None:
            return Response(status_code=status, headers=headers)
        return Response(json.dumps(body), status, headers, media_type="application/json; charset=utf-8")

    def _authenticate(self, header: str | None, client_id: str) -> None:
        if not self.auth_enabled:
            return
        from mypreferences.auth import sign_pnauthinfo3
        from mypreferences.errors import InvalidRequestError

        def deny(message: str) -> ApiError:
            realm = {"WWW-Authenticate": 'PNAUTHINFO3 realm="mypreferences-mock"'}
            return ApiError(401, message, realm)

        if not header or not header.strip():
            raise deny("Missing Authorization Header")
        scheme, _, rest = header.strip().partition(" ")
        if scheme.lower() == "bearer":
            if any(_same(rest.strip(), t) for t in self.bearer_tokens):
                return
            raise deny("Unable to authenticate request")
        m = _SCHEME.fullmatch(scheme)
        if not m:
            raise deny("The scheme is invalid")
        parts = dict(p.partition("=")[::2] for p in rest.split())
        user, _, stamp = (parts.get("Credential") or "").partition("/")
        if not m.group(1) or not user or not stamp or not parts.get("Signature") or self.users is None:
            raise deny("Unable to authenticate request")
        bad_date = "The specified date does not match an expected ISO 8601 format"
        try:
            issued = datetime.fromisoformat(stamp.replace("Z", "+00:00")) if _ISO.fullmatch(stamp) else None
        except ValueError:  # well-formed but impossible, e.g. month 13
            issued = None
        if issued is None:
            raise deny(bad_date)
        issued = issued if issued.tzinfo else issued.replace(tzinfo=UTC)
        now = self.clock()
        if issued > now:
            raise deny(bad_date)  # future timestamps get the same documented message
        if now - issued > self.auth_window:
            raise deny("The difference between the issued timestamp and the current time is too large")
        secret = self.users.get(user)
        if secret is None:
            raise deny("Unable to authenticate request")
        try:  # the SDK's own recipe; it refuses what cannot be signed (e.g. a client id holding "/")
            expected = sign_pnauthinfo3(client_id, user, secret, stamp, m.group(2)).rsplit("Signature=", 1)[1]
        except InvalidRequestError:
            raise deny("Unable to authenticate request") from None
        if not _same(expected, parts["Signature"]):
            raise deny("Unable to authenticate request")

    async def _control(self, request: Request, path: list[str]) -> Response:
        """``POST /_mp/faults`` (Fault fields as JSON), ``DELETE /_mp/faults``, ``POST /_mp/reset``."""
        if path == ["faults"] and request.method == "POST":
            try:
                spec = json.loads(await request.body() or b"{}")
                fault = self.faults.add(**spec)
            except (ValueError, TypeError) as exc:
                raise ApiError(400, f"Invalid fault: {exc}") from None
            return Response(
                json.dumps({"route": fault.route, "status": fault.status}), 201, media_type="application/json"
            )
        if path == ["faults"] and request.method == "DELETE":
            self.faults.clear()
            return Response(status_code=204)
        if path == ["reset"] and request.method == "POST":
            self.reset()
            return Response(status_code=204)
        raise ApiError(404, "Unknown control endpoint.")


def _same(a: str, b: str) -> bool:
    """Constant-time comparison of two header strings (any characters, unlike ``compare_digest`` on str)."""
    return hmac.compare_digest(a.encode(), b.encode())


def _error(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    return Response(
        json.dumps({"Message": message}),
        status,
        dict(headers or {}),
        media_type="application/json; charset=utf-8",
    )


def _normalise(reply: Any) -> tuple[int, Any, dict[str, str]]:
    if isinstance(reply, tuple):
        status, body, *rest = reply
        return status, body, rest[0] if rest else {}
    return 200, reply, {}


def _handlers(server: MockServer) -> dict[str, Callable[[_Ctx], Any]]:
    """Map each operationId to handler(ctx) returning a body (200), ``(status, body)`` or ``(status, body, headers)``."""

    def s() -> Store:
        return server.store

    def by_id(c: _Ctx) -> JSON:
        return s().get(c.number("profileId"))

    def by_alt_query(c: _Ctx, inactive: bool = False) -> JSON:
        return s().find_alt(c.need("alternateIdType"), c.need("alternateId"), inactive=inactive)

    def by_alt_path(c: _Ctx) -> JSON:
        return s().find_alt(c.params["alternateIdType"], c.params["alternateId"])

    def written(c: _Ctx, doc: JSON, returns: str) -> Any:
        if c.op in _PENDING_OPS and (server.pending_reads is not None or server.pending_seconds is not None):
            s().mark_pending(doc["ProfileId"], server.pending_reads, server.pending_seconds)
            return 202, s().ack(doc, "Pending Update")
        if returns == "created":
            location = str(c.request.url.replace(query="")).rstrip("/") + f"/{doc['ProfileId']}"
            return 201, s().view(doc), {"Location": location}
        return s().ack(doc) if returns == "ack" else s().view(doc)

    def upsert_alt(c: _Ctx) -> Any:
        id_type, alt_id = c.need("alternateIdType"), c.need("alternateId")
        try:
            doc = s().find_alt(id_type, alt_id, inactive=True)
        except ApiError:
            body = c.body
            if not isinstance(body, dict):
                raise ApiError(
                    400, "The request is invalid: a UserProfile JSON object is expected."
                ) from None
            alts = list(body.get("AlternateIds") or [])
            if not any(
                KEYS["AlternateIds"](a) == (low(id_type), low(alt_id)) for a in alts if isinstance(a, dict)
            ):
                alts.append({"AlternateIdType": id_type, "AlternateId": alt_id, "IsActive": True})
            return written(c, s().create({**body, "AlternateIds": alts}), "ack")
        return written(c, s().update(doc, c.body), "ack")

    def active(c: _Ctx, flag: bool) -> Any:
        reason = c.body.get("Reason") if isinstance(c.body, dict) else None
        s().set_active(by_id(c), flag, reason)
        return 200, None

    def deleted(c: _Ctx) -> Any:
        s().delete(c.number("profileId"))
        return 204, None

    def with_body(method: str, find: Callable[[_Ctx], JSON], status: int = 200) -> Callable[[_Ctx], Any]:
        return lambda c: (getattr(s(), method)(find(c), c.body), (status, None))[1]

    def name_match(c: _Ctx, partial: bool) -> Callable[[JSON], bool]:
        wanted = {
            k: low(c.q(n))
            for k, n in (("LastName", "lastName"), ("FirstName", "firstName"), ("MiddleName", "middleName"))
            if c.q(n)
        }
        c.need("lastName")

        def match(p: JSON) -> bool:
            name = p.get("CustomerName") or {}
            return all(v in low(name.get(k)) if partial else low(name.get(k)) == v for k, v in wanted.items())

        return match

    def emails(c: _Ctx) -> Callable[[JSON], bool]:
        address, kind = low(c.need("emailAddress")), c.q("emailType")
        return lambda p: any(
            low(e.get("EmailAddress")) == address
            and (not kind or low(e.get("EmailAddressType")) == low(kind))
            for e in p.get("Emails") or []
        )

    def phones(c: _Ctx) -> Callable[[JSON], bool]:
        number, kind = digits(c.need("phoneNumber")), c.q("phoneType")
        return lambda p: any(
            digits(e.get("PhoneNumber")) == number and (not kind or low(e.get("PhoneType")) == low(kind))
            for e in p.get("PhoneNumbers") or []
        )

    def address(c: _Ctx) -> Callable[[JSON], bool]:
        city, state = low(c.need("city")), low(c.need("stateProvince"))
        line, postal, kind = low(c.q("address1")), low(c.q("postalCode")), low(c.q("addressType"))
        partial = c.flag("partialAddress1Match")

        def fits(a: JSON) -> bool:
            a1 = low(a.get("Address1"))
            return (
                (low(a.get("City")), low(a.get("StateProvince"))) == (city, state)
                and (not line or (line in a1 if partial else a1 == line))
                and (not postal or low(a.get("PostalCode")) == postal)
                and (not kind or low(a.get("AddressType")) == kind)
            )

        names = name_match(c, c.flag("partialNameMatch")) if c.q("lastName") else (lambda p: True)
        return lambda p: any(fits(a) for a in p.get("Addresses") or []) and names(p)

    def custom_fields(c: _Ctx) -> Callable[[JSON], bool]:
        wanted = indexed(c.query, "customFields")
        if not wanted:
            raise ApiError(400, "At least one customFields[i].Name is required.")

        def has(p: JSON, w: dict[str, str]) -> bool:
            values = {low(v) for v in w.get("value", "").split("::")}
            return any(
                low(f.get("Name")) == low(w.get("name")) and low(f.get("Value")) in values
                for f in p.get("CustomFields") or []
            )

        return lambda p: all(has(p, w) for w in wanted)

    def attributes(c: _Ctx) -> Callable[[JSON], bool]:
        wanted = {(low(w.get("key")), low(w.get("value"))) for w in indexed(c.query, "attributes")}
        if not wanted:
            raise ApiError(400, "At least one attributes[i].Key is required.")

        def pairs(p: JSON) -> set[tuple[str, str]]:
            prefs = list(p.get("ProfilePreferences") or [])
            for name, sub in (
                ("Emails", "EmailPreferences"),
                ("PhoneNumbers", "PhonePreferences"),
                ("Addresses", "AddressPreferences"),
            ):
                prefs += [x for e in p.get(name) or [] for x in e.get(sub) or []]
            return {
                (low(a.get("Key")), low(a.get("Value")))
                for x in prefs
                for a in x.get("PreferenceAttributes") or []
            }

        return lambda p: wanted <= pairs(p)

    def tags(c: _Ctx) -> Callable[[JSON], bool]:
        wanted = {low(t.get("")) for t in indexed(c.query, "tag")} or (
            {low(c.q("tag"))} if c.q("tag") else set()
        )
        if not wanted:
            raise ApiError(400, "At least one tag[i] is required.")
        every = c.flag("exactMatch", True)  # true: every tag must match; false: any of them

        def match(p: JSON) -> bool:
            have = {low(t.get("Name")) for t in p.get("ProfileTags") or []}
            return wanted <= have if every else bool(wanted & have)

        return match

    def group(c: _Ctx, seeds: list[JSON]) -> list[JSON]:
        """Members of the groups whose primary profile is one of ``seeds`` (G1, G2, G4, G5)."""
        return s().group_members(seeds, c.need("groupType"), c.q("groupName"), primary=True)

    def history(category: str, by_alt: bool) -> Callable[[_Ctx], Any]:
        return lambda c: s().history_of(
            by_alt_query(c, True) if by_alt else by_id(c), category, c.q("filterId")
        )

    def types(kind: str) -> Callable[[_Ctx], Any]:
        return lambda c: s().types(kind, c.number("Id", 0), c.q("locale"))

    def criteria(c: _Ctx) -> dict[str, str]:
        return {k: v for k, v in c.query if k.lower() != "locale"}

    def programs(
        keep: Callable[[_Ctx, JSON], bool], missing: str | None = "No program was found."
    ) -> Callable[[_Ctx], Any]:
        return lambda c: {"Programs": s().pick("Programs", lambda p: keep(c, p), missing)}

    def groups(
        keep: Callable[[_Ctx, JSON], bool], missing: str | None = "No program group was found."
    ) -> Callable[[_Ctx], Any]:
        return lambda c: {"ProgramGroups": s().pick("ProgramGroups", lambda g: keep(c, g), missing)}

    def in_group(c: _Ctx, p: JSON) -> bool:
        grp = [g for g in s().config["ProgramGroups"] if g["ID"] == c.params["programGroupId"]]
        return (
            bool(grp)
            and p["ID"] == c.params["programId"]
            and any(x["ID"] == p["ID"] for x in grp[0]["Programs"])
        )

    def get_filter(c: _Ctx) -> JSON:
        found = [f for p in s().config["Programs"] for f in p["Filters"] if f["ID"] == c.params["filterId"]]
        if not found:
            raise ApiError(404, f"Filter '{c.params['filterId']}' was not found.")
        return {"Filters": found}

    def export_start(c: _Ctx) -> JSON:
        return {"AccessToken": s().export_start(c.body if c.body is not None else {})}

    def export_page(c: _Ctx) -> JSON:
        return s().export_page(
            c.number("accessToken"), c.number("limit", 1000), c.number("offset", 1), c.flag("keepAlive")
        )

    def commit(c: _Ctx) -> Any:
        s().export_commit(c.number("accessToken"))
        return 200, None

    return {
        "CreateProfile": lambda c: written(c, s().create(c.body), "created"),
        "GetProfileByProfileId": lambda c: s().view(by_id(c)),
        "GetProfileByAlternateId": lambda c: s().view(by_alt_query(c, c.flag("matchInactive"))),
        "UpdateProfileByProfileId": lambda c: written(c, s().update(by_id(c), c.body), "ack"),
        "UpsertProfileByAlternateId": upsert_alt,
        "ReplaceProfileByProfileId": lambda c: written(c, s().replace(by_id(c), c.body), "profile"),
        "ReplaceProfileByAlternateId": lambda c: written(c, s().replace(by_alt_query(c), c.body), "profile"),
        "PatchProfileByProfileId": lambda c: written(c, s().patch(by_id(c), c.body), "profile"),
        "PatchProfileByAlternateId": lambda c: written(c, s().patch(by_alt_path(c), c.body), "profile"),
        "DeactivateProfile": lambda c: active(c, False),
        "ActivateProfile": lambda c: active(c, True),
        "DeleteProfileByProfileId": deleted,
        "GetProfilesByEmail": lambda c: s().lookup(emails(c)),
        "GetProfilesByPhone": lambda c: s().lookup(phones(c), inactive=c.flag("matchInactive")),
        "GetProfilesByName": lambda c: s().lookup(name_match(c, False)),
        "GetProfilesByPartialName": lambda c: s().lookup(name_match(c, True)),
        "GetProfilesByAddress": lambda c: s().lookup(address(c)),
        "GetProfilesByCustomFields": lambda c: s().lookup(custom_fields(c)),
        "GetProfilesBySelectListCustomFields": lambda c: s().lookup(custom_fields(c)),
        "GetProfilesByPreferenceAttributes": lambda c: s().lookup(attributes(c)),
        "GetProfilesByTags": lambda c: s().lookup(tags(c)),
        "GetGroupProfilesByGroupName": lambda c: s().group_members(
            list(s().profiles.values()), c.need("groupType"), c.need("groupName")
        ),
        "GetGroupProfilesByEmail": lambda c: group(c, s().lookup(emails(c))),
        "GetGroupProfilesByPhone": lambda c: group(c, s().lookup(phones(c))),
        "GetGroupProfilesByAlternateId": lambda c: group(c, [by_alt_query(c)]),
        "GetGroupProfilesByPrimaryProfileId": lambda c: group(c, [by_id(c)]),
        "SubmitPreferencesByProfileId": with_body("submit_preferences", by_id),
        "SubmitPreferencesByAlternateId": with_body("submit_preferences", by_alt_path),
        "ArchivePreferences": with_body("archive_preferences", by_id, 204),
        "AddConsentsByProfileId": with_body("add_consents", by_id),
        "AddConsentsByAlternateId": with_body("add_consents", by_alt_path),
        **{
            f"Get{name}HistoryBy{how}": history(cat, how == "AlternateId")
            for name, cat in (
                ("Consent", "Consents"),
                ("ContactElement", "ContactElements"),
                ("CustomField", "CustomFields"),
                ("Preference", "Preferences"),
                ("StandardField", "StandardFields"),
            )
            for how in ("ProfileId", "AlternateId")
        },
        "GetConsentTypes": types("ConsentTypes"),
        "GetConsentStatuses": lambda c: {"ConsentStatus": s().pick("ConsentStatus", lambda x: True)},
        **{
            f"Get{k}Types": types(f"{k}Types")
            for k in ("Address", "AlternateId", "Customer", "Email", "Phone", "Group")
        },
        "GetTags": lambda c: s().tag_counts(),
        "GetPrograms": programs(lambda c, p: True, None),
        "GetProgram": programs(lambda c, p: p["ID"] == c.params["programId"]),
        "GetProgramsByProgramType": programs(
            lambda c, p: low(p["ProgramType"]) == low(c.params["programTypeId"])
        ),
        "GetProgramInProgramGroup": programs(in_group),
        "GetProgramIncludeMatching": programs(
            lambda c, p: custom_properties_match(p, criteria(c), every=False), None
        ),
        "GetProgramIncludeAll": programs(
            lambda c, p: custom_properties_match(p, criteria(c), every=True), None
        ),
        "GetProgramGroups": groups(lambda c, g: True, None),
        "GetProgramGroup": groups(lambda c, g: g["ID"] == c.params["programGroupId"]),
        "GetProgramGroupIncludeMatching": groups(
            lambda c, g: custom_properties_match(g, criteria(c), every=False), None
        ),
        "GetProgramGroupIncludeAll": groups(
            lambda c, g: custom_properties_match(g, criteria(c), every=True), None
        ),
        "GetFilter": get_filter,
        "InitiateSegmentExport": export_start,
        "InitiateSegmentGroupExport": export_start,
        "GetSegmentExportStatus": lambda c: s().export_status(c.number("accessToken")),
        "GetSegmentExportData": export_page,
        "CommitSegmentExport": commit,
    }
