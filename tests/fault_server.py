"""A raw-socket HTTP/1.1 loopback server that serves the profile routes and injects faults.

The server runs an asyncio loop in a child process (so neither its tasks, its CPU nor its allocations
mix with the test's), listens on a free 127.0.0.1 port, and answers three routes of the v4 API:

* ``POST /{clientId}/Profile``: stores the profile (keeping its alternate id), answers 201 + the profile;
* ``GET /{clientId}/Profile/AlternateId?alternateIdType=&alternateId=``: the profile holding it, or 404;
* ``GET /{clientId}/Profile/{profileId}``: the profile, or 404.

Faults are chosen per request from a seeded generator keyed by the request's identity (its route and
its alternate id or profile id) and by how many times that identity was seen, so a run injects the same
faults whatever the interleaving of the concurrent requests. Each fault kind says whether a create is
stored before the fault is played (``FAULTS[kind].commit``): "503 after commit" and "reset after commit"
leave a stored profile behind a failure the client cannot read.

The test drives it through a pipe: forced faults for directed tests, and a snapshot of its records
(stored profiles, every request served with its fault, open connections) for the assertions.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import json
import os
import random
import socket
import struct
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

__all__ = ["FAULTS", "STORM_WEIGHTS", "Fault", "FaultServer", "Served", "State"]


@dataclass(frozen=True)
class Fault:
    """One kind of misbehaviour: ``commit`` tells whether a create is stored before it is played."""

    name: str
    commit: bool
    description: str


FAULTS: dict[str, Fault] = {
    f.name: f
    for f in (
        Fault("rate_limited", False, "429 with Retry-After: 0"),
        Fault("bad_gateway", False, "502 with an HTML body"),
        Fault("unavailable_after_commit", True, "503 (body: 100,000 '[') after storing the create"),
        Fault("reset_before_response", False, "connection reset (RST) before any response byte"),
        Fault("reset_after_commit", True, "connection reset (RST) after storing the create"),
        Fault("reset_during_body", True, "headers and half the body, then RST"),
        Fault("truncated_body", True, "Content-Length N, N/2 bytes sent, then FIN"),
        Fault("short_content_length", True, "Content-Length 12 bytes short: the tail poisons the connection"),
        Fault("malformed_json", True, "2xx with a JSON body cut in the middle"),
        Fault("wrong_shape", True, "2xx with a JSON list where an object is declared"),
        Fault("html_200", True, "2xx with an HTML page"),
        Fault("bad_utf8", True, "2xx with JSON holding invalid UTF-8 bytes"),
        Fault("deep_nesting", True, "2xx with 100,000 '['"),
        Fault("slow_headers", True, "headers trickled a byte every 50 ms, far past the client timeout"),
        Fault("redirect", False, "302 to another path"),
        Fault("oversized", True, "2xx with a 2 MiB body (8 times the test cap), streamed"),
        Fault("bad_gzip", True, "2xx with Content-Encoding: gzip and garbage"),
        Fault("gzip_bomb", True, "2xx with Content-Encoding: gzip of 64 MiB of zeros (about 64 KiB sent)"),
    )
}

#: The storm's mix (relative weights of the faults; the fault rate itself is FaultServer.fault_rate).
#: gzip_bomb is left out: it is exercised on its own (it needs the memory bound to itself).
STORM_WEIGHTS: dict[str, float] = {name: 1.0 for name in FAULTS if name != "gzip_bomb"}

OVERSIZED_BYTES = 2 * 1024 * 1024
DEEP = b"[" * 100_000
_CHUNK = b" " * 65536
_REASONS = {200: "OK", 201: "Created", 302: "Found", 404: "Not Found", 429: "Too Many Requests",
            502: "Bad Gateway", 503: "Service Unavailable"}  # fmt: skip


@dataclass
class Served:
    """One request the server answered: what it was and which fault (if any) was played."""

    method: str
    route: str  # "create" | "lookup" | "retrieve" | "elsewhere" | "unknown"
    key: str  # the identity the fault was drawn for, e.g. "create:CRM:a-1" or "retrieve:12"
    kind: str  # "ok" or a FAULTS name
    committed: bool  # a create was stored while serving it
    poisoned: bool  # it arrived on a connection a short Content-Length had left bytes on
    conn: int


@dataclass
class _Conn:
    id: int
    poisoned: bool = False


@dataclass
class _Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    path: str = ""
    query: dict[str, list[str]] = field(default_factory=dict)


class _Abort(Exception):
    """Close the connection now (after a fault that kills it)."""


@functools.cache
def _gzip_bomb() -> bytes:
    return gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)


class _Core:
    """The server itself; it lives in the child process (see :class:`FaultServer`)."""

    def __init__(
        self,
        client_id: str,
        *,
        seed: int,
        fault_rate: float,
        weights: dict[str, float],
        slow_for: float,
        bomb: bool,
    ) -> None:
        self.client_id = client_id
        self.seed = seed
        self.fault_rate = fault_rate
        self._kinds = list(weights)
        self._weights = [weights[k] for k in self._kinds]
        self.slow_for = slow_for
        self.profiles: dict[int, dict[str, Any]] = {}
        self.by_alt: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.served: list[Served] = []
        self.seen: Counter[str] = Counter()
        self.script: dict[str, deque[str]] = defaultdict(deque)
        self.always: dict[str, str] = {}
        self.open_connections = 0
        self.total_connections = 0
        self.elsewhere_hits = 0
        self.errors: list[str] = []  # unexpected server-side exceptions (a bug of this file)
        self._next_id = 0
        self._conn_ids = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._bomb = _gzip_bomb() if bomb else b""
        self.port = 0

    async def main(self, control: Connection) -> None:
        loop = asyncio.get_running_loop()
        stopped = asyncio.Event()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        server = await asyncio.start_server(self._handle, sock=sock, backlog=1024, limit=1 << 20)

        def commands() -> None:  # a thread: each command runs on the loop, the answer goes back
            while True:
                try:
                    name, args = control.recv()
                except (EOFError, OSError):
                    name, args = "stop", ()
                if name == "stop":
                    loop.call_soon_threadsafe(stopped.set)
                    return
                fut = asyncio.run_coroutine_threadsafe(self._command(name, *args), loop)
                try:
                    control.send(("ok", fut.result()))
                except Exception as exc:
                    control.send(("error", f"{type(exc).__name__}: {exc}"))

        threading.Thread(target=commands, name="fault-server-control", daemon=True).start()
        control.send(("ready", self.port))
        await stopped.wait()
        server.close()
        for w in list(self._writers):  # connections still open: drop them, let their handlers end
            w.transport.abort()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        _, pending = await asyncio.wait(tasks, timeout=5) if tasks else (set(), set())
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        control.send(("stopped", None))

    async def _command(self, name: str, *args: Any) -> Any:
        if name == "force":
            route, kinds = args
            self.script[route].extend(kinds)
            return None
        if name == "always":
            route, kind = args
            self.always[route] = kind
            return None
        if name == "clear":
            self.script.clear()
            self.always.clear()
            return None
        if name == "stored_for":
            t, v = args
            return len(self.by_alt.get((t.casefold(), v.casefold()), ()))
        if name == "ids_for":
            t, v = args
            return list(self.by_alt.get((t.casefold(), v.casefold()), ()))
        if name == "open_connections":
            return self.open_connections
        if name == "state":
            return State(
                profiles=dict(self.profiles), by_alt={k: list(v) for k, v in self.by_alt.items()},
                served=list(self.served), open_connections=self.open_connections,
                total_connections=self.total_connections, elsewhere_hits=self.elsewhere_hits,
                errors=list(self.errors),
            )  # fmt: skip
        raise ValueError(name)

    # -- faults -----------------------------------------------------------------------------------------

    def _choose(self, route: str, key: str) -> str:
        n = self.seen[key]
        self.seen[key] += 1
        if self.script.get(route):
            return self.script[route].popleft()
        if route in self.always:
            return self.always[route]
        if self.fault_rate <= 0:
            return "ok"
        rng = random.Random(f"{self.seed}|{key}|{n}")
        if rng.random() >= self.fault_rate:
            return "ok"
        return rng.choices(self._kinds, self._weights)[0]

    # -- connection handling --------------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.open_connections += 1
        self.total_connections += 1
        self._conn_ids += 1
        conn = _Conn(self._conn_ids)
        self._writers.add(writer)
        rst = False
        try:
            while True:
                req = await self._read_request(reader)
                if req is None:
                    break
                await self._serve(req, reader, writer, conn)
        except _Abort as exc:
            rst = exc.args == ("rst",)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, OSError):
            pass
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug of this server: reported by the test
            self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            if rst:
                with contextlib.suppress(OSError):
                    sock = writer.get_extra_info("socket")
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
            else:
                writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            self._writers.discard(writer)
            self.open_connections -= 1

    async def _read_request(self, reader: asyncio.StreamReader) -> _Request | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        body = b""
        if "content-length" in headers:
            body = await reader.readexactly(int(headers["content-length"]))
        parts = urlsplit(target)
        return _Request(method, target, headers, body, unquote(parts.path), parse_qs(parts.query))

    # -- routes -----------------------------------------------------------------------------------------

    def _route(self, req: _Request) -> tuple[str, str, Any]:
        """Return (route, fault key, parsed detail) of a request."""
        prefix = f"/Profiles/v4/{self.client_id}/Profile"
        if req.path == "/elsewhere":
            return "elsewhere", "elsewhere", None
        if req.method == "POST" and req.path == prefix:
            try:
                body = json.loads(req.body)
                alt = body["AlternateIds"][0]
                key = f"create:{alt['AlternateIdType'].casefold()}:{alt['AlternateId'].casefold()}"
            except (ValueError, KeyError, IndexError, TypeError, AttributeError):
                return "create", "create:?", None
            return "create", key, body
        if req.method == "GET" and req.path == prefix + "/AlternateId":
            t = (req.query.get("alternateIdType") or [""])[0]
            v = (req.query.get("alternateId") or [""])[0]
            return "lookup", f"lookup:{t.casefold()}:{v.casefold()}", (t, v)
        if req.method == "GET" and req.path.startswith(prefix + "/"):
            tail = req.path[len(prefix) + 1 :]
            if tail.isdigit():
                return "retrieve", f"retrieve:{int(tail)}", int(tail)
        return "unknown", "unknown", None

    def _answer(self, route: str, detail: Any, commit: bool) -> tuple[int, Any, bool]:
        """The route's own answer: (status, JSON body, whether a create was stored)."""
        if route == "create":
            if detail is None:
                return 400, {"Message": "The request is invalid."}, False
            if not commit:
                return 201, None, False
            self._next_id += 1
            pid = self._next_id
            profile = {**detail, "ProfileId": pid}
            self.profiles[pid] = profile
            for alt in detail.get("AlternateIds") or ():
                self.by_alt[(alt["AlternateIdType"].casefold(), alt["AlternateId"].casefold())].append(pid)
            return 201, profile, True
        if route == "lookup":
            t, v = detail
            ids = self.by_alt.get((t.casefold(), v.casefold()))
            if not ids:
                return 404, {"Message": "Profile not found"}, False
            return 200, self.profiles[ids[0]], False
        if route == "retrieve":
            if detail not in self.profiles:
                return 404, {"Message": "Profile not found"}, False
            return 200, self.profiles[detail], False
        if route == "elsewhere":
            self.elsewhere_hits += 1
        return 404, {"Message": "No route"}, False

    async def _serve(
        self, req: _Request, reader: asyncio.StreamReader, w: asyncio.StreamWriter, conn: _Conn
    ) -> None:
        route, key, detail = self._route(req)
        kind = self._choose(route, key) if route in ("create", "lookup", "retrieve") else "ok"
        fault = FAULTS.get(kind)
        # a fault decides whether a create is stored; an answer without a fault stores it
        status, body, committed = self._answer(route, detail, commit=fault is None or fault.commit)
        self.served.append(Served(req.method, route, key, kind, committed, conn.poisoned, conn.id))
        conn.poisoned = False
        ok_status = 201 if route == "create" else 200
        if fault is None:
            await self._send(w, status, json.dumps(body).encode())
            return
        payload = json.dumps(body if status < 300 and body is not None else {"ProfileId": 1}).encode()
        if kind == "rate_limited":
            await self._send(w, 429, b'{"Message": "Too many requests"}', {"Retry-After": "0"})
        elif kind == "bad_gateway":
            await self._send(w, 502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", ctype="text/html")
        elif kind == "unavailable_after_commit":
            await self._send(w, 503, DEEP)
        elif kind in ("reset_before_response", "reset_after_commit"):
            raise _Abort("rst")
        elif kind == "reset_during_body":
            head = self._head(ok_status, len(payload))
            w.write(head + payload[: len(payload) // 2])
            await w.drain()
            await asyncio.sleep(0.01)
            raise _Abort("rst")
        elif kind == "truncated_body":
            w.write(self._head(ok_status, len(payload)) + payload[: len(payload) // 2])
            await w.drain()
            raise _Abort("fin")
        elif kind == "short_content_length":
            # the declared length leaves the tail of the body on the connection, as if it were the next
            # response: whatever arrives next on this connection is answered after garbage
            w.write(self._head(ok_status, len(payload) - 12) + payload)
            await w.drain()
            conn.poisoned = True
        elif kind == "malformed_json":
            await self._send(w, ok_status, payload[: len(payload) // 2])
        elif kind == "wrong_shape":
            await self._send(w, ok_status, b"[" + payload + b"]")
        elif kind == "html_200":
            await self._send(
                w, ok_status, b"<!DOCTYPE html><html><body>Maintenance</body></html>", ctype="text/html"
            )
        elif kind == "bad_utf8":
            await self._send(w, ok_status, b'{"ProfileId": 1, "CustomerType": "\xff\xfe\xc3("}')
        elif kind == "deep_nesting":
            await self._send(w, ok_status, DEEP)
        elif kind == "slow_headers":
            await self._trickle(reader, w, self._head(ok_status, len(payload)) + payload)
            raise _Abort("fin")
        elif kind == "redirect":
            location = f"http://127.0.0.1:{self.port}/elsewhere"
            await self._send(w, 302, b"", {"Location": location})
        elif kind == "oversized":
            await self._stream_oversized(reader, w, ok_status)
            raise _Abort("fin")
        elif kind == "bad_gzip":
            await self._send(
                w, ok_status, b"\x1f\x8b\x08\x00garbage-not-deflate" * 4, {"Content-Encoding": "gzip"}
            )
        elif kind == "gzip_bomb":
            await self._send(w, ok_status, self._bomb, {"Content-Encoding": "gzip"})
        else:  # pragma: no cover - FAULTS and this switch are kept in step
            raise AssertionError(kind)

    # -- writing ------------------------------------------------------------------------------------------

    @staticmethod
    def _head(
        status: int, length: int, extra: dict[str, str] | None = None, ctype: str = "application/json"
    ) -> bytes:
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}", f"Content-Type: {ctype}",
                 f"Content-Length: {length}"]  # fmt: skip
        lines += [f"{k}: {v}" for k, v in (extra or {}).items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    async def _send(
        self, w: asyncio.StreamWriter, status: int, body: bytes, extra: dict[str, str] | None = None,
        ctype: str = "application/json",
    ) -> None:  # fmt: skip
        w.write(self._head(status, len(body), extra, ctype) + body)
        await w.drain()

    async def _trickle(self, reader: asyncio.StreamReader, w: asyncio.StreamWriter, data: bytes) -> None:
        """Send ``data`` a byte every 50 ms until ``slow_for`` passes or the client hangs up."""
        eof = asyncio.ensure_future(reader.read(1))
        try:
            end = time.monotonic() + self.slow_for
            for i in range(len(data)):
                if eof.done() or time.monotonic() > end:
                    return
                w.write(data[i : i + 1])
                await w.drain()
                await asyncio.wait([eof], timeout=0.05)
        finally:
            eof.cancel()
            with contextlib.suppress(BaseException):
                await eof

    async def _stream_oversized(
        self, reader: asyncio.StreamReader, w: asyncio.StreamWriter, status: int
    ) -> None:
        """A valid but huge JSON object, streamed with back-pressure until sent or the client hangs up."""
        eof = asyncio.ensure_future(reader.read(1))
        try:
            head = b'{"ProfileId": 1, "Padding": "'
            tail = b'"}'
            w.write(self._head(status, OVERSIZED_BYTES) + head)
            sent = len(head)
            while sent + len(_CHUNK) + len(tail) <= OVERSIZED_BYTES:
                if eof.done():
                    return
                w.write(_CHUNK)
                sent += len(_CHUNK)
                await w.drain()
            w.write(b" " * (OVERSIZED_BYTES - sent - len(tail)) + tail)
            await w.drain()
        finally:
            eof.cancel()
            with contextlib.suppress(BaseException):
                await eof


@dataclass
class State:
    """A snapshot of the server's records, taken in the child and sent to the test."""

    profiles: dict[int, dict[str, Any]]
    by_alt: dict[tuple[str, str], list[int]]
    served: list[Served]
    open_connections: int
    total_connections: int
    elsewhere_hits: int = 0
    errors: list[str] = field(default_factory=list)

    def stored_for(self, alt_type: str, alt_id: str) -> int:
        """How many profiles were stored holding this alternate id (exactly-once: never more than 1)."""
        return len(self.by_alt.get((alt_type.casefold(), alt_id.casefold()), ()))

    def ids_for(self, alt_type: str, alt_id: str) -> list[int]:
        return self.by_alt.get((alt_type.casefold(), alt_id.casefold()), [])


def _child_main(fd: int, config: str) -> None:
    """Entry point of the server process: ``fd`` is its end of the control socket pair."""
    options = json.loads(config)
    client_id = options.pop("client_id")
    asyncio.run(_Core(client_id, **options).main(Connection(fd)))


class FaultServer:
    """The loopback fault server, run in a child process; use it as a context manager.

    A process of its own keeps the server off the test's GIL (a server thread would slow the client
    down and add its allocations to the client's ``tracemalloc`` peak) and its tasks off the test's loop.

    Args:
        client_id: the account id of the routes.
        seed: the seed of the fault choice.
        fault_rate: the share of requests that get a fault (0: only the forced faults are played).
        weights: relative weights of the fault kinds drawn (default :data:`STORM_WEIGHTS`).
        slow_for: how long a slow_headers answer trickles before giving up, in seconds.
        bomb: build the gzip bomb (64 MiB of zeros, compressed) up front, for the gzip_bomb fault.

    """

    def __init__(
        self,
        client_id: str = "AcmeCorp",
        *,
        seed: int = 0,
        fault_rate: float = 0.0,
        weights: dict[str, float] | None = None,
        slow_for: float = 4.0,
        bomb: bool = False,
    ) -> None:
        self.client_id = client_id
        self._options = {"seed": seed, "fault_rate": fault_rate, "slow_for": slow_for, "bomb": bomb,
                         "weights": dict(STORM_WEIGHTS if weights is None else weights)}  # fmt: skip
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/Profiles/v4"

    def __enter__(self) -> FaultServer:
        # A fresh interpreter (not multiprocessing's spawn, which re-imports the caller's __main__),
        # with one end of a socket pair as its control channel.
        mine, theirs = socket.socketpair()
        config = json.dumps({"client_id": self.client_id, **self._options})
        code = f"from tests.fault_server import _child_main; _child_main({theirs.fileno()}, {config!r})"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self._proc = subprocess.Popen(
            [sys.executable, "-c", code], pass_fds=[theirs.fileno()], env=env, cwd=root
        )
        theirs.close()
        self._conn = Connection(mine.detach())
        if not self._conn.poll(30):
            self.__exit__()
            raise RuntimeError("the fault server did not start")
        tag, self.port = self._conn.recv()
        assert tag == "ready", tag
        return self

    def __exit__(self, *exc: object) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError, EOFError):
                self._conn.send(("stop", ()))
                if self._conn.poll(10):
                    self._conn.recv()
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            self._proc = None

    def _call(self, name: str, *args: Any) -> Any:
        assert self._conn is not None, "the server is not running"
        with self._lock:
            self._conn.send((name, args))
            tag, value = self._conn.recv()
        if tag != "ok":
            raise RuntimeError(value)
        return value

    def force(self, route: str, *kinds: str) -> None:
        """Play ``kinds`` (in order) on the next requests of ``route`` ("create", "lookup", "retrieve")."""
        for kind in kinds:
            if kind != "ok" and kind not in FAULTS:
                raise ValueError(kind)
        self._call("force", route, kinds)

    def always(self, route: str, kind: str) -> None:
        """Play ``kind`` on every request of ``route`` (after the forced ones) until :meth:`clear`."""
        if kind != "ok" and kind not in FAULTS:
            raise ValueError(kind)
        self._call("always", route, kind)

    def clear(self) -> None:
        """Forget the forced faults not played yet, and the ``always`` ones."""
        self._call("clear")

    def stored_for(self, alt_type: str, alt_id: str) -> int:
        """How many profiles were stored holding this alternate id (exactly-once: never more than 1)."""
        return int(self._call("stored_for", alt_type, alt_id))

    def ids_for(self, alt_type: str, alt_id: str) -> list[int]:
        """The ids of the profiles stored holding this alternate id."""
        return list(self._call("ids_for", alt_type, alt_id))

    def state(self) -> State:
        """A snapshot of everything the server recorded."""
        return self._call("state")  # type: ignore[no-any-return]

    def wait_closed(self, timeout: float = 5.0) -> int:
        """Wait until the server holds no open connection; return how many are still open."""
        end = time.monotonic() + timeout
        while (n := self._call("open_connections")) and time.monotonic() < end:
            time.sleep(0.02)
        return int(n)
