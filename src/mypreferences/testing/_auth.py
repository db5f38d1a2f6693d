"""The server side of PNAUTHINFO3 and Bearer authentication, written independently of the SDK's signer.

Keyed scheme ``PNAUTHINFO3-HMAC-SHA256`` (or ``SHA384``/``SHA512``; the scheme name is case-insensitive)::

    Authorization: PNAUTHINFO3-HMAC-SHA256 Credential={UserId}/{timestamp} Signature={Signature}
    Signature = base64(HMAC-SHA256(key=UTF-8(secret), msg=UTF-8(f"{ClientId}:{UserId}:{timestamp}")))

The timestamp is hashed verbatim; it must be ISO 8601 (UTC ``Z``, an offset, or no zone = UTC), not in the
future, and at most ``window`` old. The un-keyed ``PNAUTHINFO3-SHA*`` schemes are not accepted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Callable, Collection, Mapping
from datetime import UTC, datetime, timedelta

from mypreferences.testing._state import ApiError

_SCHEME = re.compile(r"PNAUTHINFO3-(HMAC-)?(SHA256|SHA384|SHA512)", re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})?", re.ASCII)
_DIGESTS = {"SHA256": hashlib.sha256, "SHA384": hashlib.sha384, "SHA512": hashlib.sha512}
REALM = {"WWW-Authenticate": 'PNAUTHINFO3 realm="mypreferences-mock"'}

MISSING = "Missing Authorization Header"
BAD_SCHEME = "The scheme is invalid"
BAD_DATE = "The specified date does not match an expected ISO 8601 format"
TOO_OLD = "The difference between the issued timestamp and the current time is too large"
UNABLE = "Unable to authenticate request"


def expected_signature(client_id: str, user_id: str, secret: str, timestamp: str, algorithm: str) -> str:
    """Return the base64 ``Signature`` the server expects for these inputs."""
    message = ":".join((client_id, user_id, timestamp)).encode("utf-8")
    digest = hmac.new(secret.encode("utf-8"), message, _DIGESTS[algorithm.upper()]).digest()
    return base64.b64encode(digest).decode("ascii")


def _same(a: str, b: str) -> bool:
    """Constant-time comparison of two strings of any characters."""
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


def _deny(message: str) -> ApiError:
    return ApiError(401, message, REALM)


def _issued(stamp: str) -> datetime:
    if not _ISO.fullmatch(stamp):
        raise _deny(BAD_DATE)
    try:  # well-formed but impossible dates (month 13) are refused too
        issued = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        raise _deny(BAD_DATE) from None
    return issued if issued.tzinfo else issued.replace(tzinfo=UTC)


def authenticate(
    header: str | None,
    client_id: str,
    *,
    users: Mapping[str, str] | None,
    bearer_tokens: Collection[str],
    clock: Callable[[], datetime],
    window: timedelta,
) -> str:
    """Check an ``Authorization`` header for ``client_id``; return the user (or ``"bearer"``).

    Raises :class:`ApiError` 401 with the documented messages otherwise.
    """
    if not header or not header.strip():
        raise _deny(MISSING)
    scheme, _, rest = header.strip().partition(" ")
    if scheme.lower() == "bearer":
        token = rest.strip()
        if any(_same(token, t) for t in bearer_tokens):
            return "bearer"
        raise _deny(UNABLE)
    match = _SCHEME.fullmatch(scheme)
    if not match:
        raise _deny(BAD_SCHEME)
    parts: dict[str, str] = {}
    for item in rest.split():
        key, sep, value = item.partition("=")
        if not sep or key in parts:
            raise _deny(UNABLE)
        parts[key] = value
    user, _, stamp = parts.get("Credential", "").partition("/")
    signature = parts.get("Signature", "")
    if not match.group(1) or not user or not stamp or not signature or users is None:
        raise _deny(UNABLE)
    issued = _issued(stamp)
    now = clock()
    if issued > now:
        raise _deny(BAD_DATE)  # future timestamps get the same documented message
    if now - issued > window:
        raise _deny(TOO_OLD)
    secret = users.get(user)
    if secret is None:
        raise _deny(UNABLE)
    expected = expected_signature(client_id, user, secret, stamp, match.group(2))
    if not _same(expected, signature):
        raise _deny(UNABLE)
    return user
