"""Production semantics: exactly-once creates, deadlines, redaction of personal data and credentials, hardening."""

from __future__ import annotations

import base64
import enum
import gzip
import json
import logging
import pickle
from typing import Any

import anyio
import httpx
import pytest
import respx

from mypreferences import MyPreferences, errors
from mypreferences.auth import OAuth2ClientCredentials, PnAuthInfo3
from mypreferences.generated.models.user_profile import UserProfile

from .conftest import BASE, CLIENT_ID, SECRET, FakeClock, use_fake_clock

CREATE = f"/{CLIENT_ID}/Profile"
BY_ALT = f"/{CLIENT_ID}/Profile/AlternateId"
BODY = {
    "CustomerName": {"FirstName": "Ada", "LastName": "Lovelace"},
    "AlternateIds": [{"AlternateIdType": "CRM", "AlternateId": "A-1"}],
}
STORED = {"ProfileId": 7, **BODY}


# -- exactly-once creates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(503),
        httpx.Response(502),
        httpx.Response(504),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
    ],
)
async def test_ambiguous_create_is_reconciled_by_alternate_id(
    mp: MyPreferences, router: respx.Router, failure: Any
) -> None:
    post = router.post(CREATE).mock(side_effect=[failure])
    lookup = router.get(BY_ALT).respond(200, json=STORED)
    result = await mp.profiles.create(body=UserProfile.from_dict(BODY))
    assert isinstance(result, UserProfile) and result.profile_id == 7
    assert post.call_count == 1, "a create that may have been applied is never re-sent"
    assert dict(lookup.calls.last.request.url.params)["alternateId"] == "A-1"


async def test_ambiguous_create_not_applied_is_sent_once_more(
    mp: MyPreferences, router: respx.Router
) -> None:
    post = router.post(CREATE).mock(side_effect=[httpx.Response(503), httpx.Response(201, json=STORED)])
    router.get(BY_ALT).respond(404, json={"Message": "Profile not found"})
    result = await mp.profiles.create(body=BODY)
    assert isinstance(result, UserProfile) and result.profile_id == 7
    assert post.call_count == 2


async def test_ambiguous_create_without_alternate_id_reports_unknown_outcome(
    mp: MyPreferences, router: respx.Router
) -> None:
    post = router.post(CREATE).respond(503)
    with pytest.raises(errors.OutcomeUnknownError) as info:
        await mp.profiles.create(body={"CustomerName": {"FirstName": "Ada"}})
    assert post.call_count == 1
    assert info.value.request is not None and info.value.request.method == "POST"
    assert info.value.status_code == 503


async def test_conflict_with_someone_elses_profile_stays_a_conflict(
    mp: MyPreferences, router: respx.Router
) -> None:
    router.post(CREATE).respond(409, json={"Message": "Alternate id already in use"})
    other = {**STORED, "CustomerName": {"FirstName": "Grace", "LastName": "Hopper"}}
    router.get(BY_ALT).respond(200, json=other)
    with pytest.raises(errors.ConflictError):
        await mp.profiles.create(body=BODY)


async def test_conflict_with_the_profile_just_created_returns_it(
    mp: MyPreferences, router: respx.Router
) -> None:
    router.post(CREATE).respond(409, json={"Message": "Alternate id already in use"})
    router.get(BY_ALT).respond(200, json=STORED)
    result = await mp.profiles.create(body=BODY)
    assert isinstance(result, UserProfile) and result.profile_id == 7


async def test_ambiguous_mismatch_is_a_conflict(mp: MyPreferences, router: respx.Router) -> None:
    router.post(CREATE).respond(503)
    router.get(BY_ALT).respond(200, json={**STORED, "CustomerName": {"FirstName": "Grace"}})
    with pytest.raises(errors.ConflictError):
        await mp.profiles.create(body=BODY)


async def test_rate_limited_and_unsent_creates_are_retried(mp: MyPreferences, router: respx.Router) -> None:
    post = router.post(CREATE).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.ConnectError("refused"),
            httpx.Response(201, json=STORED),
        ]
    )
    await mp.profiles.create(body=BODY)
    assert post.call_count == 3


async def test_patch_after_gateway_error_is_not_resent(mp: MyPreferences, router: respx.Router) -> None:
    route = router.patch(f"/{CLIENT_ID}/Profile/7").respond(502)
    with pytest.raises(errors.OutcomeUnknownError):
        await mp.profiles.patch(7, body=[])
    assert route.call_count == 1


# -- deadlines ----------------------------------------------------------------------------------------


