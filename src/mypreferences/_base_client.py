"""The base client: configuration, request building and the send loop behind every operation.

This module imports no resource and no feature module; resources call :meth:`BaseClient.call`.
"""

from __future__ import annotations

import importlib
import logging
import os
import time
import zlib
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, Self, TypedDict, TypeVar, cast
from urllib.parse import quote, quote_plus

import anyio
import httpx

from mypreferences import errors
from mypreferences._paths import check_path_params, fill_template
from mypreferences._retry import RetryPolicy, parse_retry_after
from mypreferences.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    InvalidRequestError,
    MyPreferencesError,
    OutcomeUnknownError,
    RateLimitError,
    ResponseTooLargeError,
)

if TYPE_CHECKING:
    from mypreferences.ratelimit import RateLimiter

__all__ = [
    "DEFAULT_LIMITS", "DEFAULT_MAX_RESPONSE_BYTES", "DEFAULT_TIMEOUT", "ENVIRONMENTS", "APIResource", "APIResponse",
    "BaseClient", "Operation", "RequestOptions", "to_raw_response", "to_timeout",
]  # fmt: skip

logger = logging.getLogger("mypreferences")
logger.addHandler(logging.NullHandler())  # a library never prints unless the application configures logging

ENVIRONMENTS: dict[str, str] = {
    "production": "https://pm.mypreferences.com/Profiles/v4",
    "sandbox": "https://pmstg.mypreferences.com/Profiles/v4",
}
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
#: 100 connections; a call waits for a free one (pool timeout = the call's timeout) instead of opening more.
#: More connections than this rarely help one account: the server rate-limits the account as a whole.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)
#: Requests one client has in flight at once over httpx (more wait for a slot; see the README's Performance).
DEFAULT_MAX_IN_FLIGHT = 32
#: Largest response body the client reads (decoded), in bytes; larger bodies raise ResponseTooLargeError.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_BAD_HEADER_CHARS = frozenset("\r\n\x00")

T = TypeVar("T")
P = ParamSpec("P")


class RequestOptions(TypedDict, total=False):
    """Per-call overrides, passed as ``options=`` to any operation.

    Keys:
        timeout: seconds (or an :class:`httpx.Timeout`) for each attempt's network phases.
        max_retries: retries after the first attempt.
        deadline: seconds the whole call may take (attempts, back-off and rate-limit waits included).
        extra_headers: headers added to the request.
    """

    timeout: float | httpx.Timeout | None
    max_retries: int
    deadline: float | None
    extra_headers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, as the generated resource table records it."""

    operation_id: str
    method: str
    path: str
    resource: str
    name: str
    module: str
    path_params: dict[str, str] = field(default_factory=dict)
    success: tuple[int, ...] = ()
    required: tuple[str, ...] = ()
    tag: str = ""
    body_schema: str = ""

    def load(self) -> ModuleType:
        """Import (once) the generated endpoint module."""
        return importlib.import_module(self.module)

    @property
    def idempotent(self) -> bool:
        """True when repeating the request cannot change the outcome (safe to re-send when ambiguous)."""
        return self.method in _IDEMPOTENT


@dataclass(frozen=True, slots=True)
class APIResponse(Generic[T]):
    """A raw response (``mp.with_raw_response.<resource>.<method>(...)``): status, headers and parsed body."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    http_response: httpx.Response

    @property
    def is_pending(self) -> bool:
        """True for a 202 "Pending Update" acknowledgement."""
        return self.status_code == 202


def to_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """Type a raw resource's bound method as returning :class:`APIResponse` (it does: ``raw=True``)."""
    return cast("Callable[P, Awaitable[APIResponse[T]]]", method)


