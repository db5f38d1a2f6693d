"""RedisRateLimiter against a real redis-server: one budget and one 429 pause across processes.

Every test uses its own Redis key, so they share the session's server without sharing state. The
multi-process tests use the ``spawn`` start method: each worker is a fresh interpreter that receives
the limiter pickled (its config) and opens its own connection.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.synchronize
import os
import pickle
import socket
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from mypreferences.distributed import (
    MissingExtraError,
    RateLimiterUnavailableError,
    RedisRateLimiter,
    RedisRateLimiterConfig,
)
from mypreferences.errors import InvalidRequestError, MyPreferencesError
from mypreferences.ratelimit import RateLimiter, RateLimitWaitTooLong
from tests.redis_server import running_redis

SPAWN = multiprocessing.get_context("spawn")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def new_key() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real redis-server for the whole session (each test uses its own key)."""
    with running_redis() as server:
        yield server.url


@pytest.fixture
def key() -> str:
    return new_key()


# -- configuration, pickling, redaction -----------------------------------------------------


def test_config_validation_and_password_redaction(redis_url: str) -> None:
    with pytest.raises(InvalidRequestError, match="redis://") as bad_scheme:
        RedisRateLimiter("http://:topsecret@host:6379", rate=1)
    assert "topsecret" not in str(bad_scheme.value)
    for rate in (0, -5, float("inf"), float("nan"), True):
        with pytest.raises(InvalidRequestError, match="rate"):
            RedisRateLimiter(redis_url, rate=rate)
    with pytest.raises(InvalidRequestError, match="per"):
        RedisRateLimiter(redis_url, rate=1, per=0)
    with pytest.raises(InvalidRequestError, match="key"):
        RedisRateLimiter(redis_url, rate=1, key="a{b}")
    with pytest.raises(InvalidRequestError, match="key"):
        RedisRateLimiter(redis_url, rate=1, key="")

    limiter = RedisRateLimiter("redis://ops:topsecret@cache.internal:6380/2", rate=200, key="acme")
    assert (
        repr(limiter)
        == "RedisRateLimiter('redis://ops:***@cache.internal:6380/2', rate=200, per=1, key='acme')"
    )
    assert "topsecret" not in repr(limiter.config)
    query_pw = RedisRateLimiter("redis://cache.internal:6380/0?password=topsecret&db=1", rate=1)
    assert "topsecret" not in repr(query_pw) and "password=***" in repr(query_pw)
    only_pw = RedisRateLimiter("redis://:topsecret@cache.internal", rate=1)
    assert "topsecret" not in repr(only_pw)
    assert isinstance(limiter, RateLimiter)
    assert limiter.config == RedisRateLimiterConfig(
        "redis://ops:topsecret@cache.internal:6380/2", 200.0, 1.0, key="acme"
    )
    assert limiter.config.interval_us == 5000


def test_missing_redis_package_gives_the_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis.asyncio", None)  # import redis.asyncio now raises ImportError
    with pytest.raises(MissingExtraError, match=r"pip install 'mypreferences\[distributed\]'") as missing:
        RedisRateLimiter("redis://127.0.0.1:6379/0", rate=1)
    assert isinstance(missing.value, MyPreferencesError) and isinstance(missing.value, ImportError)


def test_picklable_and_reconnects_per_event_loop(redis_url: str, key: str) -> None:
    limiter = RedisRateLimiter(redis_url, rate=1000, key=key)

    async def use(lim: RedisRateLimiter) -> float:
        await lim.acquire()
        return await lim.paused_for()

    # Two event loops one after the other: each gets its own connection (no "attached to a different loop").
    assert asyncio.run(use(limiter)) == 0.0
    assert asyncio.run(use(limiter)) == 0.0
    clone = pickle.loads(pickle.dumps(limiter))  # after use: connections are not part of the pickle
    assert isinstance(clone, RedisRateLimiter) and clone.config == limiter.config
    assert asyncio.run(use(clone)) == 0.0


def test_refuses_to_run_on_trio(redis_url: str, key: str) -> None:
    limiter = RedisRateLimiter(redis_url, rate=10, key=key)

    async def main() -> None:
        await limiter.acquire()

    with pytest.raises(InvalidRequestError, match="asyncio"):
        anyio.run(main, backend="trio")


# -- single process -------------------------------------------------------------------------


