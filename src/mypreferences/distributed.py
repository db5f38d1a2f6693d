"""One rate budget and one 429 pause shared by every process and host, through Redis.

Needs the ``distributed`` extra: ``pip install 'mypreferences[distributed]'`` (redis-py), and a Redis
server (5.0 or later). Runs on asyncio (redis-py's client is asyncio only)::

    from mypreferences import MyPreferences
    from mypreferences.distributed import RedisRateLimiter

    limiter = RedisRateLimiter("redis://redis.internal:6379/0", rate=200, per=1.0, key="acme-batch")
    async with MyPreferences.from_env(rate_limiter=limiter) as mp:
        ...

Every limiter built with the same Redis server and ``key`` shares one budget, in any process on any
host: request starts are spaced ``per / rate`` seconds apart (GCRA, no burst), measured on the Redis
server's clock, so the hosts' clocks don't matter. A 429 pause set by one client holds every client of
the key; callers waiting during it are given the slots that follow it. Each step is one atomic Lua
script; a waiting caller is told how long to wait and sleeps until its slot, there is no polling.

A limiter can be pickled (it travels as its :attr:`RedisRateLimiter.config`, without connections) and
opens its own connection in each process and event loop that uses it, so the same object can be
handed to Dask or multiprocessing workers. The pickled form holds the Redis URL, password included.
"""

from __future__ import annotations

import asyncio
import importlib
import math
import os
import threading
import time
import urllib.parse
import weakref
from collections.abc import Awaitable
from dataclasses import dataclass, field
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import anyio
import sniffio

from mypreferences.errors import InvalidRequestError, MyPreferencesError
from mypreferences.ratelimit import RateLimitWaitTooLong, check_max_wait, check_pause, check_positive

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.commands.core import AsyncScript

__all__ = ["MissingExtraError", "RateLimiterUnavailableError", "RedisRateLimiter", "RedisRateLimiterConfig"]

T = TypeVar("T")

_INSTALL_HINT = "RedisRateLimiter needs redis-py: pip install 'mypreferences[distributed]'"

# KEYS[1]: the next free slot (TAT), KEYS[2]: the end of the 429 pause; both in microseconds of Redis
# time, and both expire once in the past. ARGV[1]: the slot interval in microseconds; ARGV[2]: the longest
# acceptable wait in microseconds, or -1 for no limit. The slot is the first free one at or after the
# pause's end. Returns {0, wait, slot} when the slot is taken, {2, wait, 0} when refused because of the
# pause, {3, wait, 0} when refused because of the budget; a refusal changes nothing.
_ACQUIRE = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local max_wait = tonumber(ARGV[2])
local pause_end = tonumber(redis.call('GET', KEYS[2]) or 0) or 0
local slot = tonumber(redis.call('GET', KEYS[1]) or 0) or 0
if slot < now then slot = now end
if slot < pause_end then slot = pause_end end
local wait = slot - now
if max_wait >= 0 and wait > max_wait then
  if pause_end - now > max_wait then return {2, wait, 0} end
  return {3, wait, 0}
end
local next_slot = slot + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', next_slot), 'PX', math.ceil((next_slot - now) / 1000) + 1)
return {0, wait, slot}
"""

# KEYS[1]: the pause key; ARGV[1]: the pause in milliseconds. Extends, never shortens, a running pause.
_PAUSE = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local ms = tonumber(ARGV[1])
local pause_end = now + ms * 1000
local current = tonumber(redis.call('GET', KEYS[1]) or 0) or 0
if pause_end > current then
  redis.call('SET', KEYS[1], string.format('%.0f', pause_end), 'PX', ms + 1)
end
return 0
"""

