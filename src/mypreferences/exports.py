"""Segment exports (``mp.exports``): start one, wait for it, stream its profiles page by page."""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import httpx

from mypreferences import _resources
from mypreferences._paths import check_path_value, placeholders
from mypreferences._resources import OPERATIONS
from mypreferences.errors import ExportError, InvalidRequestError
from mypreferences.generated.models.export_job_status import ExportJobStatus
from mypreferences.generated.models.segment_match_criteria import SegmentMatchCriteria
from mypreferences.generated.models.segment_request_info import SegmentRequestInfo
from mypreferences.generated.types import Unset

if TYPE_CHECKING:
    from mypreferences._base_client import BaseClient, Operation, RequestOptions
    from mypreferences.generated.models.export_data_page import ExportDataPage
    from mypreferences.generated.models.export_status import ExportStatus
    from mypreferences.generated.models.exported_profile import ExportedProfile

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


def _absent(value: Any) -> bool:
    """Tell a field the server did not send: ``None``, or ``UNSET`` in models that still use it."""
    return value is None or isinstance(value, Unset)


class ExportPaginationError(ExportError):
    """A Retrieve page broke the paging contract, so continuing could skip or repeat records.

    Wrong ``Offset`` or ``Count``, no ``HasMore``, or ``HasMore`` true on an empty page or false before
    ``TotalResults`` records. Nothing is committed; ``offset`` is where to resume.
    """

    def __init__(self, message: str, *, offset: int) -> None:
        super().__init__(message, status=None)
        self.offset = offset


class ExportTimeoutError(ExportError, TimeoutError):
    """The export was still processing when :meth:`Exports.wait`'s ``timeout`` ran out."""


