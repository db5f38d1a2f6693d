"""Segment exports: start one, wait for it, and stream its profiles page by page.

The export workflow of the Connectivity (Bulk) API is Initiate → Status → Retrieve (paged) → Commit.
:class:`Exports` (``mp.exports``) wraps it::

    token = await mp.exports.start(segment="Newsletter", last_date_time=since)
    await mp.exports.wait(token)
    async for profile in mp.exports.iter_profiles(token):
        handle(profile)                      # one page in memory at a time
    # exhausting the iterator committed the export (CommitSegmentExport)

Paging rules (connectivity reference §A.4): pages are read with ``keepAlive=true``, so the data stay
readable until the export is committed; the next 1-based offset is ``Offset + Count``; the export
ends when ``HasMore`` is false. The commit is sent only once the caller has consumed the last page,
so if anything fails (or the consumer stops early) the token is still open and the export can be
resumed from the first unconsumed record with ``start_offset=``::

    done = 0
    try:
        async for profile in mp.exports.iter_profiles(token):
            handle(profile)
            done += 1
    except MyPreferencesError:
        ...  # later: mp.exports.iter_profiles(token, start_offset=done + 1)

``iter_pages`` gives the same stream page by page, for checkpointing on page boundaries
(``next_offset(page)``).

Route templates: the v4 Retrieve and Commit routes are not documented (reference §A.1; the spec uses
the inferred candidates). They can be changed without regenerating the client::

    exports = mp.exports.with_routes(data="/Async/{clientId}/Export/Segment/{accessToken}")

Templates use the spec's placeholders ``{clientId}`` and ``{accessToken}``; values are
percent-encoded as whole path segments, exactly as the generated code does.
"""

from __future__ import annotations

import inspect
import string
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from mypreferences._paths import check_path_value
from mypreferences._resources import OPERATIONS, SegmentExportResource
from mypreferences.errors import (
    ExportError,
    InvalidRequestError,
)
from mypreferences.generated.models.export_job_status import ExportJobStatus
from mypreferences.generated.models.segment_match_criteria import SegmentMatchCriteria
from mypreferences.generated.models.segment_request_info import SegmentRequestInfo
from mypreferences.generated.types import UNSET, Unset

if TYPE_CHECKING:
    from mypreferences._client import RequestOptions, _BaseClient
    from mypreferences._operation import Operation
    from mypreferences.generated.models.export_data_page import ExportDataPage
    from mypreferences.generated.models.export_status import ExportStatus
    from mypreferences.generated.models.exported_profile import ExportedProfile

__all__ = [
    "DEFAULT_ROUTES",
    "ExportPaginationError",
    "ExportProgressCallback",
    "ExportRoutes",
    "Exports",
    "Match",
    "MatchSpec",
    "format_last_date_time",
    "next_offset",
]

ExportProgressCallback: TypeAlias = Callable[[int, "int | None"], object]
"""``on_progress(records_so_far, total)``; may return an awaitable (an async callback is awaited).

``records_so_far`` is the 1-based position of the last consumed record in the export (records before
``start_offset`` count as consumed); ``total`` is the page's ``TotalResults`` (None when not sent).
"""

_FAILED = {ExportJobStatus.ERROR, ExportJobStatus.FAILED, ExportJobStatus.EXPIRED}
_DONE = {ExportJobStatus.COMPLETE, ExportJobStatus.RETRIEVED}
_PLACEHOLDERS = frozenset({"clientId", "accessToken"})


class ExportPaginationError(ExportError):
    """A Retrieve page broke the paging contract, so continuing could skip or repeat records.

    Raised for ``HasMore`` true with ``Count`` 0 (the loop would never end), an ``Offset`` other than
    the one requested, a ``Count`` different from the number of records in the page, or a page that
    does not say whether more records follow. Nothing is committed; ``offset`` is where to resume.
    """

    def __init__(self, message: str, *, offset: int) -> None:
        super().__init__(message, status=None)
        self.offset = offset


# -- LastDateTime ------------------------------------------------------------------------------


