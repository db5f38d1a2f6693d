"""``MyPreferences``: the client users hold. It composes the resources (created on first use) and the helpers."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar

from mypreferences._base_client import BaseClient
from mypreferences._resources import ClientResources, RawResources
from mypreferences.errors import InvalidRequestError

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Awaitable, Callable, Iterable

    import httpx

    from mypreferences.compat import V2Client
    from mypreferences.exports import Exports
    from mypreferences.fanout import FanOutStream, Outcome, ProgressCallback, StreamProgressCallback
    from mypreferences.profiles import Profiles

__all__ = ["MyPreferences"]

T = TypeVar("T")
R = TypeVar("R")


class MyPreferences(BaseClient, ClientResources):
    """Async client for the MyPreferences v4 API.

    Example::

        async with MyPreferences("AcmeCorp", auth=PnAuthInfo3("api.user", secret)) as mp:
            profile = await mp.profiles.retrieve(123)

    Args:
        client_id: the MyPreferences account id (the ``{clientId}`` of every route).
        auth: an :class:`httpx.Auth`, normally :class:`mypreferences.auth.PnAuthInfo3` or
            :class:`mypreferences.auth.OAuth2ClientCredentials` (``None`` sends no credentials).
        environment: ``"production"`` or ``"sandbox"`` (ignored when ``base_url`` is given).
        base_url: override the API base URL (e.g. a local test server).
        timeout: per-attempt timeout in seconds or an :class:`httpx.Timeout` (default 60 s, connect 5 s;
            a number ``t`` means ``t`` s, connect ``min(t, 5)`` s).
        max_retries: retries after the first attempt for retryable failures (default 2).
        deadline: default bound in seconds of a whole call, waits included (default None: unbounded).
        http_client: bring your own :class:`httpx.AsyncClient` (or :class:`mypreferences.AioHttpClient`);
            auth and retries still apply, and the client is not closed by this object.
        rate_limiter: a :class:`mypreferences.ratelimit.RateLimiter` shared with other clients
            (e.g. :class:`mypreferences.distributed.RedisRateLimiter` across processes).
        max_response_bytes: the largest response body read (default 64 MiB).

    Raises:
        InvalidRequestError: an argument is invalid.

    """

    @cached_property
    def profiles(self) -> Profiles:
        """Customer profiles - create (exactly once), read, update, replace, patch, delete, (de)activate."""
        from mypreferences.profiles import Profiles

        return Profiles(self)

    @cached_property
    def exports(self) -> Exports:
        """Segment exports - the export operations plus ``start``, ``wait``, ``iter_pages``, ``iter_profiles``."""
        from mypreferences.exports import Exports

        return Exports(self)

    @cached_property
    def v2(self) -> V2Client:
        """The Version 2 operations by their documented v2 names, running on v4 (:mod:`mypreferences.compat`)."""
        from mypreferences.compat import V2Client

        return V2Client(self)

    @cached_property
    def with_raw_response(self) -> RawResources:
        """The same resources, each method returning an :class:`~mypreferences.APIResponse`."""
        return RawResources(self)

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
        """Run ``fn`` over ``items`` concurrently; one outcome per item, in input order.

        No new item starts while the client's rate limiter is paused by a 429, so a rate-limited
        account is backed off as one. See :func:`mypreferences.fanout.fan_out` for the arguments.
        """
        from mypreferences.fanout import fan_out

        return await fan_out(
            fn, items, concurrency=concurrency, max_rate=max_rate, on_progress=on_progress, progress=progress,
            gate=self._limiter, clock=self._clock, sleep=self._sleep,
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
        """Stream outcomes as they complete, consuming ``items`` lazily (see :func:`mypreferences.fanout.iter_fan_out`).

        ``async with mp.iter_fan_out(fn, items) as stream: async for outcome in stream: ...``
        """
        from mypreferences.fanout import iter_fan_out

        return iter_fan_out(
            fn, items, concurrency=concurrency, max_rate=max_rate, on_progress=on_progress, gate=self._limiter,
            clock=self._clock, sleep=self._sleep,
        )  # fmt: skip

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Self:
        """Build a client from ``MYPREFERENCES_*`` settings (the environment, or the ``env`` mapping).

        ``MYPREFERENCES_CLIENT_ID`` (required); ``MYPREFERENCES_ENVIRONMENT`` (production|sandbox);
        ``MYPREFERENCES_BASE_URL``; ``MYPREFERENCES_MAX_RETRIES``; ``MYPREFERENCES_TIMEOUT``;
        ``MYPREFERENCES_DEADLINE``; and either ``MYPREFERENCES_USER_ID`` + ``MYPREFERENCES_SECRET``
        (+ ``MYPREFERENCES_ALGORITHM``) for PNAUTHINFO3, or ``MYPREFERENCES_OAUTH_CLIENT_ID`` +
        ``MYPREFERENCES_OAUTH_CLIENT_SECRET`` + ``MYPREFERENCES_OAUTH_TOKEN_URL`` (+ ``MYPREFERENCES_OAUTH_SCOPE``,
        default ``ClientId/UserId``) for OAuth 2.0. Keyword ``overrides`` win (e.g. ``rate_limiter=``).

        A plain dict of these settings is the serializable configuration to send to workers: each worker
        builds its own client from it (a client itself cannot be pickled or shared across processes).

        Raises:
            InvalidRequestError: a setting is missing or invalid.

        """
        from mypreferences.auth import OAuth2ClientCredentials, PnAuthInfo3

        e = os.environ if env is None else env

        def get(name: str) -> str | None:
            return e.get(f"MYPREFERENCES_{name}") or None

        client_id = overrides.pop("client_id", None) or get("CLIENT_ID")
        if not client_id:
            raise InvalidRequestError("MYPREFERENCES_CLIENT_ID is not set")
        kwargs: dict[str, Any] = {}
        for key, name in (("environment", "ENVIRONMENT"), ("base_url", "BASE_URL")):
            if get(name):
                kwargs[key] = get(name)
        try:
            for key, name, conv in (("max_retries", "MAX_RETRIES", int), ("timeout", "TIMEOUT", float),
                                    ("deadline", "DEADLINE", float)):  # fmt: skip
                if get(name):
                    kwargs[key] = conv(get(name) or "")
        except ValueError:
            raise InvalidRequestError("invalid number in the MYPREFERENCES_* settings") from None
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
