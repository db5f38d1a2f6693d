"""Authentication (reference §B) as :class:`httpx.Auth`; no secret or token ever shows in a ``repr``."""

from __future__ import annotations

import base64
import contextlib
import copy
import hmac
import json
import math
import re
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Final, TypeGuard

import anyio
import httpx

from mypreferences._paths import check_client_id, check_http_url
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


_FAILED: Final = APIConnectionError("the OAuth token request failed; try again")  # copied per failure


@dataclass(frozen=True, slots=True, eq=False)
class _Secret:
    """A secret (or a cached token valid until monotonic ``refresh_at``), hidden from ``repr``/``vars``."""

    value: str = field(repr=False)
    refresh_at: float = math.inf


def _is_word(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and value.isascii() and value.isprintable() and value.split() == [value]


def _seconds(value: object, name: str) -> float:
    seconds = value.total_seconds() if isinstance(value, timedelta) else value
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds < 1e9:
        raise InvalidRequestError(f"{name} must be a number of seconds >= 0 and below 1e9")
    return float(seconds)


def _check_signer(user_id: str, secret: str, algorithm: str) -> str:
    name = algorithm.upper() if isinstance(algorithm, str) else ""
    if name not in PNAUTHINFO3_ALGORITHMS:
        raise InvalidRequestError("algorithm must be SHA256, SHA384 or SHA512 (PNAUTHINFO3-HMAC-*)")
    if not _is_word(user_id) or "/" in user_id:
        raise InvalidRequestError("user_id must be printable ASCII without whitespace or '/'")
    if not isinstance(secret, str) or not secret:
        raise InvalidRequestError("secret must be a non-empty string")
    return name


def _format_timestamp(moment: datetime) -> str:
    """Format an aware datetime as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (UTC, truncated to milliseconds)."""
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise InvalidRequestError("the clock must return a timezone-aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sign_pnauthinfo3(
    client_id: str, user_id: str, secret: str, timestamp: str | datetime, algorithm: str = "SHA256"
) -> str:
    """Return the header value ``PNAUTHINFO3-HMAC-<ALG> Credential={user_id}/{timestamp} Signature={sig}``.

    ``sig`` is ``base64(HMAC-<ALG>(key=secret, msg=f"{client_id}:{user_id}:{timestamp}"))`` (UTF-8).

    Args:
        client_id: the MyPreferences account id (path segment after ``/Profiles/v4/``); case-sensitive.
        user_id: an active API user of that account.
        secret: the user's secret.
        timestamp: a string, signed verbatim, or an aware datetime (sent as UTC ``...T...:SS.mmmZ``).
        algorithm: ``SHA256``, ``SHA384`` or ``SHA512`` (case-insensitive).

    Raises:
        InvalidRequestError: an argument is empty or malformed, or the algorithm is unsupported.

    """
    name = _check_signer(user_id, secret, algorithm)
    check_client_id(client_id)
    stamp = _format_timestamp(timestamp) if isinstance(timestamp, datetime) else timestamp
    if not _is_word(stamp):
        raise InvalidRequestError("timestamp must be a non-empty ASCII ISO 8601 string without whitespace")
    digest = hmac.new(secret.encode(), f"{client_id}:{user_id}:{stamp}".encode(), name.lower()).digest()
    signature = base64.b64encode(digest).decode("ascii")
    return f"PNAUTHINFO3-HMAC-{name} Credential={user_id}/{stamp} Signature={signature}"


def _client_id_from_url(url: httpx.URL) -> str | None:
    """Return the path segment after ``/Profiles/v4/`` (or v2, ``/API/3/``; skipping ``Async/``), or None."""
    match = re.search(r"/(?:profiles/v[24]|api/3)/(?:async(?:/|$))?([^/]*)", url.path, re.I | re.A)
    return (match[1] or None) if match else None


def _is_timestamp_rejection(content: bytes) -> bool:
    """Tell whether a 401 body (its JSON ``Message``, or its text) is about the issued timestamp (§B.3)."""
    body: object = None
    with contextlib.suppress(ValueError):  # also empty or not UTF-8
        body = json.loads(content)
    if isinstance(body, dict):
        body = body.get("Message") or body.get("message")
    elif not isinstance(body, str):
        body = content.decode(errors="replace")
    text = body.lower() if isinstance(body, str) else ""
    return ("difference" in text and "time" in text) or ("specified date" in text)


class PnAuthInfo3(httpx.Auth):
    """``httpx.Auth`` for the keyed ``PNAUTHINFO3-HMAC-*`` scheme (sync and async clients).

    Each attempt is signed with a fresh timestamp, and re-signed once after a 401 about it (§B.3). The
    account id signed is the bound one, else the URL's segment after ``/Profiles/v4/`` (or ``.../Async/``).

    Args:
        user_id: the API user; printable ASCII without whitespace or ``/``.
        secret: the user's secret (HMAC key).
        algorithm: ``SHA256`` (default), ``SHA384`` or ``SHA512``, case-insensitive.
        client_id: the account id to sign, when known up front (see :meth:`bind_client_id`).
        clock: zero-argument callable returning the current time as an aware datetime (default: UTC now).
        skew: seconds (or a timedelta, >= 0) subtracted from the clock, for a clock that runs ahead.

    Raises:
        InvalidRequestError: an argument is invalid; when sending, also if no account id is known.

    """

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
        self._algorithm = _check_signer(user_id, secret, algorithm)
        if client_id is not None:
            check_client_id(client_id)
        self._skew = timedelta(seconds=_seconds(skew, "skew"))
        self._user_id = user_id
        self._secret = _Secret(secret)
        self._client_id = client_id
        self._clock: Callable[[], datetime] = clock if clock is not None else lambda: datetime.now(UTC)

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
        return [self._secret.value]

    def bind_client_id(self, client_id: str) -> PnAuthInfo3:
        """Return a copy of this auth that signs for ``client_id`` (the original is unchanged)."""
        check_client_id(client_id)
        bound = copy.copy(self)
        bound._client_id = client_id
        return bound

    def __repr__(self) -> str:
        bound = f", client_id={self._client_id!r}" if self._client_id is not None else ""
        return f"PnAuthInfo3(user_id={self._user_id!r}, algorithm={self._algorithm!r}{bound}, secret='***')"

    def _sign(self, request: httpx.Request, client_id: str | None = None) -> str:
        """Sign ``request`` for ``client_id`` (default: the bound one, else the URL's); return the id."""
        client_id = client_id or self._client_id or _client_id_from_url(request.url)
        if client_id is None:
            raise InvalidRequestError(
                "PNAUTHINFO3 needs the account id: bind client_id or use a .../Profiles/v4/{clientId}/... URL"
            )
        moment = self._clock() - self._skew
        header = sign_pnauthinfo3(client_id, self._user_id, self._secret.value, moment, self._algorithm)
        request.headers["Authorization"] = header
        return client_id

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` (synchronous clients); re-sign once on a timestamp 401."""
        request.read()
        client_id = self._sign(request)
        response = yield request
        if response.status_code == 401 and _is_timestamp_rejection(response.read()):
            self._sign(request, client_id)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Sign ``request`` (async clients); re-sign once on a timestamp 401."""
        await request.aread()
        client_id = self._sign(request)
        response = yield request
        if response.status_code == 401 and _is_timestamp_rejection(await response.aread()):
            self._sign(request, client_id)
            yield request


class OAuth2ClientCredentials(httpx.Auth):
    """``httpx.Auth`` for OAuth 2.0 client credentials: ``Authorization: Bearer <token>``, async clients only.

    The token (``POST token_url``, ``grant_type=client_credentials``, HTTP Basic) is fetched through the same
    client, so logging hooks must not print headers. It is cached until ``expires_in - early_refresh`` (half
    of ``expires_in`` if that is not positive), shared by concurrent calls and renewed once on a 401. Token
    errors raise as :func:`~mypreferences.errors.status_error_from_response` or :class:`TokenResponseError`.

    Args:
        client_id: the OAuth client id (not the MyPreferences account id); must not contain ``:``.
        client_secret: the OAuth client secret. Never shown by ``repr``.
        scope: ``"ClientId/UserId"``, e.g. ``ACME_CORP/John.Doe``.
        token_url: absolute http(s) URL of the token endpoint.
        early_refresh: seconds before expiry at which the token is renewed (>= 0).
        clock: zero-argument callable returning monotonic seconds (default :func:`time.monotonic`).

    Raises:
        InvalidRequestError: an argument is invalid, or the client is synchronous.

    """

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
        if not isinstance(client_secret, str) or not client_secret:
            raise InvalidRequestError("client_secret must be a non-empty string")
        if not isinstance(scope, str) or scope.split() != [scope]:
            raise InvalidRequestError("scope must be 'ClientId/UserId': non-empty, no whitespace")
        url = check_http_url("token_url", token_url)
        self._early_refresh = _seconds(early_refresh, "early_refresh")
        self._client_id = client_id
        self._client_secret = _Secret(client_secret)
        self._basic = _Secret(base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii"))
        self._scope = scope
        self._token_url = url
        self._clock: Callable[[], float] = clock if clock is not None else time.monotonic
        self._token: _Secret | None = None
        self._lock = anyio.Lock()
        self._failure: MyPreferencesError | None = None  # of the last token fetch (None: it succeeded)

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
        url = redact_url(self._token_url)
        fields = f"client_id={self._client_id!r}, scope={self._scope!r}, token_url={url!r}"
        return f"OAuth2ClientCredentials({fields}, client_secret='***')"

    def secrets(self) -> list[str]:
        """Return the credential strings to scrub from error text (secret, ``Basic`` value, current token)."""
        return [s.value for s in (self._client_secret, self._basic, self._token) if s is not None]

    def _current_token(self) -> _Secret | None:
        return self._token if self._token is not None and self._clock() < self._token.refresh_at else None

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        headers = {"Authorization": f"Basic {self._basic.value}", "Accept": "application/json"}
        data = {"grant_type": "client_credentials", "scope": self._scope}
        timeout = {k: v for k, v in request.extensions.items() if k == "timeout"}  # obey the call's timeout
        return httpx.Request("POST", self._token_url, headers=headers, data=data, extensions=timeout)

    def _parse_token(self, response: httpx.Response, requested_at: float) -> _Secret:
        if not response.is_success:
            raise status_error_from_response(response, secrets=self.secrets())
        body = None
        with contextlib.suppress(ValueError):
            body = json.loads(response.content)
        if not isinstance(body, dict):
            raise TokenResponseError("body is not a JSON object", response=response)
        if not _is_word(access_token := body.get("access_token")):
            raise TokenResponseError("'access_token' is missing or not a bearer token", response=response)
        if str(body.get("token_type", "Bearer")).lower() != "bearer":
            raise TokenResponseError("'token_type' is not Bearer", response=response)
        raw = body.get("expires_in")
        lifetime = math.nan
        with contextlib.suppress(TypeError, ValueError, OverflowError):
            lifetime = DEFAULT_TOKEN_LIFETIME_SECONDS if raw is None else float(raw)
        if isinstance(raw, bool) or not 0 < lifetime < math.inf:
            raise TokenResponseError("'expires_in' is not a positive number", response=response)
        refresh_in = lifetime - self._early_refresh
        return _Secret(access_token, requested_at + (refresh_in if refresh_in > 0 else lifetime / 2))

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Not supported: the token cache is guarded by an async lock. Use :class:`httpx.AsyncClient`."""
        raise InvalidRequestError("OAuth2ClientCredentials supports httpx.AsyncClient only (async SDK)")

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Add a (cached or newly fetched) bearer token; on a 401 refresh it once and resend once."""
        await request.aread()
        token = self._current_token()
        refused: _Secret | None = None  # the token of a first attempt that got a 401
        while True:
            if token is None:
                seen = self._failure  # a fetch that fails while this task waits: its failure is shared
                async with self._lock:
                    if (failure := self._failure) is not None and failure is not seen:
                        raise copy.copy(failure) if isinstance(failure, APIConnectionError) else failure
                    token = self._current_token()  # another task may have refreshed while we waited
                    if token is None or token is refused:
                        if refused is not None:
                            self._token = None
                        try:
                            requested_at = self._clock()
                            token_response = yield self._token_request(request)
                            await token_response.aread()
                            token = self._token = self._parse_token(token_response, requested_at)
                        except BaseException as exc:  # also cancellation or the flow being closed
                            self._failure = exc if isinstance(exc, MyPreferencesError) else copy.copy(_FAILED)
                            raise
                        self._failure = None
            request.headers["Authorization"] = f"Bearer {token.value}"
            response = yield request
            if response.status_code != 401 or refused is not None:
                return
            refused, token = token, None