def format_last_date_time(dt: datetime, *, round_milliseconds: bool = True) -> str:
    """Format an aware datetime as an export ``LastDateTime``: UTC, ``YYYY-MM-DDTHH:mm:ss.sssZ``.

    The value is converted to UTC and cut to whole milliseconds (sub-millisecond digits are dropped,
    never rounded up). Then, unless ``round_milliseconds`` is false, the documented rule of the
    Initiate page (seed 002, connectivity reference §A.2.1) is applied to the last digit of the
    milliseconds: 0-2 becomes 3, 3-6 becomes 7, and 7-9 becomes 0 of the next ten milliseconds,
    carrying into the next second, minute, day or year (``.120``→``.123``, ``.124``→``.127``,
    ``.128``→``.130``, ``23:59:59.999``→ next day ``00:00:00.000``).

    The reference describes this as the server's own rounding; pass ``round_milliseconds=False`` to
    send the instant unrounded and leave the rounding to the server.

    Raises:
        InvalidRequestError: ``dt`` is not a datetime, is naive (no ``tzinfo``), or rounds past year 9999.

    """
    if not isinstance(dt, datetime):
        raise InvalidRequestError(f"last_date_time must be a datetime, got {type(dt).__name__}")
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise InvalidRequestError(
            "last_date_time must be timezone-aware (e.g. datetime.now(UTC)); a naive datetime is ambiguous"
        )
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


# -- MatchCriteria -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    """Restrict an export to given profiles (``MatchCriteria`` + ``MatchType`` + ``Values``).

    The restriction is AND-ed with the segment's own criteria: only listed profiles that also match
    the segment are exported.

    Attributes:
        criteria: ``"ProfileId"``, ``"AlternateId"``, ``"PhoneNumber"`` or ``"EmailAddress"``
            (or a :class:`SegmentMatchCriteria`).
        values: the identifiers (profile ids may be ints; they are sent as strings).
        type: ``MatchType``: required for ``AlternateId`` (an AlternateIdType name); optional
            otherwise (a customer type for ``ProfileId``, a phone type, an email type).

    Build one directly or with :meth:`profile_ids`, :meth:`alternate_ids`, :meth:`emails`,
    :meth:`phone_numbers`. ``start(match=...)`` also takes a tuple ``(criteria, values)`` or
    ``(criteria, values, type)``, e.g. ``match=("EmailAddress", ["a@x.com"])``.

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


MatchSpec: TypeAlias = (
    Match
    | tuple[SegmentMatchCriteria | str, Sequence[str | int] | str | int]
    | tuple[SegmentMatchCriteria | str, Sequence[str | int] | str | int, str | None]
)
"""What ``start(match=...)`` accepts: a :class:`Match` or a ``(criteria, values[, type])`` tuple."""


def _normalise_match(match: Any) -> tuple[SegmentMatchCriteria, str | None, list[str]]:
    if isinstance(match, tuple):
        if len(match) not in (2, 3):
            raise InvalidRequestError("match must be Match(...) or a (criteria, values[, type]) tuple")
        match = Match(*match)
    if not isinstance(match, Match):
        raise InvalidRequestError(f"match must be Match(...) or a tuple, got {type(match).__name__}")
    try:
        criteria = SegmentMatchCriteria(match.criteria)
    except ValueError:
        allowed = ", ".join(sorted(c.value for c in SegmentMatchCriteria))
        raise InvalidRequestError(
            f"match criteria must be one of {allowed}, got {match.criteria!r}"
        ) from None
    raw = match.values
    if isinstance(raw, bytes | bytearray) or not isinstance(raw, str | int | Iterable):
        raise InvalidRequestError(
            f"match values must be a str, an int or a list of them, got {type(raw).__name__}"
        )
    items: Iterable[Any] = [raw] if isinstance(raw, str | int) else raw
    values: list[str] = []
    for v in items:
        if isinstance(v, bool) or not isinstance(v, str | int):
            raise InvalidRequestError(f"match values must be str or int, got {type(v).__name__}")
        text = str(v)
        if not text.strip():
            raise InvalidRequestError("match values must not be empty")
        values.append(text)
    if not values:
        raise InvalidRequestError("match needs at least one value")
    if match.type is not None and (not isinstance(match.type, str) or not match.type.strip()):
        raise InvalidRequestError("match type must be a non-empty string")
    if criteria is SegmentMatchCriteria.ALTERNATEID and match.type is None:
        raise InvalidRequestError("matching on AlternateId needs the AlternateIdType as the match type")
    return criteria, match.type, values


