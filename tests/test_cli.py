"""The ``mypreferences`` command line, every command against the embedded server.

Most tests drive the Click app in-process (``CliRunner``) against the embedded server on loopback
(``serve_in_thread``); a few inject an in-process ``http_client`` (to fail one chosen request, or to see
where ``--sandbox`` sends requests), and a few run the real ``python -m mypreferences.cli`` process, on a
pipe and on a pseudo-terminal, to check the JSON/table choice and the progress bar.
"""

from __future__ import annotations

import asyncio
import csv
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result

from mypreferences.cli import main
from mypreferences.cli._app import Config, cli
from mypreferences.cli._export import CSV_COLUMNS
from mypreferences.testing import MockServer, serve_process

CLIENT_ID, USER, SECRET = "Demo", "demo", "demo-secret-for-cli-tests"
N_PROFILES = 7
#: Personal data of the test account; none of it may appear in an error message.
PERSONAL = ("ada.lovelace@example.com", "Lovelace", "5550001234", "A-1001")

_ALL_VARS = (
    "CLIENT_ID", "ENVIRONMENT", "BASE_URL", "MAX_RETRIES", "TIMEOUT", "DEADLINE", "USER_ID", "SECRET", "ALGORITHM",
    "OAUTH_CLIENT_ID", "OAUTH_CLIENT_SECRET", "OAUTH_TOKEN_URL", "OAUTH_SCOPE",
)  # fmt: skip


def settings(base_url: str | None = None, **extra: str | None) -> dict[str, str | None]:
    """MYPREFERENCES_* for the CLI (every other MYPREFERENCES_* variable of the outer environment unset)."""
    env: dict[str, str | None] = {f"MYPREFERENCES_{name}": None for name in _ALL_VARS}
    env.update(MYPREFERENCES_CLIENT_ID=CLIENT_ID, MYPREFERENCES_USER_ID=USER, MYPREFERENCES_SECRET=SECRET)
    env["MYPREFERENCES_MAX_RETRIES"] = "0"
    if base_url:
        env["MYPREFERENCES_BASE_URL"] = base_url
    env.update({f"MYPREFERENCES_{k.upper()}": v for k, v in extra.items()})
    return env


def profile_body(i: int) -> dict[str, Any]:
    if i == 1:  # the one with the personal data the error tests look for
        return {
            "CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"},
            "AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "A-1001"}],
            "Emails": [{"EmailAddress": "ada.lovelace@example.com", "EmailAddressType": "Personal"}],
            "PhoneNumbers": [{"PhoneNumber": "5550001234", "PhoneType": "Mobile"}],
        }
    return {
        "CustomerName": {"FirstName": f"First{i}", "LastName": "Example"},
        "AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": f"C-{i:04d}"}],
        "Emails": [{"EmailAddress": f"person{i}@example.org", "EmailAddressType": "Personal"}],
    }


def populate(server: MockServer, n: int = N_PROFILES) -> list[int]:
    """Create ``n`` profiles through the SDK (in-process); return their ids."""

    async def go() -> list[int]:
        mp = server.client()
        ids = []
        for i in range(1, n + 1):
            created = await mp.profiles.create(body=profile_body(i))
            ids.append(created.to_dict()["ProfileId"])
        await server.aclose()
        return ids

    return asyncio.run(go())


@pytest.fixture(scope="module")
def loopback() -> Iterator[tuple[MockServer, str]]:
    server = MockServer(CLIENT_ID, users={USER: SECRET})
    with server.serve_in_thread(port=0) as base_url:
        yield server, base_url


@pytest.fixture
def account(loopback: tuple[MockServer, str]) -> Iterator[tuple[MockServer, str, list[int]]]:
    """A fresh account on the loopback server with N_PROFILES profiles."""
    server, base_url = loopback
    server.reset()
    ids = populate(server)
    yield server, base_url, ids
    assert not server.errors, server.errors


def invoke(args: list[str], env: Mapping[str, str | None], obj: Config | None = None) -> Result:
    return CliRunner().invoke(cli, args, env=dict(env), obj=obj, prog_name="mypreferences")


def assert_clean(text: str, *extra: str) -> None:
    """No personal data and no secret in ``text``."""
    for value in (*PERSONAL, SECRET, *extra):
        assert value not in text, f"{value!r} leaked into: {text}"
    assert "Traceback" not in text


