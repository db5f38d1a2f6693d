"""Retry policy: which outcomes are retried, how long to wait, and the client-wide 429 pause.

Retries live above authentication (in the client's send loop, not in a transport) so that every
attempt runs the auth flow again: a retried PNAUTHINFO3 request carries a fresh timestamp.

Retried: HTTP 429 and 503 for every method (the server says it did not process the request),
502 and 504 for idempotent methods only (a gateway error after a POST/PATCH may hide a processed
request), connection failures that happened before the request was sent (connect errors and
timeouts, pool timeouts) for every method, and failures after sending (read/write timeouts,
dropped connections) for idempotent methods only.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import anyio
import httpx

__all__ = ["PauseGate", "RetryPolicy", "parse_retry_after"]

RETRY_ALWAYS = frozenset({429, 503})
RETRY_IF_IDEMPOTENT = frozenset({502, 504})
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Parse a ``Retry-After`` header (delta-seconds or HTTP-date) into seconds >= 0, or None."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if parsed is None:
            return None
        seconds = parsed.timestamp() - (time.time() if now is None else now)
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times and how long to wait between attempts.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        initial_delay: back-off before the first retry, in seconds.
        max_delay: cap of the exponential back-off.
        max_retry_after: cap applied to a server's ``Retry-After``.
        jitter: fraction of the delay randomised (0.25 → delay * [0.75, 1.0]).

    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def should_retry_status(self, status: int, *, idempotent: bool) -> bool:
        """Tell whether an HTTP ``status`` is worth another attempt."""
        return status in RETRY_ALWAYS or (idempotent and status in RETRY_IF_IDEMPOTENT)

    def should_retry_exception(self, exc: BaseException, *, idempotent: bool) -> bool:
        """Tell whether a transport failure is worth another attempt."""
        if isinstance(exc, _NOT_SENT):
            return True
        return idempotent and isinstance(exc, httpx.TransportError)

    def delay(
        self, retry_number: int, retry_after: float | None = None, *, rand: float | None = None
    ) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based); a server's Retry-After wins, capped."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        base: float = min(self.initial_delay * 2.0 ** (retry_number - 1), self.max_delay)
        r = random.random() if rand is None else rand  # noqa: S311 - jitter, not cryptography
        return base * (1.0 - self.jitter * r)


@dataclass(slots=True)
class PauseGate:
    """A client-wide pause: after a 429 every request waits out the server's window, together.

    ``clock`` and ``sleep`` are injectable so tests run on a fake clock.
    """

    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep
    _until: float = field(default=0.0)

    def pause(self, seconds: float) -> None:
        """Hold every request for ``seconds`` from now (extends, never shortens, a running pause)."""
        self._until = max(self._until, self.clock() + seconds)

    @property
    def remaining(self) -> float:
        """Seconds left in the current pause (0 when open)."""
        return max(0.0, self._until - self.clock())

    async def wait(self) -> None:
        """Wait until the gate is open."""
        while (left := self.remaining) > 0:
            await self.sleep(left)
