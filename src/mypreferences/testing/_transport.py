"""How clients reach the server: an in-process httpx transport with real timeouts, and uvicorn on loopback."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any

import anyio
import httpx

#: ASGI scope extension set on loopback connections: calling it closes the connection without an answer.
DROP_EXTENSION = "mypreferences.drop_connection"

ASGIApp = Callable[[Any, Any, Any], Awaitable[None]]


class ConnectionDropped(Exception):
    """Raised by the server (in-process only) to make the transport report a dropped connection."""


class InProcessTransport(httpx.ASGITransport):
    """``httpx.ASGITransport`` that behaves like a network for the client.

    * The request's read timeout (``timeout=`` of the client or of the call) is enforced: when the server has
      not answered in time the server-side handling is cancelled and :class:`httpx.ReadTimeout` is raised.
    * A connection dropped by a fault raises :class:`httpx.RemoteProtocolError`, as a closed socket would.

    It holds no event-loop state, so one transport may be created outside any loop and used from asyncio or
    trio.
    """

    def __init__(self, app: ASGIApp) -> None:
        super().__init__(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` to the app, within the request's read timeout."""
        timeouts = request.extensions.get("timeout") or {}
        read = timeouts.get("read")
        try:
            if read is None:
                return await super().handle_async_request(request)
            with anyio.fail_after(read):
                return await super().handle_async_request(request)
        except TimeoutError:
            raise httpx.ReadTimeout(f"the server did not answer within {read:g} s", request=request) from None
        except ConnectionDropped:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from None


def close_now(coro: Coroutine[Any, Any, Any]) -> bool:
    """Run a coroutine that finishes without waiting (such as closing an in-process client) outside any loop.

    Returns False (and discards the coroutine) when it needed to wait for something.
    """
    try:
        coro.send(None)
    except StopIteration:
        return True
    coro.close()
    return False


def _uvicorn() -> Any:
    try:
        import uvicorn
    except ModuleNotFoundError as exc:
        from mypreferences.testing import TestingExtraMissingError

        raise TestingExtraMissingError(
            "serving on loopback needs uvicorn, part of the 'testing' extra: pip install 'mypreferences[testing]'",
            name=exc.name,
        ) from exc
    return uvicorn


def _protocol_class() -> type[Any]:
    """Return uvicorn's h11 protocol class, extended to tell the app how to drop its connection."""
    _uvicorn()
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class DroppableH11Protocol(H11Protocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            inner = self.app
            protocol = self

            async def app(scope: Any, receive: Any, send: Any) -> None:
                def drop() -> None:
                    protocol.transport.close()

                extensions = {**(scope.get("extensions") or {}), DROP_EXTENSION: drop}
                await inner({**scope, "extensions": extensions}, receive, send)

            self.app = app

    return DroppableH11Protocol


def uvicorn_config(app: ASGIApp, host: str, port: int, log_level: str) -> Any:
    """Return the uvicorn configuration of the mock server."""
    return _uvicorn().Config(
        app, host=host, port=port, log_level=log_level, lifespan="off", interface="asgi3",
        http=_protocol_class(), timeout_graceful_shutdown=2,
    )  # fmt: skip


def run(app: ASGIApp, host: str, port: int) -> None:
    """Serve ``app`` with uvicorn until interrupted (blocking)."""
    _uvicorn().Server(uvicorn_config(app, host, port, "info")).run()


@contextlib.contextmanager
def serve_in_thread(app: ASGIApp, host: str, port: int) -> Iterator[int]:
    """Serve ``app`` with uvicorn in a daemon thread; yield the bound port."""
    server = _uvicorn().Server(uvicorn_config(app, host, port, "warning"))
    thread = threading.Thread(target=server.run, name="mypreferences-mock", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the mock server did not start on {host}:{port}")
        time.sleep(0.01)
    bound = int(server.servers[0].sockets[0].getsockname()[1])
    try:
        yield bound
    finally:
        server.should_exit = True
        thread.join(10)
