"""Authentication for the MyPreferences v4 API (reference §B), as :class:`httpx.Auth` implementations.

:class:`PnAuthInfo3` signs requests (HMAC); :class:`OAuth2ClientCredentials` sends a cached bearer token
(async only). Neither shows a secret or token in ``repr()``/``str()``/``vars()``; both support asyncio
and trio.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import hmac
import json
import math
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

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

#: Default seconds subtracted from the clock before signing; raise it if the local clock runs ahead.
DEFAULT_SKEW_SECONDS: Final[float] = 0.0

#: Seconds before ``expires_in`` at which a cached OAuth token is considered stale.
DEFAULT_EARLY_REFRESH_SECONDS: Final[float] = 60.0

#: Lifetime assumed when a token response has no ``expires_in``.
DEFAULT_TOKEN_LIFETIME_SECONDS: Final[float] = 3600.0


class _Secret:
    """Holds a secret value; its ``repr``/``str`` are ``'***'`` so it cannot leak through printing."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__


def _check_nonempty(value: object, name: str) -> None:
    if not isinstance(value, str) or not value:
        raise InvalidRequestError(f"{name} must be a non-empty string")


# --- PNAUTHINFO3 ---


def _normalise_algorithm(algorithm: str) -> str:
    name = algorithm.upper() if isinstance(algorithm, str) else ""
    if name not in PNAUTHINFO3_ALGORITHMS:
        expected = ", ".join(sorted(PNAUTHINFO3_ALGORITHMS))
        raise InvalidRequestError(f"unsupported PNAUTHINFO3 algorithm {algorithm!r}; expected {expected}")
    return name


def _check_user_id(user_id: str) -> None:
    _check_nonempty(user_id, "user_id")
    if "/" in user_id or " " in user_id or not (user_id.isascii() and user_id.isprintable()):
        raise InvalidRequestError(
            "user_id must be printable ASCII without whitespace or '/' "
            "(it is sent as Credential={UserId}/{timestamp})"
        )


