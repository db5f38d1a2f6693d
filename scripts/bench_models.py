"""Model micro-benchmark: parsing and serialising a large profile with the generated models.

    python scripts/bench_models.py

Times (best CPU time of interleaved runs) ``json.loads`` of a 1,000-preference profile (``bench_server.make_profile``),
``UserProfile.from_dict`` of the decoded dict, and ``to_dict()`` of the parsed model, and reports each as a
multiple of ``json.loads`` of the same bytes. Target: ``from_dict`` <= 1.5x ``json.loads``. Reported, not
asserted; not part of the test suite (``tests/test_models.py`` checks behaviour, never speed).
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5


def _best(fns: dict[str, Callable[[], Any]], *, rounds: int = 40) -> dict[str, float]:
    """Best-of CPU seconds per call of each function, measured in interleaved rounds.

    CPU time (``time.process_time``) and interleaving keep the ratios stable on a busy machine; the garbage
    collector is off while timing (``json.loads`` and ``from_dict`` both allocate many objects).
    """
    loops = {}
    for name, fn in fns.items():
        n = 1
        while True:
            t0 = time.process_time()
            for _ in range(n):
                fn()
            if time.process_time() - t0 > 0.02:
                break
            n *= 2
        loops[name] = n
    best = dict.fromkeys(fns, float("inf"))
    gc.disable()
    try:
        for _ in range(rounds):
            for name, fn in fns.items():
                t0 = time.process_time()
                for _ in range(loops[name]):
                    fn()
                best[name] = min(best[name], (time.process_time() - t0) / loops[name])
    finally:
        gc.enable()
    return best


def run(n_preferences: int = 1000) -> list[str]:
    """Time the models on a profile with ``n_preferences`` profile-level preferences; one line per measure."""
    for p in (ROOT / "src", ROOT / "scripts"):
        if str(p) not in sys.path:
            sys.path.insert(0, str(p))
    from bench_server import make_profile

    from mypreferences.generated.models import UserProfile

    text = json.dumps(make_profile(42, n_preferences=n_preferences))
    data = json.loads(text)
    parsed = UserProfile.from_dict(data)
    assert len(parsed.profile_preferences or ()) == n_preferences
    assert parsed.to_dict() == data
    best = _best(
        {
            "loads": lambda: json.loads(text),
            "from_dict": lambda: UserProfile.from_dict(data),
            "to_dict": parsed.to_dict,
        }
    )
    loads, from_dict, to_dict = best["loads"], best["from_dict"], best["to_dict"]
    kib = len(text) / 1024
    verdict = "OK" if from_dict / loads <= TARGET else "OVER"
    return [
        f"profile: {n_preferences} preferences, {kib:.0f} KiB of JSON; json.loads {loads * 1000:.2f} ms",
        f"parse {n_preferences}-preference profile: from_dict {from_dict / loads:.2f}x json.loads "
        f"({from_dict * 1000:.2f} ms; target <= {TARGET}x: {verdict})",
        f"serialise {n_preferences}-preference profile: to_dict {to_dict / loads:.2f}x json.loads "
        f"({to_dict * 1000:.2f} ms)",
        f"repr: {len(repr(parsed))} chars for {len(json.dumps(parsed.to_dict()))} chars of JSON",
    ]


if __name__ == "__main__":
    print("\n".join(run()))
