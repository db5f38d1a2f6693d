"""Loopback benchmark of the client (``make bench``; ``make bench BENCH_ARGS=--quick`` for a shorter run).

    python scripts/bench.py [--quick] [--duration 1] [--repeat 3] [--concurrency 64,256] [--burst 1000]
                            [--server-delay 0.05] [--skip-throughput]

Throughput: ``scripts/bench_server.py`` (a raw asyncio HTTP/1.1 server answering a fixed ~14 KiB profile)
runs in its own process, pinned with ``taskset`` to another CPU than the clients where there are two.
Each variant runs the same GETs in a fresh subprocess (its own peak RSS and CPU time), the variants
interleaved over the repeats, each run for ``--duration`` and at least one look-up per worker (10 s at
most: a shorter window would see only the start of a slow variant); min/median/max of req/s are printed:

* ``raw_httpx``: ``httpx.AsyncClient`` with the SDK's pool limits, GET + ``response.json()``;
* ``raw_aiohttp``: ``aiohttp.ClientSession`` (100 connections), GET + ``json.loads(await r.read())``;
* ``raw_httpx_aiohttp``: the raw httpx loop over httpx-aiohttp's transport;
* ``sdk`` / ``sdk_aiohttp``: ``mp.profiles.retrieve`` (send loop, typed errors, model parsing) with the
  default client / ``http_client=mypreferences.AioHttpClient()``, ``c`` workers;
* ``sdk_fanout``: the default client through ``mp.fan_out(mp.profiles.retrieve, ids, concurrency=c)``.

Results are checked and dropped, except by ``fan_out``, which returns them all.
* pool study, once: ``*_gather``: 1,000 look-ups started at once (one ``asyncio.gather``);
  ``sdk*_limited[N]``: the SDK with its in-flight cap (``DEFAULT_MAX_IN_FLIGHT`` over httpx) set to N
  attempts instead (default N: the pool size), in the benchmark only.

Then, in-process: the SDK's own cost per call on top of raw httpx + parsing (``httpx.MockTransport``),
the fan-out engine's own cost per item, ``import mypreferences`` and first-call module
loading (fresh interpreters, bytecode cached in a temporary folder as an installed package has it), model
parsing (``scripts/bench_models.py``), export streaming at 10k and 100k profiles vs raw page fetch +
``json.loads`` (own processes: peak RSS), JSON Patch (``scripts/bench_patch.py``).
It ends with the two ratio lines (medians). Reported, not asserted; not part of ``make test``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import itertools
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC, SCRIPTS = ROOT / "src", ROOT / "scripts"
CLIENT_ID = "BenchCorp"
MAIN = ("raw_httpx", "raw_aiohttp", "raw_httpx_aiohttp", "sdk", "sdk_fanout", "sdk_aiohttp")
#: ``*_gather``: one burst started at once; ``*_limitedN``: the in-flight cap set to N (default: the pool size)
POOL_STUDY = (
    "raw_httpx_gather",
    "sdk_gather",
    "sdk_gather_limited",
    "sdk_aiohttp_gather",
    "sdk_limited",
    "sdk_limited16",
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), str(SCRIPTS), env.get("PYTHONPATH", "")) if p)
    return env


def _pin(cpu: int) -> list[str]:
    """``taskset -c cpu`` when there are two CPUs or more and taskset exists, else nothing."""
    if (os.cpu_count() or 1) >= 2 and shutil.which("taskset"):
        return ["taskset", "-c", str(cpu)]
    return []


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# -- throughput variants (each in its own subprocess) --------------------------------------------------


def _limits() -> Any:
    from mypreferences._base_client import DEFAULT_LIMITS

    return DEFAULT_LIMITS


def _max_in_flight() -> int:
    from mypreferences._base_client import DEFAULT_MAX_IN_FLIGHT

    return DEFAULT_MAX_IN_FLIGHT


class _Tally:
    """Completed look-ups of a run: count, latencies, and the time and CPU of the last one.

    The run lasts ``duration`` seconds and then until ``at_least`` look-ups completed (a window shorter than
    one round of slow look-ups measures only their start), ``cap`` seconds at most.
    """

    def __init__(self, duration: float, at_least: int = 0, cap: float = 0.0) -> None:
        self.start, self.cpu0 = time.perf_counter(), _cpu()
        self.stop, self.cap = self.start + duration, self.start + max(duration, cap)
        self.at_least = at_least
        self.end, self.cpu1 = self.start, self.cpu0
        self.latencies: list[float] = []
        self.wrong = 0
        self.timeout: asyncio.Timeout | None = None  # set by _drive: ended early once the run has enough

    async def one(self, call: Callable[[int], Awaitable[Any]], pid: int) -> Any:
        t0 = time.perf_counter()
        result = await call(pid)
        self.end = time.perf_counter()
        self.latencies.append(self.end - t0)
        self.cpu1 = _cpu()
        self.wrong += _profile_id(result) != pid
        if self.timeout is not None and self.end >= self.stop and len(self.latencies) >= self.at_least:
            self.timeout.reschedule(asyncio.get_running_loop().time())
            self.timeout = None
        return result


async def _drive(
    call: Callable[[int], Awaitable[Any]],
    ids: Iterator[int],
    c: int,
    mode: str,
    tally: _Tally,
    mp: Any = None,
) -> None:
    """Run ``call`` until the tally has enough (what is still in flight then is cancelled, not counted).

    ``workers``: ``c`` loops; ``fanout``: ``mp.fan_out(..., concurrency=c)``; ``gather``: ``c`` calls started
    at once (one burst: the time only caps it).
    """

    async def worker() -> None:
        while True:
            await tally.one(call, next(ids))

    async def timed(pid: int) -> Any:
        return await tally.one(call, pid)

    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(tally.cap - time.perf_counter()) as tally.timeout:
            if mode == "gather":
                await asyncio.gather(*(tally.one(call, next(ids)) for _ in range(c)))
            elif mode == "workers":
                await asyncio.gather(*(worker() for _ in range(c)))
            else:
                first = next(ids)
                await mp.fan_out(timed, range(first, first + 10**6), concurrency=c)


async def _variant(variant: str, base: str, duration: float, concurrency: int, burst: int) -> dict[str, Any]:
    import httpx

    headers = {"Accept": "application/json"}
    limits = _limits()
    closers: list[Callable[[], Awaitable[Any]]] = []
    mp: Any = None
    mode = "gather" if "gather" in variant else "fanout" if variant.endswith("_fanout") else "workers"
    if variant.startswith("raw_aiohttp"):
        import aiohttp

        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=limits.max_connections))
        closers.append(session.close)

        async def call(pid: int) -> Any:
            async with session.get(f"{base}/{CLIENT_ID}/Profile/{pid}", headers=headers) as r:
                r.raise_for_status()
                return json.loads(await r.read())

    elif variant.startswith("raw_httpx"):
        transport = None
        if variant.startswith("raw_httpx_aiohttp"):
            from httpx_aiohttp import AiohttpTransport

            transport = AiohttpTransport(limits=limits)
        http = httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(60.0, connect=5.0), transport=transport)
        closers.append(http.aclose)

        async def call(pid: int) -> Any:
            r = await http.get(f"{base}/{CLIENT_ID}/Profile/{pid}", headers=headers)
            r.raise_for_status()
            return r.json()

    else:
        import anyio

        from mypreferences import MyPreferences

        http_client = None
        if "aiohttp" in variant:
            from mypreferences._aiohttp import AioHttpClient

            http_client = AioHttpClient()
            closers.append(http_client.aclose)
        mp = MyPreferences(CLIENT_ID, auth=None, base_url=base, http_client=http_client)
        closers.insert(0, mp.aclose)
        if "_limited" in variant:  # at most N attempts in flight (_limited: the pool size)
            mp._in_flight = anyio.CapacityLimiter(
                int(variant.rpartition("_limited")[2] or limits.max_connections)
            )
        call = mp.profiles.retrieve
    try:  # a warm-up (ids from 10**7: opens the connections), then the measured run (ids from 0)
        warm = ("workers", 100) if mode == "gather" else (mode, concurrency)
        await _drive(call, itertools.count(10**7), warm[1], warm[0], _Tally(0.3), mp)
        if mode == "gather":
            tally = _Tally(max(5.0, 5 * duration))
        else:  # at least one round of look-ups per worker, 10 s at most
            tally = _Tally(duration, at_least=concurrency, cap=10.0)
        await _drive(call, itertools.count(0), burst if mode == "gather" else concurrency, mode, tally, mp)
        stopped, cpu_stopped = time.perf_counter(), _cpu()
    finally:
        for close in closers:
            await close()
    n, lat = len(tally.latencies), sorted(tally.latencies)
    if tally.wrong:
        print(f"{variant}: {tally.wrong} of {n} answers were not the profile asked for", file=sys.stderr)
    # up to the last completion (the calls cancelled at the end don't count); a run that completed nothing
    # is 0 req/s over its whole window, with no latency
    elapsed = (tally.end if n else stopped) - tally.start
    cpu = (tally.cpu1 if n else cpu_stopped) - tally.cpu0
    return {
        "n": n,
        "elapsed": elapsed,
        "rps": n / elapsed,
        "cpu_ms": 1000 * cpu / n if n else math.nan,
        "failed": tally.wrong,
        "cpu_pct": 100 * cpu / elapsed,
        "rss_mb": _rss_mb(),
        "p50_ms": 1000 * lat[n // 2] if n else math.nan,
        "p99_ms": 1000 * lat[min(n - 1, int(n * 0.99))] if n else math.nan,
    }


def _profile_id(result: Any) -> Any:
    return result.get("ProfileId") if isinstance(result, dict) else getattr(result, "profile_id", None)


def _run_child(args: list[str]) -> dict[str, Any]:
    cmd = [*_pin(0), sys.executable, __file__, *args]
    out = subprocess.run(cmd, env=_env(), capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{out.stderr}")
    if out.stderr.strip():
        print(out.stderr.strip(), file=sys.stderr)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _throughput(port: int, args: argparse.Namespace) -> dict[tuple[str, int], list[dict[str, Any]]]:
    """The main grid, interleaved over the repeats; then the pool study, once (a burst is fixed work)."""
    aio = importlib.util.find_spec("httpx_aiohttp") is not None
    grid = [(v, c) for c in args.concurrency for v in MAIN if aio or "aiohttp" not in v]
    study = [
        (v, 0 if "gather" in v else max(args.concurrency)) for v in POOL_STUDY if aio or "aiohttp" not in v
    ]
    runs: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for rep in [*range(args.repeat), None]:
        for variant, c in grid if rep is not None else study:
            child = ["--child", variant, "--port", str(port), "--duration", str(args.duration), "--c", str(c)]
            runs.setdefault((variant, c), []).append(_run_child([*child, "--burst", str(args.burst)]))
    return runs


def _median(runs: list[dict[str, Any]], key: str) -> float:
    """The median over the runs that have the figure (a run that completed nothing has no latency)."""
    values = [r[key] for r in runs if not math.isnan(r[key])]
    return statistics.median(values) if values else math.nan


def _short_note(runs: list[dict[str, Any]], c: int) -> str:
    """Flag runs whose window was shorter than one round of ``c`` look-ups: their req/s is no steady rate."""
    empty, short = sum(not r["n"] for r in runs), sum(0 < r["n"] < c for r in runs)
    notes = [f"{empty} of {len(runs)} run(s) completed nothing (0 req/s)"] if empty else []
    notes += (
        [f"{short} of {len(runs)} run(s) completed fewer than c in 10 s (not a steady rate)"] if short else []
    )
    return "  ! " + "; ".join(notes) if notes else ""


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b > 0 else "n/a (the reference completed nothing)"


def _print_throughput(runs: dict[tuple[str, int], list[dict[str, Any]]], burst: int) -> dict[str, Any]:
    print(
        f"{'variant':<22}{'c':>6}{'req/s min':>11}{'median':>9}{'max':>8}{'p50 ms':>8}{'p99 ms':>8}"
        f"{'CPU ms/req':>11}{'CPU %':>7}{'RSS MB':>8}{'failed':>7}"
    )
    for (variant, c), rs in runs.items():
        rps = [r["rps"] for r in rs]
        print(
            f"{variant:<22}{c or f'{burst}!':>6}{min(rps):>11.0f}{statistics.median(rps):>9.0f}{max(rps):>8.0f}"
            f"{_median(rs, 'p50_ms'):>8.1f}{_median(rs, 'p99_ms'):>8.1f}{_median(rs, 'cpu_ms'):>11.3f}"
            f"{_median(rs, 'cpu_pct'):>7.0f}{_median(rs, 'rss_mb'):>8.0f}{sum(r['failed'] for r in rs):>7}"
            + _short_note(rs, c)
        )
    print(
        f"  (c = workers; {burst}! = {burst} calls started at once, one asyncio.gather; CPU = the client process)"
    )
    med = {k: _median(v, "rps") for k, v in runs.items()}
    concs = sorted({c for (_, c) in med if c and ("raw_httpx", c) in med})
    for c in concs:
        sdk = max(med[("sdk", c)], med[("sdk_fanout", c)])
        parts = [f"sdk/raw_httpx {_ratio(sdk, med[('raw_httpx', c)])}"]
        if ("raw_aiohttp", c) in med:
            parts.append(
                f"sdk_aiohttp/raw_aiohttp {_ratio(med[('sdk_aiohttp', c)], med[('raw_aiohttp', c)])}"
            )
            parts.append(f"sdk_aiohttp/sdk {_ratio(med[('sdk_aiohttp', c)], sdk)}")
        print(f"  c={c}: " + ", ".join(parts))
    top, pool = max(concs), _limits().max_connections
    study = [f"raw_httpx c={c} {med[('raw_httpx', c)]:.0f}" for c in concs]
    for (v, c), rs in runs.items():
        if v in POOL_STUDY:
            done = f" ({rs[0]['n']} of {burst} done in {rs[0]['elapsed']:.1f} s)" if "gather" in v else ""
            study.append(f"{v}{f' c={c}' if c else ''} {med[(v, c)]:.0f}{done}")
    print(f"  pool study (SDK default pool: {pool} connections), req/s: " + ", ".join(study))
    print(
        f"  (sdk: at most {_max_in_flight()} attempts in flight over httpx, sdk*_limited: {pool} (the pool size), "
        f"sdk*_limitedN: N; c={top})"
    )
    return med


# -- in-process figures ---------------------------------------------------------------------------------


def _fanout_engine(quick: bool) -> list[str]:
    """The engine's own cost per item: a no-op fn, and a fn that yields once (minus a bare yield)."""
    import anyio
    import anyio.lowlevel

    from mypreferences.fanout import fan_out, iter_fan_out

    n = 10_000 if quick else 30_000

    async def noop(i: int) -> int:
        return i

    async def yields(i: int) -> int:
        await anyio.lowlevel.checkpoint()
        return i

    async def measure(backend: str) -> dict[str, float]:
        out: dict[str, list[float]] = {}

        async def piped(fn: Any) -> None:
            async with iter_fan_out(fn, range(n), concurrency=32) as s:
                async for _ in s:
                    pass

        async def bare(fn: Any) -> None:
            async for _ in iter_fan_out(fn, range(n), concurrency=32):
                pass

        async def loop(fn: Any) -> None:
            for i in range(n):
                await fn(i)

        cases: dict[str, Callable[[], Awaitable[Any]]] = {
            "fan_out": lambda: fan_out(noop, range(n), concurrency=32),
            "iter_fan_out (async with)": lambda: piped(noop),
            "iter_fan_out (bare async for)": lambda: bare(noop),
            "fan_out, yielding fn": lambda: fan_out(yields, range(n), concurrency=32),
            "iter_fan_out (async with), yielding fn": lambda: piped(yields),
            "iter_fan_out (bare), yielding fn": lambda: bare(yields),
            "a bare yield": lambda: loop(yields),
        }
        for _ in range(3):
            for name, case in cases.items():
                t0 = time.perf_counter()
                await case()
                out.setdefault(name, []).append((time.perf_counter() - t0) / n * 1e6)
        return {k: min(v) for k, v in out.items()}

    lines = []
    for backend in ("asyncio", "trio") if importlib.util.find_spec("trio") else ("asyncio",):
        best = anyio.run(measure, backend, backend=backend)
        base = best.pop("a bare yield")
        shown = [
            f"{k} {v:.2f}" if "yielding" not in k else f"{k} {v - base:.2f} (+{base:.2f} of the yield itself)"
            for k, v in best.items()
        ]
        lines.append(f"fan-out engine us/item ({backend}, c=32, best of runs): " + "; ".join(shown))
    return lines