# -- routes ------------------------------------------------------------------------------------


def _check_template(name: str, template: str) -> str:
    if not isinstance(template, str) or not template.startswith("/"):
        raise InvalidRequestError(f"{name} route must be a path template starting with '/'")
    if any(c in template for c in "?#") or any(ord(c) < 0x21 or ord(c) == 0x7F for c in template):
        raise InvalidRequestError(
            f"{name} route must be a bare path (no query, fragment, spaces or controls)"
        )
    try:
        fields = [(f, spec, conv) for _, f, spec, conv in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise InvalidRequestError(f"{name} route is not a valid template: {exc}") from None
    for field_name, spec, conv in fields:
        if field_name not in _PLACEHOLDERS or spec or conv:
            raise InvalidRequestError(
                f"{name} route may only use the placeholders {{clientId}} and {{accessToken}}, got {{{field_name}}}"
            )
    if "accessToken" not in {f for f, _, _ in fields}:
        raise InvalidRequestError(f"{name} route must contain {{accessToken}}")
    return template


@dataclass(frozen=True, slots=True)
class ExportRoutes:
    """Route templates of the export operations whose v4 routes are not documented.

    ``None`` keeps the spec's route. Templates are relative to the base URL and use the spec's
    placeholders ``{clientId}`` and ``{accessToken}``, e.g. ``"/Async/{clientId}/Export/{accessToken}"``.

    Attributes:
        data: the Retrieve (GetSegmentExportData) route.
        commit: the Commit (CommitSegmentExport) route.

    """

    data: str | None = None
    commit: str | None = None

    def __post_init__(self) -> None:
        if self.data is not None:
            _check_template("data", self.data)
        if self.commit is not None:
            _check_template("commit", self.commit)


DEFAULT_ROUTES = ExportRoutes(
    data=OPERATIONS["GetSegmentExportData"].path, commit=OPERATIONS["CommitSegmentExport"].path
)
"""The routes of the spec (inferred candidates of connectivity reference §A.1)."""


def next_offset(page: ExportDataPage) -> int:
    """Return the 1-based offset of the record after ``page`` (``Offset + Count``): the resume checkpoint.

    Pages from :meth:`Exports.iter_pages` always carry ``offset`` and ``count``.
    """
    if isinstance(page.offset, Unset) or isinstance(page.count, Unset):
        raise InvalidRequestError("page has no Offset/Count (use pages from Exports.iter_pages)")
    return page.offset + page.count


def _check_positive(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidRequestError(f"{name} must be an int >= 1, got {value!r}")
    return value


def _lookup(page: ExportDataPage, attr: str, json_name: str) -> Any:
    """Read a counter of ``page``, falling back to a case-insensitive key (the legacy JSON used ``hasmore``...)."""
    value = getattr(page, attr)
    if not isinstance(value, Unset):
        return value
    wanted = json_name.lower()
    for key, extra in page.additional_properties.items():
        if key.lower() == wanted:
            return extra
    return UNSET


# -- the facade --------------------------------------------------------------------------------


class Exports:
    """Segment and segment-group exports over a client: ``mp.exports``.

    Args:
        client: the :class:`~mypreferences.MyPreferences` client (or any of its views).
        routes: overrides of the undocumented Retrieve/Commit routes (see :class:`ExportRoutes`).
        sleep: the sleep used between status polls (default: the one of the client's pause gate,
            ``anyio.sleep`` unless replaced, e.g. by a fake clock in tests).
        clock: the monotonic clock of :meth:`wait`'s timeout (default: the client's pause-gate clock).

    """

    def __init__(
        self,
        client: _BaseClient,
        *,
        routes: ExportRoutes | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if routes is not None and not isinstance(routes, ExportRoutes):
            raise InvalidRequestError("routes must be an ExportRoutes")
        self._client = client
        self._ops = SegmentExportResource(client)
        self._routes = routes or ExportRoutes()
        self._sleep = sleep
        self._clock = clock

    @property
    def routes(self) -> ExportRoutes:
        """The effective Retrieve/Commit route templates."""
        return ExportRoutes(
            data=self._routes.data or DEFAULT_ROUTES.data, commit=self._routes.commit or DEFAULT_ROUTES.commit
        )

    def with_routes(self, *, data: str | None = None, commit: str | None = None) -> Exports:
        """Return a copy using other Retrieve (``data``) and/or Commit route templates.

        Example: ``mp.exports.with_routes(data="/Async/{clientId}/Export/Segment/{accessToken}")``.
        """
        routes = ExportRoutes(data=data or self._routes.data, commit=commit or self._routes.commit)
        return Exports(self._client, routes=routes, sleep=self._sleep, clock=self._clock)

    # -- Initiate --------------------------------------------------------------------------

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
        """Initiate an export of a segment or a segment group; return its access token.

        Args:
            segment: the segment name (InitiateSegmentExport).
            segment_group: the segment-group name (InitiateSegmentGroupExport). Give exactly one of the two.
            last_date_time: export only the changes since this *aware* datetime (a full export when
                omitted). Sent as UTC ``YYYY-MM-DDTHH:mm:ss.sssZ`` via :func:`format_last_date_time`.
            match: restrict the export to given profiles: a :class:`Match` or a tuple such as
                ``("EmailAddress", ["a@x.com"])`` or ``("AlternateId", ["C-1"], "CRM")``.
            callback_url: an absolute http(s) URL MyPreferences POSTs the status to when done.
            round_milliseconds: apply the documented millisecond rounding (see :func:`format_last_date_time`).
            options: per-call :class:`~mypreferences.RequestOptions`.

        Returns:
            The access token (an int, as the spec declares it) for :meth:`wait`, :meth:`iter_profiles`...

        Raises:
            InvalidRequestError: invalid arguments; nothing is sent.

        """
        if (segment is None) == (segment_group is None):
            raise InvalidRequestError("give exactly one of segment= or segment_group=")
        body = SegmentRequestInfo()
        if last_date_time is not None:
            body.last_date_time = format_last_date_time(last_date_time, round_milliseconds=round_milliseconds)
        if match is not None:
            criteria, match_type, values = _normalise_match(match)
            body.match_criteria = criteria
            body.values = values
            if match_type is not None:
                body.match_type = match_type
        if callback_url is not None:
            if not isinstance(callback_url, str):
                raise InvalidRequestError("callback_url must be a string")
            try:
                url = httpx.URL(callback_url)
            except (httpx.InvalidURL, TypeError):
                raise InvalidRequestError("callback_url is not a valid URL") from None
            if url.scheme not in ("http", "https") or not url.host:
                raise InvalidRequestError("callback_url must be an absolute http(s) URL")
            body.callback_url = callback_url
        if segment is not None:
            token = await self._ops.initiate_segment_export(segment, body=body, options=options)
        else:
            assert segment_group is not None
            token = await self._ops.initiate_segment_group_export(segment_group, body=body, options=options)
        value = token.access_token
        if isinstance(value, Unset | bool) or not isinstance(value, int):
            raise ExportError("the export Initiate response carries no AccessToken")
        return value

    # -- Status ----------------------------------------------------------------------------

    async def status(self, token: int, *, options: RequestOptions | None = None) -> ExportStatus:
        """Return the current status of an export (one GetSegmentExportStatus call)."""
        return await self._ops.get_segment_export_status(token, options=options)

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

        The first poll is immediate; the delays between polls are ``poll_interval``, then multiplied
        by ``backoff`` each time, capped at ``max_interval``; the last delay is shortened so the final
        poll happens at the deadline.

        Returns:
            The status once it is ``Complete`` (ready to read), or ``Retrieved`` (the data were already
            read or committed; check ``status.status``).

        Raises:
            ExportError: the status is ``Error``, ``Failed`` or ``Expired`` (``.status`` holds it;
                an expired export must be started again).
            TimeoutError: still processing after ``timeout`` seconds (None: wait forever).

        """
        check_path_value("access_token", token, "integer")
        if not poll_interval > 0 or not max_interval > 0 or not backoff >= 1:
            raise InvalidRequestError("poll_interval and max_interval must be > 0 and backoff >= 1")
        if timeout is not None and not timeout >= 0:
            raise InvalidRequestError("timeout must be >= 0 (or None)")
        clock = self._clock or self._client._gate.clock
        sleep = self._sleep or self._client._gate.sleep
        deadline = None if timeout is None else clock() + timeout
        delay = min(poll_interval, max_interval)
        while True:
            status = await self._ops.get_segment_export_status(token, options=options)
            state = status.status
            if state in _FAILED:
                assert isinstance(state, ExportJobStatus)
                hint = "; start a new export" if state is ExportJobStatus.EXPIRED else ""
                raise ExportError(f"export ended with status {state.value}{hint}", status=state.value)
            if state in _DONE:
                return status
            if deadline is not None:
                left = deadline - clock()
                if left <= 0:
                    shown = "no status" if isinstance(state, Unset) else state.value
                    raise TimeoutError(f"export still {shown} after {timeout} s")
                await sleep(min(delay, left))
            else:
                await sleep(delay)
            delay = min(delay * backoff, max_interval)

    # -- Retrieve / Commit -----------------------------------------------------------------

    async def get_page(
        self,
        token: int,
        *,
        offset: int = 1,
        limit: int = 1000,
        keep_alive: bool = True,
        options: RequestOptions | None = None,
    ) -> ExportDataPage:
        """Retrieve one page (``limit`` records from the 1-based ``offset``), on the configured route."""
        if self._routes.data is None:
            return await self._ops.get_segment_export_data(
                token, limit=limit, offset=offset, keep_alive=keep_alive, options=options
            )
        page: ExportDataPage = await self._call_at(
            OPERATIONS["GetSegmentExportData"],
            self._routes.data,
            options,
            access_token=token,
            limit=limit,
            offset=offset,
            keep_alive=keep_alive,
        )
        return page

    async def commit(
        self, token: int, *, keep_files: bool = False, options: RequestOptions | None = None
    ) -> None:
        """Mark the export retrieved and expire its token (CommitSegmentExport, on the configured route).

        ``keep_files=True`` keeps the export files on the server (only marks the token retrieved).
        """
        if self._routes.commit is None:
            await self._ops.commit_segment_export(token, keep_files=keep_files, options=options)
            return
        await self._call_at(
            OPERATIONS["CommitSegmentExport"],
            self._routes.commit,
            options,
            access_token=token,
            keep_files=keep_files,
        )

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

        Every page is requested with ``keepAlive=true``; the next offset is ``Offset + Count`` and the
        iteration ends after the page whose ``HasMore`` is false. Each page yielded carries its
        ``offset`` and ``count`` (filled in when the server omits them), so
        ``next_offset(page)`` is the checkpoint to resume from with ``start_offset=``.

        When ``commit`` is true the export is committed (with ``keep_files``) once the caller asks for
        the page after the last one, i.e. when the iterator is exhausted, and never when the consumer
        stops early or an error is raised. An empty export (no records) is committed too. With
        ``commit=False`` call :meth:`commit` yourself. The iterator drops each page before fetching the
        next, so it never holds more than the page it last yielded.

        Raises:
            InvalidRequestError: invalid arguments (raised at call time, before any request).
            ExportPaginationError: a page breaks the paging contract (see the class).
            APIStatusError: an HTTP error, after the client's retries (e.g. a 503 or 500).

        """
        check_path_value("access_token", token, "integer")
        _check_positive("page_size", page_size)
        _check_positive("start_offset", start_offset)
        return self._pages(token, page_size, start_offset, commit, keep_files, options, None)

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
        """Iterate over the exported profiles (``ExportedProfile``) of a ready export, across pages.

        Built on :meth:`iter_pages` (same paging, commit and resume rules): the export is committed
        only when the iterator is exhausted. To resume after a failure, pass ``start_offset=`` the
        1-based position of the first record not handled (records handled + the previous start).
        At most one page is held in memory. ``on_progress(records_so_far, total)`` (see
        :data:`ExportProgressCallback`) is called after each page has been consumed.
        """
        check_path_value("access_token", token, "integer")
        _check_positive("page_size", page_size)
        _check_positive("start_offset", start_offset)
        return self._profiles(
            self._pages(token, page_size, start_offset, commit, keep_files, options, on_progress)
        )

    async def _profiles(
        self, pages: AsyncGenerator[ExportDataPage, None]
    ) -> AsyncGenerator[ExportedProfile, None]:
        try:
            while True:
                try:
                    page = await anext(pages)
                except StopAsyncIteration:
                    return
                items = page.user_profile_preferences
                del page  # only the records are kept while they are handed out
                if isinstance(items, Unset):
                    continue
                # hand out and forget each record: the list shrinks as the consumer advances
                items.reverse()
                while items:
                    yield items.pop()
                del items
        finally:
            await pages.aclose()

    async def _pages(
        self,
        token: int,
        page_size: int,
        start_offset: int,
        commit: bool,
        keep_files: bool,
        options: RequestOptions | None,
        on_progress: ExportProgressCallback | None,
    ) -> AsyncGenerator[ExportDataPage, None]:
        offset = start_offset
        while True:
            page = await self.get_page(
                token, offset=offset, limit=page_size, keep_alive=True, options=options
            )
            count, has_more, total = _check_page(page, offset)
            yield page
            del page  # the caller's copy is the only one while the next page is fetched
            if on_progress is not None:
                result = on_progress(offset + count - 1, total)
                if inspect.isawaitable(result):
                    await result
            if not has_more:
                break
            offset += count
        if commit:
            await self.commit(token, keep_files=keep_files, options=options)

    async def _call_at(
        self, op: Operation, template: str, options: RequestOptions | None, **params: Any
    ) -> Any:
        """Run ``op`` like the client does, but on another route template.

        The request is built by the operation's generated ``_get_kwargs`` (query, headers, body) and
        only its URL path is replaced, with every value encoded as a whole path segment.
        """
        return await self._client._call(op, options, raw=False, path_template=template, **params)

    def __repr__(self) -> str:
        routes = self.routes
        return (
            f"Exports(client_id={self._client.client_id!r}, data={routes.data!r}, commit={routes.commit!r})"
        )


def _check_page(page: ExportDataPage, offset: int) -> tuple[int, bool, int | None]:
    """Validate a Retrieve page requested at ``offset``; fill in Offset/Count; return (count, has_more, total)."""
    items = page.user_profile_preferences
    n = 0 if isinstance(items, Unset) else len(items)
    got_offset = _lookup(page, "offset", "Offset")
    if not isinstance(got_offset, Unset) and got_offset != offset:
        raise ExportPaginationError(
            f"asked for the page at offset {offset}, the server returned offset {got_offset!r}", offset=offset
        )
    page.offset = offset
    count = _lookup(page, "count", "Count")
    if isinstance(count, Unset):
        count = n
    elif isinstance(count, bool) or not isinstance(count, int) or count != n:
        raise ExportPaginationError(
            f"page at offset {offset} says Count={count!r} but holds {n} record(s)", offset=offset
        )
    page.count = count
    has_more = _lookup(page, "has_more", "HasMore")
    if not isinstance(has_more, bool):
        raise ExportPaginationError(
            f"page at offset {offset} does not say whether more records follow", offset=offset
        )
    if has_more and count == 0:
        raise ExportPaginationError(
            f"page at offset {offset} is empty but says HasMore=true; stopping instead of looping",
            offset=offset,
        )
    total = _lookup(page, "total_results", "TotalResults")
    known_total = total if isinstance(total, int) and not isinstance(total, bool) else None
    if not has_more and known_total is not None and offset + count - 1 < known_total:
        raise ExportPaginationError(
            f"page at offset {offset} says HasMore=false but the export holds {known_total} record(s) and only "
            f"{offset + count - 1} were served; not committing (resume from offset {offset})",
            offset=offset,
        )
    return count, has_more, known_total
