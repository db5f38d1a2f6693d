"""Rate limiting shared by every request of a client, or of many clients.

A rate limiter does two things for the client:

* it spaces request starts to a budget (``rate`` requests per ``per`` seconds), and
* it holds every request during a 429 ``Retry-After`` pause, for all clients that share it.

The client calls ``await limiter.acquire(max_wait=...)`` before every attempt and
``await limiter.pause(retry_after)`` when the server answers 429.

:class:`LocalRateLimiter` shares the budget and the pause between the clients and tasks of one
process (a client uses one with no budget by default, for the pause alone).
:class:`mypreferences.distributed.RedisRateLimiter` (extra ``mypreferences[distributed]``) shares them
between processes and hosts through Redis. Both implement :class:`RateLimiter`::

    from mypreferences.ratelimit import LocalRateLimiter

    limiter = LocalRateLimiter(rate=20, per=1.0)      # at most 20 request starts per second
    await limiter.acquire()                           # waits for the next free slot, then takes it

Starts are spaced evenly, ``per / rate`` seconds apart (GCRA, no burst): a waiting caller computes
its slot and sleeps until it, there is no polling. During a pause, callers are given the slots that
follow it, so the work resumes at the budget's pace instead of all at once.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Protocol, runtime_checkable

import anyio

from mypreferences.errors import InvalidRequestError, MyPreferencesError

__all__ = ["LocalRateLimiter", "RateLimitWaitTooLong", "RateLimiter"]

_EPSILON = 1e-9  # seconds: slot times are sums of intervals, so compare them with a little slack


class RateLimitWaitTooLong(MyPreferencesError):
    """:meth:`RateLimiter.acquire` would have had to wait longer than its ``max_wait``.

    Nothing was consumed: the request slot is still free for another caller.

    Attributes:
        wait: the seconds the caller would have had to wait.
        paused: True when the wait is a 429 pause, False when it is the rate budget.

    """

    def __init__(self, wait: float, *, paused: bool, max_wait: float | None = None) -> None:
        self.wait = wait
        self.paused = paused
        self.max_wait = max_wait
        reason = "a 429 pause" if paused else "the rate budget"
        limit = "" if max_wait is None else f", more than max_wait={max_wait:g} s"
        super().__init__(f"rate limiter: {reason} needs a {wait:.3f} s wait{limit}")

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt with its attributes after pickling (a Dask worker's error reaches the caller).
        return (_rebuild_wait_too_long, (self.wait, self.paused, self.max_wait))


def _rebuild_wait_too_long(wait: float, paused: bool, max_wait: float | None) -> RateLimitWaitTooLong:
    return RateLimitWaitTooLong(wait, paused=paused, max_wait=max_wait)


@runtime_checkable
class RateLimiter(Protocol):
    """What the client needs from a rate limiter (see :class:`LocalRateLimiter`)."""

    async def acquire(self, *, max_wait: float | None = None) -> None:
        """Wait until no 429 pause is running and a request slot is free, then take the slot.

        Args:
            max_wait: the longest acceptable wait in seconds; None waits as long as needed.

        Raises:
            RateLimitWaitTooLong: the wait would exceed ``max_wait`` (raised at once, nothing consumed).

        """
        ...

    async def pause(self, seconds: float) -> None:
        """Hold every ``acquire`` until ``seconds`` from now (extends, never shortens, a running pause)."""
        ...

    async def paused_for(self) -> float:
        """Return the seconds left of the current pause (0.0 when there is none)."""
        ...


def check_positive(name: str, value: object) -> float:
    """Return ``value`` as a float when it is a positive finite number, else raise InvalidRequestError."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
        raise InvalidRequestError(f"{name} must be a positive finite number, got {value!r}")
    return float(value)


