"""Fan-out: ordering, error accounting, limits, the shared 429 pause, rate cap, cancellation, streaming."""

from __future__ import annotations

import importlib.util
import itertools
import random
from collections.abc import AsyncIterator, Iterator
from contextlib import aclosing

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx

from mypreferences import MyPreferences
from mypreferences.errors import InvalidRequestError, NotFoundError, RateLimitError
from mypreferences.fanout import Outcome, fan_out, iter_fan_out
from mypreferences.generated.models import UserProfile
from mypreferences.ratelimit import LocalRateLimiter
from tests.conftest import use_fake_clock

BASE = "https://api.test/Profiles/v4"


class JumpClock:
    """A fake monotonic clock for concurrent sleepers: ``sleep(d)`` ends at ``start + d``.

    Sleeps that overlap in fake time do not add up (``now`` only ever moves forward to the latest
    wake-up time reached), so N tasks sleeping 2 s together advance the clock by 2 s, not 2N s.
    """

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        wake = self.now + seconds
        await anyio.lowlevel.checkpoint()
        self.now = max(self.now, wake)


class Tracker:
    """Counts running calls and remembers the peak."""

    def __init__(self) -> None:
        self.running = 0
        self.peak = 0
        self.started = 0
        self.finished = 0
        self.cancelled = 0

    def enter(self) -> None:
        self.started += 1
        self.running += 1
        self.peak = max(self.peak, self.running)

    def exit(self) -> None:
        self.running -= 1
        self.finished += 1


# -- fan_out -------------------------------------------------------------------------------------


async def test_outcomes_in_input_order_despite_random_completion() -> None:
    rng = random.Random(7)
    delays = {i: rng.randint(0, 5) for i in range(200)}
    completion: list[int] = []

    async def fn(i: int) -> str:
        for _ in range(delays[i]):  # random number of scheduler turns: completion order is shuffled
            await anyio.lowlevel.checkpoint()
        completion.append(i)
        return f"v{i}"

    outcomes = await fan_out(fn, range(200), concurrency=16)

    assert completion != sorted(completion)  # really completed out of order
    assert [o.index for o in outcomes] == list(range(200))
    assert [o.item for o in outcomes] == list(range(200))
    assert [o.value for o in outcomes] == [f"v{i}" for i in range(200)]
    assert all(o.ok and o.error is None for o in outcomes)
    assert outcomes[3].unwrap() == "v3"


async def test_every_item_accounted_for_with_typed_errors() -> None:
    response = httpx.Response(404, json={"Message": "Profile not found"}, request=httpx.Request("GET", BASE))

    async def fn(i: int) -> int:
        await anyio.lowlevel.checkpoint()
        if i % 3 == 0:
            raise NotFoundError("Profile not found", response=response)
        if i % 5 == 0:
            raise ValueError(f"bad {i}")
        return i * 10

    progress: list[tuple[int, int, int]] = []
    outcomes = await fan_out(fn, list(range(60)), concurrency=7, on_progress=lambda *a: progress.append(a))

    assert len(outcomes) == 60
    assert [o.item for o in outcomes] == list(range(60))
    for o in outcomes:
        if o.item % 3 == 0:
            assert not o.ok and isinstance(o.error, NotFoundError) and o.value is None
            assert o.error.status_code == 404
            with pytest.raises(NotFoundError):
                o.unwrap()
        elif o.item % 5 == 0:
            assert not o.ok and isinstance(o.error, ValueError) and str(o.error) == f"bad {o.item}"
        else:
            assert o.ok and o.value == o.item * 10
    failed = sum(1 for o in outcomes if not o.ok)
    assert progress[-1] == (60, 60, failed)
    assert [p[0] for p in progress] == list(range(1, 61))
    assert "error=NotFoundError" in repr(outcomes[0]) and "value=10" in repr(outcomes[1])


