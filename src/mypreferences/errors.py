"""Typed exceptions raised by the SDK.

The hierarchy mirrors the HTTP outcome::

    MyPreferencesError
    ├── InvalidRequestError          bad input, refused before anything is sent
    ├── ClientClosedError            the client was closed (or forked) before the call
    ├── APIConnectionError           the request did not get a usable HTTP response
    │   ├── APITimeoutError          a timeout or the call's deadline
    │   ├── OutcomeUnknownError      a write failed ambiguously: the server may have applied it
    │   └── ResponseTooLargeError    the body exceeded ``max_response_bytes``
    ├── APIStatusError               the server answered with an error status
    │   ├── APIResponseValidationError  a 2xx body that does not match the spec
    │   ├── BadRequestError          400
    │   ├── AuthenticationError      401
    │   ├── PermissionDeniedError    403
    │   │   └── TooManyMatchesError  a look-up matched more than 50 profiles
    │   ├── NotFoundError            404
    │   │   └── ClientNotFoundError  the account (client id) does not exist
    │   ├── ConflictError            409
    │   ├── RateLimitError           429
    │   └── ServerError              5xx
    ├── TokenResponseError           the OAuth token endpoint answered with an unusable body
    └── ExportError                  a segment export ended in Error/Failed/Expired

Messages never carry credentials or personal data: they name the route template (``GET
/{clientId}/Profile/Email``), never the values of path or query parameters, and any text the server echoes
is scrubbed of credentials in every form (raw secret, ``Basic`` base64, ``Signature=``, ``Bearer``) and of
the request's own parameter values. The values stay reachable on ``exc.request``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # httpx is imported with the client, not by ``import mypreferences``
    import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientNotFoundError",
    "ConflictError",
    "ExportError",
    "InvalidRequestError",
    "MyPreferencesError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "TokenResponseError",
    "TooManyMatchesError",
]

_SECRET_QUERY_KEYS = frozenset({"access_token", "token", "client_secret", "secret", "password", "signature"})
_CREDENTIAL_FORMS = re.compile(
    r"(Basic\s+)[A-Za-z0-9+/=]{6,}|(Bearer\s+)[^\s\"',;]+|(Signature=)[^\s\"',;]+"
    r"|(PNAUTHINFO3-HMAC-SHA\d+\s+)[^\"']+",
    re.I,
)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def redact_url(url: httpx.URL | str) -> str:
    """Return ``url`` as text with the user-info and secret-looking query values removed."""
    import httpx

    u = httpx.URL(str(url))
    if u.userinfo:
        u = u.copy_with(username=None, password=None)
    if u.query:
        params = [
            (k, "REDACTED" if k.lower() in _SECRET_QUERY_KEYS else v) for k, v in u.params.multi_items()
        ]
        u = u.copy_with(params=params)
    return str(u)


def scrub(text: str, values: Iterable[str] = ()) -> str:
    """Remove credentials in every form, and each of ``values`` (secrets, personal data), from ``text``."""
    text = _CREDENTIAL_FORMS.sub(
        lambda m: (m.group(1) or m.group(2) or m.group(3) or m.group(4)) + "***", text
    )
    text = _EMAIL.sub("***", text)
    for value in sorted({v for v in values if v and len(v) >= 3}, key=len, reverse=True):
        text = text.replace(value, "***")
    return text


def _scrub_body(body: Any, values: list[str]) -> Any:
    if isinstance(body, str):
        return scrub(body, values)
    if isinstance(body, dict):
        return {k: _scrub_body(v, values) for k, v in body.items()}
    if isinstance(body, list):
        return [_scrub_body(v, values) for v in body]
    return body


class MyPreferencesError(Exception):
    """Base class of every exception the SDK raises."""


class InvalidRequestError(MyPreferencesError, ValueError):
    """The arguments were refused before anything was sent (bad path value, invalid body, bad option...)."""


class ClientClosedError(MyPreferencesError):
    """The client was closed (``aclose()``), or is used in a process it was not created in."""


class APIConnectionError(MyPreferencesError):
    """No usable HTTP response was received (DNS, refused connection, reset, protocol error, bad encoding).

    Attributes:
        request: the :class:`httpx.Request` (its URL holds the parameter values; they are not in the message).

    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out, or the call's deadline passed."""


class OutcomeUnknownError(APIConnectionError):
    """A write failed ambiguously (502/503/504, a timeout or a dropped connection after sending).

    The server may or may not have applied it; the SDK never re-sends such a request blindly. Check the
    resource's state (for a profile: look it up by its alternate id) before trying again.

    Attributes:
        request: the request that was sent.
        response: the 5xx response, when there was one.
        status_code: its status, or None.

    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, response: httpx.Response | None = None
    ) -> None:
        super().__init__(message, request=request)
        self.response = response
        self.status_code = response.status_code if response is not None else None


class ResponseTooLargeError(APIConnectionError):
    """The response body is larger than the client's ``max_response_bytes``; it was not read."""


