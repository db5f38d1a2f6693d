"""Fan-out for batch jobs: one async call per item, with bounded concurrency, a rate cap and progress.

Both entry points run on asyncio and trio (anyio):

* :func:`fan_out` runs every item and returns one :class:`Outcome` per item, in input order::

      outcomes = await fan_out(lambda pid: mp.profiles.retrieve(pid), ids, concurrency=64)
      profiles = [o.value for o in outcomes if o.ok]
      failures = [(o.item, o.error) for o in outcomes if not o.ok]

* :func:`iter_fan_out` streams outcomes, in completion order, consuming any (async) iterable lazily::

      async with iter_fan_out(fetch, read_ids_lazily(), concurrency=64) as outcomes:
          async for o in outcomes:
              write(o)

No item is dropped: an :class:`Exception` raised by ``fn`` becomes a failed outcome holding it.
Cancellation and other :class:`BaseException` s stop new work, cancel what runs and propagate.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import math
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Sequence, Sized
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

import anyio
import anyio.lowlevel

from mypreferences.errors import InvalidRequestError
from mypreferences.ratelimit import LocalRateLimiter, check_positive

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


def _pacer(concurrency: int, max_rate: float | None, **timing: Any) -> LocalRateLimiter | None:
    """Check the arguments (InvalidRequestError) and return the rate cap, if any."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidRequestError(f"concurrency must be an int >= 1, got {concurrency!r}")
    return None if max_rate is None else LocalRateLimiter(check_positive("max_rate", max_rate), **timing)