async def test_async_progress_callback_and_empty_input() -> None:
    seen: list[tuple[int, int, int]] = []

    async def on_progress(done: int, total: int, failed: int) -> None:
        await anyio.lowlevel.checkpoint()
        seen.append((done, total, failed))

    async def fn(i: int) -> int:
        return i

    assert await fan_out(fn, [], on_progress=on_progress) == []
    outcomes = await fan_out(fn, iter([5, 6]), on_progress=on_progress)  # a one-shot iterator is fine
    assert [o.value for o in outcomes] == [5, 6]
    assert seen == [(1, 2, 0), (2, 2, 0)]


async def test_concurrency_never_exceeds_the_limit() -> None:
    t = Tracker()

    async def fn(i: int) -> int:
        t.enter()
        try:
            for _ in range(20 + i % 7):
                await anyio.lowlevel.checkpoint()
        finally:
            t.exit()
        return i

    outcomes = await fan_out(fn, range(300), concurrency=5)
    assert len(outcomes) == 300 and all(o.ok for o in outcomes)
    assert t.peak == 5
    assert t.running == 0


@pytest.mark.parametrize("bad", [0, -1, 1.5, True])
async def test_invalid_concurrency_is_refused(bad: object) -> None:
    called: list[int] = []

    async def fn(i: int) -> int:
        called.append(i)
        return i

    with pytest.raises(InvalidRequestError, match="concurrency"):
        await fan_out(fn, [1], concurrency=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="concurrency"):
        iter_fan_out(fn, [1], concurrency=bad)  # type: ignore[arg-type]  # refused at call time
    for rate in (0, -1.0, float("nan"), float("inf"), "10", True):
        with pytest.raises(InvalidRequestError, match="max_rate"):
            await fan_out(fn, [1], max_rate=rate)  # type: ignore[arg-type]
    assert called == []


def _profile(pid: int) -> dict[str, object]:
    return {
        "ProfileId": pid,
        "CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"},
        "Emails": [{"EmailAddress": f"ada{pid}@example.com", "IsDefault": True}],
        "ProfilePreferences": [{"FilterId": "F1", "PreferenceType": 1}],
    }


async def test_a_429_pauses_the_whole_batch_once() -> None:
    clock = JumpClock()
    calls: list[tuple[int, float]] = []
    throttled: list[int] = []
    window_end: float | None = None

    def handler(request: httpx.Request) -> httpx.Response:
        # a server-side limiter: the first request trips it, everything arriving in the next 2 s is refused
        nonlocal window_end
        pid, now = int(request.url.path.rsplit("/", 1)[1]), clock()
        calls.append((pid, now))
        if window_end is None:
            window_end = now + 2.0
        if now < window_end:
            throttled.append(pid)
            return httpx.Response(
                429, headers={"Retry-After": str(window_end - now)}, json={"Message": "Slow down"}
            )
        return httpx.Response(200, json=_profile(pid))

    n, concurrency = 40, 8
    async with MyPreferences("AcmeCorp", auth=None, base_url=BASE, max_retries=3) as mp:
        gate = LocalRateLimiter(clock=clock, sleep=clock.sleep)
        use_fake_clock(mp, clock)
        mp._limiter = gate
        starts: list[float] = []

        async def fetch(pid: int) -> UserProfile:
            starts.append(await gate.paused_for())
            return await mp.profiles.retrieve(pid)

        with respx.mock(base_url=BASE, assert_all_called=True) as router:
            router.get(path__regex=r"/AcmeCorp/Profile/\d+$").mock(side_effect=handler)
            t0 = clock()
            outcomes = await mp.fan_out(fetch, range(n), concurrency=concurrency)  # the client's own gate

    assert [o.item for o in outcomes] == list(range(n))
    assert all(o.ok for o in outcomes), [o for o in outcomes if not o.ok]
    assert [o.unwrap().profile_id for o in outcomes] == list(range(n))
    # only requests already in flight can hit the limiter: the others waited for the shared pause
    assert 1 <= len(throttled) <= concurrency
    assert len(calls) == n + len(throttled)
    # one 2 s pause for everybody, not one per request back to back
    assert window_end is not None
    assert window_end == t0 + 2.0 and 2.0 <= clock() - t0 < 2.5
    assert all(at >= window_end for _, at in calls[len(throttled) :])
    # and no new item started while the pause was running
    assert starts == [0.0] * n


