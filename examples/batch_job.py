"""The SDK's main job, end to end: a batch run against a MyPreferences account.

``make demo`` runs it against the embedded local server (``python -m mypreferences.testing``), started on
loopback in a child process and stopped at the end. Point it at a real account with ``--base-url`` and the
``MYPREFERENCES_*`` credentials instead.

Steps: create N profiles (fan-out), look each one up by alternate id (fan-out), JSON Patch every profile by
alternate id (fan-out), export the account's segment and stream it back with the pagination helper. Prints a
summary with counts, failures and throughput.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from mypreferences import MyPreferences
from mypreferences.auth import PnAuthInfo3
from mypreferences.fanout import Outcome
from mypreferences.generated.models import (
    AlternateIdEntry,
    CustomerName,
    EmailEntry,
    UserProfile,
)
from mypreferences.patch import JsonPatch
from mypreferences.testing import serve_process

DEMO_CLIENT, DEMO_USER, DEMO_SECRET = "Demo", "demo", "demo-secret-not-real"


@dataclass
class Phase:
    """Counts and timing of one step of the job."""

    name: str
    total: int = 0
    ok: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Items per second."""
        return self.total / self.seconds if self.seconds else 0.0


@contextlib.contextmanager
def local_server() -> Iterator[str]:
    """Start ``python -m mypreferences.testing`` on a free loopback port; yield its base URL."""
    env = {**os.environ, "MYPREFERENCES_MOCK_SECRET": DEMO_SECRET}

    def argv(port: int) -> list[str]:
        return [sys.executable, "-m", "mypreferences.testing", "--port", str(port), "--client-id", DEMO_CLIENT,
                "--user", DEMO_USER]  # fmt: skip

    with serve_process(argv, env=env) as port:
        yield f"http://127.0.0.1:{port}/Profiles/v4"


def new_profile(i: int) -> UserProfile:
    """The i-th demo profile: a name, a CRM alternate id and an email."""
    return UserProfile(
        customer_name=CustomerName(first_name=f"Ada{i}", last_name="Lovelace"),
        alternate_ids=[AlternateIdEntry(alternate_id_type="CRM", alternate_id=f"CRM-{i:06d}")],
        emails=[
            EmailEntry(email_address=f"ada{i}@example.com", email_address_type="Personal", is_default=True)
        ],
    )


async def run_phase(
    name: str,
    mp: MyPreferences,
    fn: Callable[[Any], Awaitable[Any]],
    items: Sequence[Any],
    concurrency: int,
    progress: bool,
) -> tuple[Phase, list[Outcome[Any, Any]]]:
    """Fan ``fn`` out over ``items`` and record the phase's figures."""
    print(f"{name} - {len(items)} items at concurrency {concurrency}", flush=True)
    started = time.perf_counter()
    outcomes = await mp.fan_out(fn, items, concurrency=concurrency, progress=progress)
    phase = Phase(name, total=len(items), seconds=time.perf_counter() - started)
    phase.ok = sum(o.ok for o in outcomes)
    phase.failures = [f"{o.item!r}: {type(o.error).__name__}: {o.error}" for o in outcomes if not o.ok]
    return phase, outcomes


async def job(mp: MyPreferences, n: int, concurrency: int, progress: bool) -> list[Phase]:
    """Create, look up, patch, export."""
    phases: list[Phase] = []

    create, _ = await run_phase(
        "create profiles",
        mp,
        lambda i: mp.profiles.create(body=new_profile(i)),
        range(n),
        concurrency,
        progress,
    )
    phases.append(create)

    ids = [f"CRM-{i:06d}" for i in range(n)]
    lookup, found = await run_phase(
        "look up by alternate id",
        mp,
        lambda alt: mp.profiles.retrieve_by_alternate_id(alternate_id_type="CRM", alternate_id=alt),
        ids,
        concurrency,
        progress,
    )
    phases.append(lookup)
    mismatched = [o.item for o in found if o.ok and o.unwrap().alternate_ids[0].alternate_id != o.item]
    lookup.failures += [f"{alt}: answered with another profile" for alt in mismatched]
    lookup.ok -= len(mismatched)

    def patch_for(alt: str) -> JsonPatch:
        return (
            JsonPatch.for_model(UserProfile)
            .replace(("CustomerName", "LastName"), "Byron")
            .add("/ProfileTags", [{"Name": "demo"}, {"Name": alt[-1]}])
            .replace("/RegistrationConfirmed", True)
        )

    patch, _ = await run_phase(
        "JSON Patch by alternate id",
        mp,
        lambda alt: mp.profiles.patch_by_alternate_id("CRM", alt, body=patch_for(alt)),
        ids,
        concurrency,
        progress,
    )
    phases.append(patch)

    print("export: initiate, wait, stream pages", flush=True)
    started = time.perf_counter()
    export = Phase("segment export (stream)")
    token = await mp.exports.start(segment="All Profiles")
    await mp.exports.wait(token, poll_interval=0.2)
    patched = 0
    async for profile in mp.exports.iter_profiles(token, page_size=250):
        export.total += 1
        name = profile.to_dict().get("CustomerName") or {}
        patched += name.get("LastName") == "Byron"
    export.ok = patched
    if export.total != n:
        export.failures.append(f"exported {export.total} profiles, expected {n}")
    if patched != export.total:
        export.failures.append(f"{export.total - patched} exported profiles miss the patch")
    export.seconds = time.perf_counter() - started
    phases.append(export)
    return phases


def print_summary(phases: list[Phase], elapsed: float) -> int:
    """Print the summary table; return the number of failures."""
    print("\nSummary")
    print(f"{'step':<28}{'items':>8}{'ok':>8}{'failed':>8}{'seconds':>10}{'items/s':>10}")
    failed = 0
    for p in phases:
        failed += len(p.failures)
        print(f"{p.name:<28}{p.total:>8}{p.ok:>8}{len(p.failures):>8}{p.seconds:>10.2f}{p.rate:>10.0f}")
    print(f"total time {elapsed:.2f} s, failures {failed}")
    for p in phases:
        for f in p.failures[:5]:
            print(f"  {p.name}: {f}")
    return failed


async def main_async(args: argparse.Namespace, base_url: str | None) -> int:
    """Run the job against ``base_url`` (the local server) or the configured account."""
    if base_url:
        mp = MyPreferences(DEMO_CLIENT, auth=PnAuthInfo3(DEMO_USER, DEMO_SECRET), base_url=base_url)
    else:
        mp = MyPreferences.from_env(base_url=args.base_url) if args.base_url else MyPreferences.from_env()
    started = time.perf_counter()
    async with mp:
        phases = await job(mp, args.profiles, args.concurrency, progress=not args.no_progress)
    return 1 if print_summary(phases, time.perf_counter() - started) else 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--base-url", help="a real account's base URL (credentials from MYPREFERENCES_*)")
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    if args.base_url:
        return asyncio.run(main_async(args, None))
    with local_server() as url:
        print(f"local MyPreferences server on {url}", flush=True)
        return asyncio.run(main_async(args, url))


if __name__ == "__main__":
    raise SystemExit(main())
