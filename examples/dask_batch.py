"""Look up a large list of alternate ids on a Dask cluster, every worker sharing one rate budget.

Each Dask task receives a chunk of ids, the MYPREFERENCES_* settings (a plain dict, hidden from reprs and
logs) and the Redis limiter's configuration; it builds its own client, fans its chunk out, and returns one
outcome per id. All clients, in every worker process, draw on the same Redis budget and honour the same
429 pause. The driver checks that every id got exactly one outcome, writes the failures (id, exception
type and message; SDK messages carry no personal data) to a JSON Lines file and prints a summary.

Against a real account (needs ``pip install 'mypreferences[distributed]' 'dask[distributed]'``)::

    export MYPREFERENCES_CLIENT_ID=... MYPREFERENCES_USER_ID=... MYPREFERENCES_SECRET=...
    python examples/dask_batch.py --ids ids.txt --alternate-id-type CRM \\
        --redis-url redis://localhost:6379/0 --rate 200 --workers 4

``make scale-demo`` (scripts/scale_demo.py) runs it end to end on loopback: the embedded server, a local
redis-server and a 4-worker LocalCluster.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mypreferences import MyPreferences
from mypreferences.distributed import RedisRateLimiter, RedisRateLimiterConfig
from mypreferences.ratelimit import RateLimiter


@dataclass(frozen=True)
class WorkerSettings:
    """The ``MYPREFERENCES_*`` settings a worker builds its client from; ``repr`` shows only their names."""

    env: Mapping[str, str] = field(repr=False)

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> WorkerSettings:
        """Take the ``MYPREFERENCES_*`` variables of ``environ`` (default: this process's environment)."""
        e = os.environ if environ is None else environ
        return cls({k: v for k, v in e.items() if k.startswith("MYPREFERENCES_")})

    def __repr__(self) -> str:
        return f"WorkerSettings(names={sorted(self.env)})"


@dataclass(frozen=True)
class LookupOutcome:
    """The outcome of one look-up: the profile id found, or the failure's type and message."""

    alternate_id: str
    profile_id: int | None = None
    error_type: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the look-up succeeded."""
        return self.error_type is None


@dataclass(frozen=True)
class ChunkResult:
    """What one Dask task returns: an outcome per id of its chunk and the requests its client made."""

    outcomes: list[LookupOutcome]
    requests: int
    worker_pid: int


class CountingLimiter:
    """Wraps a rate limiter and counts the request starts it admitted (every attempt, retries included)."""

    def __init__(self, inner: RateLimiter) -> None:
        self.inner = inner
        self.admitted = 0

    async def acquire(self, *, max_wait: float | None = None) -> None:
        """Take a slot from the shared limiter, then count it."""
        await self.inner.acquire(max_wait=max_wait)
        self.admitted += 1

    async def pause(self, seconds: float) -> None:
        """Pause the shared limiter."""
        await self.inner.pause(seconds)

    async def paused_for(self) -> float:
        """Seconds left of the shared pause."""
        return await self.inner.paused_for()


def _describe(exc: BaseException) -> tuple[str, str]:
    """The failure's type and message, with the chained cause's type (never its message) appended."""
    message = str(exc)
    cause = exc.__cause__
    if cause is not None:
        message += f" (caused by {type(cause).__name__})"
    return type(exc).__name__, message


async def _lookup_chunk(
    settings: WorkerSettings,
    limiter_config: RedisRateLimiterConfig,
    alternate_id_type: str,
    ids: Sequence[str],
    concurrency: int,
) -> ChunkResult:
    limiter = CountingLimiter(RedisRateLimiter.from_config(limiter_config))
    try:
        async with MyPreferences.from_env(env=settings.env, rate_limiter=limiter) as mp:
            outcomes = await mp.fan_out(
                lambda alt: mp.profiles.retrieve_by_alternate_id(alternate_id_type, alt),
                ids,
                concurrency=concurrency,
            )
        results = []
        for o in outcomes:
            if o.ok:
                results.append(LookupOutcome(o.item, profile_id=getattr(o.value, "profile_id", None)))
            else:
                assert o.error is not None
                error_type, message = _describe(o.error)
                results.append(LookupOutcome(o.item, error_type=error_type, error=message))
    except Exception as exc:  # the whole chunk failed (bad settings, Redis gone...): one outcome per id still
        error_type, message = _describe(exc)
        results = [LookupOutcome(alt, error_type=error_type, error=message) for alt in ids]
    finally:
        assert isinstance(limiter.inner, RedisRateLimiter)
        await limiter.inner.aclose()
    return ChunkResult(results, limiter.admitted, os.getpid())


def lookup_chunk(
    settings: WorkerSettings,
    limiter_config: RedisRateLimiterConfig,
    alternate_id_type: str,
    ids: Sequence[str],
    concurrency: int = 16,
) -> ChunkResult:
    """Run in a Dask worker: look up ``ids`` with a client of its own; never raises."""
    return asyncio.run(_lookup_chunk(settings, limiter_config, alternate_id_type, ids, concurrency))


@dataclass
class BatchReport:
    """The driver's view of a batch run."""

    outcomes: dict[str, LookupOutcome]
    lost: list[str]
    duplicated: list[str]
    requests: int
    seconds: float
    worker_pids: set[int]

    @property
    def failures(self) -> list[LookupOutcome]:
        """The failed look-ups, in input order of their ids."""
        return [o for o in self.outcomes.values() if not o.ok]

    @property
    def achieved_rate(self) -> float:
        """Admitted requests per second of wall time."""
        return self.requests / self.seconds if self.seconds else 0.0


def chunked(ids: Sequence[str], size: int) -> list[Sequence[str]]:
    """Split ``ids`` into consecutive chunks of at most ``size``."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def run_batch(
    client: Any,
    settings: WorkerSettings,
    limiter: RedisRateLimiter,
    alternate_id_type: str,
    ids: Sequence[str],
    *,
    chunk_size: int = 250,
    concurrency: int = 16,
) -> BatchReport:
    """Look up every id on the Dask ``client``'s cluster and check that each got exactly one outcome.

    ``client`` is a :class:`distributed.Client`. Chunks run as independent tasks (``pure=False``: the
    same ids submitted twice are two runs); a chunk rerun after a worker died returns its outcomes once.
    """
    chunks = chunked(ids, chunk_size)
    started = time.perf_counter()
    futures = [
        client.submit(
            lookup_chunk, settings, limiter.config, alternate_id_type, chunk, concurrency, pure=False
        )
        for chunk in chunks
    ]
    results: list[ChunkResult] = client.gather(futures)
    seconds = time.perf_counter() - started
    counts: Counter[str] = Counter()
    outcomes: dict[str, LookupOutcome] = {}
    for result in results:
        for outcome in result.outcomes:
            counts[outcome.alternate_id] += 1
            outcomes.setdefault(outcome.alternate_id, outcome)
    wanted = Counter(ids)
    lost = [alt for alt in wanted if counts[alt] == 0]
    duplicated = [alt for alt, n in counts.items() if n > wanted[alt]]
    ordered = {alt: outcomes[alt] for alt in wanted if alt in outcomes}
    return BatchReport(
        ordered, lost, duplicated, sum(r.requests for r in results), seconds, {r.worker_pid for r in results}
    )


def write_failures(report: BatchReport, path: Path) -> int:
    """Write one JSON line per failed look-up (id, error type, message); return how many."""
    failures = report.failures
    with path.open("w", encoding="utf-8") as f:
        for o in failures:
            f.write(
                json.dumps({"alternate_id": o.alternate_id, "error_type": o.error_type, "error": o.error})
                + "\n"
            )
    return len(failures)


def print_summary(report: BatchReport, failures_path: Path | None) -> None:
    """Print counts, throughput and where the failures went."""
    ok = sum(o.ok for o in report.outcomes.values())
    print(f"look-ups:   {len(report.outcomes)} outcomes ({ok} found, {len(report.failures)} failed)")
    print(f"integrity:  lost={len(report.lost)} duplicated={len(report.duplicated)}")
    print(f"throughput: {report.requests} requests in {report.seconds:.2f} s = {report.achieved_rate:.1f}/s")
    print(f"workers:    {len(report.worker_pids)} processes")
    if failures_path is not None:
        print(f"failures:   {failures_path}")


def main(argv: list[str] | None = None) -> int:
    """Run a batch on a new LocalCluster; exit status 1 when an id was lost or duplicated."""
    dask_distributed: Any = importlib.import_module("distributed")  # pip install 'dask[distributed]'

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ids", type=Path, required=True, help="a text file with one alternate id per line")
    parser.add_argument("--alternate-id-type", required=True)
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument(
        "--rate", type=float, default=200.0, help="requests per second for all workers together"
    )
    parser.add_argument("--key", default="mypreferences-batch", help="the Redis key of the shared budget")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--chunk-size", type=int, default=250)
    parser.add_argument("--concurrency", type=int, default=16, help="concurrent requests per task")
    parser.add_argument("--failures", type=Path, default=Path("failures.jsonl"))
    args = parser.parse_args(argv)

    ids = [line.strip() for line in args.ids.read_text(encoding="utf-8").splitlines() if line.strip()]
    limiter = RedisRateLimiter(args.redis_url, rate=args.rate, key=args.key)
    settings = WorkerSettings.from_environ()
    with (
        dask_distributed.LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        dask_distributed.Client(cluster) as client,
    ):
        report = run_batch(
            client,
            settings,
            limiter,
            args.alternate_id_type,
            ids,
            chunk_size=args.chunk_size,
            concurrency=args.concurrency,
        )
    write_failures(report, args.failures)
    print_summary(report, args.failures)
    return 1 if report.lost or report.duplicated else 0


if __name__ == "__main__":
    sys.exit(main())
