"""AioHttpClient: the SDK over aiohttp against real loopback servers, with unchanged semantics.

The embedded MockServer (uvicorn in a thread) checks auth, retries, deadlines and typed errors end to end;
a raw asyncio server produces what no well-behaved server does (resets, a bad status line, a truncated body)
to check that every aiohttp failure reaches the SDK as the httpx exception httpx's own transport raises.
"""

from __future__ import annotations

import asyncio
import gzip
import importlib
import json
import socket
import struct
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx
import pytest

pytest.importorskip("httpx_aiohttp")

import mypreferences
from mypreferences import MyPreferences, errors
from mypreferences._aiohttp import AioHttpClient, AioHttpExtraMissingError
from mypreferences._resources import OPERATIONS
from mypreferences.auth import PnAuthInfo3
from mypreferences.testing import MockServer, free_port

from .test_path_safety import CLIENT as HOSTILE_CLIENT
from .test_path_safety import SAFE_STRINGS

USER, SECRET = "api.user", "aiohttp-secret"


@pytest.fixture(scope="module")
def loopback() -> Iterator[tuple[MockServer, str]]:
    server = MockServer("Acme", users={USER: SECRET})
    with server.serve_in_thread(port=0) as base_url:
        yield server, base_url


@pytest.fixture
def server(loopback: tuple[MockServer, str]) -> Iterator[tuple[MockServer, str]]:
    loopback[0].reset()
    yield loopback
    assert not loopback[0].errors, loopback[0].errors


def client(base_url: str, http: httpx.AsyncClient, secret: str = SECRET, **kwargs: Any) -> MyPreferences:
    return MyPreferences(
        "Acme", auth=PnAuthInfo3(USER, secret), base_url=base_url, http_client=http, **kwargs
    )


BODY = {"CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"}, "IsActive": True}


async def test_signed_calls_succeed_and_errors_are_typed(server: tuple[MockServer, str]) -> None:
    mock, base_url = server
    async with AioHttpClient() as http:
        mp = client(base_url, http)
        created = await mp.profiles.create(body=BODY)
        profile = await mp.profiles.retrieve(created.to_dict()["ProfileId"])
        assert profile.to_dict()["CustomerName"]["LastName"] == "Lovelace"
        outcomes = await mp.fan_out(mp.profiles.retrieve, [profile.profile_id] * 20, concurrency=8)
        assert all(o.ok for o in outcomes)
        with pytest.raises(errors.NotFoundError) as not_found:
            await mp.profiles.retrieve(987654)
        assert not_found.value.status_code == 404
        with pytest.raises(errors.AuthenticationError):  # the server verifies every PNAUTHINFO3 signature
            await client(base_url, http, secret="wrong").profiles.retrieve(profile.profile_id)
    reads = [r.status for r in mock.requests if r.operation_id == "GetProfileByProfileId"]
    assert reads == [200] * 21 + [404, 401]


async def test_a_429_is_retried_after_its_retry_after(server: tuple[MockServer, str]) -> None:
    mock, base_url = server
    async with AioHttpClient() as http:
        mp = client(base_url, http)
        created = await mp.profiles.create(body=BODY)
        mock.faults.add(status=429, retry_after=0.05, times=2, route="GetProfileByProfileId")
        assert (await mp.profiles.retrieve(created.profile_id)).profile_id == created.profile_id
        mock.faults.add(status=429, retry_after=0.05, times=None, route="GetProfileByProfileId")
        with pytest.raises(errors.RateLimitError):
            await mp.with_options(max_retries=1).profiles.retrieve(created.profile_id)
    statuses = [r.status for r in mock.requests if r.operation_id == "GetProfileByProfileId"]
    assert statuses == [429, 429, 200, 429, 429]


async def test_timeouts_and_deadlines_are_api_timeout_errors(server: tuple[MockServer, str]) -> None:
    mock, base_url = server
    async with AioHttpClient() as http:
        mp = client(base_url, http, max_retries=0)
        mock.faults.add(delay=2.0, times=None, route="GetProfileByProfileId")
        with pytest.raises(errors.APITimeoutError):
            await mp.profiles.retrieve(1, options={"timeout": 0.2})
        with pytest.raises(errors.APITimeoutError):
            await mp.profiles.retrieve(1, options={"deadline": 0.2})


async def test_a_refused_connection_is_a_connection_error_not_a_timeout() -> None:
    base_url = f"http://127.0.0.1:{free_port()}/Profiles/v4"
    async with AioHttpClient() as http:
        mp = client(base_url, http, max_retries=0)
        with pytest.raises(errors.APIConnectionError) as info:
            await mp.profiles.retrieve(1)
        assert type(info.value) is errors.APIConnectionError  # httpx-aiohttp alone says ConnectTimeout
        assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_a_write_dropped_after_it_was_applied_is_never_resent(server: tuple[MockServer, str]) -> None:
    mock, base_url = server
    mock.faults.add(drop=True, after_apply=True, route="CreateProfile")
    async with AioHttpClient() as http:
        with pytest.raises(errors.OutcomeUnknownError):  # httpx-aiohttp alone: ConnectTimeout, "not sent"
            await client(base_url, http, max_retries=3).profiles.create(body=BODY)
    sent = [r for r in mock.requests + mock.unanswered if r.operation_id == "CreateProfile"]
    assert len(sent) == 1


