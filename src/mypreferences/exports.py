"""Segment exports (``mp.exports``): start one, wait for it, stream its profiles page by page."""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Callable, Iterable, Iterator, Sequence
from contextlib import aclosing
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import httpx

from mypreferences import _resources
from mypreferences._paths import check_path_value, placeholders
from mypreferences._resources import OPERATIONS
from mypreferences.errors import APIResponseValidationError, ExportError, InvalidRequestError
from mypreferences.generated.api.segment_export import get_segment_export_data
from mypreferences.generated.errors import ResponseShapeError
from mypreferences.generated.models import ExportDataPage, ExportedProfile, ExportJobStatus, ExportStatus
from mypreferences.generated.models.segment_match_criteria import SegmentMatchCriteria
from mypreferences.generated.types import loads_json

if TYPE_CHECKING:
    from mypreferences._base_client import BaseClient, Operation, RequestOptions

__all__ = [
    "DEFAULT_ROUTES",
    "ExportPaginationError",
    "ExportProgressCallback",
    "ExportRoutes",
    "ExportTimeoutError",
    "Exports",
    "Match",
    "MatchSpec",
    "format_last_date_time",
    "next_offset",
]

ExportProgressCallback: TypeAlias = Callable[[int, "int | None"], object]
"""``on_progress(records_so_far, total)`` (awaited if async): the 1-based position of the last consumed
record (records before ``start_offset`` count as consumed) and ``TotalResults`` (None when not sent)."""

_FAILED = {ExportJobStatus.ERROR, ExportJobStatus.FAILED, ExportJobStatus.EXPIRED}
_DONE = {ExportJobStatus.COMPLETE, ExportJobStatus.RETRIEVED}


class ExportPaginationError(ExportError):
    """A Retrieve page broke the paging contract; nothing is committed, ``offset`` is where to resume.

    Wrong ``Offset`` or ``Count``, no ``HasMore``, or ``HasMore`` true on an empty page or false before
    ``TotalResults`` records.
    """

    def __init__(self, message: str, *, offset: int) -> None:
        super().__init__(message, status=None)
        self.offset = offset


class ExportTimeoutError(ExportError, TimeoutError):
    """The export was still processing when :meth:`Exports.wait`'s ``timeout`` ran out."""


