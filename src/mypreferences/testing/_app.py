"""The ASGI application: routing on the raw path, request checks, authentication, faults and answers."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote_to_bytes

import anyio
from starlette.requests import Request
from starlette.responses import Response

from mypreferences.testing import _json
from mypreferences.testing._auth import authenticate
from mypreferences.testing._contract import OperationContract, first_error, is_scalar, operations, parse_param
from mypreferences.testing._faults import Fault, Faults, FaultSpecError, validate_fault
from mypreferences.testing._handlers import Ctx, Handler, handlers, normalise
from mypreferences.testing._patch import check_shape
from mypreferences.testing._state import ApiError, Store
from mypreferences.testing._transport import (
    DROP_EXTENSION,
    ConnectionDropped,
    InProcessTransport,
    close_now,
    run,
    serve_in_thread,
)

if TYPE_CHECKING:
    import httpx

    from mypreferences import MyPreferences

logger = logging.getLogger("mypreferences.testing")
JSON = dict[str, Any]
_DEFAULT_AUTH: Any = object()
_JSON_MEDIA = "application/json; charset=utf-8"
_PATCH_MEDIA = "application/json-patch+json"
_MALFORMED = b'{"Message": "truncated'
# When a status is not documented for the operation, the closest documented one is answered instead.
_FALLBACK = {400: (404,), 404: (400,), 403: (400, 404), 405: (400, 404), 409: (400,), 202: (200,)}


class ContractViolation(AssertionError):
    """An answer of the server broke the spec (recorded in ``errors`` when ``check_responses`` is on)."""


class _ClientGone(Exception):
    """The client disconnected before the answer was sent."""


@dataclass(frozen=True)
class RecordedRequest:
    """One request: its method, raw path, operationId, answer status and body.

    In :attr:`MockServer.unanswered`, ``status`` is the status the request would have been answered with,
    0 when it was not processed at all.
    """

    method: str
    path: str
    operation_id: str | None
    status: int
    body: bytes


@dataclass(frozen=True)
class _Route:
    contract: OperationContract
    segments: tuple[str | None, ...]
    names: tuple[str, ...]

    @property
    def operation_id(self) -> str:
        return self.contract.operation_id


@dataclass
class _Answer:
    status: int
    body: bytes | None
    headers: dict[str, str]
    media_type: str | None = _JSON_MEDIA
    checked: bool = True  # False for answers shaped by a fault: not compared with the spec


def _compile_routes() -> list[_Route]:
    routes = []
    for op in operations().values():
        parts = op.segments
        segs = tuple(None if p.startswith("{") else p.lower() for p in parts)
        names = tuple(p.strip("{}") if p.startswith("{") else "" for p in parts)
        routes.append(_Route(op, segs, names))
    return routes


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _error(status: int, message: str, headers: Mapping[str, str] | None = None) -> _Answer:
    return _Answer(status, _json.dumps({"Message": message}), dict(headers or {}))


class MockServer:
    """An in-memory MyPreferences v4 account served as an ASGI app (see :mod:`mypreferences.testing`).

    Args:
        client_id: the account id every route must carry (others → 404).
        users: API user → secret for PNAUTHINFO3; None (and no ``bearer_tokens``) disables authentication.
        bearer_tokens: accepted ``Authorization: Bearer`` tokens.
        seed: start with the seed configuration (contact/consent types, custom fields, programs); False =
            an empty account.
        base_path: URL prefix of the API (requests are accepted with or without it).
        clock: the server's clock (aware datetimes) for auth windows, dates and pending-update timeouts.
        auth_window: how old a PNAUTHINFO3 timestamp may be (default 15 minutes).
        pending_reads / pending_seconds: when either is set, profile writes answer 202 "Pending Update"
            and the profile reads "Pending Update" for that many reads and/or seconds, then "Complete".
        export_processing_polls: status polls answering "Processing" before an export is "Complete".
        record_limit: how many answers :attr:`requests` keeps (the oldest are dropped; None keeps all),
            so a long-running loopback server does not grow without bound.
        max_body_bytes: largest request body accepted (default 256 KiB; larger → 400). Stored profiles
            are limited to 256 KiB of JSON too.
        max_json_depth: deepest nesting of a JSON body (default 32 levels; deeper → 400).
        check_responses: compare every answer with the spec (status documented for the operation, body
            valid against its schema) and record a :class:`ContractViolation` in :attr:`errors` otherwise.

    Attributes:
        requests: every answer (:class:`RecordedRequest`), oldest first.
        unanswered: requests that got no answer: the client went away (e.g. its timeout) or a fault dropped
            the connection.
        errors: exceptions raised inside the mock (answered 500) and, with ``check_responses``, contract
            violations. A client that disconnects is not an error.
        faults: the injected faults (:class:`Faults`).

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
        max_body_bytes: int = _json.MAX_BODY_BYTES,
        max_json_depth: int = _json.MAX_JSON_DEPTH,
        check_responses: bool = False,
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
        self.max_body_bytes = max_body_bytes
        self.max_json_depth = max_json_depth
        self.check_responses = check_responses
        self.contract = operations()
        self._routes = _compile_routes()
        self._route_names = frozenset(
            name for r in self._routes for name in (r.operation_id, f"{r.contract.method} {r.contract.path}")
        )
        self.faults = Faults(routes=lambda: self._route_names)
        self.requests: list[RecordedRequest] = []
        self.unanswered: list[RecordedRequest] = []
        self.errors: list[BaseException] = []
        self._seed = seed
        self._processing_polls = export_processing_polls
        self.store = Store(clock, seed, "mock", export_processing_polls)
        self._handlers: dict[str, Handler] = handlers(self)
        self._clients: list[httpx.AsyncClient] = []
        # Handlers are synchronous and short; the lock makes each one atomic even when the same server is
        # also driven from another thread (serve_in_thread next to in-process clients, reset() from a test).
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

    @property
    def not_implemented(self) -> list[str]:
        """The operationIds answered with 501."""
        return sorted(op for op in self.contract if op not in self._handlers)

    def reset(self) -> None:
        """Drop every profile, export, fault and recorded request (configuration is re-seeded)."""
        with self._lock:
            self.store = Store(self.clock, self._seed, "mock", self._processing_polls)
            self.requests.clear()
            self.unanswered.clear()
        self.faults.clear()

    def transport(self) -> InProcessTransport:
        """Return an httpx transport into this server (it honours the read timeout; see :class:`InProcessTransport`)."""
        return InProcessTransport(self)

    def http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """Return a plain :class:`httpx.AsyncClient` bound in-process to this server (base URL = the API base).

        ``kwargs`` go to :class:`httpx.AsyncClient` (``auth``, ``timeout``...). Closed by :meth:`aclose`.
        """
        import httpx

        kwargs.setdefault("base_url", f"http://mp.local{self.base_path}")
        http = httpx.AsyncClient(transport=self.transport(), **kwargs)
        self._clients.append(http)
        return http

    def client(self, auth: httpx.Auth | None = _DEFAULT_AUTH, **kwargs: Any) -> MyPreferences:
        """Return a :class:`~mypreferences.MyPreferences` bound in-process to this server.

        ``auth`` defaults to PNAUTHINFO3 with the first configured user (None when auth is disabled);
        ``kwargs`` go to the client (``max_retries``, ``timeout``...); the client's timeouts are enforced as
        on a network. It can be made outside any event loop and used from asyncio or trio. Close it with
        :meth:`aclose` (or :meth:`close_clients` outside a loop).
        """
        import httpx

        from mypreferences import MyPreferences
        from mypreferences.auth import PnAuthInfo3

        if auth is _DEFAULT_AUTH:
            auth = PnAuthInfo3(*next(iter(self.users.items()))) if self.users else None
        http = httpx.AsyncClient(transport=self.transport())
        self._clients.append(http)
        return MyPreferences(
            self.client_id, auth=auth, base_url=f"http://mp.local{self.base_path}", http_client=http, **kwargs
        )

    async def aclose(self) -> None:
        """Close the HTTP clients made by :meth:`client` and :meth:`http_client`."""
        while self._clients:
            await self._clients.pop().aclose()

    def close_clients(self) -> None:
        """Close the HTTP clients made by :meth:`client` without an event loop (in-process clients hold none)."""
        while self._clients:
            close_now(self._clients.pop().aclose())

    def run(self, host: str = "127.0.0.1", port: int = 8080) -> None:
        """Serve on ``host:port`` with uvicorn until interrupted (blocking)."""
        run(self, host, port)

    @contextlib.contextmanager
    def serve_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve with uvicorn in a background thread; yields the base URL (``http://host:port/Profiles/v4``)."""
        with serve_in_thread(self, host, port) as bound:
            yield f"http://{host}:{bound}{self.base_path}"

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
        exchange = _Exchange(self, scope, receive, request)
        try:
            answer = await exchange.answer(raw)
        except _ClientGone:
            self._unanswered(exchange, raw)
            return
        except ConnectionDropped:
            self._unanswered(exchange, raw)
            drop = (scope.get("extensions") or {}).get(DROP_EXTENSION)
            if drop is None:
                raise  # in-process: the transport reports a closed connection
            drop()
            with anyio.move_on_after(1):  # let the server see the closed connection before we return
                while (await receive())["type"] != "http.disconnect":
                    pass
            return
        except Exception as exc:  # a bug in the mock: answer 500, keep it for the tests to see
            logger.exception("mock server failure")
            self.errors.append(exc)
            answer = _error(500, "An error has occurred.")
        except BaseException:
            self._unanswered(exchange, raw)  # cancelled: the client gave up (in-process timeout)
            raise
        self._record(
            RecordedRequest(
                request.method,
                raw.decode("latin-1"),
                exchange.operation_id,
                answer.status,
                answer.body or b"",
            )
        )
        response = Response(
            answer.body, answer.status, answer.headers, media_type=answer.media_type if answer.body else None
        )
        await response(scope, receive, send)

    def _record(self, rec: RecordedRequest) -> None:
        self.requests.append(rec)
        limit = self.record_limit
        if limit is not None and len(self.requests) > limit + limit // 10:
            del self.requests[: len(self.requests) - limit]  # trim in batches: amortised O(1) per answer

    def _unanswered(self, exchange: _Exchange, raw: bytes) -> None:
        self.unanswered.append(
            RecordedRequest(
                exchange.request.method, raw.decode("latin-1"), exchange.operation_id, exchange.status, b""
            )
        )
        limit = self.record_limit
        if limit is not None and len(self.unanswered) > limit:
            del self.unanswered[: len(self.unanswered) - limit]

    def _match(self, method: str, segments: list[str]) -> tuple[_Route, dict[str, str]]:
        fits = [
            r for r in self._routes
            if len(r.segments) == len(segments) and all(s is None or s == v.lower() for s, v in zip(r.segments, segments, strict=True))
        ]  # fmt: skip
        if not fits:
            raise ApiError(404, "No HTTP resource was found that matches the request URI.")
        same = [r for r in fits if r.contract.method == method]
        if not same:
            raise ApiError(405, "The requested resource does not support this HTTP method.")
        route = min(same, key=lambda r: tuple(s is None for s in r.segments))
        return route, {n: v for n, v in zip(route.names, segments, strict=True) if n}

    # -- processing ---------------------------------------------------------------------------

    def _process(self, request: Request, route: _Route, params: dict[str, str], raw_body: bytes) -> _Answer:
        """Authenticate, validate and run one operation; every answer has a status documented for it."""
        op = route.contract
        try:
            answer = self._run(request, route, params, raw_body)
        except ApiError as exc:
            answer = _error(self._documented(op, exc.status), exc.message, exc.headers)
        except Exception as exc:  # a bug in the mock: answer 500, keep it for the tests to see
            logger.exception("mock server failure")
            self.errors.append(exc)
            answer = _error(500, "An error has occurred.")
        if self.check_responses:
            problem = self._breaks_contract(op, answer)
            if problem is not None:
                self.errors.append(
                    ContractViolation(f"{op.operation_id} answered {answer.status}: {problem}")
                )
        return answer

    @staticmethod
    def _documented(op: OperationContract, status: int) -> int:
        if status in op.statuses or status >= 500:
            return status
        for alt in _FALLBACK.get(status, ()):
            if alt in op.statuses:
                return alt
        return status

    def _run(self, request: Request, route: _Route, params: dict[str, str], raw_body: bytes) -> _Answer:
        op = route.contract
        if self.auth_enabled:
            authenticate(
                request.headers.get("authorization"), params["clientId"], users=self.users,
                bearer_tokens=self.bearer_tokens, clock=self.clock, window=self.auth_window,
            )  # fmt: skip
        if params["clientId"] != self.client_id:
            raise ApiError(404, "The client id was not found.")
        query = list(request.query_params.multi_items())
        self._check_params(op, params, query)
        ctx = Ctx(request, op.operation_id, params, query=query)
        if op.body is not None:
            if raw_body.strip():
                ctx.body = _json.loads(raw_body, max_depth=self.max_json_depth)
                if op.body.media_types == (_PATCH_MEDIA,):
                    check_shape(ctx.body)  # names the refused operation; the ordering is checked on apply
                else:
                    problem = first_error(op.body.schema, ctx.body)
                    if problem is not None:
                        raise ApiError(400, f"The request is invalid: {problem}")
            elif op.body.required:
                raise ApiError(400, "The request is invalid: a body is required.")
        handler = self._handlers.get(op.operation_id)
        if handler is None:
            raise ApiError(501, f"{op.operation_id} is not implemented by the mock server.")
        with self._lock:
            status, body, headers = normalise(handler(ctx))
            payload = None if body is None else _json.dumps(body)
        return _Answer(status, payload, headers)

    @staticmethod
    def _check_params(op: OperationContract, params: Mapping[str, str], query: list[tuple[str, str]]) -> None:
        for param in op.params:
            if param.location == "path":
                values = [params[param.name]] if param.name in params else []
            elif param.location == "query":
                values = [v for k, v in query if k.lower() == param.name.lower()]
            else:
                continue
            if not is_scalar(param):
                continue  # form-exploded criteria (tag[0]=..., Key=Value): the handlers read them
            if not values:
                if param.required:
                    raise ApiError(400, f"The query parameter '{param.name}' is required.")
                continue
            for value in values:
                try:
                    parse_param(param, value)
                except ValueError as exc:
                    raise ApiError(400, f"The value of '{param.name}' is not valid: {exc}") from None

    def _breaks_contract(self, op: OperationContract, answer: _Answer) -> str | None:
        if not answer.checked or answer.status in (500, 501):
            return None
        if answer.status not in op.statuses:
            return "the status is not documented for the operation"
        schema = op.responses.get(answer.status)
        if schema is None:
            return None if not answer.body else "a body was sent where the spec documents none"
        try:
            body = _json.loads(answer.body or b"", max_depth=10_000)
        except ApiError:
            return "the body is not valid JSON"
        return first_error(schema, body)

    # -- control endpoints ----------------------------------------------------------------------

    async def _control(self, request: Request, path: list[str], raw_body: bytes) -> _Answer:
        """``POST /_mp/faults`` (fault fields as JSON), ``GET``/``DELETE /_mp/faults``, ``POST /_mp/reset``."""
        if path == ["faults"] and request.method == "POST":
            spec = _json.loads(raw_body or b"{}")
            if not isinstance(spec, dict):
                raise ApiError(400, "Invalid fault: a JSON object is expected.")
            try:
                fault = self.faults.append(validate_fault(spec, self._route_names))
            except FaultSpecError as exc:
                return _Answer(400, _json.dumps({"Message": f"Invalid fault: {exc}", "Field": exc.field}), {})
            return _Answer(201, _json.dumps(fault.to_json()), {})
        if path == ["faults"] and request.method == "GET":
            return _Answer(200, _json.dumps([f.to_json() for f in self.faults]), {})
        if path == ["faults"] and request.method == "DELETE":
            self.faults.clear()
            return _Answer(204, None, {})
        if path == ["reset"] and request.method == "POST":
            self.reset()
            return _Answer(204, None, {})
        raise ApiError(404, "Unknown control endpoint.")


class _Exchange:
    """One request's way through the server: body, faults, processing."""

    def __init__(self, server: MockServer, scope: Any, receive: Any, request: Request) -> None:
        self.server = server
        self.scope = scope
        self.receive = receive
        self.request = request
        self.operation_id: str | None = None
        self.status = 0  # the status decided so far (0: not processed)

    async def read_body(self) -> bytes:
        limit = self.server.max_body_bytes
        declared = self.request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ApiError(400, f"The request body is larger than {limit} bytes.")
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                raise _ClientGone
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise ApiError(400, f"The request body is larger than {limit} bytes.")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def wait(self, seconds: float) -> None:
        """Sleep, unless the client disconnects first (then raise :class:`_ClientGone`)."""
        with anyio.move_on_after(seconds):
            while (await self.receive())["type"] != "http.disconnect":
                pass
            raise _ClientGone

    async def answer(self, raw: bytes) -> _Answer:
        server = self.server
        try:
            try:  # split the raw path before decoding: an encoded "/" stays inside its segment
                path = raw.split(b"?", 1)[0].strip(b"/")
                segments = [unquote_to_bytes(s).decode() for s in path.split(b"/")]
            except UnicodeDecodeError:
                raise ApiError(400, "The request URI is not valid UTF-8.") from None
            prefix = [s.lower() for s in server.base_path.split("/") if s]
            if prefix and [s.lower() for s in segments[: len(prefix)]] == prefix:
                segments = segments[len(prefix) :]
            if segments[:1] == ["_mp"]:
                return await server._control(self.request, segments[1:], await self.read_body())
            route, params = server._match(self.request.method, segments)
        except ApiError as exc:
            return _error(exc.status, exc.message, exc.headers)
        self.operation_id = route.operation_id
        try:
            body = await self.read_body()
        except ApiError as exc:
            return _error(server._documented(route.contract, exc.status), exc.message, exc.headers)
        fault = server.faults.take(route.contract.method, route.contract.path, route.operation_id)
        if fault is not None and not fault.after_apply:
            early = await self._fault_before(fault)
            if early is not None:
                return early
        answer = server._process(self.request, route, params, body)
        self.status = answer.status
        if fault is not None:
            answer = await self._fault_after(fault, answer)
        return answer

    async def _fault_before(self, fault: Fault) -> _Answer | None:
        if fault.delay:
            await self.wait(fault.delay)
        if fault.drop:
            raise ConnectionDropped
        if fault.status is not None:
            self.status = fault.status
            return self._faulty(fault, None)
        return None  # a delay (or malformed body) only: process the request

    async def _fault_after(self, fault: Fault, answer: _Answer) -> _Answer:
        if not fault.after_apply:
            return self._faulty(fault, answer) if fault.malformed else answer
        if fault.delay:
            await self.wait(fault.delay)
        if fault.drop:
            raise ConnectionDropped
        return self._faulty(fault, answer if fault.status is None else None)

    @staticmethod
    def _faulty(fault: Fault, answer: _Answer | None) -> _Answer:
        if answer is None:
            status = fault.status if fault.status is not None else 500
            headers = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
            answer = _error(status, fault.message or f"Injected fault ({status}).", headers)
        if fault.malformed:
            answer = _Answer(answer.status, _MALFORMED, answer.headers)
        answer.checked = False
        return answer