async def test_a_call_never_sleeps_on_another_calls_429(
    mp: MyPreferences, router: respx.Router, fake_clock: FakeClock
) -> None:
    slow = router.get(f"/{CLIENT_ID}/Profile/1").respond(429, headers={"Retry-After": "6"})
    other = router.get(f"/{CLIENT_ID}/Profile/2").respond(200, json={"ProfileId": 2})
    with pytest.raises(errors.RateLimitError):
        await mp.profiles.retrieve(1, options={"max_retries": 0})
    assert slow.call_count == 1
    started = fake_clock.now
    with pytest.raises(errors.RateLimitError) as info:
        await mp.profiles.retrieve(2, options={"deadline": 1.0})
    assert info.value.retry_after is not None and 5.0 < info.value.retry_after <= 6.0
    assert other.call_count == 0 and fake_clock.now == started, "failed at once, without waiting"
    # without a deadline the same call waits the pause out, then succeeds
    profile = await mp.profiles.retrieve(2)
    assert profile.profile_id == 2 and fake_clock.now - started == pytest.approx(6.0)


async def test_deadline_bounds_retries_and_back_off(
    mp: MyPreferences, router: respx.Router, fake_clock: FakeClock
) -> None:
    route = router.get(f"/{CLIENT_ID}/Profile/1").respond(503)
    with pytest.raises(errors.ServerError):
        await mp.profiles.retrieve(1, options={"deadline": 0.3, "max_retries": 5})
    assert route.call_count == 1 and fake_clock.sleeps == []  # a 0.5 s back-off would pass the deadline
    limited = MyPreferences(CLIENT_ID, auth=None, base_url=BASE, deadline=0.3, max_retries=5)
    use_fake_clock(limited, fake_clock)
    with pytest.raises(errors.ServerError):
        await limited.profiles.retrieve(1)
    assert route.call_count == 2


@pytest.mark.parametrize("bad", [0, -1, float("nan"), "1", True])
def test_invalid_deadlines_are_refused(bad: Any) -> None:
    with pytest.raises(errors.InvalidRequestError):
        MyPreferences(CLIENT_ID, auth=None, base_url=BASE, deadline=bad)


async def test_real_deadline_cuts_a_slow_answer() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(5)
        return httpx.Response(200, json={"ProfileId": 1})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        mp = MyPreferences(CLIENT_ID, auth=None, base_url=BASE, http_client=http)
        with anyio.fail_after(2), pytest.raises(errors.APITimeoutError):
            await mp.profiles.retrieve(1, options={"deadline": 0.2})


# -- personal data and credentials stay out of errors and logs -----------------------------------------

EMAIL, PHONE, NAME, ALT = "jane.doe@example.com", "+1 404 555 0134", "Zebulon", "ALT-PERSONAL-991"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 429, 500, 503])
async def test_no_personal_data_in_errors_or_logs(
    mp: MyPreferences, router: respx.Router, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    caplog.set_level(logging.DEBUG, logger="mypreferences")

    def echo(request: httpx.Request) -> httpx.Response:  # a server that repeats what it was sent
        sent = [v for _, v in request.url.params.multi_items()] + request.url.path.split("/")
        return httpx.Response(status, json={"Message": f"no match for {' / '.join(sent)}", "Echo": sent})

    router.route().mock(side_effect=echo)
    calls = [
        lambda: mp.lookups.by_email(EMAIL, options={"max_retries": 0}),
        lambda: mp.lookups.by_phone(PHONE, options={"max_retries": 0}),
        lambda: mp.lookups.by_name(NAME, first_name=NAME, options={"max_retries": 0}),
        lambda: mp.profiles.retrieve_by_alternate_id("CRM", ALT, options={"max_retries": 0}),
        lambda: mp.profiles.patch_by_alternate_id("CRM", ALT, body=[], options={"max_retries": 0}),
    ]
    for call in calls:
        with pytest.raises(errors.MyPreferencesError) as info:
            await call()
        exc = info.value
        texts = [str(exc), repr(exc), json.dumps(getattr(exc, "body", None)), *getattr(exc, "__notes__", [])]
        for text in texts:
            for value in (EMAIL, PHONE, NAME, ALT, "jane.doe%40example.com", "jane.doe"):
                assert value not in text, (status, text)
        assert exc.request is not None  # the values stay reachable for code that needs them
    for value in (EMAIL, PHONE, NAME, ALT, "jane.doe%40example.com"):
        assert value not in caplog.text


async def test_no_personal_data_in_connection_and_validation_errors(
    mp: MyPreferences, router: respx.Router
) -> None:
    router.get(f"/{CLIENT_ID}/Profile/Email").mock(side_effect=httpx.ConnectError(f"cannot reach {EMAIL}"))
    with pytest.raises(errors.APIConnectionError) as info:
        await mp.lookups.by_email(EMAIL, options={"max_retries": 0})
    assert EMAIL not in str(info.value)
    router.get(f"/{CLIENT_ID}/Profile/Phone").respond(200, json={"not": "a list"})
    with pytest.raises(errors.APIResponseValidationError) as vinfo:
        await mp.lookups.by_phone(PHONE)
    assert PHONE not in str(vinfo.value) and "+1%20404" not in str(vinfo.value)


async def test_credentials_echoed_by_the_server_are_scrubbed(mp: MyPreferences, router: respx.Router) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"Message": f"bad header {request.headers['authorization']}"})

    router.get(f"/{CLIENT_ID}/Profile/1").mock(side_effect=echo)
    with pytest.raises(errors.BadRequestError) as info:
        await mp.profiles.retrieve(1)
    sent = router.calls.last.request.headers["authorization"]
    signature = sent.split("Signature=")[1]
    for text in (str(info.value), json.dumps(info.value.body)):
        assert signature not in text and SECRET not in text


