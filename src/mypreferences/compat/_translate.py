"""Apply the route table to a raw (percent-encoded) legacy URL.

Values that stay keep their bytes, moved ones are re-encoded; every path value passes the SDK's path checks.
"""

from __future__ import annotations

import difflib
import re
from functools import cache
from typing import NamedTuple
from urllib.parse import quote, unquote, unquote_plus, urlsplit, urlunsplit

from mypreferences._base_client import Operation
from mypreferences._paths import check_path_value, placeholders
from mypreferences._resources import OPERATIONS
from mypreferences.compat._routes import LEGACY_BASES, ROUTES, SAME_ROUTE_TAGS, V4_BASE, Family, LegacyRoute
from mypreferences.errors import InvalidRequestError

__all__ = ["Translation", "UnknownRouteError", "translate_raw", "translate_v2"]

_MARKER = re.compile(r"/(?:profiles/(?P<ver>v\d+)|api/3(?P<async>/async)?)(?=/|$)", re.IGNORECASE)


class UnknownRouteError(InvalidRequestError):
    """A legacy route that has no v4 equivalent (or matches no known route).

    Attributes:
        method: the HTTP method of the call.
        route: the legacy route, with values replaced by ``{}`` (no user data).
        suggestions: the closest v4 operationIds, best first.

    """

    def __init__(self, message: str, *, method: str, route: str, suggestions: tuple[str, ...]) -> None:
        super().__init__(message)
        self.method, self.route, self.suggestions = method, route, suggestions


class Translation(NamedTuple):
    """One translated legacy request."""

    method: str
    path: str  # raw, with whatever preceded the legacy base
    query: str  # raw, without "?"
    key: str  # the route table key, or "same-route:<operationId>"
    legacy_route: str  # the legacy template with its legacy base, for messages
    operation: Operation
    unwrap_operations: bool  # the body may be a JSON Patch in the v2 {"Operations": [...]} wrapper


class _Candidate(NamedTuple):
    method: str
    literals: tuple[str | None, ...]  # per segment: the casefolded literal, or None for a {placeholder}
    names: list[str]  # the placeholders, in order
    row: LegacyRoute | None  # None: the same-route rule
    op: Operation | None  # None: no v4 equivalent


def _literals(template: str) -> tuple[str | None, ...]:
    return tuple(None if placeholders(s) else s.casefold() for s in template.strip("/").split("/"))


@cache
def _candidates(family: Family) -> list[_Candidate]:
    """Return the rows of ``family``, then the v4 operations of its same-route rule."""
    rows = [
        (r.method, r.template, r, OPERATIONS.get(r.operation_id or "")) for r in ROUTES if r.family == family
    ]
    same = [(op.method, op.path, None, op) for op in OPERATIONS.values() if op.tag in SAME_ROUTE_TAGS[family]]
    return [_Candidate(m, _literals(t), placeholders(t), row, op) for m, t, row, op in [*rows, *same]]


def _values(c: _Candidate, method: str, segs: list[str], folded: list[str]) -> dict[str, str] | None:
    """Return the raw values of ``c``'s placeholders in ``segs``, or ``None`` when ``c`` does not match."""
    if c.method != method or len(c.literals) != len(segs):
        return None
    pairs = list(zip(c.literals, segs, folded, strict=True))
    if any(not s if lit is None else lit != f for lit, s, f in pairs):
        return None
    return dict(zip(c.names, [s for lit, s, _ in pairs if lit is None], strict=True))


def _shape(segs: list[str]) -> str:
    """Return the route without user data: the account and value-like segments become ``{}``."""
    shown = ("{}" if i == 0 or not re.fullmatch(r"[A-Za-z]+", s) else s for i, s in enumerate(segs))
    return "/" + "/".join(shown)


def suggest(method: str, route: str, limit: int = 3) -> tuple[str, ...]:
    """Return the v4 operationIds closest to ``method route`` (difflib on route and operation names)."""
    probe = f"{method} {route.replace('/{}', '', 1)}".casefold()
    words = (method + "".join(re.findall(r"[A-Za-z]+", route))).casefold()

    def score(op: Operation) -> tuple[float, str]:
        path = ("/" + "/".join("{}" if x is None else x for x in _literals(op.path))).replace("/{}", "", 1)
        by_route = difflib.SequenceMatcher(None, probe, f"{op.method} {path}".casefold()).ratio()
        by_name = difflib.SequenceMatcher(None, words, op.operation_id.casefold()).ratio()
        return -(max(by_route, by_name) + (0.05 if op.method == method else 0.0)), op.operation_id

    return tuple(op.operation_id for op in sorted(OPERATIONS.values(), key=score)[:limit])


def _unknown(method: str, base: str, route: str, why: str, see_also: tuple[str, ...]) -> UnknownRouteError:
    suggestions = see_also or suggest(method, route)
    named = ", ".join(f"{o} (mp.{OPERATIONS[o].resource}.{OPERATIONS[o].name})" for o in suggestions)
    message = f"{method} {base}{route} has no v4 equivalent ({why}); closest v4 operations: {named}"
    return UnknownRouteError(message, method=method, route=route, suggestions=suggestions)


def _decode(text: str, name: str, *, form: bool) -> str:
    try:
        return unquote_plus(text, errors="strict") if form else unquote(text, errors="strict")
    except UnicodeDecodeError as exc:
        raise InvalidRequestError(f"parameter {name!r} is not valid percent-encoded UTF-8") from exc