def check_pause(seconds: object) -> float:
    """Return a pause length in seconds (a finite number >= 0), else raise InvalidRequestError."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds < math.inf:
        raise InvalidRequestError(f"pause seconds must be a finite number >= 0, got {seconds!r}")
    return float(seconds)


def check_max_wait(max_wait: object) -> float | None:
    """Return ``max_wait`` (None, or a number >= 0; infinity means None), else raise InvalidRequestError."""
    if max_wait is None:
        return None
    if isinstance(max_wait, bool) or not isinstance(max_wait, int | float) or not max_wait >= 0:
        raise InvalidRequestError(f"max_wait must be None or a number of seconds >= 0, got {max_wait!r}")
    return None if max_wait == math.inf else float(max_wait)


class LocalRateLimiter:
    """A rate limiter for the tasks and clients of one process.

    Args:
        rate: request starts allowed per ``per`` seconds; None applies no budget, only the 429 pause.
        per: the period of ``rate``, in seconds (default 1.0).
        clock: a monotonic clock in seconds (default :func:`time.monotonic`).
        sleep: an async sleep (default :func:`anyio.sleep`), so it runs on asyncio and trio.

    Starts are spaced exactly ``per / rate`` seconds apart, whatever the number of concurrent
    callers: each caller is given its own slot and sleeps until it. A caller cancelled while it
    waits gives its slot back when no later slot was handed out meanwhile. It is safe to share one
    limiter between threads, each running its own event loop.

    Raises:
        InvalidRequestError: ``rate`` or ``per`` is not a positive finite number.

    """

    def __init__(
        self,
        rate: float | None = None,
        per: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        per = check_positive("per", per)
        self._rate = None if rate is None else check_positive("rate", rate)
        self._per = per
        self._interval = None if self._rate is None else per / self._rate
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tat = -math.inf  # theoretical arrival time: the next free slot
        self._pause_until = -math.inf

    @property
    def rate(self) -> float | None:
        """Request starts allowed per :attr:`per` seconds (None: no budget)."""
        return self._rate

    @property
    def per(self) -> float:
        """The period of :attr:`rate`, in seconds."""
        return self._per

    def __repr__(self) -> str:
        budget = "no budget" if self._rate is None else f"rate={self._rate:g}, per={self._per:g}"
        return f"LocalRateLimiter({budget})"

    async def acquire(self, *, max_wait: float | None = None) -> None:
        """Wait until no 429 pause is running and a request slot is free, then take the slot.

        Args:
            max_wait: the longest acceptable wait in seconds, counted from this call; None waits as
                long as needed, 0 takes a slot only if one is free right now.

        Raises:
            RateLimitWaitTooLong: the wait would exceed ``max_wait``; raised at once, without
                waiting and without taking a slot.
            InvalidRequestError: ``max_wait`` is negative or not a number.

        """
        limit = check_max_wait(max_wait)
        deadline: float | None = None
        interval = self._interval
        while True:
            with self._lock:
                now = self._clock()
                if deadline is None:  # max_wait counts from the first look at the clock
                    deadline = math.inf if limit is None else now + limit
                pause_end = self._pause_until
                slot = max(now, pause_end) if interval is None else max(self._tat, now, pause_end)
                if slot > deadline + _EPSILON:
                    raise RateLimitWaitTooLong(
                        slot - now, paused=pause_end > deadline + _EPSILON, max_wait=limit
                    )
                if interval is not None:
                    self._tat = slot + interval
                if slot <= now + _EPSILON:
                    return
            try:
                await self._sleep(slot - now)
            except BaseException:
                with self._lock:
                    if interval is not None and self._tat == slot + interval:
                        self._tat = slot  # no later slot was handed out: give this one back
                raise
            with self._lock:
                if self._pause_until <= slot + _EPSILON:
                    return
            # A 429 pause that ends after this slot began while the caller waited: start over.

    async def pause(self, seconds: float) -> None:
        """Hold every ``acquire`` until ``seconds`` from now (extends, never shortens, a running pause).

        Raises:
            InvalidRequestError: ``seconds`` is negative or not a finite number.

        """
        seconds = check_pause(seconds)
        with self._lock:
            self._pause_until = max(self._pause_until, self._clock() + seconds)

    async def paused_for(self) -> float:
        """Return the seconds left of the current pause (0.0 when there is none)."""
        with self._lock:
            return max(0.0, self._pause_until - self._clock())
