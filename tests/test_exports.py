"""Segment exports: LastDateTime formatting, start/wait, paging, commit, resume, route overrides, memory."""

from __future__ import annotations

import json
import weakref
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import respx
from hypothesis import given
from hypothesis import strategies as st

from mypreferences import MyPreferences
from mypreferences.auth import PnAuthInfo3
from mypreferences.errors import ExportError, InvalidRequestError, NotFoundError, ServerError
from mypreferences.exports import (
    DEFAULT_ROUTES,
    ExportPaginationError,
    ExportRoutes,
    Exports,
    Match,
    format_last_date_time,
    next_offset,
)
from mypreferences.generated.models import ExportDataPage, ExportedProfile, ExportStatus

from .conftest import BASE, CLIENT_ID, SECRET, FakeClock, use_fake_clock

TOKEN = 77
DATA = f"/Async/{CLIENT_ID}/Export/{TOKEN}"
STATUS = f"/Async/{CLIENT_ID}/Export/{TOKEN}/Status"
COMMIT = f"/Async/{CLIENT_ID}/Export/{TOKEN}/Commit"


class FakeExport:
    """A server-side export of ``total`` profiles (ProfileId 1..total), paged like §A.4 describes."""

    def __init__(self, total: int, *, fail: dict[int, int] | None = None, cap: int | None = None) -> None:
        self.total = total
        self.fail = dict(fail or {})
        self.cap = cap  # a server-side maximum page size, below the requested limit
        self.events: list[tuple[str, Any]] = []
        self.data_queries: list[dict[str, str]] = []
        self.commit_queries: list[dict[str, str]] = []

    def page(self, offset: int, limit: int) -> dict[str, Any]:
        count = max(0, min(limit, self.cap or limit, self.total - offset + 1))
        return {
            "Count": count,
            "HasMore": offset + count - 1 < self.total,
            "Limit": limit,
            "Offset": offset,
            "TotalResults": self.total,
            "UserProfilePreferences": [{"ProfileId": i} for i in range(offset, offset + count)],
        }

    def data(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        self.data_queries.append(query)
        offset, limit = int(query["offset"]), int(query["limit"])
        self.events.append(("data", offset))
        if offset in self.fail:
            return httpx.Response(self.fail[offset], json={"Message": "temporarily unavailable"})
        return httpx.Response(200, json=self.page(offset, limit))

    def commit(self, request: httpx.Request) -> httpx.Response:
        query = dict(request.url.params)
        self.commit_queries.append(query)
        self.events.append(("commit", query.get("keepFiles")))
        return httpx.Response(200)

    def install(self, router: respx.Router, data: str = DATA, commit: str = COMMIT) -> FakeExport:
        router.get(data).mock(side_effect=self.data)
        router.post(commit).mock(side_effect=self.commit)
        return self

    @property
    def offsets(self) -> list[int]:
        return [o for kind, o in self.events if kind == "data"]

    @property
    def commits(self) -> int:
        return sum(1 for kind, _ in self.events if kind == "commit")


def ids(profiles: list[ExportedProfile]) -> list[int]:
    return [p.profile_id for p in profiles]  # type: ignore[misc]


# -- format_last_date_time -------------------------------------------------------------------


def at(ms: int, *, micro: int = 0, base: datetime | None = None) -> datetime:
    start = base or datetime(2024, 3, 5, 10, 20, 30, tzinfo=UTC)
    return start.replace(microsecond=ms * 1000 + micro)


@pytest.mark.parametrize(
    ("ms", "expected"),
    [
        # seed 002: "000 through 002 becomes 003, 003 through 006 becomes 007,
        # and 007 through 009 becomes 000 of the next higher value"
        (0, "30.003"),
        (1, "30.003"),
        (2, "30.003"),
        (3, "30.007"),
        (4, "30.007"),
        (5, "30.007"),
        (6, "30.007"),
        (7, "30.010"),
        (8, "30.010"),
        (9, "30.010"),
        # the same rule on the last digit of any millisecond value (reference §A.2.1)
        (120, "30.123"),
        (124, "30.127"),
        (128, "30.130"),
        (990, "30.993"),
        (996, "30.997"),
        (997, "31.000"),
        (999, "31.000"),
    ],
)
def test_seed_002_millisecond_rounding(ms: int, expected: str) -> None:
    assert format_last_date_time(at(ms)) == f"2024-03-05T10:20:{expected}Z"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2024, 3, 5, 10, 20, 59, 999000, tzinfo=UTC), "2024-03-05T10:21:00.000Z"),  # minute
        (datetime(2024, 3, 5, 10, 59, 59, 998000, tzinfo=UTC), "2024-03-05T11:00:00.000Z"),  # hour
        (datetime(2024, 3, 5, 23, 59, 59, 997000, tzinfo=UTC), "2024-03-06T00:00:00.000Z"),  # day
        (datetime(2024, 2, 28, 23, 59, 59, 999000, tzinfo=UTC), "2024-02-29T00:00:00.000Z"),  # leap day
        (datetime(2023, 2, 28, 23, 59, 59, 999000, tzinfo=UTC), "2023-03-01T00:00:00.000Z"),  # month
        (datetime(2023, 12, 31, 23, 59, 59, 999000, tzinfo=UTC), "2024-01-01T00:00:00.000Z"),  # year
    ],
)
def test_rounding_carries_into_next_unit(value: datetime, expected: str) -> None:
    assert format_last_date_time(value) == expected