async def test_oauth_token_endpoint_echo_is_scrubbed_in_every_form() -> None:
    auth = OAuth2ClientCredentials(
        "app", "oauth-very-secret", scope="Acme/u", token_url="https://auth.test/token"
    )
    basic = base64.b64encode(b"app:oauth-very-secret").decode()
    with respx.mock(assert_all_called=False) as router:
        router.post("https://auth.test/token").respond(
            401, json={"Message": f"rejected Basic {basic} (oauth-very-secret)", "Auth": f"Basic {basic}"}
        )
        mp = MyPreferences("Acme", auth=auth, base_url=BASE, max_retries=0)
        with pytest.raises(errors.AuthenticationError) as info:
            await mp.profiles.retrieve(1)
    for text in (str(info.value), repr(info.value), json.dumps(info.value.body)):
        assert basic not in text and "oauth-very-secret" not in text


async def test_oauth_token_with_nul_is_refused_without_echoing_it() -> None:
    auth = OAuth2ClientCredentials("app", "s3cret-value", scope="Acme/u", token_url="https://auth.test/token")
    with respx.mock(assert_all_called=False) as router:
        router.post("https://auth.test/token").respond(200, json={"access_token": "tok\x00en-secret-x"})
        api = router.get(f"{BASE}/Acme/Profile/1").respond(200, json={})
        mp = MyPreferences("Acme", auth=auth, base_url=BASE)
        with pytest.raises(errors.MyPreferencesError) as info:
            await mp.profiles.retrieve(1)
    chain = [info.value, info.value.__cause__, info.value.__context__]
    assert all("en-secret-x" not in str(e) for e in chain if e is not None)
    assert api.call_count == 0


async def test_oauth_token_request_obeys_the_call_timeout_and_failures_are_shared() -> None:
    auth = OAuth2ClientCredentials("app", "s3cret-value", scope="Acme/u", token_url="https://auth.test/token")
    seen_timeouts: list[Any] = []

    async def token(request: httpx.Request) -> httpx.Response:
        seen_timeouts.append(request.extensions.get("timeout"))
        await anyio.sleep(0.05)  # a real token endpoint takes time: the other calls queue meanwhile
        return httpx.Response(500, json={"Message": "token service down"})

    with respx.mock(assert_all_called=False) as router:
        token_route = router.post("https://auth.test/token").mock(side_effect=token)
        router.get(url__regex=r".*/Profile/\d+$").respond(200, json={"ProfileId": 1})
        mp = MyPreferences("Acme", auth=auth, base_url=BASE, timeout=3.0, max_retries=0)
        outcomes = await mp.fan_out(
            mp.profiles.retrieve, range(30), concurrency=30
        )  # within one in-flight wave
        assert all(isinstance(o.error, errors.MyPreferencesError) for o in outcomes)
        assert token_route.call_count == 1, "the waiters share one failed fetch"
        await mp.fan_out(mp.profiles.retrieve, range(5), concurrency=5)
        assert token_route.call_count == 2, "the next call tries again"
    assert seen_timeouts[0] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


# -- hardening ---------------------------------------------------------------------------------------------


class IdType(str, enum.Enum):  # noqa: UP042 - the (str, Enum) pattern users have
    CRM = "CRM"


class Sneaky(str):
    def __str__(self) -> str:
        return "../../AcmeCorp"