def _cached_env() -> dict[str, str]:
    """The fresh interpreters' environment: bytecode cached (as an installed package has it), outside the tree.

    Without it, ``PYTHONDONTWRITEBYTECODE=1`` (set on some machines) makes every run compile the SDK's modules
    from source, which is most of the import time. The first run of each measure writes the cache (not timed).
    """
    env = _env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "mypreferences-bench-pycache")
    return env


def _import_time(runs: int) -> str:
    code = "import time; t = time.perf_counter(); import mypreferences; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs + 1):
        out = subprocess.run(
            [sys.executable, "-c", code], env=_cached_env(), capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout.strip()) * 1000)
    times = times[1:]  # the first run wrote the bytecode cache
    return (
        f"import mypreferences: median {statistics.median(times):.1f} ms, min {min(times):.1f} ms "
        f"({runs} fresh interpreters, bytecode cached)"
    )


_FIRST_CALL = """
import asyncio, json, sys, time
from bench_server import make_profile
body = json.dumps(make_profile(1)).encode()
t0 = time.perf_counter()
import httpx
from mypreferences import MyPreferences
t1 = time.perf_counter()
async def main():
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body)))
    async with MyPreferences("C", auth=None, base_url="http://x.test", http_client=http) as mp:
        t = time.perf_counter(); await mp.profiles.retrieve(1); first = time.perf_counter() - t
        t = time.perf_counter(); await mp.profiles.retrieve(1); second = time.perf_counter() - t
    print(json.dumps([t1 - t0, first, second, len(sys.modules)]))
asyncio.run(main())
"""