def _find(items: list[str], name: str) -> list[int]:
    key = name.casefold()  # query names match case-insensitively
    return [i for i, item in enumerate(items) if unquote_plus(item.partition("=")[0]).casefold() == key]


def _apply_row(row: LegacyRoute, items: list[str], values: dict[str, str]) -> None:
    """Move ``row``'s parameters between the query ``items`` and the raw path ``values``; add its pins."""
    for name in row.query_to_path:
        hits = _find(items, name)
        if len(hits) != 1:
            raise InvalidRequestError(
                f"{row.title}: query parameter {name!r} must be given exactly once (it moves into the v4 path)"
            )
        value = _decode(items.pop(hits[0]).partition("=")[2], name, form=True)
        check_path_value(name, value)
        values[name] = quote(value, safe="")
    for name in row.path_to_query:
        items.append(f"{name}={quote(_decode(values.pop(name), name, form=False), safe='')}")
    for name, pinned in row.pins:
        wire = f"{name}={str(pinned).lower()}"
        hits = _find(items, name)
        if not hits:
            items.append(wire)
        elif items[hits[0]].partition("=")[2] == "":  # sent empty: the server would apply its (v4) default
            items[hits[0]] = wire


def translate_raw(
    method: str, path: str, query: str, families: tuple[Family, ...] | None = None
) -> Translation | None:
    """Translate a raw legacy path + query; ``None`` when the path is not a legacy (v2 / API/3) one.

    ``families`` forces the legacy API(s) to match when ``path`` is relative to a legacy base (no
    ``/Profiles/v2`` or ``/API/3`` in it); the result's ``path`` is then relative to the v4 base.
    """
    method = method.upper()
    marker = _MARKER.search(path)
    if marker is None:
        if families is None:
            return None
        fams, prefix, rest = families, "", path
    elif (ver := marker["ver"]) and ver.casefold() != "v2":
        return None
    else:
        fams = ("v2",) if ver else ("api3-async",) if marker["async"] else ("api3",)
        prefix, rest = path[: marker.start()] + V4_BASE, path[marker.end() :]
    body = rest.removeprefix("/").removesuffix("/")  # one trailing slash is ignored, like ASP.NET does
    segs = body.split("/") if body else []
    folded = [unquote(s).casefold() for s in segs]
    found = [
        (c, f, v) for f in fams for c in _candidates(f) if (v := _values(c, method, segs, folded)) is not None
    ]
    if not found:
        base = LEGACY_BASES[fams[0]] if len(fams) == 1 else ""
        raise _unknown(method, base, _shape(segs), "no known legacy route matches", ())
    # literals beat placeholders, from the left; then a row beats the same-route rule; then the first
    cand, fam, values = max(
        found, key=lambda f: (tuple(x is not None for x in f[0].literals), f[0].row is not None)
    )
    row, op = cand.row, cand.op
    if op is None:
        assert row is not None
        raise _unknown(method, LEGACY_BASES[fam], row.template, row.note or "no v4 route", row.see_also)
    for name, raw in values.items():  # kept byte for byte, but must still address exactly one segment
        check_path_value(name, _decode(raw, name, form=False))

    items = [i for i in query.split("&") if i]
    if row is not None:
        _apply_row(row, items, values)
    v4_path = "/".join(values[names[0]] if (names := placeholders(s)) else s for s in op.path.split("/"))
    key, legacy = (row.key, row.template) if row else (f"same-route:{op.operation_id}", op.path)
    unwrap = row is not None and row.body == "operations"
    return Translation(method, prefix + v4_path, "&".join(items), key, LEGACY_BASES[fam] + legacy, op, unwrap)


def translate_v2(method: str, url: str) -> tuple[str, str]:
    """Translate a Version 2 or legacy ``API/3`` request to the v4 request that keeps its behaviour.

    ``url`` may be absolute (on any host, ``…/Profiles/v2/…`` or ``…/API/3/…``, in any case, becomes
    ``…/Profiles/v4/…``) or relative; a relative URL without a legacy base (``/Acme/Profile/42``) is taken
    as relative to one, and so is the result. A v4 URL is returned unchanged.

    Returns:
        ``(method, url)`` of the v4 request: values that stay in place keep their bytes, moved values are
        re-encoded, v2 defaults that v4 changed are pinned.

    Raises:
        UnknownRouteError: (an :class:`~mypreferences.errors.InvalidRequestError`) no v4 equivalent or no
            known route; the message names the closest v4 operations.
        InvalidRequestError: a value that must move into the path is missing, repeated or unsafe, or a path
            value is unsafe (a dot segment, control characters, invalid percent-encoded UTF-8).

    """
    text = str(url)
    parts = urlsplit(text)
    relative = not parts.scheme and not parts.netloc
    path = parts.path if parts.path.startswith("/") else "/" + parts.path
    marker = _MARKER.search(path)
    if marker is None and not relative:
        raise InvalidRequestError("not a Version 2 or API/3 URL (no /Profiles/v2 or /API/3 in its path)")
    tr = translate_raw(method, path, parts.query, None if marker else tuple(LEGACY_BASES))
    if tr is None:  # already v4 (or another version): nothing to do
        return method, text
    out = tr.path if parts.path.startswith("/") or not relative else tr.path[1:]
    return tr.method, urlunsplit((parts.scheme, parts.netloc, out, tr.query, parts.fragment))
