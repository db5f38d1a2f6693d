"""An httpx transport that sends hand-built v2 / ``API/3`` requests to their v4 routes."""

from __future__ import annotations

import json
import warnings

import httpx

from mypreferences.compat._translate import translate_raw

__all__ = ["V2CompatTransport"]


def _unwrap_operations(content: bytes) -> bytes | None:
    """Return the bare JSON Patch array of a v2 ``{"Operations": [...]}`` body (``None``: keep it)."""
    try:
        ((key, ops),) = json.loads(content).items()  # fails unless a one-key object
    except (ValueError, AttributeError):
        return None
    unwrap = key.casefold() == "operations" and isinstance(ops, list)
    return json.dumps(ops, ensure_ascii=False, separators=(",", ":")).encode() if unwrap else None


class V2CompatTransport(httpx.AsyncBaseTransport):
    """Rewrite Version 2 and legacy ``API/3`` requests to v4, then send them with ``inner``.

    ``httpx.AsyncClient(transport=V2CompatTransport(httpx.AsyncHTTPTransport()))`` sends hand-built v2 URLs to
    v4 by :func:`~mypreferences.compat.translate_v2`'s rules, unwrapping a v2 ``{"Operations": [...]}`` PATCH
    body; other requests pass through, and headers are kept (PNAUTHINFO3 does not sign the URL). A route
    without v4 equivalent raises :class:`~mypreferences.compat.UnknownRouteError`. ``warn``: one
    :class:`DeprecationWarning` per legacy route, naming the method to use instead.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, *, warn: bool = True) -> None:
        self._inner, self._warn, self._warned = inner, warn, set[str]()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Translate ``request`` when it is a legacy one and send it with the inner transport."""
        path, _, query = request.url.raw_path.decode("ascii").partition("?")
        tr = translate_raw(request.method, path, query)
        if tr is None:
            return await self._inner.handle_async_request(request)
        if self._warn and tr.key not in self._warned:
            self._warned.add(tr.key)
            op = tr.operation
            warnings.warn(
                f"{tr.method} {tr.legacy_route} is a deprecated legacy route; it was sent as {op.method} "
                f"/Profiles/v4{op.path} (operation {op.operation_id}). Use mp.{op.resource}.{op.name}(...) instead.",
                DeprecationWarning,
                stacklevel=1,  # attributed to this transport
            )
        url = request.url.copy_with(raw_path=(tr.path + (f"?{tr.query}" if tr.query else "")).encode("ascii"))
        body = _unwrap_operations(await request.aread()) if tr.unwrap_operations else None
        headers = httpx.Headers(request.headers)
        if body is not None:
            del headers["Content-Length"]  # set again for the new body
        stream = None if body is not None else request.stream  # content= replaces the body
        request = httpx.Request(
            tr.method, url, headers=headers, content=body, stream=stream, extensions=request.extensions
        )
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
