"""Tests of mypreferences.auth: PNAUTHINFO3 signing and OAuth 2.0 client credentials."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs

import anyio
import httpx
import pytest
import respx

from mypreferences.auth import (
    DEFAULT_TOKEN_LIFETIME_SECONDS,
    OAuth2ClientCredentials,
    PnAuthInfo3,
    TokenResponseError,
    sign_pnauthinfo3,
)
from mypreferences.errors import (
    AuthenticationError,
    InvalidRequestError,
    MyPreferencesError,
    ServerError,
)

BASE = "https://pm.mypreferences.com/Profiles/v4"
PROGRAMS = f"{BASE}/SanchezAssociates/Programs"
KEY = "example-api-key-not-real"
TOKEN_URL = "https://auth.example.test/oauth/token"
OAUTH_ID = "oauth-client-id-0123456789"
OAUTH_SECRET = "s3cr3t-oauth-client-secret-value-that-must-never-leak-0123456789"

HEADER_RE = re.compile(
    r"^PNAUTHINFO3-HMAC-(?P<alg>SHA256|SHA384|SHA512) Credential=(?P<user>[^/ ]+)/"
    r"(?P<ts>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) Signature=(?P<sig>[A-Za-z0-9+/]+=*)$"
)

EXPIRED_MESSAGE = "The difference between the issued timestamp and the current time is too large"


def fixed_clock(*moments: datetime) -> Callable[[], datetime]:
    """Return a clock yielding ``moments`` in turn (the last one forever)."""
    items: Iterator[datetime] = iter(moments)
    last = moments[-1]

    def clock() -> datetime:
        return next(items, last)

    return clock


def parse_header(value: str) -> re.Match[str]:
    match = HEADER_RE.match(value)
    assert match is not None, value
    return match


def ts_of(request: httpx.Request) -> str:
    return parse_header(request.headers["Authorization"])["ts"]


def parse_ts(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


# ----------------------------------------------------------------------------------------------------------
# sign_pnauthinfo3: reference §B.2 vectors
# ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("timestamp", "algorithm", "signature"),
    [
        ("2015-08-10T20:11:00", "SHA256", "ZwAx2jOk/tJ3QhUnAEHdtOoeZS1DMAMqPr3Bx0fLblo="),
        ("2015-08-10T20:11:00", "SHA384", "TmxoepgSiN7mWGEKL1nn3E96F2Ba370gE/gGSy22tHXA7szERDGvLu0rA9k/lPjw"),
        (
            "2015-08-10T20:11:00",
            "SHA512",
            "CACBEJH9y8nMm8p+jn4VDn02K/5NyBzaFNBMVDc2t7yplD93t7TooFAlklnIZ53VqEJ/DfX76AM22j+DB7BCjw==",
        ),
        ("2024-01-15T13:45:30.123Z", "SHA256", "lfYZrXabyXnwm+fF9Wxxht/INjJBqqHB5UGcqwupJ5o="),
    ],
)
def test_reference_vectors(timestamp: str, algorithm: str, signature: str) -> None:
    header = sign_pnauthinfo3("SanchezAssociates", "RickSanchez", KEY, timestamp, algorithm)
    assert header == (
        f"PNAUTHINFO3-HMAC-{algorithm} Credential=RickSanchez/{timestamp} Signature={signature}"
    )


def test_reference_header_row_1_exact() -> None:
    assert sign_pnauthinfo3("SanchezAssociates", "RickSanchez", KEY, "2015-08-10T20:11:00") == (
        "PNAUTHINFO3-HMAC-SHA256 Credential=RickSanchez/2015-08-10T20:11:00 "
        "Signature=ZwAx2jOk/tJ3QhUnAEHdtOoeZS1DMAMqPr3Bx0fLblo="
    )


def test_algorithm_is_case_insensitive_and_header_uses_upper_case() -> None:
    header = sign_pnauthinfo3("SanchezAssociates", "RickSanchez", KEY, "2015-08-10T20:11:00", "sha384")
    assert header.startswith("PNAUTHINFO3-HMAC-SHA384 ")
    assert header.endswith("Signature=TmxoepgSiN7mWGEKL1nn3E96F2Ba370gE/gGSy22tHXA7szERDGvLu0rA9k/lPjw")


def test_client_id_case_matters() -> None:
    upper = sign_pnauthinfo3("SanchezAssociates", "RickSanchez", KEY, "2015-08-10T20:11:00")
    lower = sign_pnauthinfo3("sanchezassociates", "RickSanchez", KEY, "2015-08-10T20:11:00")
    assert upper != lower


def test_sign_accepts_aware_datetime_formatted_utc_truncated() -> None:
    moment = datetime(2024, 1, 15, 15, 45, 30, 123999, tzinfo=timezone(timedelta(hours=2)))
    header = sign_pnauthinfo3("SanchezAssociates", "RickSanchez", KEY, moment)
    # 15:45 at +02:00 is 13:45 UTC; .123999 is truncated to .123, which gives the §B.2 row-4 vector.
    assert header == (
        "PNAUTHINFO3-HMAC-SHA256 Credential=RickSanchez/2024-01-15T13:45:30.123Z "
        "Signature=lfYZrXabyXnwm+fF9Wxxht/INjJBqqHB5UGcqwupJ5o="
    )


@pytest.mark.parametrize(
    ("client_id", "user_id", "secret", "timestamp", "algorithm"),
    [
        ("", "RickSanchez", KEY, "2015-08-10T20:11:00", "SHA256"),
        ("Sanchez/Associates", "RickSanchez", KEY, "2015-08-10T20:11:00", "SHA256"),
        ("SanchezAssociates", "", KEY, "2015-08-10T20:11:00", "SHA256"),
        ("SanchezAssociates", "Rick Sanchez", KEY, "2015-08-10T20:11:00", "SHA256"),
        ("SanchezAssociates", "Rick/Sanchez", KEY, "2015-08-10T20:11:00", "SHA256"),
        ("SanchezAssociates", "Rick\r\nX-Injected: 1", KEY, "2015-08-10T20:11:00", "SHA256"),
        ("SanchezAssociates", "RickSanchez", "", "2015-08-10T20:11:00", "SHA256"),
        ("SanchezAssociates", "RickSanchez", KEY, "", "SHA256"),
        ("SanchezAssociates", "RickSanchez", KEY, "2015-08-10 20:11:00", "SHA256"),
        ("SanchezAssociates", "RickSanchez", KEY, "2015-08-10T20:11:00", "MD5"),
        ("SanchezAssociates", "RickSanchez", KEY, "2015-08-10T20:11:00", "SHA1"),
    ],
)
def test_sign_rejects_bad_inputs(
    client_id: str, user_id: str, secret: str, timestamp: str, algorithm: str
) -> None:
    with pytest.raises(InvalidRequestError):
        sign_pnauthinfo3(client_id, user_id, secret, timestamp, algorithm)


def test_sign_rejects_naive_datetime() -> None:
    with pytest.raises(InvalidRequestError):
        sign_pnauthinfo3("SanchezAssociates", "RickSanchez", KEY, datetime(2024, 1, 1))


# ----------------------------------------------------------------------------------------------------------
# PnAuthInfo3 construction
# ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"user_id": "", "secret": KEY},
        {"user_id": "Rick Sanchez", "secret": KEY},
        {"user_id": "Rick\tSanchez", "secret": KEY},
        {"user_id": "Rick/Sanchez", "secret": KEY},
        {"user_id": "RickSänchez", "secret": KEY},
        {"user_id": "RickSanchez", "secret": ""},
        {"user_id": "RickSanchez", "secret": KEY, "algorithm": "SHA1"},
        {"user_id": "RickSanchez", "secret": KEY, "algorithm": "HMAC-SHA256"},
        {"user_id": "RickSanchez", "secret": KEY, "client_id": ""},
        {"user_id": "RickSanchez", "secret": KEY, "skew": -1},
        {"user_id": "RickSanchez", "secret": KEY, "skew": timedelta(seconds=-1)},
        {"user_id": "RickSanchez", "secret": KEY, "skew": float("nan")},
    ],
)
def test_pnauthinfo3_rejects_bad_construction(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidRequestError):
        PnAuthInfo3(**kwargs)  # type: ignore[arg-type]


def test_invalid_request_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="user_id"):
        PnAuthInfo3("a/b", KEY)


def test_pnauthinfo3_accepts_lower_case_algorithm() -> None:
    assert PnAuthInfo3("RickSanchez", KEY, algorithm="sha512").algorithm == "SHA512"


# ----------------------------------------------------------------------------------------------------------
# PnAuthInfo3 over HTTP
# ----------------------------------------------------------------------------------------------------------


async def test_signed_request_has_exact_header() -> None:
    moment = datetime(2024, 1, 15, 13, 45, 30, 123456, tzinfo=UTC)
    auth = PnAuthInfo3("RickSanchez", KEY, clock=fixed_clock(moment))
    with respx.mock() as router:
        route = router.get(PROGRAMS).respond(200, json=[])
        async with httpx.AsyncClient(auth=auth) as client:
            response = await client.get(PROGRAMS)
    assert response.status_code == 200
    assert route.call_count == 1
    assert route.calls.last.request.headers["Authorization"] == (
        "PNAUTHINFO3-HMAC-SHA256 Credential=RickSanchez/2024-01-15T13:45:30.123Z "
        "Signature=lfYZrXabyXnwm+fF9Wxxht/INjJBqqHB5UGcqwupJ5o="
    )


async def test_signature_header_format_with_real_clock() -> None:
    auth = PnAuthInfo3("RickSanchez", KEY, algorithm="SHA512")
    with respx.mock() as router:
        route = router.get(PROGRAMS).respond(200, json=[])
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(PROGRAMS)
    header = route.calls.last.request.headers["Authorization"]
    match = parse_header(header)
    assert match["alg"] == "SHA512"
    assert match["user"] == "RickSanchez"
    assert header == sign_pnauthinfo3("SanchezAssociates", "RickSanchez", KEY, match["ts"], "SHA512")
    assert parse_ts(match["ts"]) <= datetime.now(UTC)


@pytest.mark.parametrize("microsecond", [0, 1, 999, 1000, 123999, 500000, 999999])
@pytest.mark.parametrize("skew", [0, 2.5, timedelta(seconds=1)])
async def test_timestamp_never_in_the_future(microsecond: int, skew: float | timedelta) -> None:
    now = datetime(2024, 2, 29, 23, 59, 59, microsecond, tzinfo=UTC)
    auth = PnAuthInfo3("RickSanchez", KEY, clock=fixed_clock(now), skew=skew)
    with respx.mock() as router:
        route = router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(PROGRAMS)
    issued = parse_ts(ts_of(route.calls.last.request))
    margin = skew if isinstance(skew, timedelta) else timedelta(seconds=skew)
    assert issued <= now - margin
    # truncated, not rounded: within one millisecond below the clock minus the skew
    assert now - margin - issued < timedelta(milliseconds=1)


async def test_non_utc_clock_is_converted_to_utc() -> None:
    eastern = timezone(timedelta(hours=-5))
    auth = PnAuthInfo3(
        "RickSanchez", KEY, clock=fixed_clock(datetime(2024, 1, 15, 8, 45, 30, tzinfo=eastern))
    )
    with respx.mock() as router:
        route = router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(PROGRAMS)
    assert ts_of(route.calls.last.request) == "2024-01-15T13:45:30.000Z"


async def test_naive_clock_is_refused_before_sending() -> None:
    auth = PnAuthInfo3("RickSanchez", KEY, clock=lambda: datetime(2024, 1, 1))
    with respx.mock(assert_all_called=False) as router:
        route = router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            with pytest.raises(InvalidRequestError):
                await client.get(PROGRAMS)
    assert route.call_count == 0


async def test_each_send_is_signed_with_a_fresh_timestamp() -> None:
    t0 = datetime(2024, 1, 15, 13, 45, 30, 123000, tzinfo=UTC)
    auth = PnAuthInfo3("RickSanchez", KEY, clock=fixed_clock(t0, t0 + timedelta(seconds=3)))
    with respx.mock() as router:
        route = router.get(PROGRAMS).mock(side_effect=[httpx.Response(503), httpx.Response(200, json=[])])
        async with httpx.AsyncClient(auth=auth) as client:
            request = client.build_request("GET", PROGRAMS)
            first = await client.send(request)
            second = await client.send(request)  # what a retry layer does
    assert (first.status_code, second.status_code) == (503, 200)
    stamps = [ts_of(call.request) for call in route.calls]
    assert stamps == ["2024-01-15T13:45:30.123Z", "2024-01-15T13:45:33.123Z"]
    for call in route.calls:
        header = call.request.headers["Authorization"]
        assert header == sign_pnauthinfo3("SanchezAssociates", "RickSanchez", KEY, ts_of(call.request))


@pytest.mark.parametrize(
    "message",
    [EXPIRED_MESSAGE, "The specified date does not match an expected ISO 8601 format"],
)
async def test_timestamp_401_is_resigned_once(message: str) -> None:
    t0 = datetime(2024, 1, 15, 13, 45, 30, tzinfo=UTC)
    auth = PnAuthInfo3("RickSanchez", KEY, clock=fixed_clock(t0, t0 + timedelta(milliseconds=1500)))
    with respx.mock() as router:
        route = router.post(f"{BASE}/SanchezAssociates/Profile").mock(
            side_effect=[httpx.Response(401, json={"Message": message}), httpx.Response(201, json={})]
        )
        async with httpx.AsyncClient(auth=auth) as client:
            response = await client.post(f"{BASE}/SanchezAssociates/Profile", json={"a": 1})
    assert response.status_code == 201
    assert route.call_count == 2
    assert [ts_of(c.request) for c in route.calls] == ["2024-01-15T13:45:30.000Z", "2024-01-15T13:45:31.500Z"]
    assert [c.request.content for c in route.calls] == [b'{"a":1}', b'{"a":1}']


async def test_second_timestamp_401_is_returned_not_looped() -> None:
    auth = PnAuthInfo3("RickSanchez", KEY)
    with respx.mock() as router:
        route = router.get(PROGRAMS).respond(401, json={"Message": EXPIRED_MESSAGE})
        async with httpx.AsyncClient(auth=auth) as client:
            response = await client.get(PROGRAMS)
    assert response.status_code == 401
    assert route.call_count == 2


@pytest.mark.parametrize(
    "body",
    [{"Message": "Unable to authenticate request"}, {"Message": "The scheme is invalid"}, None],
)
async def test_other_401_is_not_retried(body: object) -> None:
    auth = PnAuthInfo3("RickSanchez", KEY)
    with respx.mock() as router:
        route = router.get(PROGRAMS).respond(401, json=body)
        async with httpx.AsyncClient(auth=auth) as client:
            response = await client.get(PROGRAMS)
    assert response.status_code == 401
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("url", "client_id"),
    [
        (f"{BASE}/SanchezAssociates/Programs", "SanchezAssociates"),
        (f"{BASE}/ACME_CORP/Profile/42", "ACME_CORP"),
        (f"{BASE}/Async/ACME_CORP/Export/Segment/Weekly", "ACME_CORP"),
        ("https://pmstg.mypreferences.com/profiles/V4/Acme%20Corp/Programs", "Acme Corp"),
        ("http://127.0.0.1:8080/proxy/Profiles/v4/Tenant1?x=1", "Tenant1"),
    ],
)
async def test_client_id_is_derived_from_url(url: str, client_id: str) -> None:
    now = datetime(2024, 1, 15, 13, 45, 30, 123000, tzinfo=UTC)
    auth = PnAuthInfo3("RickSanchez", KEY, clock=fixed_clock(now))
    with respx.mock() as router:
        route = router.get(url).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(url)
    expected = sign_pnauthinfo3(client_id, "RickSanchez", KEY, "2024-01-15T13:45:30.123Z")
    assert route.calls.last.request.headers["Authorization"] == expected


@pytest.mark.parametrize(
    "url",
    ["https://example.test/other/path", f"{BASE}", f"{BASE}/", "https://pm.mypreferences.com/Profiles/v3/X"],
)
async def test_underivable_client_id_fails_before_sending(url: str) -> None:
    auth = PnAuthInfo3("RickSanchez", KEY)
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            with pytest.raises(InvalidRequestError, match="account id"):
                await client.get(url)
    assert route.call_count == 0


async def test_bind_client_id_returns_a_bound_copy() -> None:
    now = datetime(2024, 1, 15, 13, 45, 30, 123000, tzinfo=UTC)
    auth = PnAuthInfo3("RickSanchez", KEY, clock=fixed_clock(now))
    bound = auth.bind_client_id("SanchezAssociates")
    assert bound is not auth
    assert isinstance(bound, PnAuthInfo3)
    assert (bound.client_id, auth.client_id) == ("SanchezAssociates", None)
    url = "https://proxy.example.test/anything"
    with respx.mock() as router:
        route = router.get(url).respond(200)
        async with httpx.AsyncClient(auth=bound) as client:
            await client.get(url)
    assert route.calls.last.request.headers["Authorization"] == (
        "PNAUTHINFO3-HMAC-SHA256 Credential=RickSanchez/2024-01-15T13:45:30.123Z "
        "Signature=lfYZrXabyXnwm+fF9Wxxht/INjJBqqHB5UGcqwupJ5o="
    )
    with pytest.raises(InvalidRequestError):
        auth.bind_client_id("")


async def test_bound_client_id_wins_over_url() -> None:
    now = datetime(2024, 1, 15, 13, 45, 30, 123000, tzinfo=UTC)
    auth = PnAuthInfo3("RickSanchez", KEY, client_id="SanchezAssociates", clock=fixed_clock(now))
    url = f"{BASE}/SomeoneElse/Programs"
    with respx.mock() as router:
        route = router.get(url).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(url)
    assert route.calls.last.request.headers["Authorization"].endswith(
        "Signature=lfYZrXabyXnwm+fF9Wxxht/INjJBqqHB5UGcqwupJ5o="
    )


def test_sync_client_is_supported() -> None:
    now = datetime(2024, 1, 15, 13, 45, 30, 123000, tzinfo=UTC)
    auth = PnAuthInfo3("RickSanchez", KEY, clock=fixed_clock(now))
    with respx.mock() as router:
        route = router.get(PROGRAMS).respond(200)
        with httpx.Client(auth=auth) as client:
            assert client.get(PROGRAMS).status_code == 200
    assert ts_of(route.calls.last.request) == "2024-01-15T13:45:30.123Z"


def test_pnauthinfo3_repr_hides_secret() -> None:
    auth = PnAuthInfo3("RickSanchez", KEY, algorithm="sha384")
    bound = auth.bind_client_id("SanchezAssociates")
    assert repr(auth) == "PnAuthInfo3(user_id='RickSanchez', algorithm='SHA384', secret='***')"
    assert repr(bound) == (
        "PnAuthInfo3(user_id='RickSanchez', algorithm='SHA384', client_id='SanchezAssociates', secret='***')"
    )
    for text in (repr(auth), str(auth), f"{auth}", repr(vars(auth)), str(vars(bound))):
        assert KEY not in text


def test_trio_backend_signed_call() -> None:
    now = datetime(2024, 1, 15, 13, 45, 30, 123000, tzinfo=UTC)
    auth = PnAuthInfo3("RickSanchez", KEY, clock=fixed_clock(now))
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, json=[])

    async def main() -> int:
        async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(handler)) as client:
            response = await client.get(PROGRAMS)
        return response.status_code

    assert anyio.run(main, backend="trio") == 200
    assert seen == [
        "PNAUTHINFO3-HMAC-SHA256 Credential=RickSanchez/2024-01-15T13:45:30.123Z "
        "Signature=lfYZrXabyXnwm+fF9Wxxht/INjJBqqHB5UGcqwupJ5o="
    ]


def test_trio_backend_with_respx() -> None:
    auth = PnAuthInfo3("RickSanchez", KEY)

    async def main() -> int:
        async with httpx.AsyncClient(auth=auth) as client:
            response = await client.get(PROGRAMS)
        return response.status_code

    with respx.mock() as router:
        route = router.get(PROGRAMS).respond(200)
        assert anyio.run(main, backend="trio") == 200
    assert route.call_count == 1
    parse_header(route.calls.last.request.headers["Authorization"])


# ----------------------------------------------------------------------------------------------------------
# OAuth2ClientCredentials
# ----------------------------------------------------------------------------------------------------------


class FakeMonotonic:
    """A settable monotonic clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_oauth(clock: Callable[[], float] | None = None, **kwargs: object) -> OAuth2ClientCredentials:
    return OAuth2ClientCredentials(
        OAUTH_ID,
        OAUTH_SECRET,
        scope="ACME_CORP/John.Doe",
        token_url=TOKEN_URL,
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )


def token_response(token: str, expires_in: object = 3600, **extra: object) -> httpx.Response:
    body: dict[str, object] = {"access_token": token, "token_type": "Bearer", **extra}
    if expires_in is not None:
        body["expires_in"] = expires_in
    return httpx.Response(200, json=body)


def token_sequence(prefix: str = "tok") -> Callable[[httpx.Request], httpx.Response]:
    counter = {"n": 0}

    def effect(request: httpx.Request) -> httpx.Response:
        counter["n"] += 1
        return token_response(f"{prefix}-{counter['n']}")

    return effect


async def test_oauth_token_request_shape_and_bearer_header() -> None:
    auth = make_oauth()
    with respx.mock() as router:
        token_route = router.post(TOKEN_URL).mock(return_value=token_response("abc.def"))
        api = router.get(PROGRAMS).respond(200, json=[])
        async with httpx.AsyncClient(auth=auth) as client:
            response = await client.get(PROGRAMS)
    assert response.status_code == 200
    token_request = token_route.calls.last.request
    assert token_request.method == "POST"
    expected_basic = base64.b64encode(f"{OAUTH_ID}:{OAUTH_SECRET}".encode()).decode()
    assert token_request.headers["Authorization"] == f"Basic {expected_basic}"
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token_request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "scope": ["ACME_CORP/John.Doe"],
    }
    assert OAUTH_SECRET.encode() not in token_request.content
    assert api.calls.last.request.headers["Authorization"] == "Bearer abc.def"