def test_converted_to_utc_and_submilliseconds_dropped() -> None:
    plus2 = timezone(timedelta(hours=2))
    assert (
        format_last_date_time(datetime(2024, 1, 1, 1, 0, 0, 5000, tzinfo=plus2)) == "2023-12-31T23:00:00.007Z"
    )
    minus5 = timezone(timedelta(hours=-5))
    assert (
        format_last_date_time(datetime(2023, 12, 31, 19, 0, 0, 2999, tzinfo=minus5))
        == "2024-01-01T00:00:00.003Z"
    )
    # sub-millisecond digits are cut, never rounded up first: .006999 is .006 → .007, .009999 → .010
    assert format_last_date_time(at(6, micro=999)) == "2024-03-05T10:20:30.007Z"
    assert format_last_date_time(at(9, micro=999)) == "2024-03-05T10:20:30.010Z"
    # years below 1000 keep four digits (strftime would print "999")
    assert format_last_date_time(datetime(999, 1, 2, 3, 4, 5, 6000, tzinfo=UTC)) == "0999-01-02T03:04:05.007Z"
    # without the rounding the instant is only cut to milliseconds
    assert format_last_date_time(at(120, micro=900), round_milliseconds=False) == "2024-03-05T10:20:30.120Z"
    assert format_last_date_time(at(0), round_milliseconds=False) == "2024-03-05T10:20:30.000Z"


@pytest.mark.parametrize(
    "value",
    [
        datetime(2024, 3, 5, 10, 20, 30),  # naive
        date(2024, 3, 5),
        "2024-03-05T10:20:30.000Z",
        datetime.max.replace(tzinfo=UTC),  # rounds past year 9999
    ],
)
def test_last_date_time_refused(value: Any) -> None:
    with pytest.raises(InvalidRequestError):
        format_last_date_time(value)


