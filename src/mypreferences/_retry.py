"""Retry policy: which outcomes are retried and how long to wait.

Retries live above authentication (in the client's send loop, not in a transport) so that every
attempt runs the auth flow again: a retried PNAUTHINFO3 request carries a fresh timestamp.

Retried for every method: HTTP 429 (the server did not process the request) and connection failures
that happened before the request was sent (connect errors and timeouts, pool timeouts). Retried for
idempotent methods only (GET, PUT, DELETE): 502, 503, 504 and failures after sending (read/write
timeouts, dropped connections): after a POST or PATCH these may hide a request the server applied, so
the SDK never re-sends it blindly.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from dataclasses import dataclass

import httpx

__all__ = ["RetryPolicy", "parse_retry_after"]

RETRY_ALWAYS = frozenset({429})
RETRY_IF_IDEMPOTENT = frozenset({502, 503, 504})
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

    @staticmethod
    def not_sent(exc: BaseException) -> bool:
        """Tell whether a transport failure happened before the request could reach the server."""
        return isinstance(exc, _NOT_SENT)

    def delay(
        self, retry_number: int, retry_after: float | None = None, *, rand: float | None = None
    ) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based); a server's Retry-After wins, capped."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        base: float = min(self.initial_delay * 2.0 ** (retry_number - 1), self.max_delay)
        r = random.random() if rand is None else rand  # noqa: S311 - jitter, not cryptography
        return base * (1.0 - self.jitter * r)