async def test_max_wait_refusal_consumes_nothing(redis_url: str, key: str) -> None:
    async with RedisRateLimiter(redis_url, rate=2, per=1.0, key=key) as limiter:  # 0.5 s apart
        await limiter.acquire()  # takes "now"; the next slot is 0.5 s away
        for _ in range(20):
            with pytest.raises(RateLimitWaitTooLong) as refused:
                await limiter.acquire(max_wait=0.2)
            assert refused.value.paused is False and 0.2 < refused.value.wait <= 0.5
        # Had any refusal consumed a slot, the next free slot would be seconds away and this would fail.
        await limiter.acquire(max_wait=0.5)


async def test_a_pause_set_while_waiting_for_a_slot_holds_the_waiter(redis_url: str, key: str) -> None:
    waiter_limiter = RedisRateLimiter(redis_url, rate=2, per=1.0, key=key)  # 0.5 s apart
    other_client = RedisRateLimiter(redis_url, rate=2, per=1.0, key=key)  # its own connection
    try:
        await waiter_limiter.acquire()
        seen: list[float] = []

        async def waiter() -> None:
            await waiter_limiter.acquire()  # its slot is ~0.5 s away; a pause begins meanwhile
            seen.append(await waiter_limiter.paused_for())

        with anyio.fail_after(10):
            async with anyio.create_task_group() as tg:
                tg.start_soon(waiter)
                await anyio.sleep(0.1)
                await other_client.pause(1.0)
        # The waiter's slot fell inside the pause: it returned only once the pause was over.
        assert seen == [0.0]
    finally:
        await waiter_limiter.aclose()
        await other_client.aclose()


# -- (a) an exact budget across processes ---------------------------------------------------

RATE, PER = 25, 1.0
INTERVAL = PER / RATE  # 0.04 s between two starts
PROCS, TASKS = 3, 4
STEP = 0.1  # each attempt accepts at most this wait ("small max_wait"), as a client with a deadline does
ANCHOR = 0.5  # the window opens when a 429 pause of this length, set once every worker is connected, ends


async def _budget_main(
    limiter: RedisRateLimiter, ready: Any, go: multiprocessing.synchronize.Event, opens_at: Any, results: Any
) -> None:
    await limiter.paused_for()  # connect before the window opens
    ready.put(os.getpid())
    await asyncio.to_thread(go.wait, 60)
    end = opens_at.value + PER - INTERVAL / 2
    admitted = 0

    async def task() -> None:
        nonlocal admitted
        while (left := end - time.monotonic()) >= 0:
            max_wait = min(STEP, left)
            try:
                await limiter.acquire(max_wait=max_wait)
            except RateLimitWaitTooLong as exc:
                if max_wait == left:  # the free slot lies beyond the window: done
                    return
                await asyncio.sleep(max(0.001, exc.wait - max_wait))  # come back when it is in reach
                continue
            admitted += 1

    await asyncio.gather(*(task() for _ in range(TASKS)))
    await limiter.aclose()
    results.put(admitted)


def _budget_worker(
    limiter: RedisRateLimiter, ready: Any, go: multiprocessing.synchronize.Event, opens_at: Any, results: Any
) -> None:
    asyncio.run(_budget_main(limiter, ready, go, opens_at, results))


async def _open_window(limiter: RedisRateLimiter) -> float:
    """Set a 429 pause and return the local monotonic time at which it ends (within a Redis round trip)."""
    await limiter.paused_for()  # connect first, so the pause call below is one short round trip
    before = time.monotonic()
    await limiter.pause(ANCHOR)
    after = time.monotonic()
    await limiter.aclose()
    return (before + after) / 2 + ANCHOR