# -- what a broken server does, over a raw asyncio server -----------------------------------------

RAW_ANSWERS = {
    "reset": None,
    "close": b"",
    "badstatus": b"HTTP/1.1 abc OK\r\nContent-Length: 2\r\n\r\n{}",
    "badheader": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nBad Header\x01: x\r\n\r\n{}",
    "badchunk": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n",
    "truncated": b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{}",
}


@pytest.fixture
async def raw_server() -> AsyncIterator[tuple[str, list[bytes]]]:
    lines: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        line = await reader.readline()
        lines.append(line)
        length = 0
        while (header := await reader.readline()) not in (b"\r\n", b""):
            if header.lower().startswith(b"content-length:"):
                length = int(header.split(b":")[1])
        await reader.readexactly(length)
        mode = line.split(b" ")[1].split(b"?")[0].rsplit(b"/", 1)[-1].decode()
        answer = RAW_ANSWERS.get(
            mode,
            b"HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 16\r\n\r\n"
            + b'{"Message":"no"}',
        )
        if answer is None:  # RST instead of FIN
            writer.get_extra_info("socket").setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
            writer.transport.abort()
            return
        writer.write(answer)
        await writer.drain()
        writer.close()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    async with srv:
        yield f"http://127.0.0.1:{port}/Profiles/v4", lines


@pytest.mark.parametrize(
    ("mode", "httpx_error"),
    [
        ("reset", httpx.ReadError),
        ("close", httpx.RemoteProtocolError),
        ("badstatus", httpx.RemoteProtocolError),
        ("badheader", httpx.RemoteProtocolError),
        ("badchunk", httpx.RemoteProtocolError),
        ("truncated", httpx.RemoteProtocolError),
    ],
)
async def test_a_broken_answer_is_the_httpx_error_of_httpx_own_transport(
    raw_server: tuple[str, list[bytes]], mode: str, httpx_error: type[httpx.TransportError]
) -> None:
    base_url, lines = raw_server
    for http in (httpx.AsyncClient(), AioHttpClient()):  # the same exception with either transport
        async with http:
            with pytest.raises(httpx_error):
                async with http.stream("GET", f"{base_url}/{mode}") as response:
                    await response.aread()
    async with AioHttpClient() as http:
        mp = MyPreferences("Acme", auth=None, base_url=base_url, http_client=http, max_retries=2)
        lines.clear()
        with pytest.raises(errors.APIConnectionError) as info:
            await mp.call(OPERATIONS["GetProfileByProfileId"], None, profile_id=1, path_template=f"/{mode}")
        assert not isinstance(info.value, errors.APITimeoutError)
        assert len(lines) == 3  # a GET is idempotent: retried after each of these failures
        lines.clear()
        with pytest.raises(errors.OutcomeUnknownError):  # a POST that may have been applied is not re-sent
            await mp.call(OPERATIONS["CreateProfile"], None, body=BODY, path_template=f"/{mode}")
        assert len(lines) == 1


async def test_paths_reach_the_wire_exactly_as_httpx_builds_them(raw_server: tuple[str, list[bytes]]) -> None:
    base_url, lines = raw_server
    for http in (httpx.AsyncClient(), AioHttpClient()):
        async with http:
            mp = MyPreferences(HOSTILE_CLIENT, auth=None, base_url=base_url, http_client=http, max_retries=0)
            for value in SAFE_STRINGS:
                with pytest.raises(errors.NotFoundError):
                    await mp.programs.retrieve_in_group(value, "p" + value)
                with pytest.raises(errors.InvalidRequestError):
                    await mp.programs.retrieve_in_group("..", "x")
    assert len(lines) == 2 * len(SAFE_STRINGS)
    default, aiohttp = lines[: len(SAFE_STRINGS)], lines[len(SAFE_STRINGS) :]
    assert aiohttp == default  # aiohttp (yarl) neither re-encodes nor normalises anything


# -- construction ---------------------------------------------------------------------------------


async def test_defaults_are_the_sdk_defaults_and_arguments_pass_through() -> None:
    from mypreferences._base_client import DEFAULT_TIMEOUT

    async with AioHttpClient(headers={"X-Team": "batch"}) as http:
        assert http.timeout == DEFAULT_TIMEOUT and http.headers["X-Team"] == "batch"
    mounted = httpx.MockTransport(lambda request: httpx.Response(204))
    async with AioHttpClient(transport=mounted) as http:
        assert (await http.get("http://x.test/")).status_code == 204