def format_last_date_time(dt: datetime, *, round_milliseconds: bool = True) -> str:
    """Format an aware datetime as an export ``LastDateTime``: UTC, ``YYYY-MM-DDTHH:mm:ss.sssZ``.

    The instant is cut to whole milliseconds (never rounded), then the last millisecond digit is rounded
    up as the Initiate documentation describes: 0-2 becomes 3, 3-6 becomes 7, 7-9 becomes 0 of the next
    ten, carrying into the next second, day or year (``.120``→``.123``, ``.128``→``.130``,
    ``23:59:59.999``→ next day ``00:00:00.000``). ``round_milliseconds=False`` leaves that to the server.

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
            step = 3 - digit if digit <= 2 else 7 - digit if digit <= 6 else 10 - digit
            utc += timedelta(milliseconds=step)
    except OverflowError:
        raise InvalidRequestError("last_date_time is out of range once rounded to milliseconds") from None
    return utc.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"  # 4-digit year, unlike strftime


@dataclass(frozen=True, slots=True)
class Match:
    """Restrict an export to given profiles (AND-ed with the segment's own criteria); see :data:`MatchSpec`.

    Attributes:
        criteria: ``"ProfileId"``, ``"AlternateId"``, ``"PhoneNumber"`` or ``"EmailAddress"``
            (or a :class:`SegmentMatchCriteria`).
        values: the identifiers (profile ids may be ints; they are sent as strings).
        type: ``MatchType``: the AlternateIdType name (required for ``AlternateId``), or optionally a
            customer type (``ProfileId``), a phone type or an email type.

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
"""What ``start(match=...)`` accepts: a :class:`Match` or a tuple ``(criteria, values[, type])``, e.g.
``("EmailAddress", ["a@x.com"])``."""


def _normalise_match(match: Any) -> tuple[SegmentMatchCriteria, str | None, list[str]]:
    if isinstance(match, tuple) and len(match) in (2, 3):
        match = Match(*match)
    if not isinstance(match, Match):
        raise InvalidRequestError("match must be a Match or a (criteria, values[, type]) tuple")
    try:
        criteria = SegmentMatchCriteria(match.criteria)
    except ValueError:
        allowed = ", ".join(sorted(c.value for c in SegmentMatchCriteria))
        raise InvalidRequestError(
            f"match criteria must be one of {allowed}, not {match.criteria!r}"
        ) from None
    raw = match.values
    if isinstance(raw, bytes | bytearray) or not isinstance(raw, str | int | Iterable):
        raise InvalidRequestError(f"match values must be a str, an int or a list, got {type(raw).__name__}")
    values: list[str] = []
    for v in [raw] if isinstance(raw, str | int) else raw:
        if isinstance(v, bool) or not isinstance(v, str | int):
            raise InvalidRequestError(f"match values must be str or int, got {type(v).__name__}")
        if not str(v).strip():
            raise InvalidRequestError("match values must not be empty")
        values.append(str(v))
    if not values:
        raise InvalidRequestError("match needs at least one value")
    if match.type is not None and (not isinstance(match.type, str) or not match.type.strip()):
        raise InvalidRequestError("match type must be a non-empty string")
    if criteria is SegmentMatchCriteria.ALTERNATEID and match.type is None:
        raise InvalidRequestError("matching on AlternateId needs the AlternateIdType as the match type")
    return criteria, match.type, values


def _check_template(name: str, template: Any) -> None:
    if not isinstance(template, str) or not template.startswith("/") or "{accessToken}" not in template:
        problem = "must be a path template starting with '/' with {accessToken}"
    elif any(c in "?#" or ord(c) < 0x21 or ord(c) == 0x7F for c in template):
        problem = "must be a bare path (no query, fragment, spaces or controls)"
    elif set(placeholders(template)) - {"clientId", "accessToken"}:
        problem = "may only use the placeholders {clientId} and {accessToken}"
    else:
        return
    raise InvalidRequestError(f"{name} route {problem}")


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
        for name in ("data", "commit"):
            if getattr(self, name) is not None:
                _check_template(name, getattr(self, name))


DEFAULT_ROUTES = ExportRoutes(OPERATIONS["GetSegmentExportData"].path, OPERATIONS["CommitSegmentExport"].path)
"""The routes of the spec."""


def next_offset(page: ExportDataPage) -> int:
    """Return ``Offset + Count`` of a page from :meth:`Exports.iter_pages`: the offset to resume from."""
    if _absent(page.offset) or _absent(page.count):
        raise InvalidRequestError("page has no Offset/Count (use pages from Exports.iter_pages)")
    return cast("int", page.offset) + cast("int", page.count)


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
        data, commit = self._routes.data or DEFAULT_ROUTES.data, self._routes.commit or DEFAULT_ROUTES.commit
        return ExportRoutes(data, commit)

    def with_routes(self, *, data: str | None = None, commit: str | None = None) -> Exports:
        """Return a copy sending Retrieve (``data``) and/or Commit to other route templates.

        E.g. ``mp.exports.with_routes(data="/Async/{clientId}/Export/Segment/{accessToken}")``; raises
        :class:`InvalidRequestError` when a template is not a bare path with ``{accessToken}``.
        """
        routes = ExportRoutes(data or self._routes.data, commit or self._routes.commit)
        return Exports(self._client, routes=routes)

    async def _call(self, op: Operation, options: RequestOptions | None, **params: Any) -> Any:
        routes = {"GetSegmentExportData": self._routes.data, "CommitSegmentExport": self._routes.commit}
        template = routes.get(op.operation_id)
        return await self._client.call(op, options, raw=self._raw, path_template=template, **params)

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
        """Initiate an export of a segment or a segment group; return its access token (an int).

        Args:
            segment: the segment name (InitiateSegmentExport).
            segment_group: the segment-group name (InitiateSegmentGroupExport). Give exactly one of the two.
            last_date_time: export only the changes since this *aware* datetime (a full export when
                omitted), sent as :func:`format_last_date_time` formats it.
            match: restrict the export to given profiles: a :class:`Match` or a tuple such as
                ``("EmailAddress", ["a@x.com"])`` or ``("AlternateId", ["C-1"], "CRM")``.
            callback_url: an absolute http(s) URL MyPreferences POSTs the status to when done.
            round_milliseconds: apply the millisecond rounding of :func:`format_last_date_time`.
            options: per-call :class:`~mypreferences.RequestOptions`.

        Raises:
            InvalidRequestError: invalid arguments; nothing is sent.

        """
        if (segment is None) == (segment_group is None):
            raise InvalidRequestError("give exactly one of segment= or segment_group=")
        body = SegmentRequestInfo()
        if last_date_time is not None:
            body.last_date_time = format_last_date_time(last_date_time, round_milliseconds=round_milliseconds)
        if match is not None:
            body.match_criteria, match_type, body.values = _normalise_match(match)
            if match_type is not None:
                body.match_type = match_type
        if callback_url is not None:
            try:
                url = httpx.URL(callback_url) if isinstance(callback_url, str) else None
            except httpx.InvalidURL:
                url = None
            if url is None or url.scheme not in ("http", "https") or not url.host:
                raise InvalidRequestError("callback_url must be an absolute http(s) URL")
            body.callback_url = callback_url
        if segment is not None:
            token = await self.initiate(segment, body=body, options=options)
        else:
            token = await self.initiate_group(cast("str", segment_group), body=body, options=options)
        value = token.access_token
        if isinstance(value, bool) or not isinstance(value, int):
            raise ExportError("the export Initiate response carries no AccessToken")
        return value

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
        """Poll the status until the export is ready; return the final status.

        The first poll is immediate; the delays between polls start at ``poll_interval`` and are
        multiplied by ``backoff``, capped at ``max_interval``; the last poll happens at the deadline.

        Returns:
            The status once ``Complete`` (ready to read) or ``Retrieved`` (already read or committed).

        Raises:
            ExportError: the status is ``Error``, ``Failed`` or ``Expired`` (``.status`` holds it;
                an expired export must be started again).
            ExportTimeoutError: still processing after ``timeout`` seconds (None: wait forever).

        """
        check_path_value("access_token", token, "integer")
        if not poll_interval > 0 or not max_interval > 0 or not backoff >= 1:
            raise InvalidRequestError("poll_interval and max_interval must be > 0 and backoff >= 1")
        if timeout is not None and not timeout >= 0:
            raise InvalidRequestError("timeout must be >= 0 (or None)")
        clock, sleep = self._client._clock, self._client._sleep
        deadline = None if timeout is None else clock() + timeout
        delay = min(poll_interval, max_interval)
        while True:
            status = await self.retrieve_status(token, options=options)
            state = status.status
            if state in _FAILED:
                hint = "; start a new export" if state == ExportJobStatus.EXPIRED else ""
                raise ExportError(f"export ended with status {state}{hint}", status=str(state))
            if state in _DONE:
                return status
            left = None if deadline is None else deadline - clock()
            if left is not None and left <= 0:
                shown = str(state or "no status")
                raise ExportTimeoutError(f"export still {shown} after {timeout} s", status=shown)
            await sleep(delay if left is None else min(delay, left))
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

        Pages are requested with ``keepAlive=true``, so the data stay readable until the commit; the
        next offset is ``Offset + Count``; the iteration ends after the page whose ``HasMore`` is false.
        Each page carries its ``offset`` and ``count`` (filled in when the server omits them), so
        ``next_offset(page)`` is the checkpoint to resume from with ``start_offset=``.

        With ``commit`` the export is committed (with ``keep_files``) when the iterator is exhausted, an
        empty export too, and never when the consumer stops early or an error is raised; with
        ``commit=False`` call :meth:`commit` yourself. Only the page last yielded is held.

        Raises:
            InvalidRequestError: invalid arguments (raised at call time, before any request).
            ExportPaginationError: a page breaks the paging contract.
            APIStatusError: an HTTP error, after the client's retries (e.g. a 503 or 500).

        """
        check_path_value("access_token", token, "integer")
        for name, value in (("page_size", page_size), ("start_offset", start_offset)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidRequestError(f"{name} must be an int >= 1, got {value!r}")

        async def pages() -> AsyncGenerator[ExportDataPage, None]:
            offset, has_more = start_offset, True
            while has_more:
                page = await self.retrieve_page(
                    token, limit=page_size, offset=offset, keep_alive=True, options=options
                )
                has_more = _check_page(page, offset)
                offset = next_offset(page)
                yield page
                del page  # the caller's copy is the only one while the next page is fetched
            if commit:
                await self.commit(token, keep_files=keep_files, options=options)

        return pages()

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

        Built on :meth:`iter_pages` (same arguments, paging and commit rules): the export is committed
        only when the iterator is exhausted. After a failure, resume with ``start_offset=`` the 1-based
        position of the first record not handled (records handled + the previous start).
        ``on_progress`` (see :data:`ExportProgressCallback`) is called after each page has been consumed.
        """
        pages = self.iter_pages(
            token,
            page_size=page_size,
            start_offset=start_offset,
            commit=commit,
            keep_files=keep_files,
            options=options,
        )

        async def profiles() -> AsyncGenerator[ExportedProfile, None]:
            try:
                async for page in pages:
                    items, done = page.user_profile_preferences or [], next_offset(page) - 1
                    total = None if _absent(page.total_results) else page.total_results
                    del page  # only the records are kept while they are handed out
                    items.reverse()  # hand out and forget each record: the list shrinks as they are consumed
                    while items:
                        yield items.pop()
                    if on_progress is not None:
                        result = on_progress(done, total)
                        if inspect.isawaitable(result):
                            await result
            finally:
                await pages.aclose()

        return profiles()

    def __repr__(self) -> str:
        data, commit = self.routes.data, self.routes.commit
        return f"Exports(client_id={self._client.client_id!r}, data={data!r}, commit={commit!r})"


def _lookup(page: ExportDataPage, attr: str, json_name: str) -> Any:
    """Read a counter of ``page``, else a case-insensitive extra key (the legacy JSON used ``hasmore``...)."""
    value = getattr(page, attr)
    if not _absent(value):
        return value
    return next((v for k, v in page.additional_properties.items() if k.lower() == json_name.lower()), None)


def _check_page(page: ExportDataPage, offset: int) -> bool:
    """Check a page requested at ``offset`` and fill in its Offset, Count and TotalResults; return HasMore."""
    n = len(page.user_profile_preferences or [])
    got, count = _lookup(page, "offset", "Offset"), _lookup(page, "count", "Count")
    has_more, total = _lookup(page, "has_more", "HasMore"), _lookup(page, "total_results", "TotalResults")
    total = total if isinstance(total, int) and not isinstance(total, bool) else None
    if got is not None and got != offset:
        problem = f"came back with Offset={got!r}"
    elif count is not None and (isinstance(count, bool) or not isinstance(count, int) or count != n):
        problem = f"says Count={count!r} but holds {n} record(s)"
    elif not isinstance(has_more, bool):
        problem = "does not say whether more records follow"
    elif has_more and n == 0:
        problem = "is empty but says HasMore=true"
    elif not has_more and total is not None and offset + n - 1 < total:
        problem = (
            f"says HasMore=false but only {offset + n - 1} of {total} record(s) were served; not committing"
        )
    else:
        page.offset, page.count = offset, n
        if total is not None:
            page.total_results = total
        return has_more
    raise ExportPaginationError(f"page at offset {offset} {problem}", offset=offset)