def _first_call(runs: int) -> str:
    got = []
    for _ in range(runs + 1):
        cmd = [sys.executable, "-c", _FIRST_CALL]
        out = subprocess.run(cmd, env=_cached_env(), capture_output=True, text=True, check=True, cwd=SCRIPTS)
        got.append(json.loads(out.stdout))
    got = got[1:]  # the first run wrote the bytecode cache
    imp, first, second = (statistics.median(g[i] for g in got) * 1000 for i in range(3))
    loading = statistics.median((g[1] - g[2]) * 1000 for g in got)
    return (
        f"first call: import httpx + MyPreferences {imp:.0f} ms; first mp.profiles.retrieve {first:.1f} ms "
        f"(loads the generated endpoint and models) vs {second:.2f} ms for the second: "
        f"{loading:.1f} ms of module loading (in-memory transport, bytecode cached, median of {runs})"
    )


def _models() -> list[str]:
    if (SCRIPTS / "bench_models.py").exists():
        sys.path.insert(0, str(SCRIPTS))
        import bench_models

        return [f"models: {line}" for line in bench_models.run()]
    import bench_server

    from mypreferences.generated.models import UserProfile

    text = json.dumps(bench_server.make_profile(42, n_preferences=1000))
    data = json.loads(text)
    loads = min(_timed(lambda: json.loads(text)) for _ in range(5))
    parse = min(_timed(lambda: UserProfile.from_dict(data)) for _ in range(5))
    return [
        f"models: UserProfile.from_dict (1,000 preferences) {parse / loads:.2f}x json.loads ({parse * 1000:.2f} ms)"
    ]