async def test_a_429_that_exhausts_retries_is_a_typed_error_outcome() -> None:
    clock = JumpClock()
    async with MyPreferences("AcmeCorp", auth=None, base_url=BASE, max_retries=1) as mp:
        use_fake_clock(mp, clock)
        with respx.mock(base_url=BASE) as router:
            route = router.get(path__regex=r"/AcmeCorp/Profile/\d+$").mock(
                side_effect=lambda req: (
                    httpx.Response(429, headers={"Retry-After": "1"})
                    if req.url.path.endswith("/7")
                    else httpx.Response(200, json=_profile(int(req.url.path.rsplit("/", 1)[1])))
                )
            )
            outcomes = await mp.fan_out(mp.profiles.retrieve, range(10))
    assert route.call_count == 11
    assert [o.ok for o in outcomes] == [i != 7 for i in range(10)]
    err = outcomes[7].error
    assert isinstance(err, RateLimitError) and err.retry_after == 1.0


async def test_gate_pause_holds_new_work() -> None:
    clock = JumpClock()
    gate = LocalRateLimiter(clock=clock, sleep=clock.sleep)
    started_at: list[float] = []

    async def fn(i: int) -> int:
        started_at.append(clock())
        if i == 0:
            await gate.pause(5.0)  # e.g. a 429 seen by the first call
        return i

    t0 = clock()
    outcomes = await fan_out(fn, range(6), concurrency=1, gate=gate, clock=clock, sleep=clock.sleep)
    assert [o.value for o in outcomes] == list(range(6))
    assert started_at[0] == t0 and all(t >= t0 + 5.0 for t in started_at[1:])


async def test_client_fan_out_and_stream_use_the_client_pause_gate() -> None:
    clock = JumpClock()
    started_at: list[float] = []
    async with MyPreferences("AcmeCorp", auth=None, base_url=BASE) as mp:
        use_fake_clock(mp, clock)

        async def fn(i: int) -> int:
            started_at.append(clock())
            if i == 0:
                await mp._limiter.pause(5.0)  # what the client's send loop does on a 429 with Retry-After: 5
            return i

        t0 = clock()
        assert [o.value for o in await mp.fan_out(fn, range(3), concurrency=1)] == [0, 1, 2]
        assert started_at[0] == t0 and all(t >= t0 + 5.0 for t in started_at[1:])
        started_at.clear()
        t1 = clock()
        assert sorted(o.item for o in [o async for o in mp.iter_fan_out(fn, range(3), concurrency=1)]) == [
            0,
            1,
            2,
        ]
        assert started_at[0] == t1 and all(t >= t1 + 5.0 for t in started_at[1:])


async def test_rate_cap_spaces_start_times() -> None:
    clock = JumpClock()
    gate = LocalRateLimiter(clock=clock, sleep=clock.sleep)
    starts: list[float] = []

    async def fn(i: int) -> int:
        starts.append(clock())
        await anyio.lowlevel.checkpoint()
        return i

    outcomes = await fan_out(
        fn, range(25), concurrency=10, max_rate=10.0, gate=gate, clock=clock, sleep=clock.sleep
    )
    assert all(o.ok for o in outcomes)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= 0.1 - 1e-9
    assert starts[-1] - starts[0] == pytest.approx(2.4, abs=0.05)  # no slower than needed either


async def test_rate_cap_without_gate_uses_the_event_loop_clock() -> None:
    starts: list[float] = []

    async def fn(i: int) -> int:
        starts.append(anyio.current_time())
        return i

    await fan_out(fn, range(4), max_rate=1000.0)  # 3 ms of real waiting in total
    # the cap spaces the starts it grants; a task may run a little after its grant, so check the span
    assert starts[-1] - starts[0] >= 0.002