@given(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 30), timezones=st.timezones())
)
def test_rounding_properties(value: datetime) -> None:
    text = format_last_date_time(value)
    assert len(text) == 24 and text.endswith("Z")
    sent = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    floored = value.astimezone(UTC).replace(microsecond=value.astimezone(UTC).microsecond // 1000 * 1000)
    assert text[-2] in "037"  # on the .xx0/.xx3/.xx7 grid
    assert (
        timedelta(milliseconds=1) <= sent - floored <= timedelta(milliseconds=4)
    )  # always moved up, by ≤ 4 ms
    assert sent > value


# -- start -----------------------------------------------------------------------------------


async def test_start_segment_sends_the_request_info_and_returns_the_token(
    mp: MyPreferences, router: respx.Router
) -> None:
    route = router.post(f"/Async/{CLIENT_ID}/Export/Segment/Weekly%20News").respond(
        200, json={"AccessToken": 4242}
    )
    token = await mp.exports.start(
        segment="Weekly News",
        last_date_time=datetime(2024, 1, 15, 13, 45, 30, 120000, tzinfo=UTC),
        match=("EmailAddress", ["a@x.com", "b@x.com"]),
        callback_url="https://hooks.example.com/export-done",
    )
    assert token == 4242
    assert route.call_count == 1
    assert json.loads(route.calls.last.request.content) == {
        "LastDateTime": "2024-01-15T13:45:30.123Z",
        "MatchCriteria": "EmailAddress",
        "Values": ["a@x.com", "b@x.com"],
        "CallbackURL": "https://hooks.example.com/export-done",
    }


async def test_start_segment_group_full_export_and_match_forms(
    mp: MyPreferences, router: respx.Router
) -> None:
    route = router.post(f"/Async/{CLIENT_ID}/Export/SegmentGroup/VIP").respond(200, json={"AccessToken": 5})
    assert await mp.exports.start(segment_group="VIP") == 5
    assert json.loads(route.calls.last.request.content) == {}  # a full export
    await mp.exports.start(segment_group="VIP", match=Match.alternate_ids("CRM", "C-1", "C-2"))
    assert json.loads(route.calls.last.request.content) == {
        "MatchCriteria": "AlternateId",
        "MatchType": "CRM",
        "Values": ["C-1", "C-2"],
    }
    await mp.exports.start(segment_group="VIP", match=("ProfileId", [1, 2], "Retail"))
    assert json.loads(route.calls.last.request.content) == {
        "MatchCriteria": "ProfileId",
        "MatchType": "Retail",
        "Values": ["1", "2"],
    }
    await mp.exports.start(segment_group="VIP", match=Match.phone_numbers("5551234"))
    assert json.loads(route.calls.last.request.content)["Values"] == ["5551234"]
    await mp.exports.start(segment_group="VIP", match=("EmailAddress", "solo@x.com"))
    assert json.loads(route.calls.last.request.content)["Values"] == ["solo@x.com"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},  # neither
        {"segment": "A", "segment_group": "B"},  # both
        {"segment": "A", "last_date_time": datetime(2024, 1, 1, 12, 0)},  # naive
        {"segment": "A", "last_date_time": "2024-01-01T12:00:00.000Z"},  # not a datetime
        {"segment": "A", "match": ("Fax", ["1"])},  # unknown criteria
        {"segment": "A", "match": ("AlternateId", ["C-1"])},  # AlternateId needs a type
        {"segment": "A", "match": ("ProfileId", [])},  # no values
        {"segment": "A", "match": ("ProfileId", [True])},  # not an id
        {"segment": "A", "match": ("ProfileId",)},  # malformed tuple
        {"segment": "A", "match": ("ProfileId", None)},  # values not a list
        {"segment": "A", "match": ("ProfileId", b"12")},  # bytes are not a list of ids
        {"segment": "A", "callback_url": "/relative/hook"},
        {"segment": "A", "callback_url": "ftp://x.example.com/hook"},
        {"segment": ".."},  # path safety of the generated call
        {"segment": ""},
    ],
)
async def test_start_validation_sends_nothing(
    mp: MyPreferences, router: respx.Router, kwargs: dict[str, Any]
) -> None:
    catch_all = router.route().respond(200, json={"AccessToken": 1})
    with pytest.raises(InvalidRequestError):
        await mp.exports.start(**kwargs)
    assert catch_all.call_count == 0
    assert len(router.calls) == 0


# -- wait ------------------------------------------------------------------------------------


def status_json(state: str, **extra: Any) -> dict[str, Any]:
    return {"AccessToken": TOKEN, "Status": state, "RowCount": extra.get("rows", 0), "ByteCount": 0}