def ops(server: MockServer) -> list[str | None]:
    return [r.operation_id for r in server.requests]


# -- general ---------------------------------------------------------------------------------------------


def test_help_lists_every_command() -> None:
    result = invoke(["--help"], settings())
    assert result.exit_code == 0
    for command in ("profiles", "lookup", "export", "patch", "serve-mock"):
        assert command in result.stdout
    for group, subs in (
        ("profiles", ["get"]),
        ("lookup", ["email", "phone", "name"]),
        ("export", ["segment"]),
    ):
        sub = invoke([group, "--help"], settings())
        assert sub.exit_code == 0 and all(s in sub.stdout for s in subs)


def test_main_returns_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "mypreferences" in capsys.readouterr().out
    assert main(["no-such-command"]) == 2
    assert "No such command" in capsys.readouterr().err


def test_configuration_errors_are_usage_errors() -> None:
    missing_id = invoke(["profiles", "get", "1"], {**settings(), "MYPREFERENCES_CLIENT_ID": None})
    assert missing_id.exit_code == 2
    assert "MYPREFERENCES_CLIENT_ID is not set" in missing_id.stderr
    no_credentials = invoke(["profiles", "get", "1"], {**settings(), "MYPREFERENCES_SECRET": None})
    assert no_credentials.exit_code == 2
    assert "MYPREFERENCES_USER_ID" in no_credentials.stderr
    bad_number = invoke(["profiles", "get", "1"], settings(timeout="soon"))
    assert bad_number.exit_code == 2


def test_wrong_secret_is_an_api_error_without_the_secret(account: tuple[MockServer, str, list[int]]) -> None:
    _, base_url, ids = account
    wrong = "wrong-secret-value-42"
    result = invoke(["profiles", "get", str(ids[0])], settings(base_url, secret=wrong))
    assert result.exit_code == 1
    assert "AuthenticationError" in result.stderr
    assert result.stdout == ""
    assert_clean(result.stderr, wrong)


