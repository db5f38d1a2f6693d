"""Apply the route table: match a legacy URL, move its parameters, build the v4 URL.

Everything works on the **raw** (percent-encoded) text of the URL, so values that stay where they are
(path variables, query keys and values) are copied byte for byte. Only values that move between the query
and the path are decoded and re-encoded, as exactly one path segment (``quote(safe="")``, after the form
decoding of the query, where ``+`` means a space) or one query value. Every path value, moved or kept, is
checked like any SDK path value (no empty or dot segment, no control characters, valid UTF-8): the id swap
of the program-in-group route would otherwise turn ``%2E%2E`` into a different route.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import quote, unquote, unquote_plus, urlsplit, urlunsplit

from mypreferences._operation import Operation
from mypreferences._paths import check_path_value
from mypreferences._resources import OPERATIONS
from mypreferences.compat._routes import ROUTES, SAME_ROUTE_TAGS, Family, LegacyRoute
from mypreferences.errors import InvalidRequestError

__all__ = ["Translation", "UnknownRouteError", "translate_raw", "translate_v2"]

V4_BASE = "/Profiles/v4"
_MARKER = re.compile(r"/(?:profiles/(?P<ver>v\d+)|api/3(?P<async>/async)?)(?=/|$)", re.IGNORECASE)
_VAR = re.compile(r"^\{([^{}]+)\}$")
_LEGACY_BASES: dict[Family, str] = {"v2": "/Profiles/v2", "api3": "/API/3", "api3-async": "/API/3/async"}
_ALL_FAMILIES: tuple[Family, ...] = ("v2", "api3", "api3-async")


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
    """The outcome of translating one legacy request.

    Attributes:
        method: the v4 HTTP method.
        path: the v4 path (raw, percent-encoded, including the prefix before the legacy base).
        query: the v4 raw query string (without ``?``).
        key: the route table key, or ``"same-route:<operationId>"`` for the same-route rule.
        family: the legacy API the request belonged to.
        legacy_route: the legacy route template, with its legacy base (for messages).
        operation: the v4 operation.
        unwrap_operations: the body may need the v2 ``{"Operations": [...]}`` wrapper removed.

    """

    method: str
    path: str
    query: str
    key: str
    family: Family
    legacy_route: str
    operation: Operation
    unwrap_operations: bool

    @property
    def raw_path(self) -> str:
        """Path and query, as sent on the wire."""
        return f"{self.path}?{self.query}" if self.query else self.path


@dataclass(frozen=True, slots=True)
class _Candidate:
    segments: tuple[str, ...]  # literal (casefolded) or "{name}"
    method: str
    row: LegacyRoute | None
    op: Operation | None

    @property
    def specificity(self) -> tuple[int, ...]:
        return tuple(0 if _VAR.match(s) else 1 for s in self.segments)


def _segments(template: str) -> tuple[str, ...]:
    return tuple(s if _VAR.match(s) else s.casefold() for s in template.strip("/").split("/"))


@cache
def _candidates(family: Family) -> tuple[_Candidate, ...]:
    rows = [
        _Candidate(_segments(r.template), r.method, r, OPERATIONS[r.operation_id] if r.operation_id else None)
        for r in ROUTES
        if r.family == family
    ]
    same = [
        _Candidate(_segments(op.path), op.method, None, op)
        for op in OPERATIONS.values()
        if op.tag in SAME_ROUTE_TAGS[family]
    ]
    return (*rows, *same)


def _match(candidate: _Candidate, method: str, segs: list[str]) -> dict[str, str] | None:
    if candidate.method != method or len(candidate.segments) != len(segs):
        return None
    captures: dict[str, str] = {}
    for pattern, seg in zip(candidate.segments, segs, strict=True):
        var = _VAR.match(pattern)
        if var:
            if not seg:
                return None
            captures[var.group(1)] = seg
        elif unquote(seg).casefold() != pattern:
            return None
    return captures


def _shape(segs: list[str]) -> str:
    """Return the route without user data: the account and value-like segments become ``{}``."""
    shown = ["{}" if i == 0 or not re.fullmatch(r"[A-Za-z]+", s) else s for i, s in enumerate(segs)]
    return "/" + "/".join(shown)


def suggest(method: str, route: str, limit: int = 3) -> tuple[str, ...]:
    """Return the v4 operationIds closest to ``method route`` (difflib on route and operation names)."""
    probe = f"{method} {route.replace('/{}', '', 1)}".casefold()
    words = method.casefold() + "".join(w for w in re.findall(r"[A-Za-z]+", route)).casefold()
    scored: list[tuple[float, str]] = []
    for op in OPERATIONS.values():
        path = re.sub(r"\{[^}]+\}", "{}", op.path.replace("/{clientId}", "", 1))
        by_route = difflib.SequenceMatcher(None, probe, f"{op.method} {path}".casefold()).ratio()
        by_name = difflib.SequenceMatcher(None, words, op.operation_id.casefold()).ratio()
        scored.append((max(by_route, by_name) + (0.05 if op.method == method else 0.0), op.operation_id))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return tuple(op_id for _, op_id in scored[:limit])


def _describe(op_ids: tuple[str, ...]) -> str:
    return ", ".join(f"{o} (mp.{OPERATIONS[o].resource}.{OPERATIONS[o].name})" for o in op_ids)


def _unknown(
    method: str, base: str, route: str, reason: str, see_also: tuple[str, ...] = ()
) -> UnknownRouteError:
    suggestions = see_also or suggest(method, route)
    return UnknownRouteError(
        f"{method} {base}{route} has no v4 equivalent ({reason}); closest v4 operations: {_describe(suggestions)}",
        method=method,
        route=route,
        suggestions=suggestions,
    )


def _decode(text: str, name: str, *, form: bool) -> str:
    try:
        return unquote_plus(text, errors="strict") if form else unquote(text, errors="strict")
    except UnicodeDecodeError as exc:
        raise InvalidRequestError(f"parameter {name!r} is not valid percent-encoded UTF-8") from exc


def _query_name(item: str) -> str:
    return unquote_plus(item.partition("=")[0]).casefold()


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
        if marker.group("ver") is not None and marker.group("ver").casefold() != "v2":
            return None
        family: Family = "v2" if marker.group("ver") else ("api3-async" if marker.group("async") else "api3")
        families, prefix, rest = (family,), path[: marker.start()] + V4_BASE, path[marker.end() :]
    elif families is None:
        return None
    else:
        prefix, rest = "", path if path.startswith("/") else "/" + path
    body = rest[1:] if rest.startswith("/") else rest
    body = body[:-1] if body.endswith("/") else body  # one trailing slash is ignored, like ASP.NET does
    segs = body.split("/") if body else []

    best: tuple[tuple[tuple[int, ...], int], _Candidate, dict[str, str], Family] | None = None
    for fam in families:
        for cand in _candidates(fam):
            captures = _match(cand, method, segs)
            if captures is not None:
                rank = (cand.specificity, 1 if cand.row is not None else 0)
                if best is None or rank > best[0]:
                    best = (rank, cand, captures, fam)
    shape = _shape(segs)
    base = _LEGACY_BASES[families[0]] if len(families) == 1 else ""
    if best is None:
        raise _unknown(method, base, shape, "no known legacy route matches")
    _, cand, captures, fam = best
    row, op = cand.row, cand.op
    if op is None:
        assert row is not None
        raise _unknown(method, _LEGACY_BASES[fam], row.template, row.note or "no v4 route", row.see_also)
    for name, raw in captures.items():  # kept byte for byte, but must still address exactly one segment
        check_path_value(name, _decode(raw, name, form=False))

    items = [i for i in query.split("&") if i] if query else []
    path_values: dict[str, str] = {}
    moved_to_query: list[str] = []
    if row is not None:
        for q_name, var in row.query_to_path:
            hits = [i for i in items if _query_name(i) == q_name.casefold()]
            if len(hits) != 1:
                raise InvalidRequestError(
                    f"{row.title}: query parameter {q_name!r} must be given exactly once (it moves into the v4 path)"
                )
            value = _decode(hits[0].partition("=")[2], q_name, form=True)
            check_path_value(q_name, value)
            path_values[var] = quote(value, safe="")
            items.remove(hits[0])
        for var, q_name in row.path_to_query:
            value = _decode(captures.pop(var), var, form=False)
            moved_to_query.append(f"{q_name}={quote(value, safe='')}")
        renames = {old.casefold(): new for old, new in row.rename}
        items = [
            f"{renames[_query_name(i)]}{'=' if '=' in i else ''}{i.partition('=')[2]}"
            if _query_name(i) in renames
            else i
            for i in items
        ]
        items += moved_to_query
        for name, pinned in row.pins:
            wire = f"{name}={str(pinned).lower()}"
            for n, item in enumerate(items):
                if _query_name(item) == name.casefold():
                    if item.partition("=")[2] == "":  # sent empty: the server would apply its (v4) default
                        items[n] = wire
                    break
            else:
                items.append(wire)

    out: list[str] = []
    for seg in op.path.strip("/").split("/"):
        placeholder = _VAR.match(seg)
        if placeholder is None:
            out.append(seg)
        elif placeholder.group(1) in path_values:
            out.append(path_values[placeholder.group(1)])
        elif placeholder.group(1) in captures:
            out.append(captures[placeholder.group(1)])
        else:  # pragma: no cover - the table tests make this impossible
            raise InvalidRequestError(
                f"route table: no value for v4 path variable {seg} of {op.operation_id}"
            )
    return Translation(
        method=method,
        path=prefix + "/" + "/".join(out),
        query="&".join(items),
        key=row.key if row is not None else f"same-route:{op.operation_id}",
        family=fam,
        legacy_route=_LEGACY_BASES[fam] + (row.template if row is not None else op.path),
        operation=op,
        unwrap_operations=row is not None and row.unwrap_operations,
    )


def translate_v2(method: str, url: str) -> tuple[str, str]:
    """Translate a Version 2 or legacy ``API/3`` request to the v4 request that keeps its behaviour.

    ``url`` may be absolute (any host: ``https://pm.mypreferences.com/Profiles/v2/Acme/Profile/1``, an
    ``…/API/3/…`` URL — matched case-insensitively — is moved to ``…/Profiles/v4/…`` on the same host) or
    relative. A relative URL without a legacy base (``/Acme/Profile/AlternateId?…``) is taken as relative
    to a legacy base and the result is relative to the v4 base. A URL that is already v4 is returned
    unchanged.

    Returns:
        ``(method, url)`` of the v4 request. Values that stay in place keep their percent-encoding byte
        for byte; values that move between query and path are re-encoded; defaults whose v4 value
        differs from v2 are pinned (e.g. ``implied=false``, ``includeConsentHistory=false``).

    Raises:
        UnknownRouteError: (an :class:`~mypreferences.errors.InvalidRequestError`) the route has no v4
            equivalent or matches no known route; the message names the closest v4 operations.
        InvalidRequestError: a parameter that must move into the path is missing, repeated or unsafe, or a
            path value is unsafe (a dot segment, control characters, invalid percent-encoded UTF-8).

    """
    text = str(url)
    parts = urlsplit(text)
    relative = not parts.scheme and not parts.netloc
    leading_slash = parts.path.startswith("/") or not relative
    path = parts.path if parts.path.startswith("/") else "/" + parts.path
    marker = _MARKER.search(path)
    if marker is None and not relative:
        raise InvalidRequestError("not a Version 2 or API/3 URL (no /Profiles/v2 or /API/3 in its path)")
    tr = translate_raw(method, path, parts.query, None if marker else _ALL_FAMILIES)
    if tr is None:  # already v4 (or another version): nothing to do
        return method, text
    out = tr.path if leading_slash else tr.path[1:]
    return tr.method, urlunsplit((parts.scheme, parts.netloc, out, tr.query, parts.fragment))
