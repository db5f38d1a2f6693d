"""Run a server process on a free loopback port for the duration of a ``with`` block."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port that is free on ``host`` right now."""
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve_process(
    argv: Callable[[int], Sequence[str]],
    *,
    host: str = "127.0.0.1",
    env: Mapping[str, str] | None = None,
    timeout: float = 30.0,
) -> Iterator[int]:
    """Start ``argv(port)`` on a free loopback port, wait until it accepts connections, yield the port.

    The process is terminated (killed after 10 s) when the block ends. Raises :class:`RuntimeError`,
    with the tail of the process's output, if it exits or does not listen within ``timeout`` seconds.
    """
    port = free_port(host)
    proc = subprocess.Popen(  # noqa: S603 - the caller's own command
        list(argv(port)), env=dict(env) if env is not None else None,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with socket.create_connection((host, port), timeout=0.5):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    out = proc.communicate()[0].decode("utf-8", "replace") if proc.stdout else ""
                    raise RuntimeError(
                        f"{argv(port)[0]} did not start listening on port {port}:\n{out[-3000:]}"
                    ) from None
                time.sleep(0.05)
        # Drain the output so a chatty server never blocks on a full pipe.
        if proc.stdout is not None:
            stdout = proc.stdout

            def _drain() -> None:
                for _ in iter(lambda: stdout.read(65536), b""):
                    pass

            threading.Thread(target=_drain, name="serve-process-drain", daemon=True).start()
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