async def test_oauth_token_is_cached() -> None:
    auth = make_oauth()
    with respx.mock() as router:
        token_route = router.post(TOKEN_URL).mock(side_effect=token_sequence())
        api = router.get(PROGRAMS).respond(200, json=[])
        async with httpx.AsyncClient(auth=auth) as client:
            for _ in range(5):
                await client.get(PROGRAMS)
    assert token_route.call_count == 1
    assert api.call_count == 5
    assert {c.request.headers["Authorization"] for c in api.calls} == {"Bearer tok-1"}


async def test_oauth_200_concurrent_calls_share_one_token_request() -> None:
    auth = make_oauth()
    tasks = 200
    started = 0
    all_started = anyio.Event()

    async def slow_token(request: httpx.Request) -> httpx.Response:
        # hold the token request open until every task has started its own call
        await all_started.wait()
        return token_response("shared")

    async def one_call(client: httpx.AsyncClient) -> None:
        nonlocal started
        started += 1
        if started == tasks:
            all_started.set()
        response = await client.get(PROGRAMS)
        assert response.status_code == 200

    with respx.mock() as router:
        token_route = router.post(TOKEN_URL).mock(side_effect=slow_token)
        api = router.get(PROGRAMS).respond(200, json=[])
        async with httpx.AsyncClient(auth=auth) as client, anyio.create_task_group() as tg:
            for _ in range(tasks):
                tg.start_soon(one_call, client)
    assert token_route.call_count == 1
    assert api.call_count == tasks
    assert {c.request.headers["Authorization"] for c in api.calls} == {"Bearer shared"}