async def test_cancellation_stops_new_work_and_leaves_no_task() -> None:
    t = Tracker()
    with anyio.CancelScope() as scope:

        async def fn(i: int) -> int:
            t.enter()
            try:
                if t.started == 6:
                    scope.cancel()  # e.g. a timeout or Ctrl-C while 6 calls are in flight
                await anyio.sleep_forever()
            except anyio.get_cancelled_exc_class():
                t.cancelled += 1
                raise
            finally:
                t.exit()
            return i

        await fan_out(fn, range(1000), concurrency=6)
    assert scope.cancelled_caught
    assert t.running == 0 and t.started == 6 and t.cancelled == 6
    for _ in range(5):
        await anyio.lowlevel.checkpoint()
    assert t.started == 6  # nothing starts after the cancel


async def test_timeout_propagates_and_cancels_running_calls() -> None:
    t = Tracker()

    async def fn(i: int) -> int:
        t.enter()
        try:
            await anyio.sleep_forever()
        finally:
            t.exit()
        return i

    with pytest.raises(TimeoutError):
        with anyio.fail_after(0.005):
            await fan_out(fn, range(100), concurrency=4)
    assert t.running == 0 and t.started == 4


async def test_base_exception_propagates_unwrapped_after_stopping_work() -> None:
    class Abort(BaseException):
        pass

    t = Tracker()

    async def fn(i: int) -> int:
        t.enter()
        try:
            if i == 3:
                raise Abort("stop")
            await anyio.sleep_forever()
        finally:
            t.exit()
        return i

    with pytest.raises(Abort, match="stop"):
        await fan_out(fn, range(100), concurrency=4)
    assert t.running == 0 and t.started == 4


async def test_progress_bar_is_optional(capsys: pytest.CaptureFixture[str]) -> None:
    async def fn(i: int) -> int:
        if i == 1:
            raise ValueError(i)
        return i

    outcomes = await fan_out(fn, range(5), progress=True)  # with or without tqdm installed
    assert [o.value for o in outcomes] == [0, None, 2, 3, 4]
    if importlib.util.find_spec("tqdm") is not None:
        err = capsys.readouterr().err
        assert "5/5" in err and "failed=1" in err


# -- iter_fan_out -----------------------------------------------------------------------------------


class CountingSource:
    """An endless, lazily consumed input that counts how many items were pulled."""

    def __init__(self) -> None:
        self.pulled = 0

    def __iter__(self) -> Iterator[int]:
        for i in itertools.count():
            self.pulled += 1
            yield i


async def test_stream_consumes_an_endless_generator_lazily_and_break_is_safe() -> None:
    src = CountingSource()
    t = Tracker()
    concurrency = 8

    async def fn(i: int) -> int:
        t.enter()
        try:
            for _ in range(i % 3):
                await anyio.lowlevel.checkpoint()
        finally:
            t.exit()
        return -i

    seen = 0
    with anyio.CancelScope():  # a bare break must not corrupt the caller's cancel scopes
        async for o in iter_fan_out(fn, src, concurrency=concurrency):
            seen += 1
            assert o.value == -o.item
            assert src.pulled <= seen + 2 * concurrency
            assert t.running == 0  # nothing runs between two outcomes in this mode
            if seen == 500:
                break
    assert t.running == 0 and t.peak <= concurrency
    assert src.pulled <= 500 + 2 * concurrency


async def test_stream_pipelined_bounded_memory_and_early_exit_cancels() -> None:
    src = CountingSource()
    t = Tracker()
    concurrency = 6

    async def fn(i: int) -> int:
        t.enter()
        try:
            if i % 10 == 9:
                await anyio.sleep_forever()  # some calls never finish by themselves
            await anyio.lowlevel.checkpoint()
        except anyio.get_cancelled_exc_class():
            t.cancelled += 1
            raise
        finally:
            t.exit()
        return i

    seen = 0
    async with iter_fan_out(fn, src, concurrency=concurrency) as outcomes:
        async for o in outcomes:
            seen += 1
            assert o.ok and o.item % 10 != 9
            assert src.pulled <= seen + concurrency + 1
            if seen == 30:
                break
        assert t.running > 0  # still in flight until the block is left
    assert t.running == 0 and t.cancelled > 0 and t.peak <= concurrency
    pulled = src.pulled
    for _ in range(5):
        await anyio.lowlevel.checkpoint()
    assert src.pulled == pulled