async def test_wait_backs_off_on_the_fake_clock(
    mp: MyPreferences, router: respx.Router, fake_clock: FakeClock
) -> None:
    answers = [status_json("Processing")] * 5 + [status_json("Complete", rows=2500)]
    route = router.get(STATUS).mock(side_effect=[httpx.Response(200, json=a) for a in answers])
    status = await mp.exports.wait(TOKEN, poll_interval=1.0, backoff=2.0, max_interval=5.0, timeout=600)
    assert isinstance(status, ExportStatus)
    assert (str(status.status), status.row_count) == ("Complete", 2500)
    assert route.call_count == 6
    assert fake_clock.sleeps == [1.0, 2.0, 4.0, 5.0, 5.0]


async def test_wait_timeout_polls_one_last_time_at_the_deadline(
    mp: MyPreferences, router: respx.Router, fake_clock: FakeClock
) -> None:
    route = router.get(STATUS).respond(200, json=status_json("Processing"))
    start = fake_clock.now
    with pytest.raises(TimeoutError, match="Processing"):
        await mp.exports.wait(TOKEN, poll_interval=1.0, backoff=2.0, max_interval=100.0, timeout=10.0)
    assert fake_clock.sleeps == [1.0, 2.0, 4.0, 3.0]
    assert fake_clock.now - start == 10.0
    assert route.call_count == 5


async def test_wait_with_injected_sleep_and_clock(mp: MyPreferences, router: respx.Router) -> None:
    clock = FakeClock()
    router.get(STATUS).mock(
        side_effect=[
            httpx.Response(200, json=status_json(s)) for s in ("Processing", "Processing", "Complete")
        ]
    )
    use_fake_clock(mp, clock)
    exports = Exports(mp)
    await exports.wait(TOKEN, poll_interval=0.5, backoff=1.5)
    assert clock.sleeps == [0.5, 0.75]


@pytest.mark.parametrize("state", ["Error", "Failed", "Expired"])
async def test_wait_raises_export_error_on_terminal_failure(
    mp: MyPreferences, router: respx.Router, state: str
) -> None:
    router.get(STATUS).mock(
        side_effect=[
            httpx.Response(200, json=status_json("Processing")),
            httpx.Response(200, json=status_json(state)),
        ]
    )
    with pytest.raises(ExportError) as info:
        await mp.exports.wait(TOKEN, poll_interval=1.0)
    assert info.value.status == state
    assert str(TOKEN) not in str(info.value)


async def test_token_expiry_mid_export_is_an_export_error(mp: MyPreferences, router: respx.Router) -> None:
    """A token that expired (e.g. never read in time) reports Expired: re-initiate, don't poll forever."""
    route = router.get(STATUS).respond(200, json={"AccessToken": TOKEN, "Status": "Expired", "Expires": ""})
    with pytest.raises(ExportError, match="start a new export") as info:
        await mp.exports.wait(TOKEN)
    assert info.value.status == "Expired"
    assert route.call_count == 1


async def test_wait_returns_retrieved_status(mp: MyPreferences, router: respx.Router) -> None:
    router.get(STATUS).respond(200, json=status_json("Retrieved"))
    assert str((await mp.exports.wait(TOKEN)).status) == "Retrieved"


async def test_wait_argument_checks(mp: MyPreferences) -> None:
    with pytest.raises(InvalidRequestError):
        await mp.exports.wait(TOKEN, poll_interval=0)
    with pytest.raises(InvalidRequestError):
        await mp.exports.wait(TOKEN, timeout=-1)
    with pytest.raises(InvalidRequestError):
        await mp.exports.wait("77")  # type: ignore[arg-type]


# -- paging ----------------------------------------------------------------------------------