def test_base_url_and_sandbox_options() -> None:
    server = MockServer(CLIENT_ID, users={USER: SECRET})
    populate(server, 1)
    hosts: list[str] = []

    class Recording(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            hosts.append(request.url.host)
            return await server.transport().handle_async_request(request)

    def run(*args: str, **env: str | None) -> Result:
        obj = Config(client_overrides={"http_client": httpx.AsyncClient(transport=Recording())})
        return invoke([*args, "profiles", "get", "1001"], settings(**env), obj)

    assert run("--sandbox").exit_code == 0
    assert run("--sandbox", base_url="http://env.test/Profiles/v4").exit_code == 0
    assert run(environment="sandbox").exit_code == 0
    assert run().exit_code == 0
    assert (
        run(
            "--base-url", "http://override.test/Profiles/v4", base_url="http://env.test/Profiles/v4"
        ).exit_code
        == 0
    )
    assert run(base_url="http://env.test/Profiles/v4").exit_code == 0
    assert hosts == [
        "pmstg.mypreferences.com", "pmstg.mypreferences.com", "pmstg.mypreferences.com", "pm.mypreferences.com",
        "override.test", "env.test",
    ]  # fmt: skip


# -- profiles get ----------------------------------------------------------------------------------------


def test_profiles_get_by_id_prints_json(account: tuple[MockServer, str, list[int]]) -> None:
    _, base_url, ids = account
    result = invoke(["profiles", "get", str(ids[1])], settings(base_url))
    assert result.exit_code == 0, result.output
    profile = json.loads(result.stdout)
    assert profile["ProfileId"] == ids[1]
    assert profile["CustomerName"] == {"FirstName": "First2", "LastName": "Example"}
    assert result.stderr == ""


def test_profiles_get_by_alternate_id(account: tuple[MockServer, str, list[int]]) -> None:
    _, base_url, ids = account
    result = invoke(["profiles", "get", "--alternate-id", "CRM", "C-0003"], settings(base_url))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ProfileId"] == ids[2]


def test_profiles_get_table(account: tuple[MockServer, str, list[int]]) -> None:
    _, base_url, ids = account
    for args in (["--table", "profiles", "get", str(ids[0])], ["profiles", "get", str(ids[0]), "--table"]):
        result = invoke(args, settings(base_url))
        assert result.exit_code == 0, result.output
        assert "CustomerName.FirstName" in result.stdout and "Ada" in result.stdout
        assert "Emails[0].EmailAddress" in result.stdout
        with pytest.raises(json.JSONDecodeError):
            json.loads(result.stdout)


def test_profiles_get_usage_errors() -> None:
    env = settings("http://127.0.0.1:9/Profiles/v4")  # nothing listens: usage errors send nothing
    assert invoke(["profiles", "get"], env).exit_code == 2
    both = invoke(["profiles", "get", "5", "--alternate-id", "CRM", "X"], env)
    assert both.exit_code == 2 and "exactly one" in both.stderr
    assert invoke(["profiles", "get", "not-a-number"], env).exit_code == 2
    assert invoke(["profiles", "get", "--alternate-id", "CRM"], env).exit_code == 2
    refused = invoke(["profiles", "get", str(2**40)], env)  # past int32: refused by the SDK before sending
    assert refused.exit_code == 2 and "InvalidRequestError" in refused.stderr


def test_profiles_get_not_found_is_exit_1_without_personal_data(
    account: tuple[MockServer, str, list[int]],
) -> None:
    server, base_url, _ = account
    missing = invoke(["profiles", "get", "999999"], settings(base_url))
    assert missing.exit_code == 1 and "NotFoundError" in missing.stderr and missing.stdout == ""
    server.faults.add(
        status=404, route="GetProfileByAlternateId",
        message="No profile holds A-1001 (type CRM) for ada.lovelace@example.com",
    )  # fmt: skip
    echoed = invoke(["profiles", "get", "--alternate-id", "CRM", "A-1001"], settings(base_url))
    assert echoed.exit_code == 1
    assert "NotFoundError" in echoed.stderr and "/{clientId}/Profile/AlternateId" in echoed.stderr
    assert_clean(echoed.stderr)


# -- lookup ----------------------------------------------------------------------------------------------


def test_lookup_email_phone_name(account: tuple[MockServer, str, list[int]]) -> None:
    _, base_url, ids = account
    env = settings(base_url)
    for args in (
        ["lookup", "email", "ada.lovelace@example.com"],
        ["lookup", "phone", "5550001234"],
        ["lookup", "name", "Lovelace"],
        ["lookup", "name", "Lovelace", "--first", "Ada"],
    ):
        result = invoke(args, env)
        assert result.exit_code == 0, (args, result.output)
        assert [p["ProfileId"] for p in json.loads(result.stdout)] == [ids[0]], args
    several = invoke(["lookup", "name", "Example"], env)
    assert sorted(p["ProfileId"] for p in json.loads(several.stdout)) == ids[1:]
    nobody = invoke(["lookup", "email", "nobody@example.net"], env)
    assert nobody.exit_code == 0 and json.loads(nobody.stdout) == []
    assert json.loads(invoke(["lookup", "name", "Lovelace", "--first", "Bob"], env).stdout) == []


def test_lookup_table(account: tuple[MockServer, str, list[int]]) -> None:
    _, base_url, ids = account
    result = invoke(["lookup", "name", "Example", "--table"], settings(base_url))
    assert result.exit_code == 0
    assert "ProfileId" in result.stdout and "Alternate ids" in result.stdout
    assert f"{N_PROFILES - 1} profile(s)" in result.stdout
    assert str(ids[-1]) in result.stdout and "CRM:C-0007" in result.stdout


def test_lookup_errors_carry_no_personal_data(account: tuple[MockServer, str, list[int]]) -> None:
    server, base_url, _ = account
    env = settings(base_url)
    server.faults.add(
        status=403, route="GetProfilesByEmail", message="More than 50 profiles hold ada.lovelace@example.com"
    )
    too_many = invoke(["lookup", "email", "ada.lovelace@example.com"], env)
    assert too_many.exit_code == 1 and "TooManyMatchesError" in too_many.stderr
    server.faults.add(status=500, route="GetProfilesByPhone", message="phone 5550001234 failed")
    broken = invoke(["lookup", "phone", "5550001234"], env)
    assert broken.exit_code == 1 and "ServerError" in broken.stderr
    server.faults.add(status=400, route="GetProfilesByName", message="bad name Lovelace")
    bad = invoke(["lookup", "name", "Lovelace"], env)
    assert bad.exit_code == 1 and "BadRequestError" in bad.stderr
    for result in (too_many, broken, bad):
        assert result.stdout == ""
        assert_clean(result.stderr)


# -- export ----------------------------------------------------------------------------------------------


def exported_ids_jsonl(path: Path) -> list[int]:
    return [json.loads(line)["ProfileId"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_jsonl_with_progress(account: tuple[MockServer, str, list[int]], tmp_path: Path) -> None:
    server, base_url, ids = account
    out = tmp_path / "all.jsonl"
    args = [
        "export",
        "segment",
        "All",
        "--out",
        str(out),
        "--page-size",
        "3",
        "--poll-interval",
        "0.01",
        "--progress",
    ]
    result = invoke(args, settings(base_url))
    assert result.exit_code == 0, result.output
    assert exported_ids_jsonl(out) == ids
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["Emails"][0]["EmailAddress"] == "ada.lovelace@example.com"
    summary = json.loads(result.stdout)
    assert summary["written"] == N_PROFILES and summary["committed"] is True and summary["format"] == "jsonl"
    assert f"{N_PROFILES}/{N_PROFILES}" in result.stderr and "profiles/s" in result.stderr  # the progress bar
    assert f"access token {summary['token']}" in result.stderr
    calls = ops(server)
    assert calls.count("GetSegmentExportData") == 3  # pages of 3, 3 and 1
    assert calls.count("CommitSegmentExport") == 1 and calls[-1] == "CommitSegmentExport"


def test_export_csv(account: tuple[MockServer, str, list[int]], tmp_path: Path) -> None:
    _, base_url, ids = account
    out = tmp_path / "all.csv"
    result = invoke(
        ["export", "segment", "All", "-o", str(out), "--poll-interval", "0.01", "--no-progress"],
        settings(base_url),
    )
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        rows = list(reader)
    assert [int(r["ProfileId"]) for r in rows] == ids
    assert rows[0]["IsActive"] == "true"
    assert json.loads(rows[0]["CustomerName"]) == {"FirstName": "Ada", "LastName": "Lovelace"}
    assert json.loads(rows[0]["PhoneNumbers"])[0]["PhoneNumber"] == "5550001234"
    assert rows[1]["PhoneNumbers"] == "" and rows[0]["Other"] == ""
    assert "profiles/s" not in result.stderr  # --no-progress
    assert json.loads(result.stdout)["format"] == "csv"


def test_export_to_stdout_and_explicit_format(
    account: tuple[MockServer, str, list[int]], tmp_path: Path
) -> None:
    _, base_url, ids = account
    env = settings(base_url)
    result = invoke(["export", "segment", "All", "--out", "-", "--poll-interval", "0.01"], env)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["ProfileId"] for line in result.stdout.splitlines()] == ids
    out = tmp_path / "profiles.txt"
    forced = invoke(
        ["export", "segment", "All", "--out", str(out), "--format", "csv", "--poll-interval", "0.01"], env
    )
    assert forced.exit_code == 0 and out.read_text(encoding="utf-8").startswith("ProfileId,")


def test_export_usage_errors(tmp_path: Path) -> None:
    env = settings("http://127.0.0.1:9/Profiles/v4")
    assert invoke(["export", "segment", "All"], env).exit_code == 2  # --out is required
    unknown = invoke(["export", "segment", "All", "--out", str(tmp_path / "x.xlsx")], env)
    assert unknown.exit_code == 2 and "--format" in unknown.stderr
    naive = invoke(
        ["export", "segment", "All", "--out", str(tmp_path / "x.jsonl"), "--since", "2024-05-01T00:00:00"],
        env,
    )
    assert naive.exit_code == 2 and "time zone" in naive.stderr
    assert (
        invoke(
            ["export", "segment", "All", "--out", str(tmp_path / "x.jsonl"), "--start-offset", "0"], env
        ).exit_code
        == 2
    )
    (tmp_path / "two.jsonl").write_text('{"ProfileId": 1}\n{"ProfileId": 2}\n', encoding="utf-8")
    mismatch = invoke(
        ["export", "segment", "All", "--out", str(tmp_path / "two.jsonl"), "--start-offset", "5"], env
    )
    assert mismatch.exit_code == 2 and "--start-offset 3" in mismatch.stderr


def test_export_since_and_start_error(account: tuple[MockServer, str, list[int]], tmp_path: Path) -> None:
    server, base_url, _ = account
    env = settings(base_url)
    future = invoke(
        ["export", "segment", "All", "--out", str(tmp_path / "new.jsonl"), "--since", "2999-01-01T00:00:00Z",
         "--poll-interval", "0.01"], env,
    )  # fmt: skip
    assert future.exit_code == 0, future.output
    assert json.loads(future.stdout)["written"] == 0
    server.faults.add(status=400, route="InitiateSegmentExport", message="segment 'All' refused")
    refused = invoke(["export", "segment", "All", "--out", str(tmp_path / "x.jsonl")], env)
    assert refused.exit_code == 1 and "BadRequestError" in refused.stderr
    assert_clean(refused.stderr)


class FailOnce(httpx.AsyncBaseTransport):
    """Answer one export page request (at ``offset``) with a 500 echoing personal data; pass the rest."""

    def __init__(self, server: MockServer, offset: int) -> None:
        self.inner = server.transport()
        self.offset = str(offset)
        self.failed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        is_page = (
            "/Export/" in request.url.path and request.method == "GET" and "Status" not in request.url.path
        )
        if is_page and request.url.params.get("offset") == self.offset and not self.failed:
            self.failed = True
            return httpx.Response(
                500, json={"Message": "page failed near ada.lovelace@example.com"}, request=request
            )
        return await self.inner.handle_async_request(request)


def test_export_resumes_after_a_failure_and_commits_once(tmp_path: Path) -> None:
    server = MockServer(CLIENT_ID, users={USER: SECRET})
    ids = populate(server)
    transport = FailOnce(server, offset=3)

    def obj() -> Config:  # in-process, through a transport that fails the page at offset 3 once
        return Config(client_overrides={"http_client": httpx.AsyncClient(transport=transport)})

    env = settings("http://mp.local/Profiles/v4")
    out = tmp_path / "resumed.jsonl"
    base = ["export", "segment", "All", "--out", str(out), "--page-size", "2", "--poll-interval", "0.01"]
    first = invoke(base, env, obj())
    assert first.exit_code == 1
    assert "ServerError" in first.stderr and "not committed" in first.stderr
    assert "CommitSegmentExport" not in ops(server)
    assert exported_ids_jsonl(out) == ids[:2]  # the first page is on disk
    hint = first.stderr.split("Resume with:\n", 1)[1].strip()
    assert "--start-offset 3" in hint
    assert_clean(first.stderr)
    resume_args = hint.split()[1:]  # drop the program name
    assert resume_args[:4] == ["export", "segment", "All", "--out"]
    second = invoke([*resume_args, "--poll-interval", "0.01", "--page-size", "2"], env, obj())
    assert second.exit_code == 0, second.output
    assert exported_ids_jsonl(out) == ids  # appended, no duplicates, nothing missing
    assert json.loads(second.stdout)["written"] == N_PROFILES - 2
    assert ops(server).count("InitiateSegmentExport") == 1  # the same export was resumed
    assert ops(server).count("CommitSegmentExport") == 1
    server.close_clients()


def test_export_resume_csv_keeps_one_header(
    account: tuple[MockServer, str, list[int]], tmp_path: Path
) -> None:
    _, base_url, ids = account
    env = settings(base_url)
    out = tmp_path / "part.csv"
    start = invoke(["export", "segment", "All", "--out", str(out), "--poll-interval", "0.01"], env)
    token = json.loads(start.stdout)["token"]
    rows = out.read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join(rows[:3]) + "\n", encoding="utf-8")  # keep the header and 2 records
    # A committed export can no longer be read: resume a new export from offset 3 instead.
    again = invoke(
        ["export", "segment", "All", "--out", str(out), "--start-offset", "3", "--poll-interval", "0.01"], env
    )
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["token"] != token
    with out.open(encoding="utf-8", newline="") as f:
        assert [int(r["ProfileId"]) for r in csv.DictReader(f)] == ids


# -- patch -----------------------------------------------------------------------------------------------


def test_patch_dry_run_prints_the_patch_and_sends_nothing() -> None:
    env = {f"MYPREFERENCES_{name}": None for name in _ALL_VARS}  # no configuration needed
    result = invoke(
        ["patch", "1001", "--remove", "/Emails/0", "--replace", "/CustomerName/FirstName=Ann",
         "--replace", "/RegistrationConfirmed=true", "--replace", '/CustomerName/MiddleName="42"',
         "--add", '/ProfileTags/-={"Name": "vip"}', "--dry-run"], env,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [
        {"op": "replace", "path": "/CustomerName/FirstName", "value": "Ann"},
        {"op": "replace", "path": "/RegistrationConfirmed", "value": True},
        {"op": "replace", "path": "/CustomerName/MiddleName", "value": "42"},
        {"op": "add", "path": "/ProfileTags/-", "value": {"Name": "vip"}},
        {"op": "remove", "path": "/Emails/0"},
    ]


def test_patch_applies(account: tuple[MockServer, str, list[int]]) -> None:
    server, base_url, ids = account
    env = settings(base_url)
    result = invoke(
        [
            "patch",
            str(ids[1]),
            "--replace",
            "/CustomerName/FirstName=Grace",
            "--replace",
            "/RegistrationConfirmed=true",
        ],
        env,
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["CustomerName"]["FirstName"] == "Grace"
    after = json.loads(invoke(["profiles", "get", str(ids[1])], env).stdout)
    assert after["CustomerName"]["FirstName"] == "Grace" and after["RegistrationConfirmed"] is True
    removed = invoke(["patch", str(ids[0]), "--remove", "/PhoneNumbers/0", "--table"], env)
    assert removed.exit_code == 0 and "Patched" in removed.stdout
    assert not json.loads(invoke(["profiles", "get", str(ids[0])], env).stdout).get("PhoneNumbers")
    assert ops(server).count("PatchProfileByProfileId") == 2


def test_patch_errors(account: tuple[MockServer, str, list[int]]) -> None:
    server, base_url, ids = account
    env = settings(base_url)
    sent_before = len(server.requests)
    assert invoke(["patch", str(ids[0])], env).exit_code == 2  # nothing to do
    assert invoke(["patch", str(ids[0]), "--replace", "no-equals-sign"], env).exit_code == 2
    typo = invoke(["patch", str(ids[0]), "--replace", "/CustomerNam/FirstName=Ann"], env)
    assert typo.exit_code == 2 and "CustomerName" in typo.stderr  # the schema check suggests the right name
    wrong_type = invoke(["patch", str(ids[0]), "--replace", "/CustomerName/FirstName=42"], env)
    assert wrong_type.exit_code == 2
    assert len(server.requests) == sent_before  # refused before sending
    missing = invoke(["patch", "999999", "--replace", "/CustomerName/FirstName=Ann"], env)
    assert missing.exit_code == 1 and "NotFoundError" in missing.stderr
    server.faults.add(
        status=400, route="PatchProfileByProfileId", message="cannot set Lovelace / ada.lovelace@example.com"
    )
    refused = invoke(["patch", str(ids[0]), "--replace", "/CustomerName/LastName=Lovelace"], env)
    assert refused.exit_code == 1 and "BadRequestError" in refused.stderr
    assert_clean(refused.stderr)


# -- serve-mock ------------------------------------------------------------------------------------------


def test_serve_mock_serves_the_embedded_server(tmp_path: Path) -> None:
    secret = "serve-mock-secret"
    env = {**os.environ, "MYPREFERENCES_MOCK_SECRET": secret}

    def argv(port: int) -> list[str]:
        return [sys.executable, "-m", "mypreferences.cli", "serve-mock", "--port", str(port), "--user", USER,
                "--profiles", "5"]  # fmt: skip

    with serve_process(argv, env=env, timeout=60) as port:
        cli_env = settings(f"http://127.0.0.1:{port}/Profiles/v4", secret=secret)
        found = invoke(["lookup", "email", "demo-3@example.com"], cli_env)
        assert found.exit_code == 0, found.output
        assert [p["AlternateIds"][0]["AlternateId"] for p in json.loads(found.stdout)] == ["DEMO-3"]
        out = tmp_path / "demo.jsonl"
        exported = invoke(
            ["export", "segment", "Demo", "--out", str(out), "--poll-interval", "0.01"], cli_env
        )
        assert exported.exit_code == 0 and len(exported_ids_jsonl(out)) == 5
        unsigned = invoke(
            ["profiles", "get", "1001"], settings(f"http://127.0.0.1:{port}/Profiles/v4", secret="x")
        )
        assert unsigned.exit_code == 1 and "AuthenticationError" in unsigned.stderr


def test_serve_mock_usage_error() -> None:
    result = invoke(["serve-mock", "--user", "demo"], {"MYPREFERENCES_MOCK_SECRET": None})
    assert result.exit_code == 2 and "--secret" in result.stderr
    assert invoke(["serve-mock", "--port", "70000"], {}).exit_code == 2


# -- the real process: JSON on a pipe, a table and a progress bar on a terminal ---------------------------


def run_with_pty(args: list[str], env: Mapping[str, str], *, pty_for: str) -> tuple[int, str, str]:
    """Run the CLI with ``pty_for`` ("stdout" or "stderr") on a pseudo-terminal; return (rc, pty text, pipe text)."""
    master, slave = pty.openpty()
    streams: dict[str, Any] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, pty_for: slave}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mypreferences.cli", *args], env={**env, "COLUMNS": "120", "TERM": "xterm"},
        stdin=subprocess.DEVNULL, **streams,
    )  # fmt: skip
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(master)
    piped = (proc.stderr if pty_for == "stdout" else proc.stdout).read().decode()  # type: ignore[union-attr]
    rc = proc.wait(timeout=30)
    return rc, b"".join(chunks).decode("utf-8", "replace"), piped


def process_env(base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYPREFERENCES_")}
    env.update({k: v for k, v in settings(base_url).items() if v is not None})
    return env


def test_real_process_json_on_a_pipe_table_on_a_terminal(account: tuple[MockServer, str, list[int]]) -> None:
    _, base_url, ids = account
    env = process_env(base_url)
    piped = subprocess.run(
        [sys.executable, "-m", "mypreferences.cli", "profiles", "get", str(ids[0])],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)["ProfileId"] == ids[0]
    rc, screen, _ = run_with_pty(["profiles", "get", str(ids[0])], env, pty_for="stdout")
    assert rc == 0
    assert "Field" in screen and "CustomerName.FirstName" in screen and "┃" in screen
    rc, screen, _ = run_with_pty(["profiles", "get", "999999"], env, pty_for="stdout")
    assert rc == 1 and screen == ""


def test_real_process_progress_bar_on_a_terminal(
    account: tuple[MockServer, str, list[int]], tmp_path: Path
) -> None:
    _, base_url, ids = account
    out = tmp_path / "tty.jsonl"
    args = ["export", "segment", "All", "--out", str(out), "--poll-interval", "0.01", "--page-size", "2"]
    rc, terminal, stdout = run_with_pty(args, process_env(base_url), pty_for="stderr")
    assert rc == 0, terminal
    assert f"{N_PROFILES}/{N_PROFILES}" in terminal and "profiles/s" in terminal and "━" in terminal
    assert json.loads(stdout)["written"] == N_PROFILES
    assert exported_ids_jsonl(out) == ids


def test_ctrl_c_during_an_export_commits_nothing_and_says_where_to_resume(
    account: tuple[MockServer, str, list[int]], tmp_path: Path
) -> None:
    server, base_url, _ = account
    server.faults.add(delay=0.5, route="GetSegmentExportData", times=None)  # slow pages
    out = tmp_path / "interrupted.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "mypreferences.cli", "export", "segment", "All", "--out", str(out),
         "--page-size", "1", "--poll-interval", "0.01"],
        env=process_env(base_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    first = proc.stderr.readline()  # "export 'All': access token N"
    assert "access token" in first, first
    time.sleep(0.8)  # a page or two
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    assert proc.wait(timeout=30) == 130
    assert "nothing was committed" in rest and "--start-offset" in rest, rest
    offset = int(rest.split("--start-offset ")[1].split()[0])
    assert len(out.read_text(encoding="utf-8").splitlines()) == offset - 1
    assert "CommitSegmentExport" not in ops(server)
    server.faults.clear()