async def test_path_values_are_sent_exactly(mp: MyPreferences, router: respx.Router) -> None:
    route = router.route().respond(200, json={"ProfileId": 1})
    await mp.profiles.patch_by_alternate_id(IdType.CRM, Sneaky("A-1"), body=[])
    assert route.calls.last.request.url.raw_path.endswith(b"/AlternateIdType/CRM/AlternateId/A-1")
    with pytest.raises(errors.InvalidRequestError):
        await mp.profiles.retrieve(1.5)  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidRequestError):
        await mp.lookups.by_email(None)  # type: ignore[arg-type]
    assert route.call_count == 1


@pytest.mark.parametrize(
    "headers", [{"X-A": "a\r\nX-Injected: 1"}, {"X-A": "nul\x00"}, {"X-\n": "v"}, {"X-A": "é"}]
)
async def test_bad_extra_headers_are_refused_before_sending(
    mp: MyPreferences, router: respx.Router, headers: dict[str, str]
) -> None:
    route = router.route().respond(200, json={})
    with pytest.raises(errors.InvalidRequestError) as info:
        await mp.profiles.retrieve(1, options={"extra_headers": headers})
    assert route.call_count == 0
    assert "Injected" not in str(info.value) and "nul" not in str(info.value)


def _raw(content: bytes, **headers: str) -> Any:
    """A response whose body reaches the client undecoded (as a server would send it)."""
    return lambda request: httpx.Response(200, headers=headers, stream=httpx.ByteStream(content))


async def test_undecodable_nested_and_oversized_bodies_are_typed(router: respx.Router) -> None:
    mp = MyPreferences(CLIENT_ID, auth=None, base_url=BASE, max_response_bytes=10_000, max_retries=0)
    router.get(f"/{CLIENT_ID}/Profile/1").mock(side_effect=_raw(b"garbage", **{"Content-Encoding": "gzip"}))
    with pytest.raises(errors.APIConnectionError):
        await mp.profiles.retrieve(1)
    router.get(f"/{CLIENT_ID}/Profile/2").mock(
        side_effect=_raw(b"[" * 4_000 + b"]" * 4_000, **{"Content-Type": "application/json"})
    )
    with pytest.raises(errors.APIResponseValidationError):
        await mp.profiles.retrieve(2)
    big = gzip.compress(json.dumps({"ProfileId": 3, "Pad": "x" * 50_000}).encode())
    assert len(big) < 10_000  # small on the wire, too big once decoded
    router.get(f"/{CLIENT_ID}/Profile/3").mock(side_effect=_raw(big, **{"Content-Encoding": "gzip"}))
    with pytest.raises(errors.ResponseTooLargeError):
        await mp.profiles.retrieve(3)
    router.get(f"/{CLIENT_ID}/Profile/4").respond(200, json=[{"ProfileId": "x"}])
    with pytest.raises(errors.APIResponseValidationError) as info:
        await mp.profiles.retrieve(4)
    assert info.value.response.status_code == 200


async def test_user_agent_request_id_and_hints(mp: MyPreferences, router: respx.Router, caplog: Any) -> None:
    caplog.set_level(logging.INFO, logger="mypreferences")
    route = router.get(f"/{CLIENT_ID}/Profile/1").respond(
        401, json={"Message": "Unable to authenticate request"}, headers={"Request-Id": "req-123"}
    )
    with pytest.raises(errors.AuthenticationError) as info:
        await mp.profiles.retrieve(1)
    assert route.calls.last.request.headers["user-agent"].startswith("mypreferences-python/")
    assert " httpx/" in route.calls.last.request.headers["user-agent"]
    assert info.value.request_id == "req-123" and "req-123" in str(info.value) and "req-123" in caplog.text
    assert "clock" in str(info.value) and info.value.message == "Unable to authenticate request"
    router.get(f"/{CLIENT_ID}/Profile/2").respond(404, json={"Message": f"Client {CLIENT_ID} was not found"})
    with pytest.raises(errors.ClientNotFoundError):
        await mp.profiles.retrieve(2)
    router.get(f"/{CLIENT_ID}/Profile/Email").respond(403, json={"Message": "More than 50 profiles matched"})
    with pytest.raises(errors.TooManyMatchesError):
        await mp.lookups.by_email("a@b.c")


async def test_closed_forked_and_pickled_clients_are_refused(router: respx.Router) -> None:
    mp = MyPreferences(CLIENT_ID, auth=PnAuthInfo3("u", SECRET), base_url=BASE)
    with pytest.raises(errors.InvalidRequestError):
        pickle.dumps(mp)
    await mp.aclose()
    with pytest.raises(errors.ClientClosedError):
        await mp.profiles.retrieve(1)
    mp2 = MyPreferences(CLIENT_ID, auth=None, base_url=BASE)
    mp2._pid = -1  # as if this process were a fork of the one that built it
    with pytest.raises(errors.ClientClosedError):
        await mp2.profiles.retrieve(1)