def _format_timestamp(moment: datetime) -> str:
    """Format an aware datetime as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (UTC, truncated to milliseconds)."""
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidRequestError("the clock must return a timezone-aware datetime")
    utc = moment.astimezone(UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


def sign_pnauthinfo3(
    client_id: str, user_id: str, secret: str, timestamp: str | datetime, algorithm: str = "SHA256"
) -> str:
    """Return the ``Authorization`` header value of the keyed PNAUTHINFO3 scheme.

    The value is ``PNAUTHINFO3-HMAC-<ALG> Credential={user_id}/{timestamp} Signature={Signature}`` with
    ``Signature = base64(HMAC-<ALG>(key=secret, msg=f"{client_id}:{user_id}:{timestamp}"))`` (UTF-8).

    Args:
        client_id: the MyPreferences account id (path segment after ``/Profiles/v4/``); case-sensitive.
        user_id: an active API user of that account.
        secret: the user's secret.
        timestamp: a string, signed verbatim, or an aware datetime (sent as UTC ``...T...:SS.mmmZ``).
        algorithm: ``SHA256``, ``SHA384`` or ``SHA512`` (case-insensitive).

    Raises:
        InvalidRequestError: an argument is empty or malformed, or the algorithm is unsupported.

    """
    name = _normalise_algorithm(algorithm)
    check_client_id(client_id)
    _check_user_id(user_id)
    _check_nonempty(secret, "secret")
    stamp = _format_timestamp(timestamp) if isinstance(timestamp, datetime) else timestamp
    if not isinstance(stamp, str) or not stamp or any(ch.isspace() for ch in stamp) or not stamp.isascii():
        raise InvalidRequestError("timestamp must be a non-empty ASCII ISO 8601 string without whitespace")
    message = f"{client_id}:{user_id}:{stamp}".encode()
    digest = hmac.new(secret.encode("utf-8"), message, name.lower()).digest()
    signature = base64.b64encode(digest).decode("ascii")
    return f"PNAUTHINFO3-HMAC-{name} Credential={user_id}/{stamp} Signature={signature}"


def _client_id_from_url(url: httpx.URL) -> str | None:
    """Return the path segment after ``/Profiles/v4/`` (or v2, ``/API/3/``; skipping ``Async/``), or None."""
    segments = url.path.split("/")
    bases = {("profiles", "v4"), ("profiles", "v2"), ("api", "3")}
    for index in range(len(segments) - 1):
        if (segments[index].lower(), segments[index + 1].lower()) in bases:
            rest = segments[index + 2 :]
            if rest and rest[0].lower() == "async":
                rest = rest[1:]
            return rest[0] if rest and rest[0] else None
    return None


def _is_timestamp_rejection(response: httpx.Response) -> bool:
    """Tell whether the ``Message`` (or text) of a read 401 is about the issued timestamp (§B.3)."""
    try:
        body = json.loads(response.content)
    except ValueError:  # also empty or undecodable
        body = None
    if isinstance(body, dict):
        body = body.get("Message") or body.get("message")
    elif not isinstance(body, str):
        with contextlib.suppress(UnicodeDecodeError, LookupError):
            body = response.text
    text = body.lower() if isinstance(body, str) else ""
    return ("difference" in text and "time" in text) or ("specified date" in text)


class PnAuthInfo3(httpx.Auth):
    """``httpx.Auth`` for the keyed ``PNAUTHINFO3-HMAC-*`` scheme.

    Every attempt is signed with a fresh timestamp (clock minus ``skew``). On a 401 about the timestamp
    (§B.3) the request is re-signed and sent once more; other 401s are returned to the caller. The account
    id signed is ``client_id=`` / :meth:`bind_client_id`, else the segment after ``/Profiles/v4/`` (or
    ``/Profiles/v4/Async/``) of the URL; without one, :class:`InvalidRequestError` is raised unsent.

    Args:
        user_id: the API user; printable ASCII without whitespace or ``/``.
        secret: the user's secret (HMAC key). Never shown by ``repr``.
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
        _check_nonempty(secret, "secret")
        if client_id is not None:
            check_client_id(client_id)
        if not isinstance(skew, timedelta):
            if isinstance(skew, bool) or not isinstance(skew, int | float) or not math.isfinite(skew):
                raise InvalidRequestError("skew must be a finite number of seconds")
            skew = timedelta(seconds=skew)
        if skew < timedelta(0):
            raise InvalidRequestError("skew must be >= 0 seconds (a negative skew signs future timestamps)")
        self._user_id = user_id
        self._secret = _Secret(secret)
        self._client_id = client_id
        self._clock: Callable[[], datetime] = clock if clock is not None else lambda: datetime.now(UTC)
        self._skew = skew

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
        check_client_id(client_id)
        bound = copy.copy(self)
        bound._client_id = client_id
        return bound

    def __repr__(self) -> str:
        bound = f", client_id={self._client_id!r}" if self._client_id is not None else ""
        return f"PnAuthInfo3(user_id={self._user_id!r}, algorithm={self._algorithm!r}{bound}, secret='***')"

    __str__ = __repr__

    def _resolve_client_id(self, request: httpx.Request) -> str:
        if self._client_id is not None:
            return self._client_id
        derived = _client_id_from_url(request.url)
        if derived is None:
            raise InvalidRequestError(
                "PNAUTHINFO3 needs the account id: bind it (client_id=... or bind_client_id()) or use a "
                f"URL of the form .../Profiles/v4/{{clientId}}/...; got {redact_url(request.url)}"
            )
        check_client_id(derived)
        return derived

    def _sign(self, request: httpx.Request, client_id: str) -> None:
        stamp = _format_timestamp(self._clock() - self._skew)
        request.headers["Authorization"] = sign_pnauthinfo3(
            client_id, self._user_id, self._secret.get(), stamp, self._algorithm
        )

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` (synchronous clients); re-sign once on a timestamp 401."""
        request.read()
        client_id = self._resolve_client_id(request)
        self._sign(request, client_id)
        response = yield request
        if response.status_code == 401:
            response.read()
            if _is_timestamp_rejection(response):
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
            if _is_timestamp_rejection(response):
                self._sign(request, client_id)
                yield request


# --- OAuth 2.0 client credentials ---


@dataclass(frozen=True, slots=True)
class _Token:
    """A cached access token and the monotonic time after which it must not be used."""

    value: _Secret
    refresh_at: float


class OAuth2ClientCredentials(httpx.Auth):
    """``httpx.Auth`` for OAuth 2.0 client credentials, sending ``Authorization: Bearer <token>``.

    The token request (``POST token_url``, ``grant_type=client_credentials``, HTTP Basic) goes through the
    same client (transport, event hooks, mocks), so logging hooks must not print headers. The token is
    cached until ``expires_in - early_refresh`` (half of ``expires_in`` if not positive) and shared by
    concurrent calls; on a 401 it is renewed once and the request resent once. Async only: synchronous
    clients get :class:`InvalidRequestError`.

    A non-2xx token answer raises the error of :func:`~mypreferences.errors.status_error_from_response`, an
    invalid 2xx one :class:`TokenResponseError`; no message contains the secret or a token.

    Args:
        client_id: the OAuth client id (not the MyPreferences account id); must not contain ``:``.
        client_secret: the OAuth client secret. Never shown by ``repr``.
        scope: ``"ClientId/UserId"``, e.g. ``ACME_CORP/John.Doe``.
        token_url: absolute http(s) URL of the token endpoint.
        early_refresh: seconds before expiry at which the token is renewed (>= 0).
        clock: zero-argument callable returning monotonic seconds (default :func:`time.monotonic`).

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
        _check_nonempty(client_secret, "client_secret")
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
        self._basic = _Secret(base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii"))
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
        """Return ``self``: the account is named by ``scope`` and the token cache stays shared."""
        check_client_id(client_id)
        return self

    def __repr__(self) -> str:
        return (
            f"OAuth2ClientCredentials(client_id={self._client_id!r}, scope={self._scope!r}, "
            f"token_url={redact_url(self._token_url)!r}, client_secret='***')"
        )

    __str__ = __repr__

    def secrets(self) -> list[str]:
        """Return the credential strings to scrub from error text (secret, ``Basic`` value, current token)."""
        token = [self._token.value.get()] if self._token is not None else []
        return [self._client_secret.get(), self._basic.get(), *token]

    def _current_token(self) -> _Token | None:
        token = self._token
        return token if token is not None and self._clock() < token.refresh_at else None

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        headers = {"Authorization": f"Basic {self._basic.get()}", "Accept": "application/json"}
        data = {"grant_type": "client_credentials", "scope": self._scope}
        token_request = httpx.Request("POST", self._token_url, headers=headers, data=data)
        if "timeout" in request.extensions:  # the token request obeys the call's timeout
            token_request.extensions["timeout"] = request.extensions["timeout"]
        return token_request

    async def _fetch(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Fetch a token (the caller holds the lock), recording a failure for the tasks waiting on the lock."""
        try:
            requested_at = self._clock()
            token_response = yield self._token_request(request)
            await token_response.aread()
            self._token = self._parse_token(token_response, requested_at)
        except BaseException as exc:  # also cancellation or the flow being closed
            self._failures += 1
            if isinstance(exc, MyPreferencesError):
                self._last_failure = exc
            elif self._last_failure is None:
                self._last_failure = APIConnectionError("the OAuth token request failed; try again")
            raise

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
        if " " in access_token or not (access_token.isascii() and access_token.isprintable()):
            raise TokenResponseError("'access_token' is not a valid bearer token", response=response)
        token_type = body.get("token_type", "Bearer")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise TokenResponseError("'token_type' is not Bearer", response=response)
        raw = body.get("expires_in")
        lifetime = DEFAULT_TOKEN_LIFETIME_SECONDS if raw is None else math.nan
        if isinstance(raw, int | float | str) and not isinstance(raw, bool):
            with contextlib.suppress(ValueError):
                lifetime = float(raw)
        if not math.isfinite(lifetime) or lifetime <= 0:
            raise TokenResponseError("'expires_in' is not a positive number", response=response)
        refresh_in = lifetime - self._early_refresh
        return _Token(_Secret(access_token), requested_at + (refresh_in if refresh_in > 0 else lifetime / 2))

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Not supported: the token cache is guarded by an async lock. Use :class:`httpx.AsyncClient`."""
        raise InvalidRequestError("OAuth2ClientCredentials supports httpx.AsyncClient only (async SDK)")
        yield request  # pragma: no cover - makes this a generator

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Add a (cached or newly fetched) bearer token; on a 401 refresh it once and resend once."""
        await request.aread()
        token = self._current_token()
        refused: _Token | None = None  # the token of a first attempt that got a 401
        while True:
            if token is None:
                seen = self._failures
                async with self._lock:
                    if (failure := self._shared_failure(seen)) is not None:
                        raise failure
                    token = self._current_token()  # another task may have refreshed while we waited
                    if token is None or token is refused:
                        if refused is not None:
                            self._token = None
                        self._last_failure = None
                        async with contextlib.aclosing(self._fetch(request)) as flow:
                            token_response = yield await anext(flow)
                            with contextlib.suppress(StopAsyncIteration):
                                await flow.asend(token_response)
                        assert self._token is not None
                        token = self._token
            request.headers["Authorization"] = f"Bearer {token.value.get()}"
            response = yield request
            if response.status_code != 401 or refused is not None:
                return
            refused, token = token, None