def _overhead(quick: bool) -> str:
    """The SDK's own cost per call: ``mp.profiles.retrieve`` vs raw httpx GET + decode + ``from_dict``."""
    import httpx
    from bench_server import make_profile

    from mypreferences import MyPreferences
    from mypreferences.generated.models import UserProfile
    from mypreferences.generated.types import loads_json

    body = json.dumps(make_profile(1), separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json"}
    n, best = (1000 if quick else 3000), {}

    async def run() -> None:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body, headers=headers))
        )
        mp = MyPreferences("C", auth=None, base_url="http://x.test/Profiles/v4", http_client=http)

        async def raw(decode: Callable[[bytes], Any]) -> Any:
            r = await http.get(
                "http://x.test/Profiles/v4/C/Profile/1", headers={"Accept": "application/json"}
            )
            r.raise_for_status()
            return UserProfile.from_dict(decode(r.content))

        variants: dict[str, Callable[[], Awaitable[Any]]] = {
            "json": lambda: raw(json.loads), "fast": lambda: raw(loads_json), "sdk": lambda: mp.profiles.retrieve(1),
        }  # fmt: skip
        for _ in range(5):  # interleaved; best of 5
            for name, call in variants.items():
                t0 = time.perf_counter()
                for _ in range(n):
                    await call()
                best[name] = min(best.get(name, math.inf), (time.perf_counter() - t0) / n * 1e6)

    asyncio.run(run())
    decoder = "msgspec" if loads_json.__globals__["_fast_decode"] is not None else "json.loads"
    sdk, raw_json, raw_fast = best["sdk"], best["json"], best["fast"]
    return (
        f"in-process (httpx.MockTransport, ~14 KiB profile, {n} sequential calls, best of 5): raw httpx GET + "
        f"json.loads + UserProfile.from_dict {raw_json:.0f} us/call; the same with the SDK's decoder ({decoder}) "
        f"{raw_fast:.0f} us; mp.profiles.retrieve {sdk:.0f} us: SDK overhead {100 * (sdk / raw_json - 1):+.0f}% "
        f"over the first (target <= 15%), {100 * (sdk / raw_fast - 1):+.0f}% over the second"
    )


