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
        doc = json.loads(content)
    except ValueError:
        return None
    if isinstance(doc, dict) and len(doc) == 1:
        ((key, value),) = doc.items()
        if key.casefold() == "operations" and isinstance(value, list):
            return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    return None


class V2CompatTransport(httpx.AsyncBaseTransport):
    """Rewrite Version 2 and legacy ``API/3`` requests to v4, then send them with ``inner``.

    ``httpx.AsyncClient(transport=V2CompatTransport(httpx.AsyncHTTPTransport()))`` runs code that builds
    v2 URLs by hand on v4, by :func:`~mypreferences.compat.translate_v2`'s rules (and unwraps a v2
    ``{"Operations": [...]}`` PATCH body); other requests pass through, and headers are kept (PNAUTHINFO3
    does not sign the URL). A route without v4 equivalent raises
    :class:`~mypreferences.compat.UnknownRouteError`. ``warn``: one :class:`DeprecationWarning` per legacy
    route, naming the method to use instead.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, *, warn: bool = True) -> None:
        self._inner = inner
        self._warn = warn
        self._warned: set[str] = set()

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
                f"{tr.method} {tr.legacy_route} is a deprecated legacy route; it was sent as "
                f"{op.method} /Profiles/v4{op.path} (operation {op.operation_id}). "
                f"Use mp.{op.resource}.{op.name}(...) instead.",
                DeprecationWarning,
                stacklevel=1,  # attributed to this transport
            )
        url = request.url.copy_with(raw_path=tr.raw_path.encode("ascii"))
        body = _unwrap_operations(await request.aread()) if tr.unwrap_operations else None
        if body is None:
            request = httpx.Request(
                tr.method, url, headers=request.headers, stream=request.stream, extensions=request.extensions
            )
        else:
            headers = httpx.Headers(request.headers)
            del headers["Content-Length"]  # set again for the new body
            request = httpx.Request(
                tr.method, url, headers=headers, content=body, extensions=request.extensions
            )
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