def test_a_missing_extra_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # makes the import fail
    with pytest.raises(AioHttpExtraMissingError, match=r"pip install 'mypreferences\[aiohttp\]'") as info:
        AioHttpClient()
    assert isinstance(info.value, errors.MyPreferencesError) and isinstance(info.value, ImportError)


def test_on_trio_it_refuses_clearly() -> None:
    async def main() -> None:
        async with AioHttpClient() as http:
            mp = MyPreferences("Acme", auth=None, base_url="http://127.0.0.1:9/Profiles/v4", http_client=http)
            with pytest.raises(errors.InvalidRequestError, match="asyncio only"):
                await mp.profiles.retrieve(1)

    anyio.run(main, backend="trio")


def test_exported_lazily_from_the_package() -> None:
    exported = getattr(mypreferences, "AioHttpClient", None)
    if exported is None:  # until the lead adds it to mypreferences._LAZY
        pytest.skip("mypreferences.AioHttpClient is not exported yet")
    assert exported is importlib.import_module("mypreferences._aiohttp").AioHttpClient


# -- the one-go body read and the cookie jar keep httpx's behaviour ------------------------------------

ANSWER_PROFILE = json.dumps({"ProfileId": 7, "IsActive": True}).encode()


@pytest.fixture
async def answers() -> AsyncIterator[str]:
    """A keep-alive server answering by the last path segment: small, big, gzip, chunked or a cookie."""

    def answer(mode: str) -> bytes:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        if mode == "gzip":
            body = gzip.compress(ANSWER_PROFILE)
            return head + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(body) + body
        if mode == "chunked":
            return (
                head
                + b"Transfer-Encoding: chunked\r\n\r\n%x\r\n" % len(ANSWER_PROFILE)
                + ANSWER_PROFILE
                + b"\r\n0\r\n\r\n"
            )
        body = ANSWER_PROFILE + b" " * (2 * 1024 * 1024) if mode == "big" else ANSWER_PROFILE
        cookie = b"Set-Cookie: session=abc; Path=/\r\n" if mode == "cookie" else b""
        return head + cookie + b"Content-Length: %d\r\n\r\n" % len(body) + body

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while line := await reader.readline():
            while await reader.readline() not in (b"\r\n", b""):
                pass
            writer.write(answer(line.split(b" ")[1].split(b"?")[0].rsplit(b"/", 1)[-1].decode()))
            await writer.drain()
        writer.close()

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with srv:
        yield f"http://127.0.0.1:{srv.sockets[0].getsockname()[1]}/Profiles/v4"


@pytest.mark.parametrize("mode", ["small", "big", "gzip", "chunked"])
async def test_every_body_reads_as_over_httpx_own_transport(answers: str, mode: str) -> None:
    for http in (httpx.AsyncClient(), AioHttpClient()):
        async with http:
            response = await http.get(f"{answers}/{mode}")
            assert response.json()["ProfileId"] == 7 and response.elapsed.total_seconds() >= 0
            async with http.stream("GET", f"{answers}/{mode}") as streamed:
                raw = b"".join([chunk async for chunk in streamed.aiter_raw()])
            assert len(raw) == int(streamed.headers.get("content-length", len(raw)))
            mp = MyPreferences("Acme", auth=None, base_url=answers, http_client=http, max_retries=0)
            op = OPERATIONS["GetProfileByProfileId"]
            assert (await mp.call(op, None, profile_id=1, path_template=f"/{mode}")).profile_id == 7
            small = MyPreferences(
                "Acme", auth=None, base_url=answers, http_client=http, max_response_bytes=10
            )
            with pytest.raises(errors.ResponseTooLargeError):
                await small.call(op, None, profile_id=1, path_template=f"/{mode}")


async def test_cookies_set_by_an_answer_are_kept(answers: str) -> None:
    async with AioHttpClient() as http:
        await http.get(f"{answers}/small")
        assert not http.cookies
        await http.get(f"{answers}/cookie")
        assert http.cookies["session"] == "abc"


async def test_the_sdk_owned_client_keeps_cookies_and_parses_only_answers_that_set_one(
    answers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The default client's jar skips the cookie parse of answers without Set-Cookie, and keeps the rest."""
    import http.cookiejar

    parsed: list[int] = []
    real = http.cookiejar.CookieJar.extract_cookies
    monkeypatch.setattr(
        http.cookiejar.CookieJar, "extract_cookies", lambda jar, *a: parsed.append(1) or real(jar, *a)
    )
    op = OPERATIONS["GetProfileByProfileId"]
    async with MyPreferences("Acme", auth=None, base_url=answers, max_retries=0) as mp:
        assert (await mp.call(op, None, profile_id=1, path_template="/small")).profile_id == 7
        assert not mp.http_client.cookies and parsed == []
        await mp.call(op, None, profile_id=1, path_template="/cookie")
        assert mp.http_client.cookies["session"] == "abc" and parsed == [1]
        request = mp.http_client.build_request("GET", f"{answers}/small")
        assert request.headers["cookie"] == "session=abc"