def _timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _patch() -> list[str]:
    if not (SCRIPTS / "bench_patch.py").exists():
        return ["JSON Patch: scripts/bench_patch.py not found"]
    sys.path.insert(0, str(SCRIPTS))
    import bench_patch

    return [f"JSON Patch: {line}" for line in bench_patch.run()]


# -- exports (each size in its own subprocess: peak RSS) ------------------------------------------------


async def _export_child(kind: str, base: str, total: int) -> dict[str, Any]:
    page_size, records = 1000, 0
    cpu0, start = _cpu(), time.perf_counter()
    if kind == "sdk":
        from mypreferences import MyPreferences

        async with MyPreferences(CLIENT_ID, auth=None, base_url=base) as mp:
            async for profile in mp.exports.iter_profiles(total, page_size=page_size):
                records += profile.profile_id > 0
    else:
        import httpx

        async with httpx.AsyncClient(timeout=60.0) as http:
            offset, more = 1, True
            while more:
                params = {"limit": page_size, "offset": offset, "keepAlive": "true"}
                r = await http.get(f"{base}/Async/{CLIENT_ID}/Export/{total}", params=params)
                page = json.loads(r.content)
                records += sum(1 for p in page["UserProfilePreferences"] if p["ProfileId"] > 0)
                offset, more = offset + page["Count"], page["HasMore"]
    elapsed = time.perf_counter() - start
    return {"records": records, "rps": records / elapsed, "cpu_s": _cpu() - cpu0, "rss_mb": _rss_mb()}


