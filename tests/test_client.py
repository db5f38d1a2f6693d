"""The async client: configuration, typed errors, retries, 202 handling, raw responses, redaction."""

from __future__ import annotations

import email.utils
import logging
import time
from datetime import UTC, datetime

import anyio
import httpx
import pytest
import respx

from mypreferences import MyPreferences, errors
from mypreferences._base_client import ENVIRONMENTS
from mypreferences._retry import RetryPolicy, parse_retry_after
from mypreferences.auth import OAuth2ClientCredentials, PnAuthInfo3
from mypreferences.generated.models import UpdateAcknowledgement, UserProfile
from mypreferences.ratelimit import LocalRateLimiter

from .conftest import BASE, CLIENT_ID, SECRET, FakeClock, use_fake_clock

PROFILE = {"ProfileId": 42, "IsActive": True, "CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"}}


# -- configuration -------------------------------------------------------------------------


def test_environments_and_base_url() -> None:
    assert MyPreferences("A", auth=None).base_url == ENVIRONMENTS["production"]
    assert MyPreferences("A", auth=None, environment="sandbox").base_url.startswith("https://pmstg.")
    assert MyPreferences("A", auth=None, base_url="http://127.0.0.1:9/x/").base_url == "http://127.0.0.1:9/x"
    with pytest.raises(errors.InvalidRequestError):
        MyPreferences("A", auth=None, environment="staging")  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidRequestError):
        MyPreferences("", auth=None)
    with pytest.raises(errors.InvalidRequestError):
        MyPreferences("A", auth=None, max_retries=-1)


def test_from_env_pnauthinfo3_and_oauth() -> None:
    env = {
        "MYPREFERENCES_CLIENT_ID": "Acme",
        "MYPREFERENCES_USER_ID": "u",
        "MYPREFERENCES_SECRET": SECRET,
        "MYPREFERENCES_ENVIRONMENT": "sandbox",
        "MYPREFERENCES_MAX_RETRIES": "5",
    }
    mp = MyPreferences.from_env(env)
    assert (mp.client_id, mp.max_retries) == ("Acme", 5)
    assert mp.base_url == ENVIRONMENTS["sandbox"]
    assert SECRET not in repr(mp)
    oauth = {
        "MYPREFERENCES_CLIENT_ID": "Acme",
        "MYPREFERENCES_OAUTH_CLIENT_ID": "cid",
        "MYPREFERENCES_OAUTH_CLIENT_SECRET": SECRET,
        "MYPREFERENCES_OAUTH_TOKEN_URL": "https://auth.test/token",
    }
    mp2 = MyPreferences.from_env(oauth, max_retries=0)
    assert mp2.max_retries == 0 and SECRET not in repr(mp2)
    with pytest.raises(errors.InvalidRequestError):
        MyPreferences.from_env({"MYPREFERENCES_CLIENT_ID": "Acme"})
    with pytest.raises(errors.InvalidRequestError):
        MyPreferences.from_env({})


# -- success, raw, 202 ---------------------------------------------------------------------


async def test_get_profile_returns_model_and_binds_client_id(mp: MyPreferences, router: respx.Router) -> None:
    route = router.get(f"/{CLIENT_ID}/Profile/42").respond(200, json=PROFILE)
    profile = await mp.profiles.retrieve(42)
    assert isinstance(profile, UserProfile)
    assert profile.profile_id == 42
    req = route.calls.last.request
    assert req.headers["authorization"].startswith("PNAUTHINFO3-HMAC-SHA256 Credential=api.user/")
    assert req.url.params["implied"] == "true"


async def test_raw_response_gives_status_headers_parsed(mp: MyPreferences, router: respx.Router) -> None:
    router.get(f"/{CLIENT_ID}/Profile/42").respond(200, json=PROFILE, headers={"X-Request-Id": "r1"})
    raw = await mp.with_raw_response.profiles.retrieve(42)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r1"
    assert isinstance(raw.parsed, UserProfile) and raw.parsed.profile_id == 42
    assert not raw.is_pending