class APIStatusError(MyPreferencesError):
    """The server answered with an error status (or a status the operation does not document).

    Attributes:
        status_code: the HTTP status.
        message: the ``Message`` of the error body (scrubbed), or a generic text.
        method: the HTTP method of the request.
        route: the route template, e.g. ``/{clientId}/Profile/Email`` (no parameter values).
        request_id: the server's ``Request-Id``/``X-Request-Id`` header, when sent.
        response: the :class:`httpx.Response`; ``response.request`` holds the values that were sent.
        body: the decoded JSON body (scrubbed), when there was one.

    """

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any = None, route: str | None = None
    ) -> None:
        self.status_code = response.status_code
        self.message = message
        self.response = response
        self.body = body
        request = response._request
        self.request = request
        self.method = request.method if request is not None else ""
        self.route = route if route is not None else (redact_url(request.url) if request is not None else "")
        self.request_id = response.headers.get("request-id") or response.headers.get("x-request-id")
        rid = f" (request id {self.request_id})" if self.request_id else ""
        super().__init__(f"{self.status_code} {self.method} {self.route}: {message}{rid}".replace("  ", " "))

    @property
    def url(self) -> str:
        """The route template of the request (parameter values are on ``response.request``)."""
        return self.route

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class APIResponseValidationError(APIStatusError):
    """A success response whose body does not match the spec (the raw response is attached)."""


class BadRequestError(APIStatusError):
    """400: the request is invalid or malformed."""


class AuthenticationError(APIStatusError):
    """401: missing or incorrect credentials.

    Usual causes: a wrong user id or secret, or the local clock: the server rejects PNAUTHINFO3
    timestamps in the future and those older than 15 minutes.
    """


class PermissionDeniedError(APIStatusError):
    """403: authenticated but not permitted."""


class TooManyMatchesError(PermissionDeniedError):
    """403 from a look-up that matched more than 50 profiles: narrow the criteria."""


class NotFoundError(APIStatusError):
    """404: the resource in the path (or a value referenced in the body) does not exist."""


class ClientNotFoundError(NotFoundError):
    """404 "Client ... was not found": the account (client id) is wrong, not the resource."""


class ConflictError(APIStatusError):
    """409: conflicts with the current state, usually a duplicate (e.g. an alternate id already in use)."""


class RateLimitError(APIStatusError):
    """429: rate limited, or a call whose deadline ends before the client-wide 429 pause does.

    Attributes:
        retry_after: seconds to wait before trying again, when known.

    """

    retry_after: float | None

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any = None, route: str | None = None
    ) -> None:
        super().__init__(message, response=response, body=body, route=route)
        from mypreferences._retry import parse_retry_after

        self.retry_after = parse_retry_after(response.headers.get("retry-after"))

    @classmethod
    def for_pause(cls, wait: float, *, route: str, request: httpx.Request) -> RateLimitError:
        """Build the error of a call that would wait ``wait`` s of a 429 pause, past its deadline."""
        import httpx

        response = httpx.Response(429, headers={"Retry-After": f"{max(wait, 0.0):.3f}"}, request=request)
        exc = cls(
            "rate limited: the account is paused past this call's deadline", response=response, route=route
        )
        exc.retry_after = wait
        return exc


class ServerError(APIStatusError):
    """5xx: the server failed."""


class TokenResponseError(MyPreferencesError):
    """The OAuth token endpoint answered 2xx but its body is not a usable token response.

    The message names what is wrong, never the body itself (it may hold a token).

    Attributes:
        status_code: the HTTP status of the token response.
        url: the token URL with secrets removed.

    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        self.status_code = response.status_code
        request = response._request
        self.url = redact_url(request.url) if request is not None else ""
        super().__init__(f"malformed token response from {self.url or 'the token endpoint'}: {message}")


class ExportError(MyPreferencesError):
    """A segment export ended in a terminal failure state (Error, Failed, Expired)."""

    def __init__(self, message: str, *, status: str | None = None) -> None:
        super().__init__(message)
        self.status = status


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}
_HINTS = {
    401: " (check the user id and secret, and the clock: timestamps in the future or over 15 minutes old"
    " are refused)",
}


def status_error_from_response(
    response: httpx.Response,
    *,
    route: str | None = None,
    secrets: Iterable[str] = (),
    values: Iterable[str] = (),
) -> APIStatusError:
    """Build the typed :class:`APIStatusError` subclass for an error ``response``.

    The message and body are scrubbed of credentials, of ``secrets`` and of ``values`` (the request's
    parameter values, which may be personal data).
    """
    values = [*secrets, *values]
    body: Any = None
    message = ""
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):
        body = None
    if isinstance(body, dict):
        raw = body.get("Message") or body.get("message")
        if isinstance(raw, str):
            message = raw
    body = _scrub_body(body, values)
    if not message:
        message = response.reason_phrase or "HTTP error"
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else APIStatusError)
    lowered = message.lower()
    if status == 404 and lowered.startswith("client") and "not found" in lowered:
        cls = ClientNotFoundError
    elif status == 403 and ("50" in message or "too many" in lowered) and "/Profile" in (route or ""):
        cls = TooManyMatchesError
    if 200 <= status < 400:
        message = f"undocumented status {status}"
    exc = cls(scrub(message, values)[:500], response=response, body=body, route=route)
    if status in _HINTS:
        exc.args = (exc.args[0] + _HINTS[status],)
    return exc
