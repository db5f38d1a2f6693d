"""``make scale-demo``: 4 Dask workers share one Redis rate budget against the embedded server.

Starts the embedded MyPreferences server (``python -m mypreferences.testing``) and a redis-server on
loopback, creates N profiles with alternate ids, then runs ``examples/dask_batch.py``'s ``run_batch``
on a LocalCluster with W worker processes and a budget well below what they manage unthrottled. A few
ids that do not exist are mixed in, so the failures file shows what a failure looks like.

Progress goes to stderr; stdout gets one line::

    scale-demo: workers=4 budget=200/s achieved=196.3/s lost=0 duplicated=0

achieved = requests admitted by the shared limiter / wall time of the look-up phase. Exit status 1
when an id was lost or duplicated, or achieved is not within 5% under the budget.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [
    str(ROOT / "examples"),
    str(ROOT),
]  # dask_batch, tests.redis_server (workers inherit sys.path)

import dask_batch  # noqa: E402

from mypreferences import MyPreferences  # noqa: E402
from mypreferences.auth import PnAuthInfo3  # noqa: E402
from mypreferences.distributed import RedisRateLimiter  # noqa: E402
from mypreferences.generated.models import AlternateIdEntry, CustomerName, UserProfile  # noqa: E402
from mypreferences.testing import serve_process  # noqa: E402
from tests.redis_server import start_redis  # noqa: E402

CLIENT_ID, USER = "Demo", "demo"
ALT_TYPE = "CRM"


def log(message: str) -> None:
    print(f"[scale-demo] {message}", file=sys.stderr, flush=True)


async def create_profiles(base_url: str, secret: str, n: int) -> tuple[list[str], float]:
    """Create ``n`` profiles with alternate ids; return the ids and the unthrottled rate achieved."""
    ids = [f"SCALE-{i:06d}" for i in range(n)]

    def body(alt: str) -> UserProfile:
        return UserProfile(
            customer_name=CustomerName(first_name="Demo", last_name=alt),
            alternate_ids=[AlternateIdEntry(alternate_id_type=ALT_TYPE, alternate_id=alt)],
        )

    async with MyPreferences(CLIENT_ID, auth=PnAuthInfo3(USER, secret), base_url=base_url) as mp:
        started = time.perf_counter()
        outcomes = await mp.fan_out(lambda alt: mp.profiles.create(body=body(alt)), ids, concurrency=32)
        seconds = time.perf_counter() - started
    failed = [o for o in outcomes if not o.ok]
    if failed:
        raise SystemExit(
            f"creating profiles failed for {len(failed)} ids, e.g. {type(failed[0].error).__name__}"
        )
    return ids, n / seconds


def _warm_up() -> int:
    """Run on every worker before the timed phase: import what the look-up tasks need."""
    for name in ("dask_batch", "mypreferences._client", "mypreferences.distributed", "redis.asyncio"):
        importlib.import_module(name)
    return os.getpid()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--profiles", type=int, default=2000)
    parser.add_argument(
        "--unknown", type=int, default=20, help="ids that match no profile (expected failures)"
    )
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--rate", type=float, default=200.0, help="the shared budget, requests per second")
    parser.add_argument("--chunk-size", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--failures", type=Path, default=None, help="default: a temporary file")
    args = parser.parse_args(argv)

    dask_distributed: Any = importlib.import_module("distributed")
    secret = uuid.uuid4().hex  # a throwaway secret for the local server, never printed
    env = {**os.environ, "MYPREFERENCES_MOCK_SECRET": secret}

    def server_argv(port: int) -> list[str]:
        return [sys.executable, "-m", "mypreferences.testing", "--port", str(port), "--client-id", CLIENT_ID,
                "--user", USER]  # fmt: skip

    redis = start_redis()
    try:
        with serve_process(server_argv, env=env) as port:
            base_url = f"http://127.0.0.1:{port}/Profiles/v4"
            log(f"embedded server on {base_url}, redis-server on 127.0.0.1:{redis.port}")
            ids, create_rate = asyncio.run(create_profiles(base_url, secret, args.profiles))
            log(f"created {len(ids)} profiles at {create_rate:.0f}/s from one unthrottled client")
            if create_rate < 1.5 * args.rate:
                log(
                    f"warning: the local server managed only {create_rate:.0f}/s unthrottled, so on this machine "
                    "right now it, not the shared budget, may be the bottleneck (is something else using the CPU?)"
                )
            ids += [f"MISSING-{i:04d}" for i in range(args.unknown)]

            settings = dask_batch.WorkerSettings(
                {
                    "MYPREFERENCES_CLIENT_ID": CLIENT_ID,
                    "MYPREFERENCES_BASE_URL": base_url,
                    "MYPREFERENCES_USER_ID": USER,
                    "MYPREFERENCES_SECRET": secret,
                }
            )
            limiter = RedisRateLimiter(redis.url, rate=args.rate, key=f"scale-demo-{uuid.uuid4().hex[:8]}")
            with (
                dask_distributed.LocalCluster(
                    n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                    silence_logs=40,
                ) as cluster,
                dask_distributed.Client(cluster) as client,
            ):  # fmt: skip
                pids = set(client.run(_warm_up).values())
                log(
                    f"{len(pids)} Dask worker processes ready; looking up {len(ids)} ids at {args.rate:g}/s shared"
                )
                report = dask_batch.run_batch(
                    client,
                    settings,
                    limiter,
                    ALT_TYPE,
                    ids,
                    chunk_size=args.chunk_size,
                    concurrency=args.concurrency,
                )
    finally:
        redis.stop()

    failures_path = args.failures or Path(tempfile.gettempdir()) / "scale-demo-failures.jsonl"
    dask_batch.write_failures(report, failures_path)
    with_stderr = sys.stdout
    sys.stdout = sys.stderr
    try:
        dask_batch.print_summary(report, failures_path)
    finally:
        sys.stdout = with_stderr
    unexpected = [o for o in report.failures if not o.alternate_id.startswith("MISSING-")]
    if unexpected:
        log(f"{len(unexpected)} unexpected failures, e.g. {unexpected[0].error_type}: {unexpected[0].error}")
    achieved = report.achieved_rate
    print(
        f"scale-demo: workers={len(report.worker_pids)} budget={args.rate:g}/s achieved={achieved:.1f}/s "
        f"lost={len(report.lost)} duplicated={len(report.duplicated)}",
        flush=True,
    )
    ok = (
        not report.lost
        and not report.duplicated
        and not unexpected
        and 0.95 * args.rate <= achieved <= 1.01 * args.rate
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