class _Engine(Generic[T, R]):
    """Up to ``concurrency`` workers, each pulling items and running ``fn`` in a loop (no task per item).

    An error outside ``fn`` (the input, ``on_progress``, a BaseException) stops them and is kept.
    """

    _room_queue: anyio.Lock  # a stream's workers wait for room one at a time (no herd of wake-ups)

    def __init__(
        self,
        fn: Callable[[T], Awaitable[R]],
        items: Iterable[T] | AsyncIterable[T],
        concurrency: int,
        pacer: RateLimiter | None,
        on_progress: Callable[[int, Any, int], object] | None,
        gate: RateLimiter | None,
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        is_async = isinstance(items, AsyncIterable)
        self._aiter = aiter(cast("AsyncIterable[T]", items)) if is_async else None
        self._iter = None if is_async else iter(cast("Iterable[T]", items))
        self._lock = anyio.Lock(fast_acquire=True) if is_async else None  # one anext at a time
        self._fn, self._concurrency, self._pacer = fn, concurrency, pacer
        self._gate, self._sleep, self._on_progress = gate, sleep, on_progress
        self._total = len(items) if isinstance(items, Sized) else None
        self._started = self.done = self.failed = 0
        self._exhausted, self._stop_at = False, math.inf  # no pull once done >= _stop_at (-inf: stopped)
        self._room: anyio.Semaphore | None = None  # a stream's bound: taken per pull, given back per read
        self._errors: list[BaseException] = []
        self._buffer: deque[Outcome[T, R]] = deque()  # a stream's outcomes not read yet

    async def _run(self, emit: Callable[[Outcome[T, R]], object]) -> None:
        self._emit = emit  # runs until the input is exhausted, the round is full or a worker is stopped
        async with anyio.create_task_group() as self._workers:
            for _ in range(self._concurrency):
                self._workers.start_soon(self._worker)
                await anyio.lowlevel.checkpoint()  # two turns first: with fast calls, a few workers do it all
                await anyio.lowlevel.checkpoint()
                if self._exhausted or self.done >= self._stop_at:
                    break

    def _reraise(self, exc: BaseException | None = None) -> None:  # one alone as itself, else a group
        errors, self._errors = self._errors, []
        if len(errors) == 1 and exc is None:
            raise errors[0]
        if errors:
            raise BaseExceptionGroup("fan-out stopped", errors if exc is None else [exc, *errors])

    async def _next(self) -> tuple[int, T] | None:  # None: input exhausted, round full, or stopped
        if (room := self._room) is not None:
            try:
                room.acquire_nowait()
            except anyio.WouldBlock:
                async with self._room_queue:
                    await room.acquire()
        if (lock := self._lock) is not None:
            await lock.acquire()
        try:  # for a sync iterator nothing awaits between the checks and the pull
            await anyio.lowlevel.checkpoint_if_cancelled()  # a cancelled scope starts nothing (cheap)
            if not self._exhausted and self.done < self._stop_at:
                if self._iter is not None:
                    item = next(self._iter, _EXHAUSTED)
                else:
                    item = await anext(cast("AsyncIterator[T]", self._aiter), _EXHAUSTED)
                self._exhausted = item is _EXHAUSTED
                if not self._exhausted:
                    self._started += 1
                    return self._started - 1, item
        finally:
            if lock is not None:
                lock.release()
        if room is not None:
            room.release()
        return None

    async def _worker(self) -> None:
        fn, gate, pacer, tick, emit = self._fn, self._gate, self._pacer, self._on_progress, self._emit
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
                except Exception as exc:  # every failure of fn is an outcome; BaseExceptions stop the run
                    outcome = Outcome(item, index, error=exc)
                    self.failed += 1
                self.done += 1
                if tick is not None and inspect.isawaitable(r := tick(self.done, self._total, self.failed)):
                    await r
                emit(outcome)
        except BaseException as exc:
            self._stop_at = -math.inf  # cancellation, Ctrl-C, an error outside fn: start nothing new
            if isinstance(exc, (anyio.get_cancelled_exc_class(), GeneratorExit)):
                raise
            self._errors.append(exc)
            self._workers.cancel_scope.cancel()


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
        One :class:`Outcome` per item, in input order; an :class:`Exception` raised by ``fn`` is stored
        in it. Cancellation, other :class:`BaseException` s and errors raised by the input or by
        ``on_progress`` cancel the running calls and propagate (one error as itself, not in a group).

    Raises:
        InvalidRequestError: ``concurrency`` is not an int >= 1, or ``max_rate`` not a positive finite number.

    """
    pacer = _pacer(concurrency, max_rate, clock=clock, sleep=sleep)
    seq: Sequence[T] = items if isinstance(items, Sequence) else list(items)
    results: list[Any] = [None] * len(seq)
    bar: Any = None
    if progress:
        with contextlib.suppress(ImportError):  # the extra ``mypreferences[progress]``
            bar = importlib.import_module("tqdm.auto").tqdm(total=len(seq), unit="item", dynamic_ncols=True)

    def report(done: int, total: int, failed: int) -> object:
        bar.update(1)
        if failed:
            bar.set_postfix(failed=failed, refresh=False)
        return None if on_progress is None else on_progress(done, total, failed)

    engine = _Engine(fn, seq, concurrency, pacer, on_progress if bar is None else report, gate, sleep)
    with contextlib.nullcontext() if bar is None else bar:  # the bar closes on leaving
        await engine._run(lambda outcome: results.__setitem__(outcome.index, outcome))
        engine._reraise()
    return results


class FanOutStream(_Engine[T, R], AsyncIterator[Outcome[T, R]]):
    """The async iterator of :func:`iter_fan_out` (see there), yielding outcomes; :meth:`aclose` stops it.

    Attributes:
        done: items finished so far (successes and failures).
        failed: items whose call raised so far.

    """

    _mode: Literal["new", "rounds", "piped", "closed"] = "new"
    _tg: anyio.abc.TaskGroup  # piped: the feed's task group and its cancel scope
    _feed_scope: anyio.CancelScope
    _ready: anyio.Event  # piped: the reader waits for an outcome or the end
    _fed = False

    async def __anext__(self) -> Outcome[T, R]:
        if self._mode == "piped":
            while not self._buffer:
                if self._fed:
                    self._reraise()
                    raise StopAsyncIteration
                self._ready = anyio.Event()
                await self._ready.wait()
            cast(anyio.Semaphore, self._room).release()
            return self._buffer.popleft()
        if self._mode == "new":
            self._mode = "rounds"
        if self._mode == "rounds" and not self._buffer and not self._exhausted:
            self._stop_at = self.done + self._concurrency  # a round: about `concurrency` outcomes
            try:
                await self._run(self._buffer.append)
                self._reraise()
            except BaseException:
                self._mode = "closed"
                raise
        if self._mode != "closed" and self._buffer:
            return self._buffer.popleft()
        raise StopAsyncIteration

    def _put(self, outcome: Outcome[T, R]) -> None:
        self._buffer.append(outcome)
        self._ready.set()

    async def __aenter__(self) -> FanOutStream[T, R]:
        if self._mode != "new":
            raise InvalidRequestError("enter the stream with `async with` before iterating it")
        self._room = anyio.Semaphore(self._concurrency, fast_acquire=True)  # bounds running + unread
        self._room_queue = anyio.Lock(fast_acquire=True)
        self._feed_scope, self._ready = anyio.CancelScope(), anyio.Event()
        self._tg = await anyio.create_task_group().__aenter__()
        self._tg.start_soon(self._feed)
        self._mode = "piped"
        return self

    async def _feed(self) -> None:
        try:
            with self._feed_scope:
                await self._run(self._put)
        finally:
            self._fed = True
            self._ready.set()

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()
        await self._tg.__aexit__(None, None, None)  # the feed keeps its errors: the group holds none
        self._reraise(exc_info[1])

    async def aclose(self) -> None:
        """Stop: start nothing new and cancel what is running (fully so on leaving ``async with``)."""
        if self._mode == "piped":
            self._feed_scope.cancel()
        self._buffer.clear()
        self._fed = True
        self._mode = "closed"


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
    are running or unread at any time. Arguments are as for :func:`fan_out`; the ``total`` passed to
    ``on_progress`` is ``len(items)`` when it has one, else None.

    Prefer ``async with iter_fan_out(...) as outcomes: async for o in outcomes: ...``: leaving the
    block cancels the running calls. A bare ``async for`` runs items in rounds of about ``concurrency``
    and keeps nothing running between two outcomes, so ``break`` (which does not close an async
    iterator) leaves no task behind, at some cost in throughput.

    Raises:
        InvalidRequestError: ``concurrency`` or ``max_rate`` is invalid (raised at call time).

    """
    pacer = _pacer(concurrency, max_rate, clock=clock, sleep=sleep)
    return FanOutStream(fn, items, concurrency, pacer, on_progress, gate, sleep)
