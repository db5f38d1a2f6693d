"""Loopback benchmark: SDK fan-out vs raw httpx, import time, and model parsing cost (``make bench``).

    python scripts/bench.py [--n 10000] [--concurrency 64] [--route profile|alternate] [--repeat 2]

Starts ``scripts/bench_server.py`` (uvicorn, 127.0.0.1, a free port) and runs the same look-ups:

(a) raw ``httpx.AsyncClient`` with the SDK's pool limits: GET + ``response.json()``;
(b) ``mp.fan_out`` over ``mp.profile.get_profile_by_profile_id`` (or ``..._by_alternate_id``), with
    the full send loop and model parsing (``auth=None``);
(c) the same over the SDK's optional faster transport, when the SDK offers one.

Each variant runs in a fresh subprocess so it reports its own peak RSS. Then it times ``import
mypreferences`` in fresh interpreters and parsing a 1,000-preference profile with
``UserProfile.from_dict`` against ``json.loads``. Targets (reported, not asserted): ratio >= 0.90,
import <= 150 ms, parse <= 3x json.loads. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
CLIENT_ID = "BenchCorp"
WARMUP = 200
TARGET_RATIO, TARGET_IMPORT_MS, TARGET_PARSE = 0.90, 150.0, 3.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    return env


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _stats(latencies: list[float], elapsed: float, n: int, failed: int, cpu: float) -> dict[str, Any]:
    lat = sorted(latencies)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "n": n,
        "failed": failed,
        "elapsed": elapsed,
        "rps": n / elapsed,
        "p50_ms": lat[len(lat) // 2] * 1000,
        "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000,
        "peak_rss_mb": usage.ru_maxrss / 1024,  # KiB on Linux
        "cpu_s": cpu,  # CPU seconds of this process during the timed run
    }


# -- variants (each runs in its own subprocess) ---------------------------------------------------


def _paths(route: str, n: int, offset: int = 0) -> list[str]:
    if route == "alternate":
        return [
            f"/{CLIENT_ID}/Profile/AlternateId?alternateIdType=CRM&alternateId=CRM-{i}"
            "&implied=false&matchInactive=false&includeConsentHistory=true"
            for i in range(offset, offset + n)
        ]
    return [
        f"/{CLIENT_ID}/Profile/{i}?implied=true&includeConsentHistory=true" for i in range(offset, offset + n)
    ]


async def _variant_raw(
    base: str, n: int, concurrency: int, route: str, limits: list[float]
) -> dict[str, Any]:
    import httpx

    pool = httpx.Limits(
        max_connections=int(limits[0]), max_keepalive_connections=int(limits[1]), keepalive_expiry=limits[2]
    )
    async with httpx.AsyncClient(limits=pool, timeout=httpx.Timeout(60.0, connect=5.0)) as client:

        async def run(urls: list[str]) -> tuple[list[Any], list[float], float]:
            results: list[Any] = [None] * len(urls)
            latencies: list[float] = []
            it = iter(enumerate(urls))

            async def worker() -> None:
                for i, url in it:
                    t0 = time.perf_counter()
                    response = await client.get(url, headers={"Accept": "application/json"})
                    response.raise_for_status()
                    results[i] = response.json()
                    latencies.append(time.perf_counter() - t0)

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return results, latencies, time.perf_counter() - start

        await run([base + p for p in _paths(route, WARMUP, offset=n)])
        urls = [base + p for p in _paths(route, n)]
        cpu0 = _cpu()
        results, latencies, elapsed = await run(urls)
        cpu = _cpu() - cpu0
    failed = sum(1 for r in results if not isinstance(r, dict))
    return _stats(latencies, elapsed, n, failed, cpu)


async def _variant_sdk(base: str, n: int, concurrency: int, route: str, variant: str) -> dict[str, Any]:
    from mypreferences import MyPreferences

    http_client = None
    if variant == "sdk-fast":  # pragma: no cover - no faster transport is offered yet; plug it in here
        raise SystemExit("the SDK offers no faster transport")
    if variant == "sdk-aiohttp":  # experiment: a user-supplied client over the httpx-aiohttp transport
        import httpx
        from httpx_aiohttp import AiohttpTransport

        from mypreferences._client import DEFAULT_LIMITS, DEFAULT_TIMEOUT

        http_client = httpx.AsyncClient(
            transport=AiohttpTransport(limits=DEFAULT_LIMITS), timeout=DEFAULT_TIMEOUT
        )
    async with MyPreferences(CLIENT_ID, auth=None, base_url=base, http_client=http_client) as mp:
        latencies: list[float] = []

        async def by_id(pid: int) -> Any:
            t0 = time.perf_counter()
            profile = await mp.profile.get_profile_by_profile_id(pid)
            latencies.append(time.perf_counter() - t0)
            return profile

        async def by_alternate_id(pid: int) -> Any:
            t0 = time.perf_counter()
            profile = await mp.profile.get_profile_by_alternate_id(
                alternate_id_type="CRM", alternate_id=f"CRM-{pid}"
            )
            latencies.append(time.perf_counter() - t0)
            return profile

        fn = by_alternate_id if route == "alternate" else by_id
        await mp.fan_out(fn, range(n, n + WARMUP), concurrency=concurrency)
        latencies.clear()
        cpu0 = _cpu()
        start = time.perf_counter()
        outcomes = await mp.fan_out(fn, range(n), concurrency=concurrency)
        elapsed = time.perf_counter() - start
        cpu = _cpu() - cpu0
    if http_client is not None:
        await http_client.aclose()
    failed = sum(1 for o in outcomes if not o.ok)
    bad = [o.item for o in outcomes if o.ok and o.unwrap().profile_id != o.item]
    if failed or bad:
        first = next((o.error for o in outcomes if not o.ok), None)
        print(f"sdk: {failed} failed (first: {first!r}), {len(bad)} wrong profile ids", file=sys.stderr)
    return _stats(latencies, elapsed, n, failed, cpu)


def _child(args: argparse.Namespace) -> None:
    base = f"http://127.0.0.1:{args.port}/Profiles/v4"
    variant = args.variant
    if variant.endswith("-gc"):
        # Diagnostic: CPython 3.11's full (generation 2) collections dominate when 10,000 parsed results
        # are held; raising the gen-2 threshold shows what the client costs without them.
        gc.set_threshold(700, 10, 1000)
        variant = variant[: -len("-gc")]
    if variant == "raw":
        limits = [float(x) for x in args.limits.split(",")]
        result = asyncio.run(_variant_raw(base, args.n, args.concurrency, args.route, limits))
    else:
        result = asyncio.run(_variant_sdk(base, args.n, args.concurrency, args.route, variant))
    print(json.dumps(result))


def _run_child(variant: str, port: int, args: argparse.Namespace, limits: str) -> dict[str, Any]:
    cmd = [
        sys.executable, __file__, "--variant", variant, "--port", str(port), "--n", str(args.n),
        "--concurrency", str(args.concurrency), "--route", args.route, "--limits", limits,
    ]  # fmt: skip
    out = subprocess.run(cmd, env=_env(), capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"variant {variant} failed:\n{out.stderr}")
    if out.stderr.strip():
        print(out.stderr.strip(), file=sys.stderr)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


# -- import time and parsing ----------------------------------------------------------------------


def _import_time(runs: int = 7) -> tuple[float, float, list[tuple[int, str]]]:
    code = (
        "import time; t = time.perf_counter(); import mypreferences; mypreferences.MyPreferences; "
        "print(time.perf_counter() - t)"
    )
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout.strip()) * 1000)
    detail = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import mypreferences; mypreferences.MyPreferences"],
        env=_env(), capture_output=True, text=True, check=True,
    )  # fmt: skip
    rows = []
    for line in detail.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self_us, cumulative_us, name = line.split(":", 1)[1].split("|")
        if len(name) - len(name.lstrip()) == 1:  # depth 0 of the import tree
            rows.append((int(cumulative_us), name.strip()))
    return statistics.median(times), min(times), sorted(rows, reverse=True)[:8]


def _timeit(fn: Any, *, budget: float = 0.5) -> float:
    """Best-of seconds per call."""
    loops = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(loops):
            fn()
        if time.perf_counter() - t0 > 0.05:
            break
        loops *= 2
    best = float("inf")
    deadline = time.perf_counter() + budget
    while time.perf_counter() < deadline:
        t0 = time.perf_counter()
        for _ in range(loops):
            fn()
        best = min(best, (time.perf_counter() - t0) / loops)
    return best


def _parse_cost() -> dict[str, float]:
    sys.path.insert(0, str(SRC))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_server import make_profile

    from mypreferences.generated.models import UserProfile

    text = json.dumps(make_profile(42, n_preferences=1000))
    data = json.loads(text)
    parsed = UserProfile.from_dict(data)
    assert len(parsed.profile_preferences) == 1000
    loads = _timeit(lambda: json.loads(text))
    from_dict = _timeit(lambda: UserProfile.from_dict(data))
    full = _timeit(lambda: UserProfile.from_dict(json.loads(text)))
    return {"kb": len(text) / 1024, "loads": loads, "from_dict": from_dict, "full": full}


# -- main -----------------------------------------------------------------------------------------


def _fast_transport_offered() -> bool:
    """True when the SDK ships an optional faster transport (none so far)."""
    return False


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10_000, help="look-ups per variant (default 10000)")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--route", choices=("profile", "alternate"), default="profile")
    parser.add_argument("--repeat", type=int, default=2, help="runs per variant, alternating; best is kept")
    parser.add_argument(
        "--variant",
        choices=("raw", "sdk", "sdk-fast", "sdk-aiohttp", "raw-gc", "sdk-gc"),
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--limits", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        _child(args)
        return

    sys.path.insert(0, str(SRC))
    from mypreferences._client import DEFAULT_LIMITS

    limits = f"{DEFAULT_LIMITS.max_connections},{DEFAULT_LIMITS.max_keepalive_connections},{DEFAULT_LIMITS.keepalive_expiry}"
    from mypreferences.testing import serve_process

    server_script = str(Path(__file__).resolve().parent / "bench_server.py")
    with serve_process(lambda p: [sys.executable, server_script, "--port", str(p)], env=_env()) as port:
        print(
            f"# {args.n} look-ups ({args.route} route), concurrency {args.concurrency}, pool {DEFAULT_LIMITS}, "
            f"best of {args.repeat}, python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
        )
        variants = ["raw", "sdk"] + (["sdk-fast"] if _fast_transport_offered() else []) + ["raw-gc", "sdk-gc"]
        if importlib.util.find_spec("httpx_aiohttp") is not None:
            variants.append("sdk-aiohttp")
        best: dict[str, dict[str, Any]] = {}
        for _ in range(args.repeat):
            for v in variants:
                r = _run_child(v, port, args, limits)
                if v not in best or r["rps"] > best[v]["rps"]:
                    best[v] = r

    labels = {
        "raw": "(a) raw httpx",
        "sdk": "(b) sdk fan_out",
        "sdk-fast": "(c) sdk fast transport",
        "sdk-aiohttp": "(x) sdk+httpx-aiohttp",
        "raw-gc": "(a') raw httpx, GC tuned",
        "sdk-gc": "(b') sdk fan_out, GC tuned",
    }
    print(
        f"{'variant':<24}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'peak RSS MB':>13}{'CPU %':>7}"
        f"{'CPU ms/req':>12}{'failed':>8}"
    )
    for v, r in best.items():
        cpu = 100 * r["cpu_s"] / r["elapsed"] if r["elapsed"] else 0.0
        print(
            f"{labels[v]:<24}{r['rps']:>9.0f}{r['p50_ms']:>9.2f}{r['p99_ms']:>9.2f}{r['peak_rss_mb']:>13.1f}"
            f"{cpu:>7.0f}{1000 * r['cpu_s'] / r['n']:>12.2f}{r['failed']:>8}"
        )
    if "sdk-fast" not in best:
        print("(c) not offered: the SDK has no optional faster transport")
    if "sdk-aiohttp" in best:
        print(
            "(x) experiment, not an SDK feature: http_client=httpx.AsyncClient(transport=httpx_aiohttp.AiohttpTransport())"
        )
    print("  (CPU % = client CPU time / wall time of the timed run; ~100 = the client is CPU-bound)")
    print(
        "  (a')/(b'): diagnostic only, gc.set_threshold(700, 10, 1000) in the benchmark process: parsed models "
        "hold ~2x the GC-tracked objects of plain dicts, and CPython 3.11's full collections over 10,000 held "
        f"results are most of the gap; GC-tuned ratio {best['sdk-gc']['rps'] / best['raw-gc']['rps']:.2f}"
    )

    median_ms, min_ms, top = _import_time()
    print(
        f"import mypreferences (+ MyPreferences): median {median_ms:.0f} ms, min {min_ms:.0f} ms "
        f"(target <= {TARGET_IMPORT_MS:.0f} ms) {'OK' if median_ms <= TARGET_IMPORT_MS else 'OVER'}"
    )
    print(
        "  largest top-level imports (cumulative ms): " + ", ".join(f"{n} {us / 1000:.0f}" for us, n in top)
    )

    p = _parse_cost()
    ratio_from_dict = p["from_dict"] / p["loads"]
    ratio_full = p["full"] / p["loads"]
    print(
        f"parse 1,000-preference profile ({p['kb']:.0f} KiB): json.loads {p['loads'] * 1000:.2f} ms, "
        f"UserProfile.from_dict {p['from_dict'] * 1000:.2f} ms ({ratio_from_dict:.1f}x), "
        f"json.loads+from_dict {p['full'] * 1000:.2f} ms ({ratio_full:.1f}x json.loads; target <= {TARGET_PARSE:.0f}x) "
        f"{'OK' if ratio_from_dict <= TARGET_PARSE else 'OVER'}"
    )
    ratio = best["sdk"]["rps"] / best["raw"]["rps"]
    print(f"target ratio >= {TARGET_RATIO:.2f}: {'OK' if ratio >= TARGET_RATIO else 'BELOW'}")
    print(f"fan-out throughput ratio sdk/raw_httpx: {ratio:.2f}")


if __name__ == "__main__":
    main()