async def test_stream_pipelined_runs_ahead_of_a_slow_consumer_by_at_most_concurrency() -> None:
    src = CountingSource()
    concurrency = 5

    async def fn(i: int) -> int:
        return i  # instant: only the consumer's pace can hold the producer back

    seen = 0
    async with iter_fan_out(fn, src, concurrency=concurrency) as outcomes:
        async for _ in outcomes:
            seen += 1
            for _ in range(20):  # a slow consumer: the producer gets plenty of turns
                await anyio.lowlevel.checkpoint()
            assert src.pulled <= seen + concurrency + 1
            if seen == 50:
                break


async def test_errors_outside_fn_propagate_with_their_cause() -> None:
    async def source() -> AsyncIterator[int]:
        yield 1
        raise RuntimeError("source failed") from KeyError("root cause")

    async def fn(i: int) -> int:
        return i

    with pytest.raises(RuntimeError, match="source failed") as info:
        async with iter_fan_out(fn, source()) as s:
            async for _ in s:
                pass
    assert isinstance(info.value.__cause__, KeyError)
    with pytest.raises(RuntimeError) as info:
        _ = [o async for o in iter_fan_out(fn, source())]
    assert isinstance(info.value.__cause__, KeyError)

    def on_progress(done: int, total: int, failed: int) -> None:
        raise ValueError("callback failed") from OSError("disk full")

    with pytest.raises(ValueError, match="callback failed") as info2:
        await fan_out(fn, [1], on_progress=on_progress)
    assert isinstance(info2.value.__cause__, OSError)


async def test_stream_aclose_and_errors_and_async_source() -> None:
    async def source() -> AsyncIterator[int]:
        for i in range(50):
            await anyio.lowlevel.checkpoint()
            yield i

    async def fn(i: int) -> int:
        if i % 7 == 0:
            raise KeyError(i)
        return i

    progress: list[tuple[int, int | None, int]] = []
    stream = iter_fan_out(fn, source(), concurrency=4, on_progress=lambda *a: progress.append(a))
    got = [o async for o in stream]
    assert sorted(o.item for o in got) == list(range(50))
    assert sorted(o.index for o in got) == list(range(50))
    assert {o.item for o in got if not o.ok} == set(range(0, 50, 7))
    assert all(isinstance(o.error, KeyError) for o in got if not o.ok)
    assert progress[-1] == (50, None, 8) and stream.done == 50 and stream.failed == 8
    sized: list[int | None] = []
    _ = [o async for o in iter_fan_out(fn, {1, 2, 3}, on_progress=lambda d, t, f: sized.append(t))]
    assert sized == [3, 3, 3]  # any sized input reports its total

    async def slow(i: int) -> int:
        await anyio.lowlevel.checkpoint()
        return i

    async with aclosing(iter_fan_out(slow, range(100), concurrency=4)) as s:
        first = await anext(s)
        await s.aclose()
        assert [o async for o in s] == []
    assert isinstance(first, Outcome)

    async with iter_fan_out(slow, range(100), concurrency=4) as s2:
        await anext(s2)
        await s2.aclose()
        assert [o async for o in s2] == []
    with pytest.raises(InvalidRequestError, match="async with"):
        s3 = iter_fan_out(slow, range(3))
        await anext(s3)
        await s3.__aenter__()


async def test_stream_propagates_base_exceptions_and_consumer_errors() -> None:
    class Abort(BaseException):
        pass

    t = Tracker()

    async def fn(i: int) -> int:
        t.enter()
        try:
            if i == 5:
                raise Abort
            await anyio.sleep_forever()
        finally:
            t.exit()
        return i

    with pytest.raises(Abort):
        async with iter_fan_out(fn, range(100), concurrency=8) as s:
            async for _ in s:
                pass
    assert t.running == 0

    async def quick(i: int) -> int:
        return i

    with pytest.raises(ZeroDivisionError):
        async with iter_fan_out(quick, range(100), concurrency=8) as s:
            async for _ in s:
                _ = 1 / 0


