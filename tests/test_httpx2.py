"""The SDK inside a current FastAPI app that uses httpx2, with httpx and httpx2 both installed.

httpx2 (PyPI ``httpx2``, Pydantic's continuation of httpx) imports as ``httpx2``, so it installs next to
httpx without a clash; Starlette >= 1.0 builds its ``TestClient`` on it. The check runs in a separate
environment (under ``.venv-httpx2``, built once by ``scripts/httpx2_env.py`` and reused while its
requirements are unchanged; safe when several test runs share the working tree) so that the development environment keeps testing the SDK on httpx alone, as most users
run it. ``scripts/httpx2_check.py`` is the app and its assertions; it is run two ways:

* side by side: the app and its TestClient on httpx2, the SDK on httpx, in one process and one event loop;
* aliased: ``httpx2.alias_httpx()`` first, so ``import httpx`` is httpx2 and the SDK runs on httpx2 too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import httpx2_env  # noqa: E402


@pytest.fixture(scope="module")
def httpx2_python() -> Path:
    root = Path(os.environ.get("MYPREFERENCES_HTTPX2_VENV") or httpx2_env.DEFAULT_ROOT)
    try:
        return httpx2_env.ensure(root)
    except subprocess.CalledProcessError as exc:  # pragma: no cover - e.g. no package index reachable
        pytest.fail(f"could not build the httpx2 environment under {root}: {exc}")


def run_check(python: Path, *args: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MYPREFERENCES_", "PYTHON"))}
    proc = subprocess.run(
        [str(python), str(ROOT / "scripts" / "httpx2_check.py"), *args],
        capture_output=True, text=True, timeout=180, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, (
        f"exit {proc.returncode}\nstdout: {proc.stdout}\nstderr: {proc.stderr[-4000:]}"
    )
    report: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


def test_environment_has_both_libraries(httpx2_python: Path) -> None:
    out = subprocess.run(
        [str(httpx2_python), "-c",
         "import httpx, httpx2, httpcore, httpcore2, fastapi, starlette, mypreferences, sys; "
         "print(httpx.__version__, httpx2.__version__, fastapi.__version__, starlette.__version__, "
         "mypreferences.__file__)"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout.split()  # fmt: skip
    httpx_version, httpx2_version, _fastapi, starlette_version, sdk_file = out
    assert httpx_version.startswith("0.")
    assert int(httpx2_version.split(".")[0]) == 2
    assert int(starlette_version.split(".")[0]) >= 1  # the TestClient is built on httpx2
    assert Path(sdk_file).resolve().is_relative_to(ROOT / "src")  # this checkout, installed editable


def test_sdk_on_httpx_inside_a_fastapi_app_on_httpx2(httpx2_python: Path) -> None:
    report = run_check(httpx2_python)
    assert report["mode"] == "side-by-side"
    assert report["httpx"].startswith("httpx 0.")
    assert report["test_client_base"] == "httpx2.Client"
    assert report["status"] == 200
    assert report["answer"] == {
        "profile_id": report["created_profile_id"],
        "first_name": "Ada",
        "segments": ["newsletter", "vip"],
        "sdk_http_client": "httpx.AsyncClient",
    }
    assert report["missing_status"] == 404
    assert report["server_errors"] == []
    tour = report["tour"]
    assert tour["lookup"] == tour["exported"] == [report["created_profile_id"]]
    assert tour["after_503"] == 1 and tour["not_found"] == "NotFoundError"
    # the two libraries' classes are distinct: an httpx2 client is no httpx client
    assert (
        tour["httpx2_client_as_http_client"] == "InvalidRequestError"
    )  # refused up front with a hint, not a late TypeError


def test_sdk_runs_on_httpx2_when_aliased(httpx2_python: Path) -> None:
    report = run_check(httpx2_python, "--alias")
    assert report["mode"] == "alias"
    assert report["httpx"].startswith("httpx2 2.")  # `import httpx` gave httpx2
    assert report["status"] == 200
    assert report["answer"]["sdk_http_client"] == "httpx2.AsyncClient"
    assert report["answer"]["first_name"] == "Ada"
    assert report["missing_status"] == 404
    tour = report["tour"]
    assert tour["patched_emails"] == ["ada.work@example.com", "ada@example.com"]
    assert tour["lookup"] == tour["exported"] == [report["created_profile_id"]]
    assert tour["after_503"] == 1 and tour["not_found"] == "NotFoundError"
    assert tour["httpx2_client_as_http_client"] == "ok"
    assert report["server_errors"] == []
