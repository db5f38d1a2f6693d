"""LocalRateLimiter: GCRA spacing, the shared 429 pause, max_wait refusals, exactness under concurrency.

Sequential behaviour runs on the conftest ``FakeClock`` (time moves only when something sleeps).
Concurrent behaviour runs on ``VirtualClock`` below: a virtual-time scheduler that advances time to
the earliest sleeper only once every task is blocked, so many tasks really wait at the same instant,
on asyncio and on trio, and nothing depends on the machine's speed.
"""

from __future__ import annotations

import heapq
import itertools
import math
import pickle
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from mypreferences.errors import InvalidRequestError, MyPreferencesError
from mypreferences.ratelimit import LocalRateLimiter, RateLimiter, RateLimitWaitTooLong
from tests.conftest import FakeClock


class VirtualClock:
    """A clock + sleep pair whose time jumps to the next wake-up when every task is blocked."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self._sleepers: list[tuple[float, int, anyio.Event]] = []
        self._seq = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await anyio.lowlevel.checkpoint()
            return
        event = anyio.Event()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._seq), event))
        await event.wait()

    async def run(self, *fns: Callable[[], Awaitable[Any]]) -> list[Any]:
        """Run ``fns`` concurrently in virtual time; return their results in order."""
        results: list[Any] = [None] * len(fns)
        pending = len(fns)

        async def one(i: int, fn: Callable[[], Awaitable[Any]]) -> None:
            nonlocal pending
            try:
                results[i] = await fn()
            finally:
                pending -= 1

        async with anyio.create_task_group() as tg:
            for i, fn in enumerate(fns):
                tg.start_soon(one, i, fn)
            while pending:
                await anyio.wait_all_tasks_blocked()
                if not pending:
                    break
                if not self._sleepers:
                    raise AssertionError("deadlock: tasks blocked on something other than the clock")
                wake = self._sleepers[0][0]
                self.now = max(self.now, wake)
                while self._sleepers and self._sleepers[0][0] <= self.now:
                    heapq.heappop(self._sleepers)[2].set()
        return results


def local(rate: float | None, per: float = 1.0, clock: Any = None) -> LocalRateLimiter:
    return LocalRateLimiter(rate, per, clock=clock, sleep=clock.sleep)


# -- arguments ------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [0, -1, math.inf, math.nan, True, "5", None])
def test_rate_and_per_must_be_positive_finite_numbers(bad: Any) -> None:
    if bad is not None:
        with pytest.raises(InvalidRequestError, match="rate"):
            LocalRateLimiter(bad)
    with pytest.raises(InvalidRequestError, match="per"):
        LocalRateLimiter(10, bad)


@pytest.mark.parametrize("bad", [-0.1, math.nan, "1", True])
async def test_max_wait_and_pause_are_validated(bad: Any, fake_clock: FakeClock) -> None:
    limiter = local(10, clock=fake_clock)
    with pytest.raises(InvalidRequestError, match="max_wait"):
        await limiter.acquire(max_wait=bad)
    with pytest.raises(InvalidRequestError, match="pause"):
        await limiter.pause(bad)
    with pytest.raises(InvalidRequestError, match="pause"):
        await limiter.pause(math.inf)
    assert await limiter.paused_for() == 0.0


def test_implements_the_protocol_and_errors_are_sdk_errors() -> None:
    assert isinstance(LocalRateLimiter(), RateLimiter)
    assert issubclass(RateLimitWaitTooLong, MyPreferencesError)
    assert repr(LocalRateLimiter(20, 2)) == "LocalRateLimiter(rate=20, per=2)"
    err = pickle.loads(pickle.dumps(RateLimitWaitTooLong(1.5, paused=True, max_wait=0.5)))
    assert (err.wait, err.paused, err.max_wait) == (1.5, True, 0.5)
    assert "429 pause" in str(err)


# -- spacing (FakeClock) --------------------------------------------------------------------


async def test_starts_are_spaced_per_over_rate_with_no_burst(fake_clock: FakeClock) -> None:
    limiter = local(4, 1.0, fake_clock)  # one start every 0.25 s
    starts = []
    for _ in range(5):
        await limiter.acquire()
        starts.append(fake_clock.now)
    assert starts == [1000.0, 1000.25, 1000.5, 1000.75, 1001.0]
    assert fake_clock.sleeps == [0.25] * 4
    # An idle period earns no burst credit: after 10 s idle the first start is immediate, the next waits.
    fake_clock.now += 10
    fake_clock.sleeps.clear()
    await limiter.acquire()
    await limiter.acquire()
    assert fake_clock.sleeps == [0.25]


async def test_no_rate_means_only_the_pause_applies(fake_clock: FakeClock) -> None:
    limiter = local(None, clock=fake_clock)
    for _ in range(100):
        await limiter.acquire()
    assert fake_clock.sleeps == []
    await limiter.pause(2.0)
    await limiter.acquire()
    assert fake_clock.sleeps == [2.0]


async def test_pause_extends_and_never_shortens(fake_clock: FakeClock) -> None:
    limiter = local(None, clock=fake_clock)
    await limiter.pause(5.0)
    await limiter.pause(2.0)  # shorter: ignored
    assert await limiter.paused_for() == 5.0
    await limiter.pause(8.0)  # longer: extends
    assert await limiter.paused_for() == 8.0
    await limiter.pause(0)
    await limiter.acquire()
    assert fake_clock.sleeps == [8.0]
    assert await limiter.paused_for() == 0.0


async def test_max_wait_refusal_raises_at_once_and_consumes_nothing(fake_clock: FakeClock) -> None:
    limiter = local(1, 1.0, fake_clock)
    await limiter.acquire()  # takes the slot at t=1000; the next one is at 1001
    with pytest.raises(RateLimitWaitTooLong) as refused:
        await limiter.acquire(max_wait=0.5)
    assert (refused.value.wait, refused.value.paused, refused.value.max_wait) == (1.0, False, 0.5)
    assert fake_clock.sleeps == []  # refused without waiting
    with pytest.raises(RateLimitWaitTooLong):
        await limiter.acquire(max_wait=0)
    # Had a refusal consumed the 1001 slot, this would wait 2 s and be refused.
    await limiter.acquire(max_wait=1.0)
    assert fake_clock.sleeps == [1.0]


async def test_max_wait_refusal_during_a_pause_says_paused(fake_clock: FakeClock) -> None:
    limiter = local(10, clock=fake_clock)
    await limiter.pause(3.0)
    with pytest.raises(RateLimitWaitTooLong) as refused:
        await limiter.acquire(max_wait=1.0)
    assert refused.value.paused is True and refused.value.wait == 3.0
    assert fake_clock.sleeps == []
    await limiter.acquire(max_wait=3.0)  # a wait equal to max_wait is accepted
    assert fake_clock.sleeps == [3.0]
    await limiter.acquire(max_wait=0.1)  # the pause took no slot: the next is 0.1 s after the first
    assert fake_clock.sleeps == pytest.approx([3.0, 0.1])


# -- concurrency (VirtualClock, asyncio and trio) -------------------------------------------


async def _exact_under_concurrency() -> None:
    clock = VirtualClock()
    limiter = local(10, 1.0, clock)  # 0.1 s apart

    async def start() -> float:
        await limiter.acquire()
        return clock.now

    starts = await clock.run(*[start] * 40)
    # Forty tasks asking at the same instant get forty distinct slots, exactly 0.1 s apart.
    assert sorted(starts) == pytest.approx([1000.0 + 0.1 * k for k in range(40)], abs=1e-9)
    assert len({round(s, 6) for s in starts}) == 40

    # max_wait under concurrency: 30 tasks at once with max_wait=0.95 → exactly the 10 slots
    # 0, 0.1, ..., 0.9 (relative to now) are admitted; the 20 refusals take nothing.
    t0 = max(clock.now, 1000.0 + 0.1 * 40)
    clock.now = t0

    async def try_start() -> bool:
        try:
            await limiter.acquire(max_wait=0.95)
        except RateLimitWaitTooLong as exc:
            assert exc.wait >= 1.0 - 1e-9 and not exc.paused
            return False
        return True

    admitted = await clock.run(*[try_start] * 30)
    assert admitted.count(True) == 10
    clock.now = t0 + 1.0
    await limiter.acquire(max_wait=0)  # slot t0 + 1.0 is free: the refusals consumed nothing


async def test_exact_under_concurrency_asyncio() -> None:
    await _exact_under_concurrency()


def test_exact_under_concurrency_trio() -> None:
    anyio.run(_exact_under_concurrency, backend="trio")


async def _pause_during_a_slot_wait() -> None:
    clock = VirtualClock()
    limiter = local(2, 1.0, clock)  # 0.5 s apart
    seen: dict[str, float] = {}

    async def first() -> None:
        await limiter.acquire()

    async def waiter() -> None:
        await clock.sleep(0)  # runs after first(): its slot is t0 + 0.5
        await limiter.acquire()
        seen["start"] = clock.now
        seen["paused_for_at_start"] = await limiter.paused_for()

    async def pauser() -> None:
        await clock.sleep(0.2)
        await limiter.pause(1.0)  # a 429 at t0 + 0.2: everyone holds until t0 + 1.2

    await clock.run(first, waiter, pauser)
    # The waiter's slot fell inside the pause: it waited the pause out and took a fresh slot.
    assert seen["start"] >= 1001.2 - 1e-9
    assert seen["paused_for_at_start"] == 0.0


async def test_a_pause_that_begins_during_a_slot_wait_holds_the_waiter() -> None:
    await _pause_during_a_slot_wait()


def test_pause_during_slot_wait_trio() -> None:
    anyio.run(_pause_during_a_slot_wait, backend="trio")


async def test_a_cancelled_waiter_gives_its_slot_back() -> None:
    clock = VirtualClock()
    limiter = local(1, 1.0, clock)
    await limiter.acquire()  # slot 1000; next free 1001

    scopes: list[anyio.CancelScope] = []
    outcome: list[str] = []

    async def waiter() -> None:
        with anyio.CancelScope() as scope:
            scopes.append(scope)
            await limiter.acquire()  # waits for the 1001 slot
            outcome.append("acquired")
        outcome.append("cancelled" if scope.cancelled_caught else "done")

    async def canceller() -> None:
        await clock.sleep(0.5)
        scopes[0].cancel()  # at 1000.5, while the waiter sleeps towards 1001

    await clock.run(waiter, canceller)
    assert outcome == ["cancelled"]

    async def next_start() -> float:
        await limiter.acquire()
        return clock.now

    assert await clock.run(next_start) == [1001.0]  # not 1002: the slot was returned


def test_runs_on_trio_with_the_real_clock() -> None:
    async def main() -> int:
        limiter = LocalRateLimiter(rate=2000)
        count = 0

        async def one() -> None:
            nonlocal count
            await limiter.acquire()
            count += 1

        with anyio.fail_after(10):
            async with anyio.create_task_group() as tg:
                for _ in range(20):
                    tg.start_soon(one)
        return count

    assert anyio.run(main, backend="trio") == 20
