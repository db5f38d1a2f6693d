"""Typed exceptions raised by the SDK.

The hierarchy mirrors the HTTP outcome::

    MyPreferencesError
    ├── InvalidRequestError          bad input, refused before anything is sent
    ├── APIConnectionError           the request did not get an HTTP response
    │   └── APITimeoutError
    ├── APIStatusError               the server answered with an error status
    │   ├── APIResponseValidationError  a 2xx body that does not match the spec
    │   ├── BadRequestError          400
    │   ├── AuthenticationError      401
    │   ├── PermissionDeniedError    403
    │   ├── NotFoundError            404
    │   ├── ConflictError            409
    │   ├── RateLimitError           429
    │   └── ServerError              5xx
    ├── TokenResponseError           the OAuth token endpoint answered with an unusable body
    └── ExportError                  a segment export ended in Error/Failed/Expired

Messages never carry credentials: URLs are reported without their query string's secrets and
headers are never included.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ExportError",
    "InvalidRequestError",
    "MyPreferencesError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TokenResponseError",
    "status_error_from_response",
]

_SECRET_QUERY_KEYS = frozenset({"access_token", "token", "client_secret", "secret", "password", "signature"})


def redact_url(url: httpx.URL | str) -> str:
    """Return ``url`` as text with the user-info and secret-looking query values removed."""
    u = httpx.URL(str(url))
    if u.userinfo:
        u = u.copy_with(username=None, password=None)
    if u.query:
        params = [
            (k, "REDACTED" if k.lower() in _SECRET_QUERY_KEYS else v) for k, v in u.params.multi_items()
        ]
        u = u.copy_with(params=params)
    return str(u)


class MyPreferencesError(Exception):
    """Base class of every exception the SDK raises on purpose."""


class InvalidRequestError(MyPreferencesError, ValueError):
    """The arguments were refused before anything was sent (bad path value, unsupported patch op...)."""


class APIConnectionError(MyPreferencesError):
    """No HTTP response was received (DNS, refused connection, reset, protocol error)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(MyPreferencesError):
    """The server answered with a 4xx/5xx status.

    Attributes:
        status_code: the HTTP status.
        message: the ``Message`` of the error body, or a generic text.
        method: the HTTP method of the request.
        url: the request URL with secrets removed.
        response: the :class:`httpx.Response` (its request headers are not part of ``str(exc)``).
        body: the decoded JSON body, when there was one.

    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any = None) -> None:
        self.status_code = response.status_code
        self.message = message
        self.response = response
        self.body = body
        request = response._request
        self.method = request.method if request is not None else ""
        self.url = redact_url(request.url) if request is not None else ""
        super().__init__(f"{self.status_code} {self.method} {self.url}: {message}".replace("  ", " "))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class APIResponseValidationError(APIStatusError):
    """A success response whose body does not match the spec (the raw response is attached)."""


class BadRequestError(APIStatusError):
    """400: the request is invalid or malformed."""


class AuthenticationError(APIStatusError):
    """401: missing or incorrect credentials."""


class PermissionDeniedError(APIStatusError):
    """403: not permitted (also: a look-up matched more than 50 profiles)."""


class NotFoundError(APIStatusError):
    """404: the resource in the path (or a value referenced in the body) does not exist."""


class ConflictError(APIStatusError):
    """409: conflicts with the current state, usually a duplicate."""


class RateLimitError(APIStatusError):
    """429: rate limited. ``retry_after`` holds the server's delay in seconds, when given."""

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait (``Retry-After``), or None."""
        from mypreferences._retry import parse_retry_after

        return parse_retry_after(self.response.headers.get("retry-after"))


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


def status_error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the typed :class:`APIStatusError` subclass for an error ``response``."""
    body: Any = None
    message = ""
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    if isinstance(body, dict):
        raw = body.get("Message") or body.get("message")
        if isinstance(raw, str):
            message = raw
    if not message:
        message = response.reason_phrase or "HTTP error"
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = ServerError if response.status_code >= 500 else APIStatusError
    return cls(message, response=response, body=body)