def test_runs_on_trio() -> None:
    async def main() -> tuple[list[Outcome[int, int]], list[int], float]:
        clock_starts: list[float] = []

        async def fn(i: int) -> int:
            clock_starts.append(anyio.current_time())
            await anyio.lowlevel.checkpoint()
            if i == 2:
                raise ValueError("two")
            return i * i

        outcomes = await fan_out(fn, range(10), concurrency=3, max_rate=2000.0)
        streamed = [o.item async for o in iter_fan_out(fn, range(20), concurrency=4)]
        async with iter_fan_out(fn, range(20), concurrency=4) as s:
            async for o in s:
                if o.index > 5:
                    break
        with anyio.move_on_after(0.002):
            await fan_out(lambda i: anyio.sleep_forever(), range(10))
        return outcomes, streamed, clock_starts[9] - clock_starts[0]

    outcomes, streamed, span = anyio.run(main, backend="trio")
    assert [o.value for o in outcomes] == [0, 1, None, 9, 16, 25, 36, 49, 64, 81]
    assert isinstance(outcomes[2].error, ValueError)
    assert sorted(streamed) == list(range(20))
    # 9 starts granted 0.5 ms apart (trio may run a task a little after its grant: one interval of slack)
    assert span >= 8 * 0.0005


# -- the engine: a fixed set of workers -------------------------------------------------------------


async def test_a_fixed_set_of_workers_runs_the_items_not_one_task_per_item() -> None:
    tasks: set[int] = set()

    async def fn(i: int) -> int:
        tasks.add(anyio.get_current_task().id)
        await anyio.lowlevel.checkpoint()
        return i

    outcomes = await fan_out(fn, range(500), concurrency=8)
    assert [o.value for o in outcomes] == list(range(500))
    assert 1 <= len(tasks) <= 8
    tasks.clear()
    async with iter_fan_out(fn, range(500), concurrency=8) as s:
        assert sorted([o.item async for o in s]) == list(range(500))
    assert 1 <= len(tasks) <= 8


async def test_nothing_starts_after_a_base_exception_or_a_cancel_even_when_calls_never_wait() -> None:
    class Abort(BaseException):
        pass

    started: list[int] = []

    async def abort_at_3(i: int) -> int:
        started.append(i)
        if i == 3:
            raise Abort
        return i  # never waits: a worker could otherwise race through the whole input

    with pytest.raises(Abort):
        await fan_out(abort_at_3, range(1000), concurrency=4)
    assert started == [0, 1, 2, 3]

    started.clear()
    with anyio.CancelScope() as scope:

        async def cancel_at_3(i: int) -> int:
            started.append(i)
            if i == 3:
                scope.cancel()
            return i

        await fan_out(cancel_at_3, range(1000), concurrency=4)
    assert scope.cancelled_caught and started == [0, 1, 2, 3]


@pytest.mark.parametrize("seed", range(12))
async def test_stream_stays_bounded_and_finishes_for_any_timing(seed: int) -> None:
    rng = random.Random(seed)
    n, concurrency = rng.randint(0, 150), rng.randint(1, 12)
    delays = [rng.choice([0, 0, 1, 4]) for _ in range(n)]
    pulled = 0

    async def source() -> AsyncIterator[int]:
        nonlocal pulled
        for i in range(n):
            if rng.random() < 0.3:
                await anyio.lowlevel.checkpoint()
            pulled += 1
            yield i

    async def fn(i: int) -> int:
        for _ in range(delays[i]):
            await anyio.lowlevel.checkpoint()
        if i % 7 == 3:
            raise ValueError(i)
        return i

    seen: list[int] = []
    with anyio.fail_after(5):
        async with iter_fan_out(fn, source() if seed % 2 else iter(range(n)), concurrency=concurrency) as s:
            async for o in s:
                seen.append(o.item)
                if seed % 2:
                    assert pulled <= len(seen) + concurrency
                for _ in range(rng.choice([0, 0, 2, 8])):  # a consumer sometimes slower than the calls
                    await anyio.lowlevel.checkpoint()
    assert sorted(seen) == list(range(n)) and s.done == n and s.failed == sum(i % 7 == 3 for i in range(n))