async def test_oauth_refetches_after_expiry_minus_early_refresh() -> None:
    clock = FakeMonotonic()
    auth = make_oauth(clock, early_refresh=60)
    with respx.mock() as router:
        token_route = router.post(TOKEN_URL).mock(
            side_effect=[token_response("first", 120), token_response("second", 120)]
        )
        api = router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(PROGRAMS)
            clock.now += 59.9
            await client.get(PROGRAMS)
            assert token_route.call_count == 1
            clock.now += 0.1  # 120 - 60 seconds after the token was requested
            await client.get(PROGRAMS)
    assert token_route.call_count == 2
    assert [c.request.headers["Authorization"] for c in api.calls] == [
        "Bearer first",
        "Bearer first",
        "Bearer second",
    ]


async def test_oauth_missing_expires_in_assumes_default_lifetime() -> None:
    clock = FakeMonotonic()
    auth = make_oauth(clock, early_refresh=0)
    with respx.mock() as router:
        token_route = router.post(TOKEN_URL).mock(
            side_effect=[token_response("a", None), token_response("b", None)]
        )
        router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(PROGRAMS)
            clock.now += DEFAULT_TOKEN_LIFETIME_SECONDS - 1
            await client.get(PROGRAMS)
            assert token_route.call_count == 1
            clock.now += 1
            await client.get(PROGRAMS)
    assert token_route.call_count == 2