async def test_multi_page_export_commits_once_after_the_last_page(
    mp: MyPreferences, router: respx.Router
) -> None:
    fake = FakeExport(2500).install(router)
    progress: list[tuple[int, int | None]] = []
    it = mp.exports.iter_profiles(
        TOKEN, page_size=1000, keep_files=True, on_progress=lambda n, t: progress.append((n, t))
    )
    got = [await anext(it) for _ in range(2500)]
    assert ids(got) == list(range(1, 2501))
    assert fake.commits == 0  # every record consumed, but the caller has not finished iterating yet
    with pytest.raises(StopAsyncIteration):
        await anext(it)
    assert fake.events == [("data", 1), ("data", 1001), ("data", 2001), ("commit", "true")]
    assert [(q["offset"], q["limit"], q["keepAlive"]) for q in fake.data_queries] == [
        ("1", "1000", "true"),
        ("1001", "1000", "true"),
        ("2001", "1000", "true"),
    ]
    assert fake.commit_queries == [{"keepFiles": "true"}]
    assert progress == [(1000, 2500), (2000, 2500), (2500, 2500)]


async def test_keep_files_defaults_to_false_and_async_progress(
    mp: MyPreferences, router: respx.Router
) -> None:
    fake = FakeExport(3).install(router)
    seen: list[int] = []

    async def progress(n: int, total: int | None) -> None:
        seen.append(n)

    got = [p async for p in mp.exports.iter_profiles(TOKEN, page_size=2, on_progress=progress)]
    assert ids(got) == [1, 2, 3]
    assert fake.commit_queries == [{"keepFiles": "false"}]
    assert seen == [2, 3]


async def test_empty_export_yields_nothing_and_still_commits(mp: MyPreferences, router: respx.Router) -> None:
    """Decision: exhausting the iterator always commits, even with no record, so the token is closed."""
    fake = FakeExport(0).install(router)
    progress: list[tuple[int, int | None]] = []
    got = [p async for p in mp.exports.iter_profiles(TOKEN, on_progress=lambda n, t: progress.append((n, t)))]
    assert got == []
    assert fake.events == [("data", 1), ("commit", "false")]
    assert progress == [(0, 0)]


async def test_last_page_exactly_full_needs_no_extra_request(mp: MyPreferences, router: respx.Router) -> None:
    fake = FakeExport(2000).install(router)
    got = [p async for p in mp.exports.iter_profiles(TOKEN, page_size=1000)]
    assert len(got) == 2000
    assert fake.events == [("data", 1), ("data", 1001), ("commit", "false")]


async def test_short_pages_advance_by_count_not_by_limit(mp: MyPreferences, router: respx.Router) -> None:
    fake = FakeExport(2000, cap=700).install(router)  # the server returns 700 records per page at most
    got = [p async for p in mp.exports.iter_profiles(TOKEN, page_size=1000)]
    assert ids(got) == list(range(1, 2001))  # no gap
    assert fake.offsets == [1, 701, 1401] and fake.commits == 1


async def test_has_more_with_zero_count_is_a_typed_error(mp: MyPreferences, router: respx.Router) -> None:
    page = {
        "Count": 0,
        "HasMore": True,
        "Limit": 1000,
        "Offset": 1,
        "TotalResults": 10,
        "UserProfilePreferences": [],
    }
    data = router.get(DATA).respond(200, json=page)
    commit = router.post(COMMIT).respond(200)
    with pytest.raises(ExportPaginationError, match="HasMore") as info:
        _ = [p async for p in mp.exports.iter_profiles(TOKEN)]
    assert isinstance(info.value, ExportError) and info.value.offset == 1
    assert data.call_count == 1 and commit.call_count == 0


@pytest.mark.parametrize(
    "page",
    [
        {
            "Count": 2,
            "HasMore": True,
            "Offset": 5,
            "UserProfilePreferences": [{"ProfileId": 1}, {"ProfileId": 2}],
        },
        {"Count": 3, "HasMore": False, "Offset": 1, "UserProfilePreferences": [{"ProfileId": 1}]},
        {"Count": 1, "Offset": 1, "UserProfilePreferences": [{"ProfileId": 1}]},
    ],
    ids=["wrong-offset", "count-mismatch", "no-hasmore"],
)
async def test_inconsistent_pages_are_refused(
    mp: MyPreferences, router: respx.Router, page: dict[str, Any]
) -> None:
    router.get(DATA).respond(200, json=page)
    commit = router.post(COMMIT).respond(200)
    with pytest.raises(ExportPaginationError):
        _ = [p async for p in mp.exports.iter_profiles(TOKEN)]
    assert commit.call_count == 0