def format_last_date_time(dt: datetime, *, round_milliseconds: bool = True) -> str:
    """Format an aware datetime as an export ``LastDateTime``: UTC, ``YYYY-MM-DDTHH:mm:ss.sssZ``.

    The instant is cut to whole milliseconds, then (unless ``round_milliseconds=False``) the last digit is
    rounded up as Initiate documents it: 0-2 to 3, 3-6 to 7, 7-9 to 0 of the next ten, carrying into the
    next second, day or year (``.120``→``.123``, ``.128``→``.130``, ``23:59:59.999``→ next day ``00:00``).

    Raises:
        InvalidRequestError: ``dt`` is not a datetime, is naive (no ``tzinfo``), or rounds past year 9999.

    """
    if not isinstance(dt, datetime):
        raise InvalidRequestError(f"last_date_time must be a datetime, got {type(dt).__name__}")
    if dt.utcoffset() is None:
        raise InvalidRequestError("last_date_time must be timezone-aware (e.g. datetime.now(UTC)), not naive")
    try:
        utc = dt.astimezone(UTC)
        utc = utc.replace(microsecond=utc.microsecond // 1000 * 1000)
        if round_milliseconds:
            digit = utc.microsecond // 1000 % 10
            utc += timedelta(milliseconds=(3 if digit <= 2 else 7 if digit <= 6 else 10) - digit)
    except OverflowError:
        raise InvalidRequestError("last_date_time is out of range once rounded to milliseconds") from None
    return utc.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"  # 4-digit year, unlike strftime


@dataclass(frozen=True, slots=True)
class Match:
    """Restrict an export to given profiles (AND-ed with the segment's own criteria); see :data:`MatchSpec`.

    Attributes:
        criteria: ``"ProfileId"``, ``"AlternateId"``, ``"PhoneNumber"`` or ``"EmailAddress"``.
        values: the identifiers (profile ids may be ints; they are sent as strings).
        type: ``MatchType``: the AlternateIdType (required for ``AlternateId``), or optionally a customer
            type (``ProfileId``), a phone type or an email type.

    """

    criteria: SegmentMatchCriteria | str
    values: Sequence[str | int]
    type: str | None = None

    @classmethod
    def profile_ids(cls, *ids: int | str, customer_type: str | None = None) -> Match:
        """Match by profile id (optionally of one customer type)."""
        return cls(SegmentMatchCriteria.PROFILEID, ids, customer_type)

    @classmethod
    def alternate_ids(cls, alternate_id_type: str, *ids: str) -> Match:
        """Match by alternate id of the given AlternateIdType (required by the API)."""
        return cls(SegmentMatchCriteria.ALTERNATEID, ids, alternate_id_type)

    @classmethod
    def emails(cls, *addresses: str, email_type: str | None = None) -> Match:
        """Match by email address (optionally of one email type)."""
        return cls(SegmentMatchCriteria.EMAILADDRESS, addresses, email_type)

    @classmethod
    def phone_numbers(cls, *numbers: str, phone_type: str | None = None) -> Match:
        """Match by phone number (optionally of one phone type)."""
        return cls(SegmentMatchCriteria.PHONENUMBER, numbers, phone_type)


_Criteria: TypeAlias = SegmentMatchCriteria | str
_Values: TypeAlias = Sequence[str | int] | str | int
MatchSpec: TypeAlias = Match | tuple[_Criteria, _Values] | tuple[_Criteria, _Values, str | None]
"""What ``start(match=...)`` accepts: a :class:`Match` or a tuple ``(criteria, values[, type])``."""


def _match_body(match: Any) -> dict[str, Any]:
    """Check a :data:`MatchSpec`; return its ``MatchCriteria``, ``Values`` and ``MatchType`` to send."""
    if isinstance(match, tuple) and len(match) in (2, 3):
        match = Match(*match)
    if not isinstance(match, Match):
        raise InvalidRequestError("match must be a Match or a (criteria, values[, type]) tuple")
    if match.criteria not in list(SegmentMatchCriteria):
        allowed = ", ".join(SegmentMatchCriteria)
        raise InvalidRequestError(f"match criteria must be one of {allowed}, not {match.criteria!r}")
    raw, kind = match.values, match.type
    if isinstance(raw, bytes | bytearray) or not isinstance(raw, str | int | Iterable):
        raise InvalidRequestError(f"match values must be a str, an int or a list, got {type(raw).__name__}")
    values = [raw] if isinstance(raw, str | int) else list(raw)
    for v in values:
        if isinstance(v, bool) or not isinstance(v, str | int):
            raise InvalidRequestError(f"match values must be str or int, got {type(v).__name__}")
        if not str(v).strip():
            raise InvalidRequestError("match values must not be empty")
    if not values:
        raise InvalidRequestError("match needs at least one value")
    if kind is not None and (not isinstance(kind, str) or not kind.strip()):
        raise InvalidRequestError("match type must be a non-empty string")
    if match.criteria == SegmentMatchCriteria.ALTERNATEID and kind is None:
        raise InvalidRequestError("matching on AlternateId needs the AlternateIdType as the match type")
    body = {"MatchCriteria": str(match.criteria), "Values": [str(v) for v in values]}
    return body if kind is None else {**body, "MatchType": kind}


def _route_problem(template: Any) -> str | None:
    if not isinstance(template, str) or not template.startswith("/") or "{accessToken}" not in template:
        return "must be a path template starting with '/' with {accessToken}"
    if any(c in "?#" or ord(c) < 0x21 or ord(c) == 0x7F for c in template):
        return "must be a bare path (no query, fragment, spaces or controls)"
    if set(placeholders(template)) - {"clientId", "accessToken"}:
        return "may only use the placeholders {clientId} and {accessToken}"
    return None


@dataclass(frozen=True, slots=True)
class ExportRoutes:
    """The route templates of Retrieve (``data``: GetSegmentExportData) and Commit (CommitSegmentExport).

    ``None`` keeps the spec's (unconfirmed) route. A template is a bare path relative to the base URL
    with the placeholders ``{accessToken}`` and optionally ``{clientId}`` (values are percent-encoded as
    whole segments), e.g. ``"/Async/{clientId}/Export/{accessToken}"``; else InvalidRequestError is raised.
    """

    data: str | None = None
    commit: str | None = None

    def __post_init__(self) -> None:
        for name, template in (("data", self.data), ("commit", self.commit)):
            if template is not None and (problem := _route_problem(template)):
                raise InvalidRequestError(f"{name} route {problem}")


DEFAULT_ROUTES = ExportRoutes(OPERATIONS["GetSegmentExportData"].path, OPERATIONS["CommitSegmentExport"].path)
"""The routes of the spec."""


def next_offset(page: ExportDataPage) -> int:
    """Return ``Offset + Count`` of a page from :meth:`Exports.iter_pages`: the offset to resume from."""
    if page.offset is None or page.count is None:
        raise InvalidRequestError("page has no Offset/Count (use pages from Exports.iter_pages)")
    return page.offset + page.count


# The helpers read pages through this module, not the generated one: the same request (``_get_kwargs``),
# but the records stay JSON until handed out, then are parsed one by one; models that die young spare the
# garbage collector its full passes (iter_profiles: ~1.5x the throughput of parsing whole pages).
_get_kwargs = get_segment_export_data._get_kwargs
_RETRIEVE = replace(OPERATIONS["GetSegmentExportData"], module=__name__)
_COUNTERS = {k.lower(): k for k in ("Count", "HasMore", "Limit", "Offset", "TotalResults")}


def _build_response(*, client: Any, response: httpx.Response) -> SimpleNamespace:
    """Parse a Retrieve page but its records: ``parsed`` is ``(page, response)``."""
    body = loads_json(response.content)
    if isinstance(body, dict):  # the legacy JSON spelled the counters in other cases (``hasmore``...)
        body = {**{_COUNTERS.get(k.lower(), k): v for k, v in body.items()}, **body}
    records = body.pop("UserProfilePreferences", None) if isinstance(body, dict) else None
    page = ExportDataPage.from_dict(body)
    if records is not None and not isinstance(records, list):
        raise ResponseShapeError("UserProfilePreferences", "array", records, body)
    page.user_profile_preferences = records
    return SimpleNamespace(parsed=(page, response))


class Exports(_resources.Exports):
    """Segment exports: the export operations, and helpers to start one, wait for it and stream it.

    ``routes`` overrides the Retrieve/Commit routes (see :class:`ExportRoutes`).
    """

    __slots__ = ("_routes",)

    def __init__(self, client: BaseClient, *, routes: ExportRoutes | None = None) -> None:
        if routes is not None and not isinstance(routes, ExportRoutes):
            raise InvalidRequestError("routes must be an ExportRoutes")
        super().__init__(client)
        self._routes = routes or ExportRoutes()

    @property
    def routes(self) -> ExportRoutes:
        """The effective Retrieve/Commit route templates."""
        own, default = self._routes, DEFAULT_ROUTES
        return ExportRoutes(own.data or default.data, own.commit or default.commit)

    def with_routes(self, *, data: str | None = None, commit: str | None = None) -> Exports:
        """Return a copy sending Retrieve (``data``) and/or Commit to other route templates.

        E.g. ``mp.exports.with_routes(data="/Async/{clientId}/Export/Segment/{accessToken}")``; raises
        :class:`InvalidRequestError` when a template is not a bare path with ``{accessToken}``.
        """
        own = self._routes
        return Exports(self._client, routes=ExportRoutes(data or own.data, commit or own.commit))

    async def _call(self, op: Operation, options: RequestOptions | None, **params: Any) -> Any:
        route = {"GetSegmentExportData": self._routes.data, "CommitSegmentExport": self._routes.commit}
        params["path_template"] = route.get(op.operation_id)
        return await self._client.call(op, options, raw=self._raw, **params)

    async def start(
        self,
        *,
        segment: str | None = None,
        segment_group: str | None = None,
        last_date_time: datetime | None = None,
        match: MatchSpec | None = None,
        callback_url: str | None = None,
        round_milliseconds: bool = True,
        options: RequestOptions | None = None,
    ) -> int:
        """Initiate an export of a ``segment`` or a ``segment_group`` (exactly one); return its access token.

        ``last_date_time`` (an *aware* datetime, sent as :func:`format_last_date_time` formats it, with
        ``round_milliseconds``) exports only the changes since then, else everything; ``match`` restricts it
        to given profiles: a :class:`Match` or a tuple such as ``("AlternateId", ["C-1"], "CRM")``;
        ``callback_url`` is an absolute http(s) URL MyPreferences POSTs the status to when done.

        Raises:
            InvalidRequestError: invalid arguments; nothing is sent.

        """
        if (segment is None) == (segment_group is None):
            raise InvalidRequestError("give exactly one of segment= or segment_group=")
        body = {} if match is None else _match_body(match)
        if last_date_time is not None:
            since = format_last_date_time(last_date_time, round_milliseconds=round_milliseconds)
            body["LastDateTime"] = since
        if callback_url is not None:
            try:
                url = httpx.URL(callback_url) if isinstance(callback_url, str) else None
            except httpx.InvalidURL:
                url = None
            if url is None or url.scheme not in ("http", "https") or not url.host:
                raise InvalidRequestError("callback_url must be an absolute http(s) URL")
            body["CallbackURL"] = callback_url
        if segment is not None:
            token = await self.initiate(segment, body=body, options=options)
        else:
            token = await self.initiate_group(cast("str", segment_group), body=body, options=options)
        if isinstance(token.access_token, bool) or not isinstance(token.access_token, int):
            raise ExportError("the export Initiate response carries no AccessToken")
        return token.access_token

    async def wait(
        self,
        token: int,
        *,
        poll_interval: float = 2.0,
        max_interval: float = 30.0,
        backoff: float = 1.5,
        timeout: float | None = 3600.0,  # noqa: ASYNC109 - a polling budget, not an I/O timeout
        options: RequestOptions | None = None,
    ) -> ExportStatus:
        """Poll the status until the export is ``Complete`` (or ``Retrieved``: already read); return it.

        The first poll is immediate, the next after ``poll_interval`` seconds, each delay then multiplied
        by ``backoff`` up to ``max_interval``; the last poll happens at the deadline.

        Raises:
            ExportError: the status is ``Error``, ``Failed`` or ``Expired`` (in ``.status``; an expired
                export must be started again).
            ExportTimeoutError: still processing after ``timeout`` seconds (None: wait forever).

        """
        check_path_value("access_token", token, "integer")
        if not poll_interval > 0 or not max_interval > 0 or not backoff >= 1:
            raise InvalidRequestError("poll_interval and max_interval must be > 0 and backoff >= 1")
        if timeout is not None and not timeout >= 0:
            raise InvalidRequestError("timeout must be >= 0 (or None)")
        clock = self._client._clock
        deadline = None if timeout is None else clock() + timeout
        delay = min(poll_interval, max_interval)
        while True:
            status = await self.retrieve_status(token, options=options)
            if (state := status.status) in _FAILED:
                hint = "; start a new export" if state == ExportJobStatus.EXPIRED else ""
                raise ExportError(f"export ended with status {state}{hint}", status=str(state))
            if state in _DONE:
                return status
            left = None if deadline is None else deadline - clock()
            if left is not None and left <= 0:
                shown = str(state or "no status")
                raise ExportTimeoutError(f"export still {shown} after {timeout} s", status=shown)
            await self._client._sleep(delay if left is None else min(delay, left))
            delay = min(delay * backoff, max_interval)

    def iter_pages(
        self,
        token: int,
        *,
        page_size: int = 1000,
        start_offset: int = 1,
        commit: bool = True,
        keep_files: bool = False,
        options: RequestOptions | None = None,
    ) -> AsyncGenerator[ExportDataPage, None]:
        """Iterate over the pages of a ready export, from the 1-based ``start_offset``.

        Pages are requested with ``keepAlive=true`` (the data stay readable until the commit) at the
        previous page's ``Offset + Count``, up to the page whose ``HasMore`` is false. Each page carries
        its ``offset`` and ``count`` (filled in when not sent): ``next_offset(page)`` is the
        ``start_offset=`` to resume from. With ``commit`` the export is committed (with ``keep_files``)
        when the iterator is exhausted, an empty export too, never when the consumer stops early or an
        error is raised (``commit=False``: call :meth:`commit` yourself). Only the page last yielded is held.

        Raises:
            InvalidRequestError: invalid arguments (raised at call time, before any request).
            ExportPaginationError: a page breaks the paging contract.
            APIStatusError: an HTTP error, after the client's retries (e.g. a 503 or 500).

        """
        return self._pages(token, page_size, start_offset, commit, keep_files, options, eager=True)

    def iter_profiles(
        self,
        token: int,
        *,
        page_size: int = 1000,
        start_offset: int = 1,
        on_progress: ExportProgressCallback | None = None,
        commit: bool = True,
        keep_files: bool = False,
        options: RequestOptions | None = None,
    ) -> AsyncGenerator[ExportedProfile, None]:
        """Iterate over the exported profiles of a ready export, across pages (at most one in memory).

        Same arguments, paging, commit rules and errors as :meth:`iter_pages`; a record that does not
        match the spec raises where it would have been handed out. After a failure, resume with
        ``start_offset=`` the 1-based position of the first record not handled (records handled + the
        previous start). ``on_progress`` (see :data:`ExportProgressCallback`) is called after each page.
        """
        pages = self._pages(token, page_size, start_offset, commit, keep_files, options, eager=False)

        async def profiles() -> AsyncGenerator[ExportedProfile, None]:
            async with aclosing(pages):
                async for page, records in pages:
                    done, total = next_offset(page) - 1, page.total_results
                    del page  # only the records are held while they are handed out, each parsed then dropped
                    for profile in records:
                        yield profile
                    if on_progress is not None and inspect.isawaitable(result := on_progress(done, total)):
                        await result

        return profiles()

    def _pages(
        self, token: int, size: int, start: int, commit: bool, keep: bool, options: Any, *, eager: bool
    ) -> AsyncGenerator[Any, None]:
        """Check the arguments now; return the pages (``eager``), or ``(page, records)`` parsed lazily."""
        check_path_value("access_token", token, "integer")
        for name, value in (("page_size", size), ("start_offset", start)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidRequestError(f"{name} must be an int >= 1, got {value!r}")
        route = self.routes.data

        async def pages() -> AsyncGenerator[Any, None]:
            offset, has_more = start, True
            while has_more:
                page, response = await self._call(
                    _RETRIEVE, options, access_token=token, limit=size, offset=offset, keep_alive=True
                )
                has_more = _check_page(page, offset)
                offset = next_offset(page)
                records = _records(page.user_profile_preferences or [], response, route)
                if eager:
                    page.user_profile_preferences = list(records)
                yield page if eager else (page, records)
                del page, response, records  # only the caller's copy is left while the next one is fetched
            if commit:
                await self.commit(token, keep_files=keep, options=options)

        return pages()

    def __repr__(self) -> str:
        data, commit = self.routes.data, self.routes.commit
        return f"Exports(client_id={self._client.client_id!r}, data={data!r}, commit={commit!r})"


def _records(items: list[Any], response: httpx.Response, route: str | None) -> Iterator[ExportedProfile]:
    """Parse the JSON records of a page one at a time, dropping each from ``items`` as it is handed out."""
    parse = ExportedProfile.from_dict
    for i in range(len(items)):
        item, items[i] = items[i], None
        try:
            profile = None if item is None else parse(item)
        except ResponseShapeError as exc:
            where = f"at $.UserProfilePreferences[{i}]{exc.path[1:]}"
            message = f"GetSegmentExportData: the response body does not match the spec {where}"
            raise APIResponseValidationError(message, response=response, route=route) from None
        yield profile  # type: ignore[misc]  # a null record stays None, as in the page model


def _check_page(page: ExportDataPage, offset: int) -> bool:
    """Check a page requested at ``offset`` and fill in its Offset, Count and TotalResults; return HasMore."""
    n, total = len(page.user_profile_preferences or []), page.total_results
    if page.offset is not None and page.offset != offset:
        problem = f"came back with Offset={page.offset!r}"
    elif page.count is not None and page.count != n:
        problem = f"says Count={page.count!r} but holds {n} record(s)"
    elif page.has_more is None:
        problem = "does not say whether more records follow"
    elif page.has_more and n == 0:
        problem = "is empty but says HasMore=true"
    elif not page.has_more and total is not None and (last := offset + n - 1) < total:
        problem = f"says HasMore=false but only {last} of {total} record(s) were served; not committing"
    else:
        page.offset, page.count = offset, n
        return page.has_more
    raise ExportPaginationError(f"page at offset {offset} {problem}", offset=offset)
