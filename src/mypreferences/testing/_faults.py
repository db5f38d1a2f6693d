"""Injected failures: error statuses, delays, answers after the write was applied, dropped connections."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

#: Longest ``delay`` a fault may ask for, in seconds.
MAX_FAULT_DELAY = 600.0
FAULT_FIELDS = (
    "status",
    "retry_after",
    "times",
    "route",
    "delay",
    "message",
    "after_apply",
    "drop",
    "malformed",
)


class FaultSpecError(ValueError):
    """A fault specification is invalid; ``field`` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass
class Fault:
    """An injected failure (see :meth:`Faults.add`); ``hits`` counts the requests it affected."""

    status: int | None = None
    retry_after: float | None = None
    times: int | None = 1
    route: str | None = None
    delay: float = 0.0
    message: str | None = None
    after_apply: bool = False
    drop: bool = False
    malformed: bool = False
    hits: int = 0

    def matches(self, method: str, template: str, operation_id: str) -> bool:
        """Tell whether the fault applies to a request."""
        if self.times is not None and self.hits >= self.times:
            return False
        return self.route is None or self.route in (operation_id, f"{method} {template}")

    def to_json(self) -> dict[str, Any]:
        """Return the fault's fields as JSON (what ``POST /_mp/faults`` answers)."""
        return {name: getattr(self, name) for name in (*FAULT_FIELDS, "hits")}


def _number(field: str, value: Any, *, low: float = 0.0, high: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FaultSpecError(field, f"must be a number, got {type(value).__name__} {value!r}")
    if not math.isfinite(value) or not low <= value <= high:
        raise FaultSpecError(field, f"must be between {low:g} and {high:g}, got {value!r}")
    return float(value)


def _flag(field: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise FaultSpecError(field, f"must be true or false, got {type(value).__name__} {value!r}")
    return value


def validate_fault(spec: Mapping[str, Any], routes: Iterable[str] | None = None) -> Fault:
    """Check a fault specification (the keyword arguments of :meth:`Faults.add`) and build the fault.

    ``routes`` are the accepted ``route`` values (operationIds and ``"METHOD /template"``); None accepts any.
    Raises :class:`FaultSpecError` naming the first invalid field.
    """
    unknown = sorted(set(spec) - set(FAULT_FIELDS))
    if unknown:
        raise FaultSpecError(unknown[0], f"unknown field (expected one of {', '.join(FAULT_FIELDS)})")
    status = spec.get("status")
    if status is not None and (
        isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599
    ):
        raise FaultSpecError("status", f"must be an HTTP status code from 100 to 599, got {status!r}")
    retry_after = spec.get("retry_after")
    if retry_after is not None:
        retry_after = _number("retry_after", retry_after)
    times = spec.get("times", 1)
    if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
        raise FaultSpecError("times", f"must be an integer >= 1, or null for every request, got {times!r}")
    route = spec.get("route")
    if route is not None:
        if not isinstance(route, str):
            raise FaultSpecError("route", f"must be a string, got {type(route).__name__}")
        known = None if routes is None else set(routes)
        if known is not None and route not in known:
            raise FaultSpecError(
                "route", f"unknown route {route!r}: use an operationId or 'METHOD /template' as in the spec"
            )
    delay = _number("delay", spec.get("delay", 0.0), high=MAX_FAULT_DELAY)
    message = spec.get("message")
    if message is not None and not isinstance(message, str):
        raise FaultSpecError("message", f"must be a string, got {type(message).__name__}")
    after_apply = _flag("after_apply", spec.get("after_apply", False))
    drop = _flag("drop", spec.get("drop", False))
    malformed = _flag("malformed", spec.get("malformed", False))
    if drop and (status is not None or malformed):
        raise FaultSpecError(
            "drop", "a dropped connection has no status or body: leave status and malformed out"
        )
    if retry_after is not None and status is None:
        raise FaultSpecError("retry_after", "needs a status to answer with")
    if status is None and not (drop or malformed or delay):
        raise FaultSpecError("status", "a fault needs at least one of status, delay, drop or malformed")
    return Fault(status, retry_after, times, route, delay, message, after_apply, drop, malformed)


class Faults:
    """The fault list of a server (thread-safe: shared with a loopback server thread)."""

    def __init__(self, routes: Callable[[], Iterable[str]] | None = None) -> None:
        self._items: list[Fault] = []
        self._lock = threading.Lock()
        self._routes = routes

    def add(
        self,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        times: int | None = 1,
        route: str | None = None,
        delay: float = 0.0,
        message: str | None = None,
        after_apply: bool = False,
        drop: bool = False,
        malformed: bool = False,
    ) -> Fault:
        """Inject a fault; the first matching fault of the list handles a request.

        Args:
            status: answer this status (with ``{"Message": message}`` and ``Retry-After: retry_after``).
                By default the request is not processed; with ``after_apply`` it is (the write is stored)
                and its real answer is replaced by this one.
            retry_after: seconds sent in ``Retry-After`` (needs ``status``).
            times: how many matching requests the fault affects; None = every one.
            route: None (every request), an operationId (``"GetProfileByProfileId"``) or ``"METHOD
                /template"`` as in the spec (``"GET /{clientId}/Profile/{profileId}"``); unknown routes are
                refused.
            delay: seconds to wait before processing the request (with ``after_apply``: after processing
                it, before answering), at most :data:`MAX_FAULT_DELAY`. A client that gives up meanwhile is
                not an error: with the delay first its request is not processed at all.
            message: the ``Message`` of the error body.
            after_apply: process the request first (see ``status``, ``delay``, ``drop``, ``malformed``).
            drop: close the connection without answering (loopback; in-process the client sees
                :class:`httpx.RemoteProtocolError`); with ``after_apply`` the write is stored first.
            malformed: answer a body that is not valid JSON (with ``status``, or the real status of the
                processed request).

        Raises:
            FaultSpecError: a field is invalid (``.field`` names it).

        """
        fault = validate_fault(
            {
                "status": status, "retry_after": retry_after, "times": times, "route": route, "delay": delay,
                "message": message, "after_apply": after_apply, "drop": drop, "malformed": malformed,
            },
            self._routes() if self._routes is not None else None,
        )  # fmt: skip
        return self.append(fault)

    def append(self, fault: Fault) -> Fault:
        """Add an already validated fault."""
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

    def __iter__(self) -> Iterator[Fault]:
        with self._lock:
            return iter(list(self._items))