async def test_legacy_lowercase_counters_and_missing_offset_are_tolerated(
    mp: MyPreferences, router: respx.Router
) -> None:
    pages = [
        {
            "Count": 2,
            "hasmore": True,
            "totalResults": 3,
            "UserProfilePreferences": [{"ProfileId": 1}, {"ProfileId": 2}],
        },
        {"Count": 1, "hasmore": False, "totalResults": 3, "UserProfilePreferences": [{"ProfileId": 3}]},
    ]
    data = router.get(DATA).mock(side_effect=[httpx.Response(200, json=p) for p in pages])
    router.post(COMMIT).respond(200)
    got = [p async for p in mp.exports.iter_pages(TOKEN, page_size=2)]
    assert [(p.offset, p.count, next_offset(p)) for p in got] == [(1, 2, 3), (3, 1, 4)]
    assert [c.request.url.params["offset"] for c in data.calls] == ["1", "3"]


@pytest.mark.parametrize(("status", "attempts"), [(503, 3), (500, 1)])
async def test_failure_on_page_3_then_resume_without_gap_or_duplicate(
    mp: MyPreferences, router: respx.Router, status: int, attempts: int
) -> None:
    fake = FakeExport(2500, fail={2001: status}).install(router)
    first: list[ExportedProfile] = []
    with pytest.raises(ServerError) as info:
        async for profile in mp.exports.iter_profiles(TOKEN, page_size=1000):
            first.append(profile)
    assert info.value.status_code == status
    assert fake.offsets == [1, 1001] + [2001] * attempts  # 503 retried (max_retries=2), 500 not
    assert fake.commits == 0  # nothing committed: the token stays open for the resume

    fake.fail.clear()
    resume_at = len(first) + 1
    second = [p async for p in mp.exports.iter_profiles(TOKEN, page_size=1000, start_offset=resume_at)]
    everything = ids(first) + ids(second)
    assert resume_at == 2001
    assert len(everything) == len(set(everything)) == 2500  # no duplicate
    assert set(everything) == set(range(1, 2501))  # no gap
    assert fake.offsets[-1] == 2001 and fake.commits == 1


async def test_iter_pages_checkpoints_and_commit_false(mp: MyPreferences, router: respx.Router) -> None:
    fake = FakeExport(2500).install(router)
    checkpoints: list[int] = []
    async for page in mp.exports.iter_pages(TOKEN, page_size=1000, commit=False):
        assert isinstance(page, ExportDataPage)
        checkpoints.append(next_offset(page))
        if len(checkpoints) == 2:
            break
    assert checkpoints == [1001, 2001]
    rest = [
        page
        async for page in mp.exports.iter_pages(
            TOKEN, page_size=1000, start_offset=checkpoints[-1], commit=False
        )
    ]
    assert [(p.offset, p.count, p.has_more) for p in rest] == [(2001, 500, False)]
    assert fake.commits == 0
    await mp.exports.commit(TOKEN, keep_files=True)
    assert fake.commit_queries == [{"keepFiles": "true"}]


async def test_breaking_early_or_closing_never_commits(mp: MyPreferences, router: respx.Router) -> None:
    fake = FakeExport(2500).install(router)
    it = mp.exports.iter_profiles(TOKEN, page_size=1000)
    async for profile in it:
        if profile.profile_id == 1500:
            break
    await it.aclose()
    assert fake.offsets == [1, 1001] and fake.commits == 0


async def test_iterator_arguments_checked_at_call_time(mp: MyPreferences, router: respx.Router) -> None:
    for kwargs in ({"page_size": 0}, {"start_offset": 0}, {"page_size": True}, {"start_offset": "1"}):
        with pytest.raises(InvalidRequestError):
            mp.exports.iter_profiles(TOKEN, **kwargs)
        with pytest.raises(InvalidRequestError):
            mp.exports.iter_pages(TOKEN, **kwargs)
    with pytest.raises(InvalidRequestError):
        mp.exports.iter_profiles("77")  # type: ignore[arg-type]  # the token is an int (spec: integer)
    assert len(router.calls) == 0