async def test_202_is_a_typed_acknowledgement_and_wait_until_complete(
    mp: MyPreferences, router: respx.Router, fake_clock: FakeClock
) -> None:
    ack = {"ProfileId": 7, "UpdateStatus": "Pending Update", "SubmittedUtcTime": "2024-01-01T00:00:00Z"}
    router.post(f"/{CLIENT_ID}/Profile/7").respond(202, json=ack)
    result = await mp.profiles.update(7, body=UserProfile.from_dict({"IsActive": True}))
    assert isinstance(result, UpdateAcknowledgement)
    assert result.profile_id == 7
    pending = {**PROFILE, "ProfileId": 7, "UpdateStatus": "Pending Update"}
    done = {**PROFILE, "ProfileId": 7, "UpdateStatus": "Complete"}
    poll = router.get(f"/{CLIENT_ID}/Profile/7").mock(
        side_effect=[
            httpx.Response(200, json=pending),
            httpx.Response(200, json=pending),
            httpx.Response(200, json=done),
        ]
    )
    profile = await mp.profiles.wait_until_complete(result.profile_id, poll_interval=0.5)
    assert poll.call_count == 3
    assert profile.profile_id == 7
    assert fake_clock.sleeps == [0.5, 0.75]


async def test_wait_until_complete_times_out(mp: MyPreferences, router: respx.Router) -> None:
    router.get(f"/{CLIENT_ID}/Profile/AlternateId").respond(
        200, json={**PROFILE, "UpdateStatus": "Pending Update"}
    )
    with pytest.raises(errors.APITimeoutError):
        await mp.profiles.wait_until_complete_by_alternate_id("CRM", "a-1", poll_interval=10, timeout=0.001)
    with pytest.raises(errors.InvalidRequestError):
        await mp.profiles.wait_until_complete(1, poll_interval=0)


# -- typed errors ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (503, errors.ServerError),
        (418, errors.APIStatusError),
    ],
)
async def test_error_classes(
    mp: MyPreferences, router: respx.Router, status: int, cls: type[Exception]
) -> None:
    router.get(f"/{CLIENT_ID}/Profile/42").respond(status, json={"Message": f"boom {status}"})
    with pytest.raises(cls) as info:
        await mp.profiles.retrieve(42, options={"max_retries": 0})
    exc = info.value
    assert isinstance(exc, errors.APIStatusError)
    assert exc.status_code == status
    assert exc.message == f"boom {status}"
    assert exc.method == "GET"
    assert exc.url == exc.route == "/{clientId}/Profile/{profileId}"  # the template, never the values
    assert str(exc.response.request.url).startswith(f"{BASE}/{CLIENT_ID}/Profile/42")
    assert SECRET not in str(exc) and "Signature" not in str(exc)


async def test_error_without_json_body_uses_reason(mp: MyPreferences, router: respx.Router) -> None:
    router.get(f"/{CLIENT_ID}/Profile/42").respond(404, text="<html>not here</html>")
    with pytest.raises(errors.NotFoundError) as info:
        await mp.profiles.retrieve(42)
    assert info.value.message == "Not Found"


async def test_undocumented_success_status_and_bad_body_are_typed(
    mp: MyPreferences, router: respx.Router
) -> None:
    router.get(f"/{CLIENT_ID}/Profile/42").respond(206, json=PROFILE)
    with pytest.raises(errors.APIStatusError, match="undocumented status 206"):
        await mp.profiles.retrieve(42)
    router.get(f"/{CLIENT_ID}/Profile/43").respond(200, text="not json")
    with pytest.raises(errors.APIResponseValidationError):
        await mp.profiles.retrieve(43)


# -- retries -------------------------------------------------------------------------------