async def test_oauth_short_lifetime_uses_half_of_expires_in() -> None:
    clock = FakeMonotonic()
    auth = make_oauth(clock, early_refresh=60)
    with respx.mock() as router:
        token_route = router.post(TOKEN_URL).mock(
            side_effect=[token_response("a", "30"), token_response("b", 30)]
        )
        router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(PROGRAMS)
            clock.now += 14
            await client.get(PROGRAMS)
            assert token_route.call_count == 1
            clock.now += 1
            await client.get(PROGRAMS)
    assert token_route.call_count == 2


async def test_oauth_401_refetches_once_and_resends() -> None:
    auth = make_oauth()
    with respx.mock() as router:
        token_route = router.post(TOKEN_URL).mock(side_effect=token_sequence())
        api = router.post(f"{BASE}/ACME_CORP/Profile").mock(
            side_effect=[httpx.Response(401, json={"Message": "invalid token"}), httpx.Response(201)]
        )
        async with httpx.AsyncClient(auth=auth) as client:
            response = await client.post(f"{BASE}/ACME_CORP/Profile", json={"x": 1})
            assert response.status_code == 201
            assert token_route.call_count == 2
            assert [c.request.headers["Authorization"] for c in api.calls] == ["Bearer tok-1", "Bearer tok-2"]
            assert [c.request.content for c in api.calls] == [b'{"x":1}', b'{"x":1}']
            # the refreshed token is cached
            api.side_effect = None
            api.return_value = httpx.Response(200)
            await client.post(f"{BASE}/ACME_CORP/Profile", json={"x": 1})
    assert token_route.call_count == 2
    assert api.calls.last.request.headers["Authorization"] == "Bearer tok-2"


