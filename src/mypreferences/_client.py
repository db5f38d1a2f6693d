"""The async client: configuration, the send loop (auth, retries, logging, errors) and resources.

``MyPreferences`` owns one pooled :class:`httpx.AsyncClient`. Every operation of the spec is reached
as ``await mp.<tag>.<operation>(...)`` through the generated :mod:`mypreferences._resources`; each
call builds its request with the generated ``_get_kwargs``, sends it here, and parses the answer with
the generated ``_build_response``. Nothing about an individual operation is written by hand.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypedDict, TypeVar

import anyio
import httpx

from mypreferences import _resources
from mypreferences._operation import Operation
from mypreferences._paths import check_path_params, check_path_value, fill_template
from mypreferences._retry import PauseGate, RetryPolicy, parse_retry_after
from mypreferences.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    InvalidRequestError,
    MyPreferencesError,
    redact_url,
    status_error_from_response,
)

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Awaitable, Callable, Iterable

    from mypreferences.compat import V2Client
    from mypreferences.exports import Exports
    from mypreferences.fanout import FanOutStream, Outcome, ProgressCallback, StreamProgressCallback
    from mypreferences.generated.client import Client as _GeneratedClient

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "APIResponse",
    "MyPreferences",
    "RequestOptions",
]

logger = logging.getLogger("mypreferences")
logger.addHandler(logging.NullHandler())  # a library never prints unless the application configures logging

ENVIRONMENTS: dict[str, str] = {
    "production": "https://pm.mypreferences.com/Profiles/v4",
    "sandbox": "https://pmstg.mypreferences.com/Profiles/v4",
}
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)

T = TypeVar("T")
R = TypeVar("R")


class RequestOptions(TypedDict, total=False):
    """Per-call overrides, passed as ``options=`` to any operation."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    extra_headers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class APIResponse(Generic[T]):
    """A raw response: status, headers and the parsed body (``mp.with_raw_response.<tag>.<op>``)."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    http_response: httpx.Response

    @property
    def is_pending(self) -> bool:
        """True for a 202 "Pending Update" acknowledgement."""
        return self.status_code == 202


@dataclass(frozen=True, slots=True)
class _Config:
    client_id: str
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy


class _BaseClient:
    """Configuration and the send loop shared by the client and its raw-response view."""

    _config: _Config
    _auth: httpx.Auth | None
    _http: httpx.AsyncClient
    _owns_http: bool
    _gate: PauseGate
    _gen_client: _GeneratedClient | None

    @property
    def client_id(self) -> str:
        """The MyPreferences account (client) id bound into every route."""
        return self._config.client_id

    @property
    def base_url(self) -> str:
        """The API base URL, e.g. ``https://pm.mypreferences.com/Profiles/v4``."""
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt, for calls that don't override it."""
        return self._config.retry.max_retries

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying pooled :class:`httpx.AsyncClient`."""
        return self._http

    def _generated_client(self) -> _GeneratedClient:
        if self._gen_client is None:
            from mypreferences.generated.client import Client

            self._gen_client = Client(base_url=self._config.base_url, raise_on_unexpected_status=False)
        return self._gen_client

    async def _call(
        self,
        op: Operation,
        options: RequestOptions | None,
        *,
        raw: bool,
        path_template: str | None = None,
        **params: Any,
    ) -> Any:
        """Run one generated operation: check, build, send, raise or parse.

        ``path_template`` sends the operation to another route (same parameters), for routes the
        reference leaves unsure and users may need to override without regenerating.
        """
        check_path_params(op.path_params, params)
        module = op.load()
        body = params.get("body")
        if body is not None and hasattr(body, "to_operations"):
            params["body"] = body.to_operations()
        kwargs = module._get_kwargs(client_id=self._config.client_id, **params)
        if path_template is not None:
            kwargs["url"] = fill_template(path_template, {"client_id": self._config.client_id, **params})
            op = replace(op, path=path_template)
        request = self._build_request(kwargs, options)
        response = await self._send(request, op, options)
        if response.status_code >= 400:
            raise status_error_from_response(response)
        if response.status_code not in op.success:
            raise APIStatusError(
                f"undocumented status {response.status_code} for {op.operation_id}", response=response
            )
        try:
            parsed = module._build_response(client=self._generated_client(), response=response).parsed
        except (ValueError, KeyError, TypeError) as exc:
            raise APIResponseValidationError(
                f"{op.operation_id}: response body does not match the spec ({type(exc).__name__}: {exc})",
                response=response,
            ) from exc
        if raw:
            return APIResponse(response.status_code, response.headers, parsed, response)
        return parsed

    def _build_request(self, kwargs: dict[str, Any], options: RequestOptions | None) -> httpx.Request:
        url = httpx.URL(self._config.base_url.rstrip("/") + kwargs["url"])
        headers = dict(kwargs.get("headers") or {})
        headers.setdefault("Accept", "application/json")
        if options and options.get("extra_headers"):
            headers.update(options["extra_headers"])
        timeout = self._config.timeout
        if options and "timeout" in options:
            t = options["timeout"]
            timeout = t if isinstance(t, httpx.Timeout) else httpx.Timeout(t, connect=min(t or 5.0, 5.0))
        return self._http.build_request(
            kwargs["method"].upper(),
            url,
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            data=kwargs.get("data"),
            content=kwargs.get("content"),
            files=kwargs.get("files"),
            headers=headers,
            timeout=timeout,
        )

    async def _send(
        self, request: httpx.Request, op: Operation, options: RequestOptions | None
    ) -> httpx.Response:
        """Send with auth and retries; return the final response or raise a connection error."""
        policy = self._config.retry
        if options and "max_retries" in options:
            policy = replace(policy, max_retries=options["max_retries"])
        attempt = 0
        while True:
            attempt += 1
            await self._gate.wait()
            started = time.perf_counter()
            try:
                response = await self._http.send(request, auth=self._auth or httpx.USE_CLIENT_DEFAULT)
                await response.aread()
            except httpx.TransportError as exc:
                elapsed = (time.perf_counter() - started) * 1000
                retry = attempt <= policy.max_retries and policy.should_retry_exception(
                    exc, idempotent=op.idempotent
                )
                logger.warning(
                    "%s %s failed: %s (attempt %d, %.1f ms)%s",
                    op.method, op.path, type(exc).__name__, attempt, elapsed, ", retrying" if retry else "",
                )  # fmt: skip
                if not retry:
                    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                    raise cls(
                        f"{type(exc).__name__} on {op.method} {op.path} after {attempt} attempt(s)",
                        request=request,
                    ) from exc
                await self._gate.sleep(policy.delay(attempt))
                continue
            elapsed = (time.perf_counter() - started) * 1000
            status = response.status_code
            retry = attempt <= policy.max_retries and policy.should_retry_status(
                status, idempotent=op.idempotent
            )
            level = logging.WARNING if retry else logging.DEBUG if status < 400 else logging.INFO
            logger.log(
                level, "%s %s -> %d (attempt %d, %.1f ms)%s",
                op.method, op.path, status, attempt, elapsed, ", retrying" if retry else "",
            )  # fmt: skip
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if status == 429 and retry_after is not None:
                self._gate.pause(min(retry_after, policy.max_retry_after))
            if not retry:
                return response
            await response.aclose()
            await self._gate.sleep(policy.delay(attempt, retry_after))

    # -- conveniences -------------------------------------------------------------------------

    @property
    def exports(self) -> Exports:
        """Segment export helpers: start, wait, and stream profiles page by page (:mod:`mypreferences.exports`)."""
        from mypreferences.exports import Exports

        return Exports(self)

    @property
    def v2(self) -> V2Client:
        """The Version 2 operations by their documented v2 names, delegating to v4 (:mod:`mypreferences.compat`)."""
        from mypreferences.compat import V2Client

        return V2Client(self)

    async def fan_out(
        self,
        fn: Callable[[T], Awaitable[R]],
        items: Iterable[T],
        *,
        concurrency: int = 32,
        max_rate: float | None = None,
        on_progress: ProgressCallback | None = None,
        progress: bool = False,
    ) -> list[Outcome[T, R]]:
        """Run ``fn`` over ``items`` concurrently; one outcome per item, in input order (see :mod:`mypreferences.fanout`).

        Every request of this client shares one 429 pause, so a rate-limited API is backed off as one.
        """
        from mypreferences.fanout import fan_out

        return await fan_out(
            fn, items, concurrency=concurrency, max_rate=max_rate, on_progress=on_progress, progress=progress,
            gate=self._gate,
        )  # fmt: skip

    def iter_fan_out(
        self,
        fn: Callable[[T], Awaitable[R]],
        items: Iterable[T] | AsyncIterable[T],
        *,
        concurrency: int = 32,
        max_rate: float | None = None,
        on_progress: StreamProgressCallback | None = None,
    ) -> FanOutStream[T, R]:
        """Stream outcomes as they complete, consuming ``items`` lazily (see :mod:`mypreferences.fanout`).

        ``async with mp.iter_fan_out(fn, items) as stream: async for outcome in stream: ...`` pipelines
        fully; a bare ``async for`` works too (in rounds of ``concurrency``, so ``break`` is always safe).
        """
        from mypreferences.fanout import iter_fan_out

        return iter_fan_out(
            fn, items, concurrency=concurrency, max_rate=max_rate, on_progress=on_progress, gate=self._gate
        )

    async def wait_until_complete(
        self,
        *,
        profile_id: int | None = None,
        alternate_id: str | None = None,
        alternate_id_type: str | None = None,
        poll_interval: float = 1.0,
        timeout: float = 120.0,  # noqa: ASYNC109 - a polling budget, not an I/O timeout
    ) -> Any:
        """Poll a profile after a 202 "Pending Update" until its ``UpdateStatus`` is ``Complete``.

        Give ``profile_id`` or both ``alternate_id`` and ``alternate_id_type``. Returns the profile.
        Raises :class:`TimeoutError` when it is still pending after ``timeout`` seconds.
        """
        if (profile_id is None) == (alternate_id is None):
            raise InvalidRequestError("give exactly one of profile_id or alternate_id (+ alternate_id_type)")
        if alternate_id is not None:
            if not alternate_id_type:
                raise InvalidRequestError("alternate_id needs alternate_id_type")
            check_path_value("alternate_id", alternate_id)
        resources: Any = self
        deadline = anyio.current_time() + timeout
        delay = poll_interval
        while True:
            if profile_id is not None:
                profile = await resources.profile.get_profile_by_profile_id(profile_id)
            else:
                profile = await resources.profile.get_profile_by_alternate_id(
                    alternate_id_type=alternate_id_type, alternate_id=alternate_id
                )
            status = getattr(profile, "update_status", None)
            status_value = getattr(status, "value", status)
            if status_value is None or status_value == "Complete":
                return profile
            if anyio.current_time() + delay > deadline:
                raise TimeoutError(f"profile still {status_value!r} after {timeout} s")
            await self._gate.sleep(delay)
            delay = min(delay * 1.5, 10.0)


class _RawView(_BaseClient, _resources.RawClientResources):
    """``mp.with_raw_response``: the same operations, returning :class:`APIResponse`."""

    def __init__(self, parent: _BaseClient) -> None:
        self.__dict__.update(parent.__dict__)


class MyPreferences(_BaseClient, _resources.ClientResources):
    """Async client for the MyPreferences v4 API.

    Example::

        async with MyPreferences("AcmeCorp", auth=PnAuthInfo3("api.user", secret)) as mp:
            profile = await mp.profile.get_profile_by_profile_id(123)

    Args:
        client_id: the MyPreferences account id (the ``{clientId}`` of every route).
        auth: an :class:`httpx.Auth`, normally :class:`mypreferences.auth.PnAuthInfo3` or
            :class:`mypreferences.auth.OAuth2ClientCredentials`.
        environment: ``"production"`` or ``"sandbox"`` (ignored when ``base_url`` is given).
        base_url: override the API base URL (e.g. a local test server).
        timeout: default timeout in seconds or an :class:`httpx.Timeout` (default 60 s, connect 5 s).
        max_retries: retries after the first attempt for retryable failures (default 2).
        http_client: bring your own :class:`httpx.AsyncClient`; auth and retries still apply, and the
            client is not closed by this object.

    """

    def __init__(
        self,
        client_id: str,
        *,
        auth: httpx.Auth | None,
        environment: Literal["production", "sandbox"] = "production",
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        check_path_value("client_id", client_id)
        if environment not in ENVIRONMENTS:
            raise InvalidRequestError(
                f"environment must be one of {sorted(ENVIRONMENTS)}, got {environment!r}"
            )
        if max_retries < 0:
            raise InvalidRequestError("max_retries must be >= 0")
        url = base_url or ENVIRONMENTS[environment]
        if not httpx.URL(url).is_absolute_url:
            raise InvalidRequestError("base_url must be an absolute http(s) URL")
        bind = getattr(auth, "bind_client_id", None)
        if callable(bind):
            auth = bind(client_id)
        self._auth = auth
        self._config = _Config(
            client_id=client_id,
            base_url=url.rstrip("/"),
            timeout=timeout
            if isinstance(timeout, httpx.Timeout)
            else httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            retry=RetryPolicy(max_retries=max_retries),
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self._config.timeout, limits=DEFAULT_LIMITS)
        self._gate = PauseGate()
        self._gen_client = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Build a client from ``MYPREFERENCES_*`` environment variables.

        ``MYPREFERENCES_CLIENT_ID`` (required); ``MYPREFERENCES_ENVIRONMENT`` (production|sandbox);
        ``MYPREFERENCES_BASE_URL``; ``MYPREFERENCES_MAX_RETRIES``; ``MYPREFERENCES_TIMEOUT``; and either
        ``MYPREFERENCES_USER_ID`` + ``MYPREFERENCES_SECRET`` (+ ``MYPREFERENCES_ALGORITHM``) for PNAUTHINFO3, or
        ``MYPREFERENCES_OAUTH_CLIENT_ID`` + ``MYPREFERENCES_OAUTH_CLIENT_SECRET`` + ``MYPREFERENCES_OAUTH_TOKEN_URL``
        (+ ``MYPREFERENCES_OAUTH_SCOPE``, default ``ClientId/UserId``) for OAuth 2.0. Keyword ``overrides`` win.
        """
        from mypreferences.auth import OAuth2ClientCredentials, PnAuthInfo3

        e = os.environ if env is None else env

        def get(name: str) -> str | None:
            return e.get(f"MYPREFERENCES_{name}") or None

        client_id = overrides.pop("client_id", None) or get("CLIENT_ID")
        if not client_id:
            raise InvalidRequestError("MYPREFERENCES_CLIENT_ID is not set")
        kwargs: dict[str, Any] = {}
        if get("ENVIRONMENT"):
            kwargs["environment"] = get("ENVIRONMENT")
        if get("BASE_URL"):
            kwargs["base_url"] = get("BASE_URL")
        try:
            if get("MAX_RETRIES"):
                kwargs["max_retries"] = int(get("MAX_RETRIES") or "")
            if get("TIMEOUT"):
                kwargs["timeout"] = float(get("TIMEOUT") or "")
        except ValueError as exc:
            raise InvalidRequestError(f"invalid number in MYPREFERENCES_* settings: {exc}") from None
        if "auth" not in overrides:
            auth: httpx.Auth
            if get("OAUTH_CLIENT_ID"):
                token_url, secret = get("OAUTH_TOKEN_URL"), get("OAUTH_CLIENT_SECRET")
                if not token_url or not secret:
                    raise InvalidRequestError(
                        "OAuth needs MYPREFERENCES_OAUTH_CLIENT_SECRET and _OAUTH_TOKEN_URL"
                    )
                scope = get("OAUTH_SCOPE") or f"{client_id}/{get('USER_ID') or ''}"
                auth = OAuth2ClientCredentials(
                    get("OAUTH_CLIENT_ID") or "", secret, scope=scope, token_url=token_url
                )
            elif get("USER_ID") and get("SECRET"):
                auth = PnAuthInfo3(
                    get("USER_ID") or "", get("SECRET") or "", algorithm=get("ALGORITHM") or "SHA256"
                )
            else:
                raise InvalidRequestError(
                    "set MYPREFERENCES_USER_ID and MYPREFERENCES_SECRET, or the MYPREFERENCES_OAUTH_* variables"
                )
            kwargs["auth"] = auth
        kwargs.update(overrides)
        return cls(client_id, **kwargs)

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Self:
        """Return a copy sharing this client's connection pool and auth, with other defaults."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        cfg = self._config
        if max_retries is not None:
            if max_retries < 0:
                raise InvalidRequestError("max_retries must be >= 0")
            cfg = replace(cfg, retry=replace(cfg.retry, max_retries=max_retries))
        if timeout is not None:
            cfg = replace(
                cfg, timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        clone._config = cfg
        clone._owns_http = False
        return clone

    @property
    def with_raw_response(self) -> _RawView:
        """The same operations, each returning an :class:`APIResponse` (status, headers, parsed)."""
        return _RawView(self)

    async def aclose(self) -> None:
        """Close the connection pool (unless it was supplied by the caller)."""
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
        if self._owns_http:
            await self._http.__aexit__(exc_type, exc, tb)

    def __repr__(self) -> str:
        return f"MyPreferences(client_id={self.client_id!r}, base_url={redact_url(self.base_url)!r}, auth={self._auth!r})"


_ = MyPreferencesError  # imported for documentation cross-references
