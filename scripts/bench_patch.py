"""Timings of the JSON Patch builder and diff (``mypreferences.patch``); prints figures, asserts nothing.

    python scripts/bench_patch.py

``run()`` returns the lines, one per figure (``patch build 10000 removes: 0.045 s``), so that the main
benchmark can import it.
"""

from __future__ import annotations

import copy
import functools
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from mypreferences.patch import JsonPatch


def _timed(fn: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _build_removes(indices: list[int]) -> None:
    patch = JsonPatch()
    for i in indices:
        patch.remove(("Items", i))
    patch.to_json_list()


def _profile(n_emails: int, rng: random.Random) -> dict[str, Any]:
    """A profile like the server returns: a few scalars and arrays of objects."""
    return {
        "ProfileId": 7,
        "IsActive": True,
        "CustomerName": {"FirstName": "Ann", "LastName": "Lee"},
        "Emails": [
            {"EmailAddress": f"user{i}@example.com", "EmailAddressType": rng.choice(["Home", "Work"])}
            for i in range(n_emails)
        ],
        "ProfileTags": [{"Name": t} for t in ("vip", "gold", "new")],
        "CustomFields": [{"Name": f"f{i}", "Value": str(i)} for i in range(10)],
    }


def run(n_removes: int = 10_000, n_diff: int = 4_000) -> list[str]:
    """Time the builder and the diff; return one line per figure."""
    rng = random.Random(1234)
    lines: list[str] = []
    ascending = list(range(n_removes))
    shuffled_removes = ascending[:]
    rng.shuffle(shuffled_removes)
    lines.append(
        f"patch build {n_removes} removes (ascending): {_timed(lambda: _build_removes(ascending)):.3f} s"
    )
    lines.append(
        f"patch build {n_removes} removes (random order): "
        f"{_timed(lambda: _build_removes(shuffled_removes)):.3f} s"
    )
    lines.append(
        f"patch build {n_removes} removes (descending, no reordering): "
        f"{_timed(lambda: _build_removes(ascending[::-1])):.3f} s"
    )

    before = list(range(n_diff))
    shuffled = before[:]
    rng.shuffle(shuffled)
    perturbed: list[Any] = [x for x in before if rng.random() > 0.05]
    for _ in range(n_diff // 20):
        perturbed.insert(rng.randrange(len(perturbed) + 1), -rng.randrange(10**6))
    for _ in range(n_diff // 20):
        perturbed[rng.randrange(len(perturbed))] = f"changed{rng.random()}"
    for label, after in (("[]", []), ("shuffled", shuffled), ("perturbed", perturbed)):
        seconds = _timed(functools.partial(JsonPatch.diff, {"l": before}, {"l": after}))
        lines.append(f"patch diff {n_diff} elements vs {label}: {seconds:.3f} s")

    old = _profile(20, rng)
    new = copy.deepcopy(old)
    new["CustomerName"]["LastName"] = "Byron"
    del new["Emails"][3]
    new["Emails"].append({"EmailAddress": "new@example.com", "EmailAddressType": "Work"})
    new["ProfileTags"][1] = {"Name": "platinum"}
    runs = 200
    seconds = _timed(lambda: [JsonPatch.diff(old, new) for _ in range(runs)]) / runs
    lines.append(f"patch diff typical profile: {seconds * 1000:.3f} ms")
    return lines


if __name__ == "__main__":
    for line in run():
        print(line)
