"""Fan-out for batch jobs: run one async call per item with bounded concurrency, a rate cap and progress.

Two entry points, both backend-neutral (anyio: asyncio and trio):

* :func:`fan_out` runs every item and returns one :class:`Outcome` per item, in input order::

      outcomes = await fan_out(lambda pid: mp.profiles.retrieve(pid), ids, concurrency=64)
      profiles = [o.value for o in outcomes if o.ok]
      failures = [(o.item, o.error) for o in outcomes if not o.ok]

* :func:`iter_fan_out` streams outcomes for inputs too large to hold (any iterable or async iterable,
  consumed lazily with bounded memory)::

      async with iter_fan_out(fetch, read_ids_lazily(), concurrency=64) as outcomes:
          async for o in outcomes:          # in completion order, fully pipelined
              write(o)

  ``async for o in iter_fan_out(...)`` without ``async with`` also works: it then runs the items
  in rounds of about ``concurrency`` and keeps no task alive between two outcomes, so ``break`` is
  always safe (Python does not close an async iterator on ``break``), at some cost in throughput.

Neither function ever drops an item: an :class:`Exception` raised by ``fn`` becomes a failed
outcome holding that (typed) exception. Cancellation (a timeout around the call, Ctrl-C) and other
:class:`BaseException` s stop new work, cancel what is running and propagate; no task is left
running. Given the client's pause gate (``MyPreferences.fan_out`` passes it), no new item starts
while a 429 ``Retry-After`` pause is running.
"""

from __future__ import annotations

import importlib
import inspect
import math
import time
from collections import deque
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Sequence,
    Sized,
)
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

import anyio
import anyio.abc
import anyio.lowlevel

from mypreferences.errors import InvalidRequestError
from mypreferences.ratelimit import LocalRateLimiter

if TYPE_CHECKING:
    from mypreferences.ratelimit import RateLimiter

__all__ = ["FanOutStream", "Outcome", "fan_out", "iter_fan_out"]

T = TypeVar("T")
R = TypeVar("R")

ProgressCallback = Callable[[int, int, int], object]
"""``on_progress(done, total, failed)`` of :func:`fan_out`; may return an awaitable (async callback)."""

StreamProgressCallback = Callable[[int, "int | None", int], object]
"""``on_progress(done, total, failed)`` of :func:`iter_fan_out`; ``total`` is None for unsized inputs."""

_EXHAUSTED: Any = object()


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T, R]):
    """The result of running ``fn`` on one item.

    Attributes:
        item: the input item.
        index: its position in the input (0-based).
        value: what ``fn`` returned (None when it failed).
        error: the exception ``fn`` raised (None when it succeeded), e.g. a
            :class:`mypreferences.errors.NotFoundError`.

    """

    item: T
    index: int
    value: R | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        """True when ``fn`` returned normally."""
        return self.error is None

    def unwrap(self) -> R:
        """Return the value, or raise the stored exception."""
        if self.error is not None:
            raise self.error
        return cast(R, self.value)

    def __repr__(self) -> str:
        state = f"value={self.value!r}" if self.error is None else f"error={self.error!r}"
        return f"Outcome(index={self.index}, item={self.item!r}, {state})"


def _check_args(concurrency: int, max_rate: float | None) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidRequestError(f"concurrency must be an int >= 1, got {concurrency!r}")
    if max_rate is not None and (
        isinstance(max_rate, bool) or not isinstance(max_rate, int | float) or not 0 < max_rate < math.inf
    ):
        raise InvalidRequestError(f"max_rate must be a positive number of calls per second, got {max_rate!r}")


@contextmanager
def _unwrap_single_error() -> Iterator[None]:
    """Re-raise a task group's error group holding exactly one exception as that exception.

    The exception keeps its own ``__cause__``/``__context__`` (re-raising it here would otherwise
    replace them with the group).
    """
    try:
        yield
    except BaseExceptionGroup as group:
        leaf: BaseException = group
        while isinstance(leaf, BaseExceptionGroup) and len(leaf.exceptions) == 1:
            leaf = leaf.exceptions[0]
        if isinstance(leaf, BaseExceptionGroup):
            raise
        chain = leaf.__cause__, leaf.__context__, leaf.__suppress_context__
        try:
            raise leaf  # the chain is restored below
        finally:
            leaf.__cause__, leaf.__context__, leaf.__suppress_context__ = chain