def test_budget_is_exact_across_processes(redis_url: str, key: str) -> None:
    # What "exact" means for GCRA without burst: starts are granted on a grid t0, t0 + T, t0 + 2T, ...
    # (T = PER / RATE) as long as demand never lets the next slot fall into the past, and here 12 tasks
    # in 3 processes keep asking. The grid is anchored on the Redis server: the window opens when a 429
    # pause ends (t0 = its end, the first slot any waiter can get), so no process's wake-up latency can
    # shift it. The window [t0, t0 + PER - T/2] then holds exactly the RATE grid points t0 + kT,
    # k = 0..RATE-1; its end lies T/2 = 20 ms away from the nearest grid point on either side, far more
    # than a local Redis round trip. One more (RATE + 1) would mean two starts shared a slot or a slot
    # came early; one fewer, that a slot was lost (e.g. consumed by one of the many refused attempts).
    limiter = RedisRateLimiter(redis_url, rate=RATE, per=PER, key=key)
    ready, results = SPAWN.Queue(), SPAWN.Queue()
    go = SPAWN.Event()
    opens_at = SPAWN.Value("d", 0.0)
    procs = [
        SPAWN.Process(target=_budget_worker, args=(limiter, ready, go, opens_at, results), daemon=True)
        for _ in range(PROCS)
    ]
    for p in procs:
        p.start()
    try:
        pids = {ready.get(timeout=60) for _ in procs}
        assert len(pids) == PROCS and os.getpid() not in pids
        # CLOCK_MONOTONIC is shared by all processes of the host, so the workers can use this instant.
        opens_at.value = asyncio.run(_open_window(limiter))
        go.set()
        counts = [results.get(timeout=60) for _ in procs]
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    assert sum(counts) == RATE, counts
    assert sum(c > 0 for c in counts) >= 2, counts  # the budget really was shared between processes


# -- (b) a 429 pause set in one process holds another ---------------------------------------


def _pause_worker(limiter: RedisRateLimiter, seconds: float, done: Any) -> None:
    asyncio.run(limiter.pause(seconds))
    done.put(os.getpid())


def _pause_in_another_process(limiter: RedisRateLimiter, seconds: float) -> None:
    done = SPAWN.Queue()
    proc = SPAWN.Process(target=_pause_worker, args=(limiter, seconds, done), daemon=True)
    proc.start()
    try:
        assert done.get(timeout=60) != os.getpid()
    finally:
        proc.join(timeout=30)
    assert proc.exitcode == 0


def test_a_pause_set_by_another_process_holds_acquire(redis_url: str, key: str) -> None:
    limiter = RedisRateLimiter(redis_url, rate=100, key=key)
    _pause_in_another_process(limiter, 1.5)

    async def check() -> None:
        left = await limiter.paused_for()
        assert 0 < left <= 1.5
        with pytest.raises(RateLimitWaitTooLong) as refused:
            await limiter.acquire(max_wait=0.05)
        assert refused.value.paused is True and 0.05 < refused.value.wait <= 1.5
        with anyio.fail_after(10):
            await limiter.acquire()  # waits the pause out
        assert await limiter.paused_for() == 0.0  # so it returned only after the pause ended
        await limiter.aclose()

    asyncio.run(check())


def test_a_pause_is_extended_never_shortened_across_processes(redis_url: str, key: str) -> None:
    limiter = RedisRateLimiter(redis_url, rate=100, key=key)
    _pause_in_another_process(limiter, 60.0)

    async def check() -> None:
        await limiter.pause(0.5)  # shorter than the running 60 s pause: no effect
        assert await limiter.paused_for() > 30
        await limiter.pause(120)  # longer: extends
        assert await limiter.paused_for() > 90
        await limiter.aclose()

    asyncio.run(check())


# -- (c) Redis going away: a typed error, promptly, never a hang ----------------------------


async def test_redis_killed_mid_run_fails_every_waiter_promptly() -> None:
    password = "pw-" + uuid.uuid4().hex
    with running_redis(password=password) as server:
        limiter = RedisRateLimiter(server.url, rate=50, key=new_key(), connect_timeout=1, socket_timeout=1)
        admitted = 0
        errors: list[BaseException] = []

        async def worker() -> None:
            nonlocal admitted
            try:
                while True:
                    await limiter.acquire()
                    admitted += 1
                    if admitted == 10:
                        server.kill()  # SIGKILL: the server vanishes mid-run
            except RateLimiterUnavailableError as exc:
                errors.append(exc)

        started = time.monotonic()
        with anyio.fail_after(5):  # "never a hang": every worker must end by itself well before this
            async with anyio.create_task_group() as tg:
                for _ in range(8):
                    tg.start_soon(worker)
        assert time.monotonic() - started < 5
        assert admitted >= 10
        assert len(errors) == 8
        for exc in errors:
            assert isinstance(exc, MyPreferencesError)
            assert f"127.0.0.1:{server.port}" in str(exc)
            assert password not in str(exc) and password not in repr(exc)
        assert password not in repr(limiter)
        await limiter.aclose()


