"""Apply the route table to a raw (percent-encoded) legacy URL.

Values that stay keep their bytes, moved ones are re-encoded; every path value passes the SDK's path checks.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import quote, unquote, unquote_plus, urlsplit, urlunsplit

from mypreferences._base_client import Operation
from mypreferences._paths import check_path_value, placeholders
from mypreferences._resources import OPERATIONS
from mypreferences.compat._routes import ROUTES, SAME_ROUTE_TAGS, Family, LegacyRoute
from mypreferences.errors import InvalidRequestError

__all__ = ["Translation", "UnknownRouteError", "translate_raw", "translate_v2"]

V4_BASE = "/Profiles/v4"
_MARKER = re.compile(r"/(?:profiles/(?P<ver>v\d+)|api/3(?P<async>/async)?)(?=/|$)", re.IGNORECASE)
_LEGACY_BASES: dict[Family, str] = {"v2": "/Profiles/v2", "api3": "/API/3", "api3-async": "/API/3/async"}


class UnknownRouteError(InvalidRequestError):
    """A legacy route that has no v4 equivalent (or matches no known route).

    Attributes:
        method: the HTTP method of the call.
        route: the legacy route, with values replaced by ``{}`` (no user data).
        suggestions: the closest v4 operationIds, best first.

    """

    def __init__(self, message: str, *, method: str, route: str, suggestions: tuple[str, ...]) -> None:
        super().__init__(message)
        self.method = method
        self.route = route
        self.suggestions = suggestions


@dataclass(frozen=True, slots=True)
class Translation:
    """One translated legacy request."""

    method: str
    path: str  # raw, with whatever preceded the legacy base
    query: str  # raw, without "?"
    key: str  # the route table key, or "same-route:<operationId>"
    legacy_route: str  # the legacy template with its legacy base, for messages
    operation: Operation
    unwrap_operations: bool  # the body may be a JSON Patch in the v2 {"Operations": [...]} wrapper

    @property
    def raw_path(self) -> str:
        """Path and query, as sent on the wire."""
        return f"{self.path}?{self.query}" if self.query else self.path


@dataclass(frozen=True, slots=True)
class _Candidate:
    method: str
    literals: tuple[str | None, ...]  # per segment: the casefolded literal, or None for a {placeholder}
    names: tuple[str, ...]  # the placeholders, in order
    row: LegacyRoute | None  # None: the same-route rule
    op: Operation | None  # None: no v4 equivalent

    @property
    def rank(self) -> tuple[tuple[bool, ...], bool]:
        """Literals beat placeholders, from the left; then a row beats the same-route rule."""
        return tuple(lit is not None for lit in self.literals), self.row is not None


def _candidate(method: str, template: str, row: LegacyRoute | None, op: Operation | None) -> _Candidate:
    literals = tuple(None if placeholders(s) else s.casefold() for s in template.strip("/").split("/"))
    return _Candidate(method, literals, tuple(placeholders(template)), row, op)


@cache
def _candidates(family: Family) -> tuple[_Candidate, ...]:
    """Return the rows of ``family``, then the v4 operations of its same-route rule."""
    rows = [(r, OPERATIONS[r.operation_id] if r.operation_id else None) for r in ROUTES if r.family == family]
    same = [op for op in OPERATIONS.values() if op.tag in SAME_ROUTE_TAGS[family]]
    return (
        *(_candidate(r.method, r.template, r, op) for r, op in rows),
        *(_candidate(op.method, op.path, None, op) for op in same),
    )


def _match(cand: _Candidate, method: str, segs: list[str]) -> dict[str, str] | None:
    """Return the raw values of ``cand``'s placeholders in ``segs``, or ``None`` when it does not match."""
    if cand.method != method or len(cand.literals) != len(segs):
        return None
    values: list[str] = []
    for literal, seg in zip(cand.literals, segs, strict=True):
        if literal is None:
            if not seg:
                return None
            values.append(seg)
        elif unquote(seg).casefold() != literal:
            return None
    return dict(zip(cand.names, values, strict=True))


def _shape(segs: list[str]) -> str:
    """Return the route without user data: the account and value-like segments become ``{}``."""
    shown = ("{}" if i == 0 or not re.fullmatch(r"[A-Za-z]+", s) else s for i, s in enumerate(segs))
    return "/" + "/".join(shown)


def suggest(method: str, route: str, limit: int = 3) -> tuple[str, ...]:
    """Return the v4 operationIds closest to ``method route`` (difflib on route and operation names)."""
    probe = f"{method} {route.replace('/{}', '', 1)}".casefold()
    words = (method + "".join(re.findall(r"[A-Za-z]+", route))).casefold()
    scored: list[tuple[float, str]] = []
    for op in OPERATIONS.values():
        path = "/".join("{}" if placeholders(s) else s for s in op.path.split("/")).replace("/{}", "", 1)
        by_route = difflib.SequenceMatcher(None, probe, f"{op.method} {path}".casefold()).ratio()
        by_name = difflib.SequenceMatcher(None, words, op.operation_id.casefold()).ratio()
        scored.append((max(by_route, by_name) + (0.05 if op.method == method else 0.0), op.operation_id))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return tuple(op_id for _, op_id in scored[:limit])


def _unknown(
    method: str, base: str, route: str, why: str, see_also: tuple[str, ...] = ()
) -> UnknownRouteError:
    suggestions = see_also or suggest(method, route)
    named = ", ".join(f"{o} (mp.{OPERATIONS[o].resource}.{OPERATIONS[o].name})" for o in suggestions)
    message = f"{method} {base}{route} has no v4 equivalent ({why}); closest v4 operations: {named}"
    return UnknownRouteError(message, method=method, route=route, suggestions=suggestions)