class _Engine(Generic[T, R]):
    """Up to ``concurrency`` workers, each pulling items and running ``fn`` in a loop (no task per item)."""

    _emit: Callable[[Outcome[T, R]], object]

    def __init__(
        self,
        fn: Callable[[T], Awaitable[R]],
        items: Iterable[T] | AsyncIterable[T],
        *,
        concurrency: int,
        max_rate: float | None,
        gate: RateLimiter | None,
        on_progress: Callable[[int, Any, int], object] | None,
        total: int | None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self._fn = fn
        self._aiter = aiter(items) if isinstance(items, AsyncIterable) else None
        self._iter = None if isinstance(items, AsyncIterable) else iter(items)
        self._pull_lock = anyio.Lock() if self._aiter is not None else None  # one anext at a time
        self._concurrency = concurrency
        self._gate = gate
        self._sleep = sleep
        self._pacer = None if max_rate is None else LocalRateLimiter(max_rate, clock=clock, sleep=sleep)
        self._on_progress = on_progress
        self.total = total
        self.started = self.done = self.failed = 0
        self.exhausted = False
        self._stopped = False  # a worker was hit by a BaseException: no other worker starts an item
        self._until: Callable[[], bool] | None = None
        self._admit: Callable[[], Awaitable[object]] | None = None

    async def run(
        self,
        emit: Callable[[Outcome[T, R]], object],
        until: Callable[[], bool] | None = None,
        admit: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        """Run items until the input is exhausted or ``until()`` (checked before each pull) is true.

        ``emit`` receives each outcome; ``admit`` is awaited before each pull (the stream's bound).
        """
        self._emit, self._until, self._admit = emit, until, admit
        async with anyio.create_task_group() as tg:
            for _ in range(self._concurrency):
                tg.start_soon(self._worker)
                # Let it run first: when calls finish without waiting, one worker may do the whole round.
                await anyio.lowlevel.checkpoint()
                if self._over():
                    break

    def _over(self) -> bool:
        return self.exhausted or self._stopped or (self._until is not None and self._until())

    async def _next(self) -> tuple[int, T] | None:
        """Take the next item with its index, or None: input exhausted, round full, or stopped."""
        if (lock := self._pull_lock) is not None:
            await lock.acquire()
        try:  # for a sync iterator nothing awaits between the checks and the pull
            await anyio.lowlevel.checkpoint_if_cancelled()  # a cancelled scope starts nothing (cheap)
            if self._admit is not None:
                await self._admit()
            if self._over():
                return None
            if self._iter is not None:
                item = next(self._iter, _EXHAUSTED)
            else:
                item = await anext(cast("AsyncIterator[T]", self._aiter), _EXHAUSTED)
            if item is _EXHAUSTED:
                self.exhausted = True
                return None
            self.started += 1
            return self.started - 1, item
        finally:
            if lock is not None:
                lock.release()

    async def _worker(self) -> None:
        fn, gate, pacer, on_progress, emit = self._fn, self._gate, self._pacer, self._on_progress, self._emit
        try:
            while (pulled := await self._next()) is not None:
                index, item = pulled
                if pacer is not None:
                    await pacer.acquire()
                if gate is not None:
                    while (wait := await gate.paused_for()) > 0:
                        await self._sleep(wait)
                try:
                    outcome: Outcome[T, R] = Outcome(item, index, await fn(item))
                except Exception as exc:  # every failure of fn is an outcome; BaseExceptions propagate
                    outcome = Outcome(item, index, error=exc)
                    self.failed += 1
                self.done += 1
                if on_progress is not None and inspect.isawaitable(
                    result := on_progress(self.done, self.total, self.failed)
                ):
                    await result
                emit(outcome)
        except BaseException:
            self._stopped = True  # cancellation, Ctrl-C, an error outside fn: start nothing new
            raise


def _progress_bar(total: int) -> Any:
    """Return a tqdm bar when tqdm is installed (extra ``mypreferences[progress]``), else None."""
    try:
        tqdm_auto = importlib.import_module("tqdm.auto")
    except ImportError:
        return None
    return tqdm_auto.tqdm(total=total, unit="item", dynamic_ncols=True)


async def fan_out(
    fn: Callable[[T], Awaitable[R]],
    items: Iterable[T],
    *,
    concurrency: int = 32,
    max_rate: float | None = None,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    gate: RateLimiter | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
) -> list[Outcome[T, R]]:
    """Run ``await fn(item)`` for every item, at most ``concurrency`` at a time.

    Args:
        fn: the async function to run per item, e.g. ``mp.profiles.retrieve``.
        items: the inputs (materialised into a list; use :func:`iter_fan_out` for huge inputs).
        concurrency: maximum number of calls running at once.
        max_rate: optional cap in calls started per second (starts are spaced ``1 / max_rate`` apart).
        on_progress: called as ``on_progress(done, total, failed)`` after each item; may be async.
        progress: show a tqdm progress bar when tqdm is installed (ignored otherwise).
        gate: a :class:`mypreferences.ratelimit.RateLimiter`; no new item starts while it is paused
            (the client passes its own, so a 429 ``Retry-After`` pauses the whole batch).
        clock: the clock of the rate cap and pause (a fake clock in tests).
        sleep: the sleep of the rate cap and pause.

    Returns:
        One :class:`Outcome` per item, in input order. An :class:`Exception` raised by ``fn`` is
        stored in its outcome; cancellation and other :class:`BaseException` s cancel the running
        calls and propagate (a single error is re-raised as itself, not as an exception group).

    Raises:
        InvalidRequestError: ``concurrency`` is not an int >= 1 or ``max_rate`` not a positive
            finite number (before anything runs).

    """
    _check_args(concurrency, max_rate)
    seq: Sequence[T] = items if isinstance(items, Sequence) else list(items)
    total = len(seq)
    results: list[Outcome[T, R] | None] = [None] * total
    bar = _progress_bar(total) if progress else None

    def report(done: int, total_: int | None, failed: int) -> object:
        if bar is not None:
            bar.update(1)
            if failed:
                bar.set_postfix(failed=failed, refresh=False)
        return on_progress(done, total, failed) if on_progress is not None else None

    engine: _Engine[T, R] = _Engine(
        fn, seq, concurrency=concurrency, max_rate=max_rate, gate=gate, clock=clock, sleep=sleep,
        on_progress=report if (bar is not None or on_progress is not None) else None, total=total,
    )  # fmt: skip

    def store(outcome: Outcome[T, R]) -> None:
        results[outcome.index] = outcome

    try:
        with _unwrap_single_error():
            await engine.run(store)
    finally:
        if bar is not None:
            bar.close()
    return cast("list[Outcome[T, R]]", results)


class FanOutStream(Generic[T, R]):
    """The async iterator returned by :func:`iter_fan_out`, yielding outcomes as they complete.

    Use it as ``async with iter_fan_out(...) as s: async for o in s`` for full pipelining (leaving the
    block cancels what is still running), or iterate it directly: it then runs items in rounds and
    keeps nothing running between two outcomes, so ``break`` needs no cleanup. :meth:`aclose` stops it.
    """

    def __init__(self, engine: _Engine[T, R], concurrency: int) -> None:
        self._engine = engine
        self._target = concurrency
        self._mode: Literal["new", "rounds", "piped", "closed"] = "new"
        self._buffer: deque[Outcome[T, R]] = deque()
        self._tg: anyio.abc.TaskGroup | None = None
        self._feed_scope: anyio.CancelScope | None = None
        self._ready: anyio.Event | None = None  # piped: the reader waits for an outcome or the end
        self._fed = False
        self._read = 0
        self._parked: deque[anyio.Event] = deque()  # piped: workers waiting for room
        self._waking = False

    def __aiter__(self) -> FanOutStream[T, R]:
        return self

    async def __anext__(self) -> Outcome[T, R]:
        if self._mode == "piped":
            while not self._buffer:
                if self._fed:
                    raise StopAsyncIteration
                self._ready = anyio.Event()
                await self._ready.wait()
                self._ready = None
            self._read += 1
            if self._parked and not self._waking:
                self._wake()
            return self._buffer.popleft()
        if self._mode == "new":
            self._mode = "rounds"
        if self._mode == "rounds" and not self._buffer and not self._engine.exhausted:
            try:
                with _unwrap_single_error():
                    await self._engine.run(self._buffer.append, lambda: len(self._buffer) >= self._target)
            except BaseException:
                self._mode = "closed"
                raise
        if self._mode != "closed" and self._buffer:
            return self._buffer.popleft()
        raise StopAsyncIteration

    def _put(self, outcome: Outcome[T, R]) -> None:
        self._buffer.append(outcome)
        if self._ready is not None:
            self._ready.set()

    async def _admit(self) -> None:
        # Bounded memory: at most `concurrency` items are running or unread. A worker finding no room
        # waits; each read wakes one waiter, and a woken worker wakes the next (no herd of wake-ups).
        engine = self._engine
        while engine.started - self._read >= self._target and not engine.exhausted:
            event = anyio.Event()
            self._parked.append(event)
            await event.wait()
            self._waking = False
        if self._parked and not self._waking:
            self._wake()

    def _wake(self) -> None:
        self._waking = True
        self._parked.popleft().set()

    async def __aenter__(self) -> FanOutStream[T, R]:
        if self._mode != "new":
            raise RuntimeError("enter the stream with `async with` before iterating it")
        self._feed_scope = anyio.CancelScope()
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        self._tg.start_soon(self._feed, self._feed_scope)
        self._mode = "piped"
        return self

    async def _feed(self, scope: anyio.CancelScope) -> None:
        try:
            with scope:
                await self._engine.run(self._put, admit=self._admit)
        finally:
            self._fed = True
            if self._ready is not None:
                self._ready.set()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
        assert self._tg is not None
        with _unwrap_single_error():
            await self._tg.__aexit__(exc_type, exc, tb)

    async def aclose(self) -> None:
        """Stop: start nothing new and cancel what is running (fully so on leaving ``async with``)."""
        if self._feed_scope is not None:
            self._feed_scope.cancel()
        self._buffer.clear()
        self._fed = True
        self._mode = "closed"

    @property
    def done(self) -> int:
        """Items finished so far (successes and failures)."""
        return self._engine.done

    @property
    def failed(self) -> int:
        """Items whose call raised so far."""
        return self._engine.failed


def iter_fan_out(
    fn: Callable[[T], Awaitable[R]],
    items: Iterable[T] | AsyncIterable[T],
    *,
    concurrency: int = 32,
    max_rate: float | None = None,
    on_progress: StreamProgressCallback | None = None,
    gate: RateLimiter | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
) -> FanOutStream[T, R]:
    """Stream ``await fn(item)`` outcomes for a possibly huge input, in completion order.

    ``items`` (an iterable or async iterable) is consumed lazily: at most about ``concurrency`` items
    are running or waiting to be read at any time. Arguments are as for :func:`fan_out`; ``total``
    passed to ``on_progress`` is ``len(items)`` when it has one, else None.

    Prefer ``async with iter_fan_out(...) as outcomes: async for o in outcomes: ...`` (fully
    pipelined; leaving the block early cancels the running calls). A bare ``async for`` works too:
    it runs items in rounds of ``concurrency`` and keeps nothing running between two outcomes, so an
    early ``break`` leaves no task behind.

    Raises:
        InvalidRequestError: ``concurrency`` or ``max_rate`` is invalid (raised at call time).

    """
    _check_args(concurrency, max_rate)
    total = len(items) if isinstance(items, Sized) else None
    engine: _Engine[T, R] = _Engine(
        fn, items, concurrency=concurrency, max_rate=max_rate, gate=gate, on_progress=on_progress, total=total,
        clock=clock, sleep=sleep,
    )  # fmt: skip
    return FanOutStream(engine, concurrency)