# KEYS[1]: the pause key; ARGV[1]: a slot (microseconds of Redis time), or -1 for "now". Returns the
# microseconds from now to the end of the pause when the pause ends after that slot, else 0.
_PAUSED = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local pause_end = tonumber(redis.call('GET', KEYS[1]) or 0) or 0
local slot = tonumber(ARGV[1])
if slot < 0 then slot = now end
if pause_end > slot then return pause_end - now end
return 0
"""


class MissingExtraError(MyPreferencesError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class RateLimiterUnavailableError(MyPreferencesError):
    """The rate limiter's Redis server could not be reached or did not answer in time.

    The message names the server (without its password) and the kind of failure; the original
    exception is chained as ``__cause__``.
    """


def redact_redis_url(url: str) -> str:
    """Return ``url`` with its password (user-info or ``password=`` query value) replaced by ``***``."""
    try:
        parts = urllib.parse.urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, host = netloc.rsplit("@", 1)
            user = userinfo.split(":", 1)[0]
            netloc = f"{user}:***@{host}" if ":" in userinfo or user else f"***@{host}"
        query = urllib.parse.urlencode(
            [
                (k, "***" if k.lower() == "password" else v)
                for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
            ],
            safe="*",
        )
        return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    except ValueError:
        return "<unparsable redis url>"


@dataclass(frozen=True, slots=True)
class RedisRateLimiterConfig:
    """Everything needed to rebuild a :class:`RedisRateLimiter` in another process (picklable).

    Attributes:
        redis_url: ``redis://[[user]:password@]host[:port][/db]``, ``rediss://...`` (TLS) or
            ``unix:///path/to/socket``. Shown with its password hidden in ``repr``.
        rate: request starts allowed per ``per`` seconds, for every client of ``key`` together.
        per: the period of ``rate``, in seconds.
        key: the name of the shared budget; limiters with the same server and key share it (give
            them the same ``rate`` and ``per``).
        connect_timeout: seconds allowed to connect to Redis.
        socket_timeout: seconds allowed for Redis to answer one command.

    """

    redis_url: str = field(repr=False)
    rate: float
    per: float = 1.0
    key: str = "mypreferences"
    connect_timeout: float = 2.0
    socket_timeout: float = 2.0

    def __post_init__(self) -> None:
        if not isinstance(self.redis_url, str) or urllib.parse.urlsplit(self.redis_url).scheme not in {
            "redis",
            "rediss",
            "unix",
        }:
            raise InvalidRequestError("redis_url must be a redis://, rediss:// or unix:// URL")
        for name in ("rate", "per", "connect_timeout", "socket_timeout"):
            object.__setattr__(self, name, check_positive(name, getattr(self, name)))
        if not isinstance(self.key, str) or not self.key or any(c in self.key for c in "{} \t\r\n"):
            raise InvalidRequestError("key must be a non-empty string without braces or whitespace")
        if self.interval_us < 1:
            raise InvalidRequestError("rate / per is too high: slots would be less than 1 microsecond apart")

    @property
    def interval_us(self) -> int:
        """The spacing of request starts, in whole microseconds."""
        return round(self.per / self.rate * 1_000_000)

    def __repr__(self) -> str:
        return (
            f"RedisRateLimiterConfig(redis_url={redact_redis_url(self.redis_url)!r}, rate={self.rate:g}, "
            f"per={self.per:g}, key={self.key!r}, connect_timeout={self.connect_timeout:g}, "
            f"socket_timeout={self.socket_timeout:g})"
        )


def _import_redis() -> ModuleType:
    try:
        return importlib.import_module("redis.asyncio")
    except ImportError as exc:
        raise MissingExtraError(_INSTALL_HINT) from exc


@dataclass(slots=True)
class _Connection:
    redis: Redis
    acquire: AsyncScript
    pause: AsyncScript
    paused: AsyncScript


class RedisRateLimiter:
    """A rate limiter shared through Redis by every client using the same server and ``key``.

    Args:
        redis_url: ``redis://[[user]:password@]host[:port][/db]``, ``rediss://...`` or ``unix://...``.
        rate: request starts allowed per ``per`` seconds, for all clients of ``key`` together.
        per: the period of ``rate``, in seconds (default 1.0).
        key: the name of the shared budget (default ``"mypreferences"``); Redis keys ``{key}:tat`` and
            ``{key}:pause`` hold its state and expire when unused.
        connect_timeout: seconds allowed to connect to Redis (default 2).
        socket_timeout: seconds allowed for Redis to answer one command (default 2).

    A Redis failure raises :class:`RateLimiterUnavailableError` within about
    ``2 * (connect_timeout + socket_timeout)`` seconds, never hangs. A caller cancelled while it
    waits for its slot does not give the slot back (the budget is under-used, never exceeded).

    Raises:
        InvalidRequestError: an argument is invalid.
        MissingExtraError: redis-py is not installed.

    """

    __slots__ = ("_config", "_connections", "_lock", "_pid")

    def __init__(
        self,
        redis_url: str,
        rate: float,
        per: float = 1.0,
        *,
        key: str = "mypreferences",
        connect_timeout: float = 2.0,
        socket_timeout: float = 2.0,
    ) -> None:
        self._config = RedisRateLimiterConfig(
            redis_url, rate, per, key=key, connect_timeout=connect_timeout, socket_timeout=socket_timeout
        )
        _import_redis()
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._connections: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Connection] = (
            weakref.WeakKeyDictionary()
        )

    @classmethod
    def from_config(cls, config: RedisRateLimiterConfig) -> Self:
        """Build a limiter from a :class:`RedisRateLimiterConfig` (e.g. one received by a worker)."""
        c = config
        return cls(
            c.redis_url,
            c.rate,
            c.per,
            key=c.key,
            connect_timeout=c.connect_timeout,
            socket_timeout=c.socket_timeout,
        )

    @property
    def config(self) -> RedisRateLimiterConfig:
        """The limiter's settings: pass them to another process to share this budget there."""
        return self._config

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self._config,))

    def __repr__(self) -> str:
        c = self._config
        return f"RedisRateLimiter({redact_redis_url(c.redis_url)!r}, rate={c.rate:g}, per={c.per:g}, key={c.key!r})"

    # -- connections: one per process and event loop ------------------------------------------

    def _connection(self) -> _Connection:
        try:
            library = sniffio.current_async_library()
        except sniffio.AsyncLibraryNotFoundError:
            library = ""
        if library != "asyncio":
            raise InvalidRequestError("RedisRateLimiter runs on asyncio only (redis-py's client is asyncio)")
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._pid != os.getpid():  # forked: the parent's sockets are not ours to use
                self._pid = os.getpid()
                self._connections = weakref.WeakKeyDictionary()
            conn = self._connections.get(loop)
            if conn is None:
                conn = self._connect()
                self._connections[loop] = conn
            return conn

    def _connect(self) -> _Connection:
        redis_asyncio = _import_redis()
        retry_mod = importlib.import_module("redis.asyncio.retry")
        backoff_mod = importlib.import_module("redis.backoff")
        c = self._config
        try:
            client: Redis = redis_asyncio.Redis.from_url(
                c.redis_url,
                socket_connect_timeout=c.connect_timeout,
                socket_timeout=c.socket_timeout,
                # One quick retry covers a pooled connection that went stale (a Redis restart).
                retry=retry_mod.Retry(backoff_mod.NoBackoff(), 1),
            )
        except ValueError:
            raise InvalidRequestError(f"invalid redis_url {redact_redis_url(c.redis_url)!r}") from None
        return _Connection(
            client,
            client.register_script(_ACQUIRE),
            client.register_script(_PAUSE),
            client.register_script(_PAUSED),
        )

    async def _call(self, awaitable: Awaitable[T]) -> T:
        c = self._config
        try:
            with anyio.fail_after(2 * (c.connect_timeout + c.socket_timeout) + 0.5):
                return await awaitable
        except (OSError, TimeoutError) as exc:
            raise self._unavailable(exc) from exc
        except Exception as exc:
            if isinstance(exc, importlib.import_module("redis.exceptions").RedisError):
                raise self._unavailable(exc) from exc
            raise

    def _unavailable(self, exc: BaseException) -> RateLimiterUnavailableError:
        what = type(exc).__name__
        return RateLimiterUnavailableError(
            f"rate limiter Redis at {redact_redis_url(self._config.redis_url)} is unavailable ({what})"
        )

    @property
    def _keys(self) -> tuple[str, str]:
        key = self._config.key
        return f"{{{key}}}:tat", f"{{{key}}}:pause"

    # -- the RateLimiter protocol -------------------------------------------------------------

    async def acquire(self, *, max_wait: float | None = None) -> None:
        """Wait until no 429 pause is running and a request slot is free, then take the slot.

        Args:
            max_wait: the longest acceptable wait in seconds, counted from this call; None waits as
                long as needed, 0 takes a slot only if one is free right now.

        Raises:
            RateLimitWaitTooLong: the wait would exceed ``max_wait``; raised at once, without
                waiting and without taking a slot.
            RateLimiterUnavailableError: Redis could not be reached or did not answer in time.
            InvalidRequestError: ``max_wait`` is invalid, or the event loop is not asyncio.

        """
        limit = check_max_wait(max_wait)
        deadline = None if limit is None else time.monotonic() + limit
        conn = self._connection()
        tat_key, pause_key = self._keys
        while True:
            left = -1 if deadline is None else max(0, math.floor((deadline - time.monotonic()) * 1_000_000))
            reply: Any = await self._call(
                conn.acquire(keys=[tat_key, pause_key], args=[self._config.interval_us, left])
            )
            status, wait, slot = int(reply[0]), int(reply[1]) / 1_000_000, int(reply[2])
            if status != 0:
                raise RateLimitWaitTooLong(wait, paused=status == 2, max_wait=limit)
            if wait <= 0:
                return
            await anyio.sleep(wait)
            if int(await self._call(conn.paused(keys=[pause_key], args=[slot]))) <= 0:
                return
            # A 429 pause that ends after this slot began while the caller waited: start over.

    async def pause(self, seconds: float) -> None:
        """Hold every ``acquire`` of every client of this key until ``seconds`` from now.

        Extends, never shortens, a running pause. The pause is measured by the Redis server.

        Raises:
            RateLimiterUnavailableError: Redis could not be reached or did not answer in time.
            InvalidRequestError: ``seconds`` is negative or not a finite number.

        """
        ms = math.ceil(check_pause(seconds) * 1000)
        if ms <= 0:
            return
        conn = self._connection()
        await self._call(conn.pause(keys=[self._keys[1]], args=[ms]))

    async def paused_for(self) -> float:
        """Return the seconds left of the current pause (0.0 when there is none).

        Raises:
            RateLimiterUnavailableError: Redis could not be reached or did not answer in time.

        """
        conn = self._connection()
        return max(0, int(await self._call(conn.paused(keys=[self._keys[1]], args=[-1])))) / 1_000_000

    async def aclose(self) -> None:
        """Close this event loop's connections to Redis (the limiter reconnects if used again)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        with self._lock:
            conn = self._connections.pop(loop, None) if self._pid == os.getpid() else None
        if conn is not None:
            await conn.redis.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _rebuild(config: RedisRateLimiterConfig) -> RedisRateLimiter:
    return RedisRateLimiter.from_config(config)