def _decode(text: str, name: str, *, form: bool) -> str:
    try:
        return unquote_plus(text, errors="strict") if form else unquote(text, errors="strict")
    except UnicodeDecodeError as exc:
        raise InvalidRequestError(f"parameter {name!r} is not valid percent-encoded UTF-8") from exc


def _query_name(item: str) -> str:
    return unquote_plus(item.partition("=")[0]).casefold()


def _apply_row(row: LegacyRoute, items: list[str], values: dict[str, str]) -> None:
    """Move ``row``'s parameters between the query ``items`` and the raw path ``values``; add its pins."""
    for name in row.query_to_path:
        hits = [i for i in items if _query_name(i) == name.casefold()]
        if len(hits) != 1:
            raise InvalidRequestError(
                f"{row.title}: query parameter {name!r} must be given exactly once (it moves into the v4 path)"
            )
        value = _decode(hits[0].partition("=")[2], name, form=True)
        check_path_value(name, value)
        values[name] = quote(value, safe="")
        items.remove(hits[0])
    for name in row.path_to_query:
        items.append(f"{name}={quote(_decode(values.pop(name), name, form=False), safe='')}")
    for name, pinned in row.pins:
        wire = f"{name}={str(pinned).lower()}"
        n = next((i for i, item in enumerate(items) if _query_name(item) == name.casefold()), None)
        if n is None:
            items.append(wire)
        elif items[n].partition("=")[2] == "":  # sent empty: the server would apply its (v4) default
            items[n] = wire


def translate_raw(
    method: str, path: str, query: str, families: tuple[Family, ...] | None = None
) -> Translation | None:
    """Translate a raw legacy path + query; ``None`` when the path is not a legacy (v2 / API/3) one.

    ``families`` forces the legacy API(s) to match when ``path`` is relative to a legacy base (no
    ``/Profiles/v2`` or ``/API/3`` in it); the result's ``path`` is then relative to the v4 base.
    """
    method = method.upper()
    marker = _MARKER.search(path)
    if marker is not None:
        ver = marker.group("ver")
        if ver is not None and ver.casefold() != "v2":
            return None
        fams: tuple[Family, ...] = ("v2",) if ver else ("api3-async",) if marker.group("async") else ("api3",)
        prefix, rest = path[: marker.start()] + V4_BASE, path[marker.end() :]
    elif families is None:
        return None
    else:
        fams, prefix, rest = families, "", path
    body = rest.removeprefix("/").removesuffix("/")  # one trailing slash is ignored, like ASP.NET does
    segs = body.split("/") if body else []

    found = [(c, f, m) for f in fams for c in _candidates(f) if (m := _match(c, method, segs)) is not None]
    if not found:
        base = _LEGACY_BASES[fams[0]] if len(fams) == 1 else ""
        raise _unknown(method, base, _shape(segs), "no known legacy route matches")
    cand, fam, values = max(found, key=lambda f: f[0].rank)  # the first of the best
    row, op = cand.row, cand.op
    if op is None:
        assert row is not None
        raise _unknown(method, _LEGACY_BASES[fam], row.template, row.note or "no v4 route", row.see_also)
    for name, raw in values.items():  # kept byte for byte, but must still address exactly one segment
        check_path_value(name, _decode(raw, name, form=False))

    items = [i for i in query.split("&") if i]
    if row is not None:
        _apply_row(row, items, values)
    v4_path = "/".join(values[names[0]] if (names := placeholders(s)) else s for s in op.path.split("/"))
    return Translation(
        method=method,
        path=prefix + v4_path,
        query="&".join(items),
        key=row.key if row is not None else f"same-route:{op.operation_id}",
        legacy_route=_LEGACY_BASES[fam] + (row.template if row is not None else op.path),
        operation=op,
        unwrap_operations=row is not None and row.body == "operations",
    )


def translate_v2(method: str, url: str) -> tuple[str, str]:
    """Translate a Version 2 or legacy ``API/3`` request to the v4 request that keeps its behaviour.

    ``url`` may be absolute (on any host, ``…/Profiles/v2/…`` or ``…/API/3/…``, in any case, becomes
    ``…/Profiles/v4/…``) or relative; a relative URL without a legacy base (``/Acme/Profile/42``) is
    taken as relative to one, and so is the result. A v4 URL is returned unchanged.

    Returns:
        ``(method, url)`` of the v4 request: values that stay in place keep their bytes, values that
        move between query and path are re-encoded, v2 defaults that v4 changed are pinned.

    Raises:
        UnknownRouteError: (an :class:`~mypreferences.errors.InvalidRequestError`) the route has no v4
            equivalent or matches no known route; the message names the closest v4 operations.
        InvalidRequestError: a parameter that must move into the path is missing, repeated or unsafe, or a
            path value is unsafe (a dot segment, control characters, invalid percent-encoded UTF-8).

    """
    text = str(url)
    parts = urlsplit(text)
    relative = not parts.scheme and not parts.netloc
    path = parts.path if parts.path.startswith("/") else "/" + parts.path
    marker = _MARKER.search(path)
    if marker is None and not relative:
        raise InvalidRequestError("not a Version 2 or API/3 URL (no /Profiles/v2 or /API/3 in its path)")
    tr = translate_raw(method, path, parts.query, None if marker else tuple(_LEGACY_BASES))
    if tr is None:  # already v4 (or another version): nothing to do
        return method, text
    out = tr.path if parts.path.startswith("/") or not relative else tr.path[1:]
    return tr.method, urlunsplit((parts.scheme, parts.netloc, out, tr.query, parts.fragment))
