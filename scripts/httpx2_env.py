"""Build (or reuse) a separate virtual environment holding the SDK, FastAPI and httpx2 side by side.

    python scripts/httpx2_env.py                 # prints the environment's python
    python scripts/httpx2_env.py --root /tmp/h2  # elsewhere (default: .venv-httpx2, or $MYPREFERENCES_HTTPX2_VENV)

httpx2 is kept out of the development environment (.venv) so that the rest of the suite keeps testing the
SDK exactly as most users run it (httpx only). Environments live under the root directory, one per
"stamp" (a hash of the requirements below, the SDK's pyproject.toml and the Python version), so a change
builds a new one and never touches one that another test run may be using. A build happens under a file
lock, in a temporary directory renamed into place when complete, so concurrent runs (several people testing
in one working tree) neither build twice nor see a half-built environment. Environments of other stamps are
removed once unused for a day. The SDK is installed in editable mode: source changes need no rebuild. Used by
tests/test_httpx2.py.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ROOT = ROOT / ".venv-httpx2"
#: What a FastAPI service on httpx2 would install next to the SDK. jsonpatch and openapi-schema-validator are
#: listed because the SDK's ``testing`` extra does not declare them yet (mypreferences.testing imports both).
REQUIREMENTS = (
    "fastapi>=0.115",
    "httpx2>=2.16,<3",
    "jsonpatch>=1.33",
    "openapi-schema-validator>=0.6",
)
_STALE_SECONDS = 24 * 3600


def stamp() -> str:
    """Hash of what the environment depends on: rebuilt when it changes."""
    data = {
        "requirements": REQUIREMENTS,
        "pyproject": hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest(),
        "python": sys.version,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


@contextlib.contextmanager
def _locked(root: Path) -> Iterator[None]:
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _prune(root: Path, keep: str) -> None:
    now = time.time()
    for entry in root.iterdir():
        if entry.is_dir() and entry.name != keep and now - entry.stat().st_mtime > _STALE_SECONDS:
            shutil.rmtree(entry, ignore_errors=True)


def ensure(root: Path = DEFAULT_ROOT) -> Path:
    """Return the python of an up-to-date environment under ``root``, building it when needed."""
    key = stamp()
    venv = root / key
    python = venv / "bin" / "python"
    if (venv / ".complete").exists():
        os.utime(venv)  # in use: keep it from being pruned
        return python
    with _locked(root):
        if not (venv / ".complete").exists():
            building = root / f"{key}.building-{os.getpid()}"
            shutil.rmtree(building, ignore_errors=True)
            subprocess.run([sys.executable, "-m", "venv", str(building)], check=True)
            pip = [
                str(building / "bin" / "python"),
                "-m",
                "pip",
                "--disable-pip-version-check",
                "--no-input",
                "-q",
            ]
            try:
                subprocess.run([*pip, "install", "-e", f"{ROOT}[testing]", *REQUIREMENTS], check=True)
            except BaseException:
                shutil.rmtree(building, ignore_errors=True)
                raise
            (building / ".complete").write_text(key)
            shutil.rmtree(venv, ignore_errors=True)  # an incomplete leftover
            building.rename(venv)  # the venv's python finds its pyvenv.cfg next to it, wherever it lives
        _prune(root, key)
    return python


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default = os.environ.get("MYPREFERENCES_HTTPX2_VENV") or str(DEFAULT_ROOT)
    parser.add_argument("--root", type=Path, default=Path(default))
    print(ensure(parser.parse_args().root.resolve()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