async def test_retry_after_seconds_is_honoured(
    mp: MyPreferences, router: respx.Router, fake_clock: FakeClock
) -> None:
    ticks = iter(range(100))
    mp._auth = PnAuthInfo3(
        "api.user", SECRET, clock=lambda: datetime(2024, 1, 1, 12, 0, next(ticks), tzinfo=UTC)
    ).bind_client_id(CLIENT_ID)
    route = router.get(f"/{CLIENT_ID}/Profile/42").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json=PROFILE)]
    )
    await mp.profiles.retrieve(42)
    assert route.call_count == 2
    assert sum(fake_clock.sleeps) == pytest.approx(3.0)
    first, second = (c.request.headers["authorization"] for c in route.calls)
    assert "Credential=api.user/2024-01-01T12:00:00.000Z" in first
    assert "Credential=api.user/2024-01-01T12:00:01.000Z" in second, (
        "a retry is re-signed with a fresh timestamp"
    )


async def test_retry_after_http_date_and_cap(
    mp: MyPreferences, router: respx.Router, fake_clock: FakeClock
) -> None:
    later = email.utils.formatdate(time.time() + 3600, usegmt=True)
    router.get(f"/{CLIENT_ID}/Profile/42").mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": later}), httpx.Response(200, json=PROFILE)]
    )
    await mp.profiles.retrieve(42)
    assert fake_clock.sleeps == [60.0]  # an hour is capped at max_retry_after


def test_parse_retry_after_forms() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after("0.5") == 0.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) == pytest.approx(
        30, abs=1
    )
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    for bad in (None, "", "soon", "nan", "inf"):
        assert parse_retry_after(bad) is None


def test_backoff_schedule_is_exponential_with_bounded_jitter() -> None:
    p = RetryPolicy(initial_delay=0.5, max_delay=4.0, jitter=0.25)
    assert [p.delay(n, rand=0.0) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert [p.delay(n, rand=1.0) for n in range(1, 4)] == [0.375, 0.75, 1.5]
    assert p.delay(1, retry_after=100) == 60.0


async def test_exponential_backoff_then_give_up(
    mp: MyPreferences, router: respx.Router, fake_clock: FakeClock
) -> None:
    route = router.get(f"/{CLIENT_ID}/Profile/42").respond(503, json={"Message": "busy"})
    with pytest.raises(errors.ServerError):
        await mp.profiles.retrieve(42)
    assert route.call_count == 3  # 1 + max_retries(2)
    assert len(fake_clock.sleeps) == 2
    assert 0.375 <= fake_clock.sleeps[0] <= 0.5 and 0.75 <= fake_clock.sleeps[1] <= 1.0


async def test_per_call_and_with_options_max_retries(mp: MyPreferences, router: respx.Router) -> None:
    route = router.get(f"/{CLIENT_ID}/Profile/42").respond(503)
    with pytest.raises(errors.ServerError):
        await mp.profiles.retrieve(42, options={"max_retries": 0})
    assert route.call_count == 1
    with pytest.raises(errors.ServerError):
        await mp.with_options(max_retries=4).profiles.retrieve(42)
    assert route.call_count == 1 + 5


async def test_ambiguous_post_is_not_retried(mp: MyPreferences, router: respx.Router) -> None:
    route = router.post(f"/{CLIENT_ID}/Profile").mock(side_effect=httpx.ReadTimeout("read timed out"))
    with pytest.raises(errors.OutcomeUnknownError):
        await mp.profiles.create(body=UserProfile.from_dict({"IsActive": True}))
    assert route.call_count == 1
    route502 = router.post(f"/{CLIENT_ID}/Profile/9").respond(502)
    with pytest.raises(errors.OutcomeUnknownError):
        await mp.profiles.update(9, body=UserProfile.from_dict({}))
    assert route502.call_count == 1


async def test_unsent_post_and_idempotent_get_are_retried(mp: MyPreferences, router: respx.Router) -> None:
    post = router.post(f"/{CLIENT_ID}/Profile").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json={"ProfileId": 1})]
    )
    await mp.profiles.create(body=UserProfile.from_dict({"IsActive": True}))
    assert post.call_count == 2
    get = router.get(f"/{CLIENT_ID}/Profile/42").mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.Response(502), httpx.Response(200, json=PROFILE)]
    )
    await mp.profiles.retrieve(42)
    assert get.call_count == 3