def to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """Turn seconds into an :class:`httpx.Timeout` (connect at most 5 s): the one rule for every timeout."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise InvalidRequestError("timeout must be a positive number of seconds, an httpx.Timeout or None")
    return httpx.Timeout(value, connect=min(value, 5.0))


def _check_deadline(value: Any) -> float | None:
    from mypreferences.ratelimit import check_positive

    return None if value is None else check_positive("deadline", value)


def _personal_values(value: Any) -> Iterator[str]:
    """Yield the text values a call sends (parameters and body leaves): scrubbed from error text."""
    if isinstance(value, str):
        yield from (value, quote(value, safe=""), quote_plus(value))
    elif isinstance(value, Mapping | list | tuple):
        for item in value.values() if isinstance(value, Mapping) else value:
            yield from _personal_values(item)
    elif hasattr(value, "to_dict"):
        yield from _personal_values(value.to_dict())


class _JSONBody:
    """A plain-dict body, given to the generated request builders as if it were a model."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


class LeanCookies(httpx.Cookies):
    """httpx's cookie jar, minus its costly parse of every answer: only one with Set-Cookie is looked at."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers or "set-cookie2" in response.headers:
            super().extract_cookies(response)


class APIResource:
    """Base of the resources: holds the client and whether answers are returned raw."""

    __slots__ = ("_client", "_raw")

    def __init__(self, client: BaseClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _call(self, op: Operation, options: RequestOptions | None, **params: Any) -> Any:
        return await self._client.call(op, options, raw=self._raw, **params)


class BaseClient:
    """Configuration, request building and the send loop (auth, rate limit, retries, errors, parsing)."""

    def __init__(
        self,
        client_id: str,
        *,
        auth: httpx.Auth | None,
        environment: Literal["production", "sandbox"] = "production",
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        deadline: float | None = None,
        http_client: httpx.AsyncClient | None = None,
        rate_limiter: RateLimiter | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        from mypreferences._paths import check_client_id, check_http_url
        from mypreferences.ratelimit import LocalRateLimiter

        check_client_id(client_id)
        if environment not in ENVIRONMENTS:
            raise InvalidRequestError(f"environment must be one of {sorted(ENVIRONMENTS)}")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise InvalidRequestError("max_retries must be an int >= 0")
        if (
            isinstance(max_response_bytes, bool)
            or not isinstance(max_response_bytes, int)
            or max_response_bytes < 1
        ):
            raise InvalidRequestError("max_response_bytes must be a positive int")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidRequestError(
                "http_client must be an httpx.AsyncClient (an httpx2 client works after httpx2.alias_httpx())"
            )
        url = (base_url or ENVIRONMENTS[environment]).rstrip("/")
        ref = getattr(
            base := check_http_url("base_url", url), "_uri_reference", None
        )  # requests reuse its parts
        self._base_ref = ref if hasattr(ref, "_replace") and not (base.query or base.fragment) else None
        bind = getattr(auth, "bind_client_id", None)
        self._init = {
            "client_id": client_id, "auth": auth, "environment": environment, "base_url": base_url,
            "timeout": timeout, "max_retries": max_retries, "deadline": deadline,
            "max_response_bytes": max_response_bytes,
        }  # fmt: skip
        self._auth: httpx.Auth | None = bind(client_id) if callable(bind) else auth
        self._client_id = client_id
        self._base_url = url
        self._timeout = to_timeout(timeout)
        self._deadline = _check_deadline(deadline)
        self._retry = RetryPolicy(max_retries=max_retries)
        self._max_response_bytes = max_response_bytes
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self._timeout, limits=DEFAULT_LIMITS)
        if self._owns_http:  # the cookies setter would copy the jar into a plain httpx.Cookies
            self._http._cookies = LeanCookies(self._http._cookies.jar)
        self._limiter: RateLimiter = rate_limiter or LocalRateLimiter()
        # httpx's pool (httpcore 1.0) costs CPU per open connection on every request: keep few in flight.
        # An aiohttp-based client queues waiters cheaply, so it gets its pool size.
        aiohttp_based = type(self._http).__name__ == "AioHttpClient"
        self._in_flight = anyio.CapacityLimiter(
            DEFAULT_LIMITS.max_connections or 100 if aiohttp_based else DEFAULT_MAX_IN_FLIGHT
        )
        self._clock: Callable[[], float] = time.monotonic
        self._sleep: Callable[[float], Awaitable[None]] = anyio.sleep
        self._gen_client: Any = None
        self._closed = False
        self._pid = os.getpid()
        from mypreferences._version import __version__

        self._user_agent = f"mypreferences-python/{__version__} httpx/{httpx.__version__}"

    # -- configuration --------------------------------------------------------------------------------

    @property
    def client_id(self) -> str:
        """The MyPreferences account (client) id bound into every route."""
        return self._client_id

    @property
    def base_url(self) -> str:
        """The API base URL, e.g. ``https://pm.mypreferences.com/Profiles/v4``."""
        return self._base_url

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt, for calls that don't override it."""
        return self._retry.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        """The default per-attempt timeout."""
        return self._timeout

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying pooled :class:`httpx.AsyncClient`."""
        return self._http

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
    ) -> Self:
        """Return a copy with other defaults, sharing this client's connection pool, auth and rate limiter.

        Raises:
            InvalidRequestError: a value is invalid (same rules as the constructor).

        """
        kwargs: dict[str, Any] = dict(self._init)
        kwargs.update({k: v for k, v in {"max_retries": max_retries, "timeout": timeout,
                                          "deadline": deadline}.items() if v is not None})  # fmt: skip
        kwargs["auth"] = self._auth
        clone = type(self)(**kwargs, http_client=self._http, rate_limiter=self._limiter)
        clone._owns_http = False
        clone._clock, clone._sleep, clone._in_flight = self._clock, self._sleep, self._in_flight
        return clone

    # -- lifecycle ------------------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the connection pool (unless it was supplied by the caller). Later calls raise ClientClosedError."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        """Open the connection pool."""
        if self._owns_http:
            await self._http.__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close the connection pool."""
        await self.aclose()

    def __reduce__(self) -> Any:
        """Refuse pickling: a client owns sockets and locks; send its configuration instead."""
        raise InvalidRequestError(
            "a MyPreferences client cannot be pickled; build one per worker (e.g. MyPreferences.from_env())"
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client_id={self._client_id!r}, base_url={self._base_url!r}, auth={self._auth!r})"

    # -- the one call -----------------------------------------------------------------------------------

    async def call(
        self,
        op: Operation,
        options: RequestOptions | None,
        *,
        raw: bool = False,
        path_template: str | None = None,
        **params: Any,
    ) -> Any:
        """Run one operation: check the arguments, build the request, send it, raise or parse the answer.

        ``path_template`` sends the operation to another route with the same placeholders.

        Raises:
            InvalidRequestError: an argument was refused before sending.
            APIStatusError: (a subclass of) the server's error answer.
            APIConnectionError: no usable answer; OutcomeUnknownError when a write may have been applied.

        """
        if self._closed:
            raise ClientClosedError("this client was closed; create a new one")
        if os.getpid() != self._pid:
            raise ClientClosedError(
                "this client was created in another process (fork); create one per process"
            )
        opts: RequestOptions = options or {}
        deadline = _check_deadline(opts["deadline"]) if "deadline" in opts else self._deadline
        started = self._clock()
        params = self._prepare_params(op, params)
        module = op.load()
        try:
            kwargs = module._get_kwargs(self._client_id, **params)
        except (TypeError, ValueError, AttributeError) as exc:
            raise InvalidRequestError(
                f"{op.operation_id}: invalid arguments ({type(exc).__name__})"
            ) from None
        self._check_body(op, kwargs)
        if path_template is not None:
            kwargs["url"] = fill_template(path_template, {"client_id": self._client_id, **params})
            op = replace(op, path=path_template)
        request = self._build_request(op, kwargs, opts)
        response = await self._send(request, op, opts, None if deadline is None else started + deadline)
        if response.status_code >= 400 or response.status_code not in op.success:
            raise errors.status_error_from_response(
                response, route=op.path, secrets=self._secrets(), values=list(_personal_values(params))
            )
        try:
            parsed = module._build_response(client=self._generated_client(), response=response).parsed
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            where = getattr(exc, "path", None)  # ResponseShapeError names the JSON path, never the value
            detail = f"at {where}" if isinstance(where, str) else f"({type(exc).__name__})"
            raise APIResponseValidationError(
                f"{op.operation_id}: the response body does not match the spec {detail}",
                response=response, route=op.path,
            ) from None  # fmt: skip
        if raw:
            return APIResponse(response.status_code, response.headers, parsed, response)
        return parsed

    def _prepare_params(self, op: Operation, params: dict[str, Any]) -> dict[str, Any]:
        from mypreferences.generated.types import UNSET

        out: dict[str, Any] = {}
        for name, value in params.items():
            if value is None:
                if name in op.required:
                    raise InvalidRequestError(f"{op.operation_id}: {name!r} is required (got None)")
                value = UNSET
            elif isinstance(value, Enum):
                value = value.value
            elif isinstance(value, str) and type(value) is not str:
                value = str.__str__(value)
            out[name] = value
        out.update(check_path_params(op.path_params, out))
        if "body" in out:
            out["body"] = self._prepare_body(op, out["body"])
        return out

    @staticmethod
    def _prepare_body(op: Operation, body: Any) -> Any:
        """Accept a model, a dict in the API's JSON shape, a JsonPatch, or a list of those."""
        if hasattr(body, "to_operations"):
            return body.to_operations()
        if isinstance(body, Mapping):
            return _JSONBody(body)
        if isinstance(body, list | tuple):
            return [_JSONBody(b) if isinstance(b, Mapping) else b for b in body]
        return body

    @staticmethod
    def _check_body(op: Operation, kwargs: dict[str, Any]) -> None:
        """Validate the JSON body against the operation's request schema before anything is sent."""
        if op.body_schema and kwargs.get("json") is not None:
            from mypreferences._validation import check_body

            check_body(op.body_schema, kwargs["json"])

    def _generated_client(self) -> Any:
        if self._gen_client is None:
            from mypreferences.generated.client import Client

            self._gen_client = Client(base_url=self._base_url, raise_on_unexpected_status=False)
        return self._gen_client

    def _secrets(self) -> tuple[str, ...]:
        get = getattr(self._auth, "secrets", None)
        return tuple(get()) if callable(get) else ()

    def _build_request(self, op: Operation, kwargs: dict[str, Any], opts: RequestOptions) -> httpx.Request:
        headers = {
            "Accept": "application/json",
            "User-Agent": self._user_agent,
            **(kwargs.get("headers") or {}),
        }
        for name, value in (opts.get("extra_headers") or {}).items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise InvalidRequestError("extra_headers names and values must be str")
            if _BAD_HEADER_CHARS & set(name + value) or not (name + value).isascii():
                raise InvalidRequestError(f"extra_headers[{name!r}] contains CR, LF, NUL or non-ASCII characters"
                                          if name.isascii() and not _BAD_HEADER_CHARS & set(name)
                                          else "an extra_headers name contains invalid characters")  # fmt: skip
            headers[name] = value
        timeout = to_timeout(opts["timeout"]) if "timeout" in opts else self._timeout
        path, params, ref = kwargs["url"], kwargs.get("params") or None, self._base_ref
        try:
            url: Any = self._base_url + path
            if ref is not None and "?" not in path and not self._http.params:
                # = httpx.URL(url, params=params), minus parsing again what is already parsed and encoded
                url = httpx.URL.__new__(httpx.URL)
                url._uri_reference = ref._replace(
                    path=ref.path + path, query=str(httpx.QueryParams(params)) if params else None
                )
            return self._http.build_request(
                kwargs["method"].upper(),
                url,
                params=None if isinstance(url, httpx.URL) else params,
                json=kwargs.get("json"),
                data=kwargs.get("data"),
                content=kwargs.get("content"),
                files=kwargs.get("files"),
                headers=headers,
                timeout=timeout,
            )
        except (httpx.InvalidURL, UnicodeError, ValueError, TypeError) as exc:
            raise InvalidRequestError(
                f"{op.operation_id}: the request cannot be built ({type(exc).__name__})"
            ) from None

    async def _send(
        self, request: httpx.Request, op: Operation, opts: RequestOptions, deadline_at: float | None
    ) -> httpx.Response:
        """Send with rate limiting, auth and retries; return the final response or raise a typed error."""
        from mypreferences.ratelimit import RateLimitWaitTooLong

        retries = opts.get("max_retries", self._retry.max_retries)
        timeout = httpx.Timeout(**request.extensions["timeout"]) if "timeout" in opts else self._timeout
        attempt = 0
        while True:
            attempt += 1
            left = None if deadline_at is None else deadline_at - self._clock()
            if left is not None and left <= 0:
                raise APITimeoutError(
                    f"deadline passed before {op.method} {op.path} could be sent", request=request
                )
            try:
                await self._limiter.acquire(max_wait=left)
            except RateLimitWaitTooLong as exc:
                if exc.paused:
                    raise RateLimitError.for_pause(exc.wait, route=op.path, request=request) from None
                raise APITimeoutError(
                    f"the rate limit would delay {op.method} {op.path} past its deadline", request=request
                ) from None
            started = time.perf_counter()
            failure: httpx.HTTPError | None = None
            try:
                response = await self._attempt(request, timeout, deadline_at)
            except ResponseTooLargeError as exc:
                if op.idempotent:
                    raise
                raise OutcomeUnknownError(
                    f"{exc} on {op.method} {op.path}: the server may have applied the request",
                    request=request,
                ) from None
            except httpx.HTTPError as exc:
                failure = exc
            elapsed = (time.perf_counter() - started) * 1000
            if failure is not None:
                not_sent = self._retry.not_sent(failure)
                retry, retry_after = not_sent or op.idempotent, None
                outcome = type(failure).__name__
            else:
                status = response.status_code
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                if status == 429:
                    pause = 1.0 if retry_after is None else retry_after
                    await self._limiter.pause(min(pause, self._retry.max_retry_after))
                retry = self._retry.should_retry_status(status, idempotent=op.idempotent)
                outcome = f"-> {status}"
            delay = self._retry.delay(attempt, retry_after)
            retry = (
                retry and attempt <= retries and (deadline_at is None or self._clock() + delay < deadline_at)
            )
            level = logging.WARNING if retry or failure else logging.DEBUG if status < 400 else logging.INFO
            if logger.isEnabledFor(level):
                rid = failure is None and (
                    response.headers.get("request-id") or response.headers.get("x-request-id")
                )
                logger.log(
                    level, "%s %s %s (attempt %d, %.1f ms%s)%s", op.method, op.path, outcome, attempt, elapsed,
                    f", request id {rid}" if rid else "", f", retrying in {delay:.2f} s" if retry else "",
                )  # fmt: skip
            if retry:
                await self._sleep(delay)
            elif failure is not None:
                raise self._transport_error(failure, op, request, not_sent, attempt) from (
                    failure if isinstance(failure, httpx.TransportError) else None
                )
            elif not op.idempotent and status in (502, 503, 504):
                raise OutcomeUnknownError(
                    f"{status} on {op.method} {op.path}: the server may have applied the request",
                    request=request, response=response,
                )  # fmt: skip
            else:
                return response

    async def _attempt(
        self,
        request: httpx.Request,
        timeout: httpx.Timeout,  # noqa: ASYNC109 - the httpx.Timeout of the request
        deadline_at: float | None,
    ) -> httpx.Response:
        """One attempt in one of the client's in-flight slots: send, then read the body up to the size cap.

        Waiting for a slot counts as the pool phase (a PoolTimeout: not sent); the attempt as a whole is
        capped at connect + read + pool time, so a server trickling bytes cannot hold a call.
        """
        try:
            self._in_flight.acquire_nowait()  # the usual case: a free slot, no cancel scope, no yield
        except anyio.WouldBlock:
            left = None if deadline_at is None else deadline_at - self._clock()
            try:
                with anyio.fail_after(min((b for b in (timeout.pool, left) if b is not None), default=None)):
                    await self._in_flight.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("no free request slot", request=request) from None
        try:
            phases = (timeout.connect, timeout.read, timeout.pool)
            cap = None if None in phases else sum(cast("tuple[float, ...]", phases))
            left = None if deadline_at is None else deadline_at - self._clock()
            with anyio.move_on_after(min((b for b in (cap, left) if b is not None), default=None)):
                try:
                    response = await self._http.send(
                        request, auth=self._auth or httpx.USE_CLIENT_DEFAULT, stream=True
                    )
                except (RuntimeError, UnicodeError, ValueError, TypeError) as exc:  # closed pool, bad header
                    if isinstance(exc, httpx.HTTPError | MyPreferencesError):
                        raise
                    raise APIConnectionError(
                        f"the request could not be sent ({type(exc).__name__})", request=request
                    ) from None
                try:
                    content = await self._read_capped(response)
                finally:
                    await response.aclose()
                if content is None:  # nothing of the refused body stays referenced by the error
                    del response
                    raise ResponseTooLargeError(
                        f"response body exceeds max_response_bytes={self._max_response_bytes}",
                        request=request,
                    )
                response._content = content
                response.stream = httpx.ByteStream(content)  # no response <-> stream cycle: freed at once
                return response
            raise httpx.ReadTimeout("the attempt took longer than its time budget", request=request)
        finally:
            self._in_flight.release()

    async def _read_capped(self, response: httpx.Response) -> bytes | None:
        """Read and decode the body, never holding more than the cap (a gzip bomb stops at the cap)."""
        cap = self._max_response_bytes
        if response.is_stream_consumed:  # an auth flow already read it (e.g. a 401 challenge)
            return response.content if len(response.content) <= cap else None
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("gzip", "x-gzip", "deflate"):
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
        elif encoding not in ("", "identity"):
            raise httpx.DecodingError("unsupported Content-Encoding", request=response.request)
        else:
            decoder = None
        chunks: list[bytes] = []
        size = 0
        try:
            async for raw in response.aiter_raw():
                data = raw if decoder is None else decoder.decompress(raw, cap - size + 1)
                while True:
                    size += len(data)
                    if size > cap:
                        return None
                    chunks.append(data)
                    if decoder is None or not decoder.unconsumed_tail:
                        break
                    data = decoder.decompress(decoder.unconsumed_tail, cap - size + 1)
            if decoder is not None:
                chunks.append(decoder.flush())
                if size + len(chunks[-1]) > cap:
                    return None
        except zlib.error:
            raise httpx.DecodingError("undecodable Content-Encoding", request=response.request) from None
        return b"".join(chunks)

    def _transport_error(
        self, exc: httpx.HTTPError, op: Operation, request: httpx.Request, not_sent: bool, attempt: int
    ) -> MyPreferencesError:
        what = f"{type(exc).__name__} on {op.method} {op.path} after {attempt} attempt(s)"
        if not not_sent and not op.idempotent:
            return OutcomeUnknownError(f"{what}: the server may have applied the request", request=request)
        if isinstance(exc, httpx.DecodingError):
            return APIConnectionError(f"undecodable response body: {what}", request=request)
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(what, request=request)
        return APIConnectionError(what, request=request)


_ = APIStatusError  # documented in call()'s Raises