async def test_oauth_second_401_is_returned_without_looping() -> None:
    auth = make_oauth()
    with respx.mock() as router:
        token_route = router.post(TOKEN_URL).mock(side_effect=token_sequence())
        api = router.get(PROGRAMS).respond(401, json={"Message": "Unable to authenticate request"})
        async with httpx.AsyncClient(auth=auth) as client:
            response = await client.get(PROGRAMS)
    assert response.status_code == 401
    assert api.call_count == 2
    assert token_route.call_count == 2


async def test_oauth_concurrent_401s_after_revocation_refresh_once() -> None:
    auth = make_oauth()
    refused = {"Bearer tok-1"}

    def api_effect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401 if request.headers["Authorization"] in refused else 200)

    with respx.mock() as router:
        token_route = router.post(TOKEN_URL).mock(side_effect=token_sequence())
        router.get(f"{BASE}/warmup").respond(200)
        api = router.get(PROGRAMS).mock(side_effect=api_effect)
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(f"{BASE}/warmup")  # caches tok-1
            statuses: list[int] = []

            async def call() -> None:
                statuses.append((await client.get(PROGRAMS)).status_code)

            async with anyio.create_task_group() as tg:
                for _ in range(30):
                    tg.start_soon(call)
    assert statuses == [200] * 30
    assert token_route.call_count == 2  # tok-1 once, tok-2 once for all thirty 401s
    assert api.call_count == 60


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(401, json={"error": "invalid_client"}), AuthenticationError),
        (httpx.Response(401, json={"Message": f"bad secret {OAUTH_SECRET}"}), AuthenticationError),
        (httpx.Response(500, text="boom"), ServerError),
    ],
)
async def test_oauth_token_endpoint_http_error_is_typed(
    response: httpx.Response, error: type[MyPreferencesError]
) -> None:
    auth = make_oauth()
    with respx.mock(assert_all_called=False) as router:
        token_route = router.post(TOKEN_URL).mock(return_value=response)
        api = router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            with pytest.raises(error) as info:
                await client.get(PROGRAMS)
    assert token_route.call_count == 1
    assert api.call_count == 0
    assert OAUTH_SECRET not in str(info.value)
    assert OAUTH_SECRET not in repr(info.value)
    assert TOKEN_URL in str(info.value)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="not json"),
        httpx.Response(200, json=["a list"]),
        httpx.Response(200, json={"token_type": "Bearer", "expires_in": 60}),
        httpx.Response(200, json={"access_token": "", "expires_in": 60}),
        httpx.Response(200, json={"access_token": 12345}),
        httpx.Response(200, json={"access_token": "leaky-token", "token_type": "mac"}),
        httpx.Response(200, json={"access_token": "leaky-token", "expires_in": "soon"}),
        httpx.Response(200, json={"access_token": "leaky-token", "expires_in": -5}),
        httpx.Response(200, json={"access_token": "leaky token with spaces"}),
    ],
)
async def test_oauth_malformed_token_response(response: httpx.Response) -> None:
    auth = make_oauth()
    with respx.mock(assert_all_called=False) as router:
        router.post(TOKEN_URL).mock(return_value=response)
        api = router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            with pytest.raises(TokenResponseError) as info:
                await client.get(PROGRAMS)
    assert api.call_count == 0
    assert isinstance(info.value, MyPreferencesError)
    for text in (str(info.value), repr(info.value)):
        assert OAUTH_SECRET not in text
        assert "leaky" not in text


