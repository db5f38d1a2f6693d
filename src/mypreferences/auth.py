"""Authentication for the MyPreferences v4 API, as :class:`httpx.Auth` implementations.

Two schemes are supported (reference §B):

* :class:`PnAuthInfo3` — the PossibleNOW custom scheme ``PNAUTHINFO3-HMAC-SHA{256,384,512}``. Every attempt is
  signed with a fresh UTC timestamp::

      Authorization: PNAUTHINFO3-HMAC-SHA256 Credential={UserId}/{timestamp} Signature={base64(HMAC)}

  where the HMAC key is the user's secret (UTF-8) and the signed string is
  ``f"{ClientId}:{UserId}:{timestamp}"``. :func:`sign_pnauthinfo3` is the pure function behind it.
* :class:`OAuth2ClientCredentials` — OAuth 2.0 client credentials with a cached bearer token. The token
  request is yielded from the auth flow, so it goes through the same client and transport (and mocks) as
  the API calls.

Neither object ever shows its secret (or a token) in ``repr()``/``str()``/``vars()``: secrets are held in a
private wrapper whose ``repr`` is ``'***'``.

The SDK is async-only: :class:`PnAuthInfo3` also works with a synchronous :class:`httpx.Client`, while
:class:`OAuth2ClientCredentials` refuses synchronous use with
:class:`~mypreferences.errors.InvalidRequestError` (its token cache is guarded by an :class:`anyio.Lock`).
Only :mod:`anyio` primitives are used, so both work under asyncio and trio.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import hashlib
import hmac
import json
import math
import time
from collections.abc import AsyncGenerator, Callable, Generator
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import anyio
import httpx

from mypreferences._paths import check_client_id
from mypreferences.errors import (
    APIConnectionError,
    InvalidRequestError,
    MyPreferencesError,
    TokenResponseError,
    redact_url,
    status_error_from_response,
)

__all__ = [
    "DEFAULT_EARLY_REFRESH_SECONDS",
    "DEFAULT_SKEW_SECONDS",
    "DEFAULT_TOKEN_LIFETIME_SECONDS",
    "PNAUTHINFO3_ALGORITHMS",
    "OAuth2ClientCredentials",
    "PnAuthInfo3",
    "TokenResponseError",
    "sign_pnauthinfo3",
]

#: Hash names accepted by the keyed ``PNAUTHINFO3-HMAC-*`` scheme (upper case; input is case-insensitive).
PNAUTHINFO3_ALGORITHMS: Final[frozenset[str]] = frozenset({"SHA256", "SHA384", "SHA512"})

#: Default margin (seconds) subtracted from the clock before signing. 0: the timestamp is the current UTC
#: time truncated to milliseconds, which is never in the future relative to the clock. Raise it (e.g.
#: ``skew=5``) when the local clock is known to run ahead of the server's (future timestamps are rejected).
DEFAULT_SKEW_SECONDS: Final[float] = 0.0

#: Seconds before ``expires_in`` at which a cached OAuth token is considered stale.
DEFAULT_EARLY_REFRESH_SECONDS: Final[float] = 60.0

#: Lifetime assumed when a token response has no ``expires_in`` (the real lifetime is not documented).
DEFAULT_TOKEN_LIFETIME_SECONDS: Final[float] = 3600.0

_HASHES: Final[dict[str, Callable[..., Any]]] = {
    "SHA256": hashlib.sha256,
    "SHA384": hashlib.sha384,
    "SHA512": hashlib.sha512,
}


class _Secret:
    """Holds a secret value; its ``repr``/``str`` are ``'***'`` so it cannot leak through printing."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        """Return the secret value."""
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__


# ----------------------------------------------------------------------------------------------------
# PNAUTHINFO3
# ----------------------------------------------------------------------------------------------------


def _normalise_algorithm(algorithm: str) -> str:
    name = algorithm.upper() if isinstance(algorithm, str) else ""
    if name not in PNAUTHINFO3_ALGORITHMS:
        expected = ", ".join(sorted(PNAUTHINFO3_ALGORITHMS))
        raise InvalidRequestError(f"unsupported PNAUTHINFO3 algorithm {algorithm!r}; expected {expected}")
    return name


def _check_user_id(user_id: str) -> None:
    # The header is ``Credential={UserId}/{timestamp}``: parameters are space-separated and the server
    # splits the credential on "/", so a user id with whitespace or "/" cannot be transmitted unambiguously.
    # It is also an HTTP header value, hence printable ASCII only.
    if not isinstance(user_id, str) or not user_id:
        raise InvalidRequestError("user_id must be a non-empty string")
    printable = user_id.isascii() and user_id.isprintable()
    if "/" in user_id or any(ch.isspace() for ch in user_id) or not printable:
        raise InvalidRequestError(
            "user_id must be printable ASCII without whitespace or '/' "
            "(it is sent as Credential={UserId}/{timestamp})"
        )


def _check_secret(secret: str, name: str = "secret") -> None:
    if not isinstance(secret, str) or not secret:
        raise InvalidRequestError(f"{name} must be a non-empty string")


def _check_client_id(client_id: str) -> None:
    check_client_id(client_id)


def _format_timestamp(moment: datetime) -> str:
    """Format an aware datetime as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (UTC, truncated to milliseconds)."""
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidRequestError("the clock must return a timezone-aware datetime")
    utc = moment.astimezone(UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def sign_pnauthinfo3(
    client_id: str,
    user_id: str,
    secret: str,
    timestamp: str | datetime,
    algorithm: str = "SHA256",
) -> str:
    """Return the ``Authorization`` header value of the keyed PNAUTHINFO3 scheme.

    ``Signature = base64(HMAC-<ALG>(key=secret, msg=f"{client_id}:{user_id}:{timestamp}"))`` (both
    UTF-8); the result is ``PNAUTHINFO3-HMAC-<ALG> Credential={user_id}/{timestamp} Signature={Signature}``.

    Args:
        client_id: the MyPreferences account id (path segment after ``/Profiles/v4/``); case-sensitive.
        user_id: an active API user of that account.
        secret: the user's secret, used as raw UTF-8 bytes.
        timestamp: the issued time. A string is signed verbatim (the same string goes into ``Credential``); an
            aware datetime is formatted as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (UTC, truncated to milliseconds).
        algorithm: ``SHA256``, ``SHA384`` or ``SHA512`` (case-insensitive).

    Raises:
        InvalidRequestError: an argument is empty or malformed, or the algorithm is unsupported.

    """
    name = _normalise_algorithm(algorithm)
    _check_client_id(client_id)
    _check_user_id(user_id)
    _check_secret(secret)
    stamp = _format_timestamp(timestamp) if isinstance(timestamp, datetime) else timestamp
    if not isinstance(stamp, str) or not stamp or any(ch.isspace() for ch in stamp) or not stamp.isascii():
        raise InvalidRequestError("timestamp must be a non-empty ASCII ISO 8601 string without whitespace")
    message = f"{client_id}:{user_id}:{stamp}".encode()
    digest = hmac.new(secret.encode("utf-8"), message, _HASHES[name]).digest()
    signature = base64.b64encode(digest).decode("ascii")
    return f"PNAUTHINFO3-HMAC-{name} Credential={user_id}/{stamp} Signature={signature}"


def _client_id_from_url(url: httpx.URL) -> str | None:
    """Return the account id of a MyPreferences URL, or None.

    It is the path segment right after the API base, matched case-insensitively: ``/Profiles/v4/`` (and the
    legacy ``/Profiles/v2/`` and ``/API/3/`` that :mod:`mypreferences.compat` rewrites after auth has run),
    skipping an ``Async`` segment: Integration routes are ``/Profiles/v4/Async/{clientId}/...``. The
    segment is percent-decoded.
    """
    segments = url.path.split("/")
    bases = {("profiles", "v4"), ("profiles", "v2"), ("api", "3")}
    for index in range(len(segments) - 1):
        if (segments[index].lower(), segments[index + 1].lower()) in bases:
            rest = segments[index + 2 :]
            if rest and rest[0].lower() == "async":
                rest = rest[1:]
            return rest[0] if rest and rest[0] else None
    return None


def _error_message(response: httpx.Response) -> str:
    """Return the ``Message`` of an (already read) error body, or its text."""
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    if isinstance(body, dict):
        raw = body.get("Message") or body.get("message")
        return raw if isinstance(raw, str) else ""
    if isinstance(body, str):
        return body
    try:
        return response.text
    except (UnicodeDecodeError, LookupError):
        return ""


def _is_timestamp_rejection(message: str) -> bool:
    """Tell whether a 401 text is about the issued timestamp (reference §B.3).

    ``The difference between the issued timestamp and the current time is too large`` (expired) and
    ``The specified date does not match an expected ISO 8601 format`` (also used for a future date).
    """
    text = message.lower()
    return ("difference" in text and "time" in text) or ("specified date" in text)


class PnAuthInfo3(httpx.Auth):
    """``httpx.Auth`` for the keyed ``PNAUTHINFO3-HMAC-*`` scheme.

    Every attempt gets a fresh timestamp (httpx runs the auth flow for every ``send``, so a request retried
    by the SDK is re-signed): the clock's UTC time minus ``skew``, truncated to milliseconds, hence never in
    the future relative to the clock. On a 401 whose ``Message`` is about the timestamp (expired or rejected
    date, §B.3) the request is re-signed with a new timestamp and sent once more; any other 401, or a second
    one, is returned to the caller.

    The account id (``ClientId``) that is signed comes from, in order: ``client_id=`` /
    :meth:`bind_client_id`, else the request URL — the path segment right after ``/Profiles/v4/`` (after
    ``/Profiles/v4/Async/`` for the Integration routes; an account literally named ``Async`` must therefore
    be bound). If neither gives one, :class:`InvalidRequestError` is raised before anything is sent.

    Works with :class:`httpx.AsyncClient` (asyncio or trio) and :class:`httpx.Client`.

    Args:
        user_id: the API user; printable ASCII without whitespace or ``/`` (it is sent as
            ``Credential={UserId}/{timestamp}``, where those characters would make the header ambiguous).
        secret: the user's secret (HMAC key, raw UTF-8). Never shown by ``repr``.
        algorithm: ``SHA256`` (default), ``SHA384`` or ``SHA512``, case-insensitive.
        client_id: the account id to sign, when known up front.
        clock: zero-argument callable returning the current time as an aware datetime (default: UTC now).
        skew: seconds (or a timedelta, >= 0) subtracted from the clock; see :data:`DEFAULT_SKEW_SECONDS`.

    Raises:
        InvalidRequestError: an argument is invalid.

    """

    requires_request_body = True

    def __init__(
        self,
        user_id: str,
        secret: str,
        *,
        algorithm: str = "SHA256",
        client_id: str | None = None,
        clock: Callable[[], datetime] | None = None,
        skew: float | timedelta = DEFAULT_SKEW_SECONDS,
    ) -> None:
        self._algorithm = _normalise_algorithm(algorithm)
        _check_user_id(user_id)
        _check_secret(secret)
        if client_id is not None:
            _check_client_id(client_id)
        margin = skew if isinstance(skew, timedelta) else _seconds(skew, "skew")
        if not isinstance(margin, timedelta) or margin < timedelta(0):
            raise InvalidRequestError("skew must be >= 0 seconds (a negative skew signs future timestamps)")
        self._user_id = user_id
        self._secret = _Secret(secret)
        self._client_id = client_id
        self._clock: Callable[[], datetime] = clock if clock is not None else _utc_now
        self._skew = margin

    @property
    def user_id(self) -> str:
        """The API user id sent in ``Credential``."""
        return self._user_id

    @property
    def algorithm(self) -> str:
        """The hash name, upper case (``SHA256``, ``SHA384`` or ``SHA512``)."""
        return self._algorithm

    @property
    def client_id(self) -> str | None:
        """The bound account id, or None when it is derived from each request URL."""
        return self._client_id

    def secrets(self) -> list[str]:
        """Return the credential strings to scrub from error text."""
        return [self._secret.get()]

    def bind_client_id(self, client_id: str) -> PnAuthInfo3:
        """Return a copy of this auth that signs for ``client_id`` (the original is unchanged)."""
        _check_client_id(client_id)
        bound = copy.copy(self)
        bound._client_id = client_id
        return bound

    def __repr__(self) -> str:
        bound = f", client_id={self._client_id!r}" if self._client_id is not None else ""
        return f"PnAuthInfo3(user_id={self._user_id!r}, algorithm={self._algorithm!r}{bound}, secret='***')"

    __str__ = __repr__

    def _timestamp(self) -> str:
        return _format_timestamp(self._clock() - self._skew)

    def _resolve_client_id(self, request: httpx.Request) -> str:
        if self._client_id is not None:
            return self._client_id
        derived = _client_id_from_url(request.url)
        if derived is None:
            raise InvalidRequestError(
                "PNAUTHINFO3 needs the account id: bind it (client_id=... or bind_client_id()) or use a "
                f"URL of the form .../Profiles/v4/{{clientId}}/...; got {redact_url(request.url)}"
            )
        _check_client_id(derived)
        return derived

    def _sign(self, request: httpx.Request, client_id: str) -> None:
        request.headers["Authorization"] = sign_pnauthinfo3(
            client_id, self._user_id, self._secret.get(), self._timestamp(), self._algorithm
        )

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` (synchronous clients); re-sign once on a timestamp 401."""
        request.read()
        client_id = self._resolve_client_id(request)
        self._sign(request, client_id)
        response = yield request
        if response.status_code == 401:
            response.read()
            if _is_timestamp_rejection(_error_message(response)):
                self._sign(request, client_id)
                yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Sign ``request`` (async clients); re-sign once on a timestamp 401."""
        await request.aread()
        client_id = self._resolve_client_id(request)
        self._sign(request, client_id)
        response = yield request
        if response.status_code == 401:
            await response.aread()
            if _is_timestamp_rejection(_error_message(response)):
                self._sign(request, client_id)
                yield request


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _seconds(value: object, name: str) -> timedelta:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidRequestError(f"{name} must be a finite number of seconds")
    return timedelta(seconds=value)


# ----------------------------------------------------------------------------------------------------
# OAuth 2.0 client credentials
# ----------------------------------------------------------------------------------------------------


class _Token:
    """A cached access token and the monotonic time after which it must not be used."""

    __slots__ = ("refresh_at", "value")

    def __init__(self, value: str, refresh_at: float) -> None:
        self.value = _Secret(value)
        self.refresh_at = refresh_at

    def __repr__(self) -> str:
        return f"_Token(value='***', refresh_at={self.refresh_at!r})"


class OAuth2ClientCredentials(httpx.Auth):
    """``httpx.Auth`` for OAuth 2.0 client credentials, sending ``Authorization: Bearer <token>``.

    The token request — ``POST token_url`` with form body ``grant_type=client_credentials&scope=<scope>``
    and HTTP Basic client authentication (``base64(client_id:client_secret)``) — is yielded from the auth
    flow, so it travels through the same :class:`httpx.AsyncClient` (transport, proxies, event hooks,
    mocks). It therefore shows up in the API response's ``history`` and in client event hooks; logging hooks
    must not print request headers.

    The token is cached until ``expires_in - early_refresh`` seconds after it was requested (half of
    ``expires_in`` when that would not be positive; :data:`DEFAULT_TOKEN_LIFETIME_SECONDS` when
    ``expires_in`` is missing). Refreshing is guarded by an :class:`anyio.Lock` with a re-check after
    acquiring it, so any number of concurrent calls share one token request. On a 401 from the API, a new
    token is fetched once (unless another task already replaced the token that was refused) and the request
    is resent once; a second 401 is returned to the caller.

    Errors from the token endpoint: a non-2xx answer raises the typed error of
    :func:`~mypreferences.errors.status_error_from_response` (401 → ``AuthenticationError``); a 2xx answer
    that is not a JSON object with a string ``access_token`` (or has a non-Bearer ``token_type``, or a bad
    ``expires_in``) raises :class:`TokenResponseError`. No message contains the secret or a token.

    Async only: ``sync_auth_flow`` raises :class:`InvalidRequestError` (the SDK is async; use
    :class:`httpx.AsyncClient`). Works under asyncio and trio.

    Args:
        client_id: the OAuth client id (not the MyPreferences account id); must not contain ``:``.
        client_secret: the OAuth client secret. Never shown by ``repr``.
        scope: ``"ClientId/UserId"`` — MyPreferences account id and API user joined by ``/``
            (e.g. ``ACME_CORP/John.Doe``).
        token_url: absolute http(s) URL of the token endpoint (not published; configure per environment).
        early_refresh: seconds before expiry at which the token is renewed (>= 0).
        clock: zero-argument callable returning *monotonic* seconds as a float
            (default :func:`time.monotonic`).

    Raises:
        InvalidRequestError: an argument is invalid.

    """

    requires_request_body = True

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scope: str,
        token_url: str | httpx.URL,
        early_refresh: float = DEFAULT_EARLY_REFRESH_SECONDS,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if not isinstance(client_id, str) or not client_id or ":" in client_id or not client_id.isprintable():
            raise InvalidRequestError("client_id must be a non-empty printable string without ':'")
        _check_secret(client_secret, "client_secret")
        if not isinstance(scope, str) or not scope or any(ch.isspace() for ch in scope):
            raise InvalidRequestError("scope must be 'ClientId/UserId': non-empty, no whitespace")
        try:
            url = httpx.URL(token_url)
        except (TypeError, httpx.InvalidURL) as exc:
            raise InvalidRequestError("token_url is not a valid URL") from exc
        if url.scheme not in ("http", "https") or not url.host:
            raise InvalidRequestError("token_url must be an absolute http(s) URL")
        if isinstance(early_refresh, bool) or not isinstance(early_refresh, int | float):
            raise InvalidRequestError("early_refresh must be a number of seconds")
        if not math.isfinite(early_refresh) or early_refresh < 0:
            raise InvalidRequestError("early_refresh must be a finite number of seconds >= 0")
        self._client_id = client_id
        self._client_secret = _Secret(client_secret)
        basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")
        self._basic_header = _Secret(f"Basic {basic}")
        self._scope = scope
        self._token_url = url
        self._early_refresh = float(early_refresh)
        self._clock: Callable[[], float] = clock if clock is not None else time.monotonic
        self._token: _Token | None = None
        self._lock = anyio.Lock()
        self._failures = 0  # token fetches that failed; waiters of a failed fetch share its failure
        self._last_failure: MyPreferencesError | None = None

    @property
    def client_id(self) -> str:
        """The OAuth client id."""
        return self._client_id

    @property
    def scope(self) -> str:
        """The requested scope (``ClientId/UserId``)."""
        return self._scope

    @property
    def token_url(self) -> httpx.URL:
        """The token endpoint."""
        return self._token_url

    def bind_client_id(self, client_id: str) -> OAuth2ClientCredentials:
        """Return ``self``: the account is already named by ``scope``, and the token cache must stay shared.

        Present so that SDK code can call ``auth.bind_client_id(...)`` on any auth of this module.
        """
        _check_client_id(client_id)
        return self

    def __repr__(self) -> str:
        return (
            f"OAuth2ClientCredentials(client_id={self._client_id!r}, scope={self._scope!r}, "
            f"token_url={redact_url(self._token_url)!r}, client_secret='***')"
        )

    __str__ = __repr__

    def _current_token(self) -> _Token | None:
        token = self._token
        if token is not None and self._clock() < token.refresh_at:
            return token
        return None

    def secrets(self) -> list[str]:
        """Return the credential strings to scrub from error text (secret, ``Basic`` value, current token)."""
        out = [self._client_secret.get(), self._basic_header.get().split(" ", 1)[1]]
        if self._token is not None:
            out.append(self._token.value.get())
        return out

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        token_request = httpx.Request(
            "POST",
            self._token_url,
            headers={"Authorization": self._basic_header.get(), "Accept": "application/json"},
            data={"grant_type": "client_credentials", "scope": self._scope},
        )
        if "timeout" in request.extensions:  # the token request obeys the call's timeout
            token_request.extensions["timeout"] = request.extensions["timeout"]
        return token_request

    async def _fetch(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Fetch a token (the caller holds the lock); a failure is recorded for the tasks waiting on the lock."""
        done = False
        try:
            requested_at = self._clock()
            token_response = yield self._token_request(request)
            await token_response.aread()
            self._token = self._parse_token(token_response, requested_at)
            done = True
        except MyPreferencesError as exc:
            self._last_failure = exc
            raise
        finally:
            if not done:
                self._failures += 1
                if self._last_failure is None:
                    self._last_failure = APIConnectionError("the OAuth token request failed; try again")

    def _shared_failure(self, seen: int) -> MyPreferencesError | None:
        """Return the failure of a token fetch that ended while this task waited for the lock, if any."""
        if self._failures != seen and self._last_failure is not None:
            failure = self._last_failure
            return type(failure)(*failure.args) if isinstance(failure, APIConnectionError) else failure
        return None

    def _parse_token(self, response: httpx.Response, requested_at: float) -> _Token:
        if not response.is_success:
            raise status_error_from_response(response, secrets=self.secrets())
        try:
            body = json.loads(response.content)
        except ValueError:
            raise TokenResponseError("body is not JSON", response=response) from None
        if not isinstance(body, dict):
            raise TokenResponseError("body is not a JSON object", response=response)
        access_token = body.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise TokenResponseError("'access_token' is missing or not a non-empty string", response=response)
        if any(ch.isspace() for ch in access_token) or not (
            access_token.isascii() and access_token.isprintable()
        ):
            raise TokenResponseError("'access_token' is not a valid bearer token", response=response)
        token_type = body.get("token_type", "Bearer")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise TokenResponseError("'token_type' is not Bearer", response=response)
        lifetime = self._lifetime(body.get("expires_in"), response)
        refresh_in = lifetime - self._early_refresh
        if refresh_in <= 0:
            refresh_in = lifetime / 2
        return _Token(access_token, requested_at + refresh_in)

    @staticmethod
    def _lifetime(raw: object, response: httpx.Response) -> float:
        if raw is None:
            return DEFAULT_TOKEN_LIFETIME_SECONDS
        value: float | None = None
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            value = float(raw)
        elif isinstance(raw, str):
            try:
                value = float(raw)
            except ValueError:
                value = None
        if value is None or not math.isfinite(value) or value <= 0:
            raise TokenResponseError("'expires_in' is not a positive number", response=response)
        return value

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Not supported: the token cache is guarded by an async lock. Use :class:`httpx.AsyncClient`."""
        raise InvalidRequestError("OAuth2ClientCredentials supports httpx.AsyncClient only (async SDK)")
        yield request  # pragma: no cover - makes this a generator

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Add a (cached or newly fetched) bearer token; on a 401 refresh it once and resend once."""
        await request.aread()
        token = self._current_token()
        if token is None:
            seen = self._failures
            async with self._lock:
                if (failure := self._shared_failure(seen)) is not None:
                    raise failure
                token = self._current_token()  # another task may have refreshed while we waited
                if token is None:
                    self._last_failure = None
                    flow = self._fetch(request)
                    try:
                        token_response = yield await anext(flow)
                        with contextlib.suppress(StopAsyncIteration):
                            await flow.asend(token_response)
                    finally:
                        await flow.aclose()
                    assert self._token is not None
                    token = self._token
        request.headers["Authorization"] = _bearer(token)
        response = yield request
        if response.status_code != 401:
            return
        seen = self._failures
        async with self._lock:
            if (failure := self._shared_failure(seen)) is not None:
                raise failure
            current = self._current_token()
            if current is None or current is token:  # nobody replaced the refused token yet
                self._token = None
                self._last_failure = None
                flow = self._fetch(request)
                try:
                    token_response = yield await anext(flow)
                    with contextlib.suppress(StopAsyncIteration):
                        await flow.asend(token_response)
                finally:
                    await flow.aclose()
                assert self._token is not None
                current = self._token
        request.headers["Authorization"] = _bearer(current)
        yield request


def _bearer(token: _Token) -> str:
    return f"Bearer {token.value.get()}"
