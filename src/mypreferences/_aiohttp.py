"""``AioHttpClient``: an opt-in :class:`httpx.AsyncClient` sending over aiohttp (extra ``[aiohttp]``).

Everything above the transport is unchanged (auth signs every attempt; retries, deadlines, path safety, the
size cap, typed errors). The transport uses httpx-aiohttp's session, connector, TLS and proxy set-up and
behaves as httpx's own: failures are the httpx exceptions httpx's transport raises for them (httpx-aiohttp
0.2 alone says ``ConnectTimeout``, "not sent", for a reset or a close without an answer), requests go out
byte for byte as httpx built them (no re-encoded ``%3D``) and aiohttp never re-sends one. A body of at most
1 MiB with a Content-Length and no Content-Encoding is read at once and handed to httpx as one chunk.
asyncio only (aiohttp has no trio).
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import httpx

from mypreferences._base_client import DEFAULT_LIMITS, DEFAULT_TIMEOUT, LeanCookies
from mypreferences.errors import InvalidRequestError, MyPreferencesError

if TYPE_CHECKING:
    import aiohttp

__all__ = ["AioHttpClient", "AioHttpExtraMissingError"]

_READ_AT_ONCE = 1024 * 1024
_HINT = "AioHttpClient needs httpx-aiohttp: pip install 'mypreferences[aiohttp]'"


class AioHttpExtraMissingError(MyPreferencesError, ImportError):
    """httpx-aiohttp (the ``aiohttp`` extra) is not installed."""


def _translated(exc: Exception) -> httpx.TransportError:
    """Return the httpx exception that httpx's own transport raises for the same failure."""
    import aiohttp

    table: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
        (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # connecting (waiting for the pool included)
        (aiohttp.ServerTimeoutError, httpx.ReadTimeout),  # no byte within the read timeout
        (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
        (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS handshake: nothing was sent
        (aiohttp.ClientHttpProxyError, httpx.ProxyError),
        (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),  # closed without a (complete) answer
        (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # an invalid status line, header or chunk
        (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # the body was cut short
        (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
        (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    )
    # the rest (a reset: ClientOSError...) is a ReadError: the request may have reached the server
    mapped = next((to for kind, to in table if isinstance(exc, kind)), httpx.ReadError)
    # ClientResponseError's text names the URL (query values included): keep only what went wrong
    detail = exc.message if isinstance(exc, aiohttp.ClientResponseError) else str(exc)
    return mapped(f"{type(exc).__name__}: {detail}")


@contextmanager
def _mapped() -> Iterator[None]:
    import aiohttp

    try:
        yield
    except aiohttp.ClientError as exc:
        raise _translated(exc) from None


class _Stream(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped():
            async for chunk in self._response.content.iter_any():
                yield chunk

    async def aclose(self) -> None:
        with _mapped():
            await self._response.__aexit__(None, None, None)  # back to the pool, or closed if not read


class _Transport(httpx.AsyncBaseTransport):
    """httpx-aiohttp's transport, sending each request itself as httpx's transport would (see above)."""

    def __init__(self, **kwargs: Any) -> None:
        self._base = importlib.import_module("httpx_aiohttp").AiohttpTransport(**kwargs)
        self._session: aiohttp.ClientSession | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import aiohttp
        import yarl

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            raise InvalidRequestError(
                "AioHttpClient runs on asyncio only (on trio use the default client)"
            ) from None
        if self._session is None:
            self._session = self._base.client = self._base.get_client()
            if hasattr(self._session, "_retry_connection"):  # the SDK's send loop owns retries
                self._session._retry_connection = False
        try:
            data: Any = request.content or None
        except httpx.RequestNotRead:  # a streamed body: aiohttp chunks it itself
            data = request.stream
            request.headers.pop("transfer-encoding", None)
        t, proxy = request.extensions.get("timeout", {}), self._base.proxy
        with _mapped():
            response = await self._session.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),
                headers=request.headers.multi_items(),
                data=data,
                timeout=aiohttp.ClientTimeout(
                    sock_connect=t.get("connect"), sock_read=t.get("read"), connect=t.get("pool")
                ),
                server_hostname=request.extensions.get("sni_hostname"),
                allow_redirects=False,
                auto_decompress=False,
                proxy=None if proxy is None else str(proxy.url),
                proxy_headers=None if proxy is None else proxy.headers,
                proxy_auth=aiohttp.BasicAuth(*proxy.auth) if proxy is not None and proxy.auth else None,
            )
            length = response.content_length
            if length is not None and length <= _READ_AT_ONCE and "Content-Encoding" not in response.headers:
                stream: httpx.AsyncByteStream = httpx.ByteStream(await response.read())  # back to the pool
            else:
                stream = _Stream(response)
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=stream,
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode()},
        )

    async def aclose(self) -> None:
        with _mapped():
            await self._base.aclose()


class AioHttpClient(httpx.AsyncClient):
    """An :class:`httpx.AsyncClient` over aiohttp, for ``MyPreferences(..., http_client=AioHttpClient())``.

    Takes the arguments of :class:`httpx.AsyncClient`, with the SDK's defaults: ``timeout`` 60 s (connect
    5 s) and ``limits`` 100 connections. The caller owns it: close it with ``async with`` or :meth:`aclose`
    (the SDK client does not close a client it was given). HTTP/1.1 only; asyncio only.

    Raises:
        AioHttpExtraMissingError: httpx-aiohttp is not installed (``pip install 'mypreferences[aiohttp]'``).

    """

    def __init__(
        self,
        *,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        **kwargs: Any,
    ) -> None:
        try:
            importlib.import_module("httpx_aiohttp")
        except ImportError as exc:
            raise AioHttpExtraMissingError(_HINT) from exc
        super().__init__(timeout=timeout, limits=limits, **kwargs)
        self._cookies = LeanCookies(self._cookies.jar)

    def _init_transport(  # type: ignore[override]  # httpx passes these by keyword
        self, *, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any
    ) -> httpx.AsyncBaseTransport:
        return transport if transport is not None else _Transport(**kwargs)

    def _init_proxy_transport(self, proxy: httpx.Proxy, **kwargs: Any) -> httpx.AsyncBaseTransport:  # type: ignore[override]
        return _Transport(proxy=proxy, **kwargs)