@pytest.fixture
def black_hole() -> Iterator[int]:
    """A loopback port that accepts TCP connections and never answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(64)
        yield s.getsockname()[1]


async def test_an_unresponsive_redis_times_out_with_a_typed_error(black_hole: int) -> None:
    limiter = RedisRateLimiter(
        f"redis://127.0.0.1:{black_hole}/0", rate=10, key=new_key(), connect_timeout=0.5, socket_timeout=0.5
    )
    with anyio.fail_after(5):
        with pytest.raises(RateLimiterUnavailableError) as unavailable:
            await limiter.acquire()
        with pytest.raises(RateLimiterUnavailableError):
            await limiter.pause(1)
    assert isinstance(unavailable.value.__cause__, Exception)
    await limiter.aclose()


async def test_no_server_at_all_is_a_typed_error() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    limiter = RedisRateLimiter(f"redis://127.0.0.1:{port}/0", rate=10, key=new_key(), connect_timeout=0.5)
    with anyio.fail_after(5), pytest.raises(RateLimiterUnavailableError, match="unavailable"):
        await limiter.paused_for()
    await limiter.aclose()


# -- the Dask example: one outcome per id, the budget shared by the workers -----------------


def test_dask_example_gives_one_outcome_per_id_within_the_shared_budget(redis_url: str, key: str) -> None:
    dask_distributed = pytest.importorskip("distributed")
    if str(EXAMPLES) not in sys.path:  # Dask's spawned workers inherit sys.path, so they import it too
        sys.path.insert(0, str(EXAMPLES))
    import dask_batch

    from mypreferences.testing import serve_process

    secret = uuid.uuid4().hex
    rate = 100.0

    def argv(port: int) -> list[str]:
        return [sys.executable, "-m", "mypreferences.testing", "--port", str(port), "--client-id", "Demo",
                "--user", "demo"]  # fmt: skip

    with serve_process(argv, env={**os.environ, "MYPREFERENCES_MOCK_SECRET": secret}) as port:
        base_url = f"http://127.0.0.1:{port}/Profiles/v4"
        existing = asyncio.run(_create_profiles(base_url, secret, 100))
        ids = existing + [f"MISSING-{i}" for i in range(10)] + existing[:5]  # 5 ids asked twice
        settings = dask_batch.WorkerSettings(
            {"MYPREFERENCES_CLIENT_ID": "Demo", "MYPREFERENCES_BASE_URL": base_url,
             "MYPREFERENCES_USER_ID": "demo", "MYPREFERENCES_SECRET": secret}
        )  # fmt: skip
        assert secret not in repr(settings)
        limiter = RedisRateLimiter(redis_url, rate=rate, key=key)
        with (
            dask_distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
            ) as cluster,
            dask_distributed.Client(cluster) as client,
        ):
            report = dask_batch.run_batch(client, settings, limiter, "CRM", ids, chunk_size=23, concurrency=8)
    assert report.lost == [] and report.duplicated == []
    assert list(report.outcomes) == list(dict.fromkeys(ids))  # exactly one outcome per distinct id, in order
    assert all(report.outcomes[alt].ok and report.outcomes[alt].profile_id for alt in existing)
    failures = report.failures
    assert [o.alternate_id for o in failures] == [f"MISSING-{i}" for i in range(10)]
    assert {o.error_type for o in failures} == {"NotFoundError"}
    assert all("MISSING" not in (o.error or "") and secret not in (o.error or "") for o in failures)
    assert report.requests == len(ids)  # every look-up was admitted once by the shared limiter
    # GCRA admits at most one start per 1/rate seconds, so over the run (which contains every admission):
    assert report.requests <= 1 + report.seconds * rate


async def _create_profiles(base_url: str, secret: str, n: int) -> list[str]:
    from mypreferences import MyPreferences
    from mypreferences.auth import PnAuthInfo3
    from mypreferences.generated.models import AlternateIdEntry, CustomerName, UserProfile

    ids = [f"DASK-{i:04d}" for i in range(n)]

    def body(alt: str) -> UserProfile:
        return UserProfile(
            customer_name=CustomerName(first_name="Test", last_name="Dask"),
            alternate_ids=[AlternateIdEntry(alternate_id_type="CRM", alternate_id=alt)],
        )

    async with MyPreferences("Demo", auth=PnAuthInfo3("demo", secret), base_url=base_url) as mp:
        outcomes = await mp.fan_out(lambda alt: mp.profiles.create(body=body(alt)), ids, concurrency=16)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok][:1]
    return ids