async def test_oauth_failed_refresh_does_not_poison_the_lock() -> None:
    auth = make_oauth()
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(side_effect=[httpx.Response(503), token_response("ok")])
        router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            with pytest.raises(ServerError):
                await client.get(PROGRAMS)
            with anyio.fail_after(5):
                assert (await client.get(PROGRAMS)).status_code == 200


def test_oauth_sync_client_is_refused() -> None:
    auth = make_oauth()
    with respx.mock(assert_all_called=False) as router:
        route = router.route().respond(200)
        with httpx.Client(auth=auth) as client, pytest.raises(InvalidRequestError, match="AsyncClient"):
            client.get(PROGRAMS)
    assert route.call_count == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"client_id": "", "client_secret": OAUTH_SECRET},
        {"client_id": "a:b", "client_secret": OAUTH_SECRET},
        {"client_id": OAUTH_ID, "client_secret": ""},
        {"client_id": OAUTH_ID, "client_secret": OAUTH_SECRET, "scope": ""},
        {"client_id": OAUTH_ID, "client_secret": OAUTH_SECRET, "scope": "A/B C/D"},
        {"client_id": OAUTH_ID, "client_secret": OAUTH_SECRET, "token_url": "/relative/token"},
        {"client_id": OAUTH_ID, "client_secret": OAUTH_SECRET, "token_url": "ftp://x.test/token"},
        {"client_id": OAUTH_ID, "client_secret": OAUTH_SECRET, "early_refresh": -1},
        {"client_id": OAUTH_ID, "client_secret": OAUTH_SECRET, "early_refresh": float("inf")},
    ],
)
def test_oauth_rejects_bad_construction(kwargs: dict[str, object]) -> None:
    arguments: dict[str, object] = {"scope": "ACME_CORP/John.Doe", "token_url": TOKEN_URL, **kwargs}
    with pytest.raises(InvalidRequestError) as info:
        OAuth2ClientCredentials(**arguments)  # type: ignore[arg-type]
    assert OAUTH_SECRET not in str(info.value)