async def test_raw_response_view_has_operations_not_helpers(mp: MyPreferences, router: respx.Router) -> None:
    FakeExport(3).install(router)
    assert not hasattr(mp.with_raw_response.exports, "iter_profiles")  # helpers return parsed values only
    raw = await mp.with_raw_response.exports.retrieve_page(TOKEN, limit=10, offset=1, keep_alive=True)
    assert raw.status_code == 200 and ids(raw.parsed.user_profile_preferences or []) == [1, 2, 3]


# -- route overrides -------------------------------------------------------------------------


async def test_route_override_with_routes(mp: MyPreferences, router: respx.Router) -> None:
    default_data = router.get(DATA).respond(500)
    default_commit = router.post(COMMIT).respond(500)
    fake = FakeExport(1500).install(
        router,
        data=f"/Async/{CLIENT_ID}/Export/Segment/{TOKEN}",
        commit=f"/Async/{CLIENT_ID}/export/Segment/Commit/{TOKEN}",
    )
    exports = mp.exports.with_routes(
        data="/Async/{clientId}/Export/Segment/{accessToken}",
        commit="/Async/{clientId}/export/Segment/Commit/{accessToken}",
    )
    got = [p async for p in exports.iter_profiles(TOKEN, page_size=1000, keep_files=True)]
    assert len(got) == 1500
    assert fake.events == [("data", 1), ("data", 1001), ("commit", "true")]
    assert fake.data_queries[0] == {"limit": "1000", "offset": "1", "keepAlive": "true"}
    assert default_data.call_count == 0 and default_commit.call_count == 0
    assert exports.routes.data == "/Async/{clientId}/Export/Segment/{accessToken}"
    assert mp.exports.routes == DEFAULT_ROUTES  # the client's own facade is unchanged
    # only one route overridden: the other keeps the spec's
    partial = mp.exports.with_routes(data="/Async/{clientId}/Export/Segment/{accessToken}")
    assert partial.routes.commit == DEFAULT_ROUTES.commit


async def test_route_override_encodes_path_values_and_keeps_typed_errors(fake_clock: FakeClock) -> None:
    client = MyPreferences("Acme Ü#1", auth=PnAuthInfo3("api.user", SECRET), base_url=BASE, max_retries=2)
    use_fake_clock(client, fake_clock)
    seen: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        if request.method == "POST":
            return httpx.Response(404, json={"Message": "no such token"})
        if len(seen) == 1:
            return httpx.Response(503)  # retried by the client's normal send loop
        return httpx.Response(200, json=FakeExport(1).page(1, 10))

    async with client:
        with respx.mock(base_url=BASE) as router:
            router.route().mock(side_effect=answer)
            exports = Exports(
                client,
                routes=ExportRoutes(data="/V/{clientId}/Data/{accessToken}", commit="/V/{accessToken}/c"),
            )
            with pytest.raises(NotFoundError) as info:
                _ = [p async for p in exports.iter_profiles(TOKEN, page_size=10)]
            assert "Authorization" in router.calls.last.request.headers  # auth applied as on any call
    assert info.value.status_code == 404
    assert seen[0].startswith(b"/Profiles/v4/V/Acme%20%C3%9C%231/Data/77?")
    assert seen[1] == seen[0]
    assert seen[2] == b"/Profiles/v4/V/77/c?keepFiles=false"
    assert fake_clock.sleeps and len(seen) == 3


