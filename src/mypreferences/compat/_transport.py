"""An httpx transport that sends hand-built v2 / ``API/3`` requests to their v4 routes."""

from __future__ import annotations

import json
import warnings

import httpx

from mypreferences.compat._translate import Translation, translate_raw

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
    """Rewrite Version 2 and legacy ``API/3`` requests to v4, then delegate to ``inner``.

    Existing code that builds v2 URLs by hand moves to v4 by changing only its client::

        client = httpx.AsyncClient(transport=V2CompatTransport(httpx.AsyncHTTPTransport()))

    * ``…/Profiles/v2/…`` and ``…/API/3/…`` requests are translated with
      :func:`~mypreferences.compat.translate_v2`'s rules (same host, parameters moved, v2 defaults pinned,
      the v2 ``{"Operations": [...]}`` PATCH wrapper unwrapped); everything else (already v4, other hosts'
      paths) passes through untouched.
    * The first use of each legacy route emits one :class:`DeprecationWarning` naming the v4 operation and
      the SDK method to call instead.
    * A legacy route without a v4 equivalent raises
      :class:`~mypreferences.compat.UnknownRouteError` before anything is sent.

    Headers (including ``Authorization``) are forwarded unchanged: PNAUTHINFO3 signs only the client id,
    user id and time, not the URL, so rewriting the URL keeps the signature valid.

    Args:
        inner: the transport that really sends (e.g. :class:`httpx.AsyncHTTPTransport`).
        warn: emit the once-per-route :class:`DeprecationWarning` (default true).

    """

    def __init__(self, inner: httpx.AsyncBaseTransport, *, warn: bool = True) -> None:
        self._inner = inner
        self._warn = warn
        self._warned: set[str] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Translate ``request`` when it is a legacy one and send it with the inner transport."""
        raw_path = request.url.raw_path.decode("ascii")
        path, _, query = raw_path.partition("?")
        translation = translate_raw(request.method, path, query)
        if translation is None:
            return await self._inner.handle_async_request(request)
        self._deprecation(translation)
        url = request.url.copy_with(raw_path=translation.raw_path.encode("ascii"))
        if translation.unwrap_operations:
            body = _unwrap_operations(await request.aread())
            if body is not None:
                headers = httpx.Headers(request.headers)
                del headers["Content-Length"]
                rewritten = httpx.Request(
                    translation.method, url, headers=headers, content=body, extensions=request.extensions
                )
                return await self._inner.handle_async_request(rewritten)
        rewritten = httpx.Request(
            translation.method,
            url,
            headers=request.headers,
            stream=request.stream,
            extensions=request.extensions,
        )
        return await self._inner.handle_async_request(rewritten)

    def _deprecation(self, tr: Translation) -> None:
        if not self._warn or tr.key in self._warned:
            return
        self._warned.add(tr.key)
        op = tr.operation
        warnings.warn(
            f"{tr.method} {tr.legacy_route} is a deprecated legacy route; it was sent as "
            f"{op.method} /Profiles/v4{op.path} (operation {op.operation_id}). "
            f"Use mp.{op.resource}.{op.name}(...) instead.",
            DeprecationWarning,
            stacklevel=2,
        )

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
