"""The pytest plugin works for its users: pytest-asyncio strict and auto mode, anyio marks under asyncio and trio.

Each mode runs pytest in a subprocess on a small user test file, with its own ini file (so this project's
pytest configuration does not leak in). The anyio runs disable pytest-asyncio: the fixtures need no async
plugin of their own.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SDK_READY = importlib.util.find_spec("mypreferences._base_client") is not None

CONFTEST = """
import pytest

pytest_plugins = ["mypreferences.testing.pytest_plugin"]


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request):
    return request.param
"""

USER_TESTS = """
import httpx
import pytest

from mypreferences.auth import PnAuthInfo3
from mypreferences.testing import MockServer
from mypreferences.testing.pytest_plugin import MOCK_CLIENT_ID, MOCK_SECRET, MOCK_USER

{mark}


def signed():
    return PnAuthInfo3(MOCK_USER, MOCK_SECRET)


async def test_in_process_server(mp_server: MockServer) -> None:
    async with mp_server.http_client(auth=signed()) as http:
        created = await http.post("/Demo/Profile", json={{"CustomerName": {{"LastName": "Plugin"}}}})
        assert created.status_code == 201, created.text
        pid = created.json()["ProfileId"]
        assert (await http.get(f"/Demo/Profile/{{pid}}")).json()["CustomerName"]["LastName"] == "Plugin"
    assert [r.operation_id for r in mp_server.requests] == ["CreateProfile", "GetProfileByProfileId"]


async def test_client_timeout_is_not_a_server_error(mp_server: MockServer) -> None:
    mp_server.faults.add(delay=30, route="GetPrograms")
    async with mp_server.http_client(auth=signed(), timeout=0.2) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get("/Demo/Programs")
    assert [r.operation_id for r in mp_server.unanswered] == ["GetPrograms"]


async def test_loopback_server(mp_loopback_server: str, mp_server: MockServer) -> None:
    assert mp_loopback_server.startswith("http://127.0.0.1:") and mp_loopback_server.endswith("/Profiles/v4")
    async with httpx.AsyncClient(base_url=mp_loopback_server, auth=signed(), timeout=0.3) as http:
        assert (await http.get("/Demo/Programs")).status_code == 200
        mp_server.faults.add(delay=30, route="GetPrograms")
        with pytest.raises(httpx.ReadTimeout):
            await http.get("/Demo/Programs")


{sdk_tests}
"""

SDK_TESTS = """
from mypreferences.errors import APITimeoutError
from mypreferences.generated.models import UserProfile


async def test_mp_client(mp_client, mp_server: MockServer) -> None:
    created = await mp_client.profiles.create(body=UserProfile.from_dict({"CustomerName": {"LastName": "Sdk"}}))
    got = await mp_client.profiles.retrieve(created.profile_id)
    assert got.customer_name.last_name == "Sdk"
    assert mp_server.store.get(created.profile_id)["CustomerName"]["LastName"] == "Sdk"


async def test_mp_client_timeout(mp_server: MockServer) -> None:
    mp_server.faults.add(delay=30, route="GetPrograms")
    mp = mp_server.client(timeout=0.2, max_retries=0)
    with pytest.raises(APITimeoutError):
        await mp.programs.list()
"""

LOOP_SCOPE = ["-o", "asyncio_default_fixture_loop_scope=function"]
MODES = {
    # name: (pytest options, module-level mark, expected number of passing tests per test function)
    "asyncio-strict": (["-o", "asyncio_mode=strict", *LOOP_SCOPE], "pytestmark = pytest.mark.asyncio", 1),
    "asyncio-auto": (["-o", "asyncio_mode=auto", *LOOP_SCOPE], "", 1),
    "anyio-asyncio-and-trio": (["-p", "no:asyncio"], "pytestmark = pytest.mark.anyio", 2),
}


def _run_user_suite(tmp_path: Path, options: list[str], mark: str) -> tuple[int, str]:
    sdk = SDK_TESTS if SDK_READY else ""
    (tmp_path / "conftest.py").write_text(textwrap.dedent(CONFTEST), "utf-8")
    (tmp_path / "test_user.py").write_text(USER_TESTS.format(mark=mark, sdk_tests=sdk), "utf-8")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nfilterwarnings =\n    error::pytest.PytestUnraisableExceptionWarning\n", "utf-8"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(tmp_path / "pytest.ini"),
         "--rootdir", str(tmp_path), *options, str(tmp_path / "test_user.py")],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    return proc.returncode, proc.stdout + proc.stderr


@pytest.mark.parametrize("mode", sorted(MODES))
def test_plugin_fixtures_work_in_every_async_mode(mode: str, tmp_path: Path) -> None:
    options, mark, per_test = MODES[mode]
    code, out = _run_user_suite(tmp_path, options, mark)
    functions = 3 + (2 if SDK_READY else 0)
    assert code == 0, out
    summary = _summary(out)
    assert re.fullmatch(rf"{functions * per_test} passed in [0-9.]+s", summary), out


def _summary(out: str) -> str:
    return next(line for line in reversed(out.splitlines()) if re.search(r"\d+ (passed|failed)", line)).strip(
        "= "
    )


def test_the_harness_notices_when_async_tests_do_not_run(tmp_path: Path) -> None:
    """Without the strict-mode mark the async tests are not run: the mode check above would fail."""
    code, out = _run_user_suite(tmp_path, ["-o", "asyncio_mode=strict", *LOOP_SCOPE], "")
    assert code != 0 and "passed" not in _summary(out), out