async def test_oauth_repr_never_shows_secret_or_token() -> None:
    auth = make_oauth()
    token = "very-secret-access-token-xyz"
    with respx.mock() as router:
        router.post(TOKEN_URL).mock(return_value=token_response(token))
        router.get(PROGRAMS).respond(200)
        async with httpx.AsyncClient(auth=auth) as client:
            await client.get(PROGRAMS)
    assert repr(auth) == (
        f"OAuth2ClientCredentials(client_id='{OAUTH_ID}', scope='ACME_CORP/John.Doe', "
        f"token_url='{TOKEN_URL}', client_secret='***')"
    )
    basic = base64.b64encode(f"{OAUTH_ID}:{OAUTH_SECRET}".encode()).decode()
    for text in (repr(auth), str(auth), f"{auth}", repr(vars(auth)), str(vars(auth))):
        assert OAUTH_SECRET not in text
        assert token not in text
        assert basic not in text


def test_oauth_bind_client_id_keeps_shared_cache() -> None:
    auth = make_oauth()
    assert auth.bind_client_id("ACME_CORP") is auth


def test_oauth_trio_backend() -> None:
    auth = make_oauth()
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url == TOKEN_URL:
            return token_response("trio-token")
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, content=json.dumps([]).encode())

    async def main() -> None:
        transport = httpx.MockTransport(handler)
        async with (
            httpx.AsyncClient(auth=auth, transport=transport) as client,
            anyio.create_task_group() as tg,
        ):
            for _ in range(10):
                tg.start_soon(client.get, PROGRAMS)

    anyio.run(main, backend="trio")
    assert seen == ["Bearer trio-token"] * 10


@pytest.mark.parametrize(
    "url",
    [
        "https://pm.mypreferences.com/Profiles/v2/Acme/Profile/1",
        "https://pm.mypreferences.com/API/3/Acme/Programs",
        "https://pm.mypreferences.com/api/3/async/Acme/Export",
        "https://pm.mypreferences.com/Profiles/v4/Async/Acme/Export/1/Status",
    ],
)
def test_client_id_is_found_in_legacy_urls_too(url: str) -> None:
    from mypreferences.auth import _client_id_from_url

    assert _client_id_from_url(httpx.URL(url)) == "Acme"