@pytest.mark.parametrize(
    "template",
    [
        "Async/{clientId}/Export/{accessToken}",  # relative
        "/Async/{clientId}/Export",  # no token
        "/Async/{clientId}/Export/{token}",  # unknown placeholder
        "/Async/{clientId}/Export/{accessToken!r}",
        "/Async/{clientId}/Export/{accessToken}?limit=5",  # query belongs to the operation
        "/Async/{clientId}/Export/{accessToken",
        "/Async/{client_id}/Export/{accessToken}",
    ],
)
def test_invalid_route_templates(template: str) -> None:
    with pytest.raises(InvalidRequestError):
        ExportRoutes(data=template)
    with pytest.raises(InvalidRequestError):
        ExportRoutes(commit=template)


def test_repr_has_no_secret(mp: MyPreferences) -> None:
    text = repr(mp.exports)
    assert SECRET not in text and CLIENT_ID in text and "{accessToken}" in text


# -- memory ----------------------------------------------------------------------------------


class Live:
    """Count decoded ExportDataPage / ExportedProfile objects still alive (weakref finalizers)."""

    def __init__(self) -> None:
        self.pages = 0
        self.profiles = 0

    def _dec(self, attr: str) -> None:
        setattr(self, attr, getattr(self, attr) - 1)

    def track(self, obj: Any, attr: str) -> Any:
        setattr(self, attr, getattr(self, attr) + 1)
        weakref.finalize(obj, self._dec, attr)
        return obj


@pytest.fixture
def live(monkeypatch: pytest.MonkeyPatch) -> Live:
    counter = Live()
    page_from_dict = ExportDataPage.from_dict.__func__  # type: ignore[attr-defined]
    profile_from_dict = ExportedProfile.from_dict.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(
        ExportDataPage,
        "from_dict",
        classmethod(lambda cls, src: counter.track(page_from_dict(cls, src), "pages")),
    )
    monkeypatch.setattr(
        ExportedProfile,
        "from_dict",
        classmethod(lambda cls, src: counter.track(profile_from_dict(cls, src), "profiles")),
    )
    return counter


async def test_100k_profiles_hold_at_most_one_page(
    mp: MyPreferences, router: respx.Router, live: Live
) -> None:
    total, size = 100_000, 1000
    at_fetch: list[tuple[int, int]] = []

    def serve(request: httpx.Request) -> httpx.Response:
        # when the next page is requested, the previous one must already be gone
        at_fetch.append((live.pages, live.profiles))
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        count = max(0, min(limit, total - offset + 1))
        body = {
            "Count": count,
            "HasMore": offset + count - 1 < total,
            "Offset": offset,
            "TotalResults": total,
            "UserProfilePreferences": [{"ProfileId": i} for i in range(offset, offset + count)],
        }
        return httpx.Response(200, json=body)

    router.get(DATA).mock(side_effect=serve)
    commit = router.post(COMMIT).respond(200)
    n = expected = 0
    max_pages = max_profiles = 0
    async for profile in mp.exports.iter_profiles(TOKEN, page_size=size):
        expected += 1
        assert profile.profile_id == expected
        n += 1
        max_pages = max(max_pages, live.pages)
        max_profiles = max(max_profiles, live.profiles)
    del profile
    assert n == total and commit.call_count == 1
    assert len(at_fetch) == total // size
    # at each fetch: no page alive, and only the record the consumer still holds
    assert max(p for p, _ in at_fetch) == 0
    assert max(r for _, r in at_fetch) <= 1
    assert max_pages <= 1 and max_profiles <= size


async def test_premature_has_more_false_is_an_error_not_silent_loss(
    mp: MyPreferences, router: respx.Router
) -> None:
    fake = FakeExport(2500)
    original = fake.page

    def truncated(offset: int, limit: int) -> dict[str, Any]:
        body = original(offset, limit)
        if offset == 1001:
            body["HasMore"] = False  # the server claims the end while 500 records remain
        return body

    fake.page = truncated  # type: ignore[method-assign]
    fake.install(router)
    got: list[ExportedProfile] = []
    with pytest.raises(ExportPaginationError) as info:
        async for profile in mp.exports.iter_profiles(TOKEN, page_size=1000):
            got.append(profile)
    assert info.value.offset == 1001
    assert len(got) == 1000 and fake.commits == 0