async def test_connection_error_is_typed(mp: MyPreferences, router: respx.Router) -> None:
    router.get(f"/{CLIENT_ID}/Profile/42").mock(side_effect=httpx.ConnectError("dns"))
    with pytest.raises(errors.APIConnectionError) as info:
        await mp.profiles.retrieve(42)
    assert not isinstance(info.value, errors.APITimeoutError)


async def test_429_pauses_the_whole_client(router: respx.Router, fake_clock: FakeClock) -> None:
    gate = LocalRateLimiter(clock=fake_clock, sleep=fake_clock.sleep)
    await gate.pause(5)
    assert await gate.paused_for() == 5
    await gate.acquire()
    assert await gate.paused_for() == 0 and fake_clock.sleeps == [5]


# -- user-supplied http client, trio -------------------------------------------------------


async def test_user_http_client_keeps_auth_and_retries() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        return httpx.Response(503) if len(seen) == 1 else httpx.Response(200, json=PROFILE)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        mp = MyPreferences(CLIENT_ID, auth=PnAuthInfo3("u", SECRET), base_url=BASE, http_client=http)
        use_fake_clock(mp, FakeClock())
        profile = await mp.profiles.retrieve(42)
        await mp.aclose()
        assert not http.is_closed, "a caller's client is not closed by the SDK"
    assert profile.profile_id == 42
    assert len(seen) == 2 and all(s.startswith("PNAUTHINFO3-HMAC-SHA256") for s in seen)


def test_runs_under_trio() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=PROFILE)

    async def main() -> int:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            mp = MyPreferences(CLIENT_ID, auth=PnAuthInfo3("u", SECRET), base_url=BASE, http_client=http)
            profile = await mp.profiles.retrieve(42)
            assert isinstance(profile.profile_id, int)
            return profile.profile_id

    assert anyio.run(main, backend="trio") == 42


# -- redaction -------------------------------------------------------------------------------


async def test_secrets_never_in_logs_reprs_or_errors(
    mp: MyPreferences, router: respx.Router, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    route = router.get(f"/{CLIENT_ID}/Profile/42").mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(401, json={"Message": "Unable to authenticate request"}),
        ]
    )
    with pytest.raises(errors.AuthenticationError) as info:
        await mp.profiles.retrieve(42)
    signatures = [c.request.headers["authorization"] for c in route.calls]
    texts = [caplog.text, repr(mp), str(mp), repr(mp._auth), str(info.value), repr(info.value)]
    for text in texts:
        assert SECRET not in text
        for sig in signatures:
            assert sig.split("Signature=")[1] not in text
    assert "GET /{clientId}/Profile/{profileId} -> 503 (attempt 1" in caplog.text
    assert "-> 401 (attempt 2" in caplog.text


async def test_oauth_token_and_secret_never_logged(
    router: respx.Router, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    token = "tok-abcdef-0123456789-should-not-leak"
    router.post("https://auth.test/token").respond(
        200, json={"access_token": token, "token_type": "Bearer", "expires_in": 3600}
    )
    route = router.get(f"/{CLIENT_ID}/Profile/42").mock(
        side_effect=[
            httpx.Response(401, json={"Message": "expired"}),
            httpx.Response(404, json={"Message": "x"}),
        ]
    )
    auth = OAuth2ClientCredentials(
        "oauth-client", SECRET, scope=f"{CLIENT_ID}/api.user", token_url="https://auth.test/token"
    )
    async with MyPreferences(CLIENT_ID, auth=auth, base_url=BASE, max_retries=0) as mp:
        with pytest.raises(errors.NotFoundError) as info:
            await mp.profiles.retrieve(42)
        texts = [caplog.text, repr(mp), repr(auth), str(info.value), repr(info.value)]
    assert route.calls.last.request.headers["authorization"] == f"Bearer {token}"
    for text in texts:
        assert SECRET not in text and token not in text