def _exports(port: int, sizes: tuple[int, ...]) -> list[str]:
    lines = []
    for total in sizes:
        got = {k: _run_child(["--export", k, "--port", str(port), "--n", str(total)]) for k in ("raw", "sdk")}
        assert got["sdk"]["records"] == got["raw"]["records"] == total, got
        lines.append(
            f"export {total:,} profiles (pages of 1,000, ~0.6 KiB each): sdk iter_profiles "
            f"{got['sdk']['rps']:,.0f} profiles/s, peak RSS {got['sdk']['rss_mb']:.0f} MB; raw httpx page + "
            f"json.loads {got['raw']['rps']:,.0f} profiles/s, peak RSS {got['raw']['rss_mb']:.0f} MB; "
            f"ratio {got['sdk']['rps'] / got['raw']['rps']:.2f}"
        )
    return lines


# -- main -------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer look-ups and repeats (about a minute)")
    parser.add_argument("--duration", type=float, help="seconds per measured run (default 0.75, --quick 0.5)")
    parser.add_argument("--repeat", type=int, help="interleaved runs per variant (default 3)")
    parser.add_argument(
        "--concurrency", default="64,256", help="comma-separated worker counts (default 64,256)"
    )
    parser.add_argument("--skip-throughput", action="store_true", help="only the in-process figures")
    parser.add_argument("--server-delay", type=float, default=0.0, help="seconds the server waits per answer")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--export", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--c", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--burst", type=int, help="calls started at once in the pool study (default 1000)")
    args = parser.parse_args()
    if args.child or args.export:
        base = f"http://127.0.0.1:{args.port}/Profiles/v4"
        if args.child:
            result = asyncio.run(_variant(args.child, base, args.duration, args.c, args.burst))
        else:
            result = asyncio.run(_export_child(args.export, base, args.n))
        print(json.dumps(result))
        return
    args.duration = args.duration or (0.5 if args.quick else 0.75)
    args.repeat = args.repeat or (2 if args.quick else 3)
    args.burst = args.burst or (300 if args.quick else 1000)
    args.concurrency = [int(c) for c in args.concurrency.split(",")]
    sys.path[:0] = [str(SRC), str(SCRIPTS)]
    from mypreferences.testing import serve_process

    pinned = "server on CPU 1, clients on CPU 0" if _pin(0) else "not pinned"
    print(
        f"# python {sys.version.split()[0]}, {os.cpu_count()} CPUs ({pinned}), load average "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}; {args.duration:g} s per run (after a "
        f"warm-up), {args.repeat} interleaved repeats, ~14 KiB profile bodies"
    )
    server = [*_pin(1), sys.executable, str(SCRIPTS / "bench_server.py"), "--delay", str(args.server_delay)]
    med: dict[str, Any] = {}
    with serve_process(lambda p: [*server, "--port", str(p)], env=_env()) as port:
        if not args.skip_throughput:
            med = _print_throughput(_throughput(port, args), args.burst)
        export_lines = _exports(port, (10_000, 100_000))
    for line in (
        _overhead(args.quick),
        *_fanout_engine(args.quick),
        _import_time(5 if args.quick else 9),
        _first_call(3 if args.quick else 5),
        *_models(),
        *export_lines,
        *_patch(),
    ):
        print(line)
    if med:
        concs = args.concurrency
        sdk_best = {c: max(med[("sdk", c)], med[("sdk_fanout", c)]) for c in concs}
        c = max(concs, key=lambda c: sdk_best[c])  # the SDK's best default path, at its best concurrency
        aio = {c: med.get(("sdk_aiohttp", c), 0.0) for c in concs}
        ca = max(concs, key=lambda c: aio[c])
        print(f"(medians; each SDK path at its best concurrency: default c={c}, over aiohttp c={ca})")
        print(f"fan-out throughput ratio sdk/raw_httpx: {_ratio(sdk_best[c], med[('raw_httpx', c)])}")
        if ("raw_aiohttp", ca) in med:
            print(f"aiohttp throughput ratio sdk/raw_aiohttp: {_ratio(aio[ca], med[('raw_aiohttp', ca)])}")
        else:
            print("aiohttp throughput ratio sdk/raw_aiohttp: n/a (httpx-aiohttp is not installed)")


if __name__ == "__main__":
    main()
