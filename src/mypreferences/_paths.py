"""Path-parameter safety: every path value is user data and must address exactly one segment.

The generated functions percent-encode each path value as a whole segment (``quote(safe="")``), so
``/``, ``?``, ``#``, ``%`` and non-ASCII characters can never change the route. What encoding cannot
make safe is refused here, before anything is sent:

* missing or empty values (they would collapse ``//``);
* the dot segments ``.`` and ``..`` (clients and servers remove them, changing the route);
* control characters (servers such as IIS reject them, or truncate at NUL);
* strings that are not valid Unicode scalar values (lone surrogates cannot be UTF-8 encoded);
* values longer than :data:`MAX_SEGMENT_BYTES` once encoded (servers answer 404/414);
* integers of the wrong type (``bool``, ``str``) or outside the range of their ``int32``/``int64`` format.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

import httpx

from mypreferences.errors import InvalidRequestError

MAX_SEGMENT_BYTES = 2048
_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_INT_FORMATS = frozenset({"int32", "int64", "integer"})


def check_path_value(name: str, value: Any, fmt: str = "string") -> None:
    """Raise :class:`InvalidRequestError` unless ``value`` is a safe value for path parameter ``name``."""
    if fmt in _INT_FORMATS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidRequestError(f"path parameter {name!r} must be an int, got {type(value).__name__}")
        low, high = _RANGES.get(fmt, (value, value))
        if not low <= value <= high:
            raise InvalidRequestError(f"path parameter {name!r} is outside the {fmt} range")
        return
    if not isinstance(value, str):
        raise InvalidRequestError(f"path parameter {name!r} must be a str, got {type(value).__name__}")
    if value == "":
        raise InvalidRequestError(f"path parameter {name!r} must not be empty")
    if value in {".", ".."}:
        raise InvalidRequestError(f"path parameter {name!r} must not be a dot segment ({value!r})")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise InvalidRequestError(f"path parameter {name!r} must not contain control characters")
    try:
        encoded = quote(value, safe="")
    except UnicodeEncodeError as exc:
        raise InvalidRequestError(f"path parameter {name!r} is not valid Unicode text") from exc
    if len(encoded) > MAX_SEGMENT_BYTES:
        raise InvalidRequestError(
            f"path parameter {name!r} is too long ({len(encoded)} bytes encoded, max {MAX_SEGMENT_BYTES})"
        )


def check_http_url(name: str, value: object) -> httpx.URL:
    """Return ``value`` parsed when it is an absolute http(s) URL, else raise :class:`InvalidRequestError`."""
    try:
        url = httpx.URL(value) if isinstance(value, str | httpx.URL) else None
    except (httpx.InvalidURL, UnicodeError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise InvalidRequestError(f"{name} must be an absolute http(s) URL")
    return url


def check_client_id(client_id: Any) -> None:
    """Check a client id with the one rule: a safe path segment, printable, without ``/``."""
    if not isinstance(client_id, str) or "/" in client_id or not client_id.isprintable():
        raise InvalidRequestError("client_id must be a non-empty printable string without '/'")
    check_path_value("client_id", client_id)


def check_path_params(formats: Mapping[str, str], values: Mapping[str, Any]) -> dict[str, Any]:
    """Check every path parameter of an operation (``formats``: name -> schema format).

    Returns the values exactly as they are sent: an ``Enum`` member becomes its value, a ``str`` or
    ``int`` subclass its plain ``str``/``int`` (so an overridden ``__str__`` cannot change the route).
    """
    out: dict[str, Any] = {}
    for name, fmt in formats.items():
        if name not in values:
            raise InvalidRequestError(f"path parameter {name!r} is required")
        value = values[name]
        if isinstance(value, Enum):
            value = value.value
        if isinstance(value, str):
            value = str.__str__(value)
        elif isinstance(value, int) and not isinstance(value, bool):
            value = int.__index__(value)
        check_path_value(name, value, fmt)
        out[name] = value
    return out


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def placeholders(template: str) -> list[str]:
    """Return the names of the ``{name}`` placeholders of a route template, in order."""
    return _PLACEHOLDER.findall(template)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def fill_template(template: str, values: Mapping[str, Any]) -> str:
    """Fill a route template (``/{clientId}/Export/{accessToken}``) with encoded path segments.

    Placeholders are matched to ``values`` by their snake-case name (``accessToken`` -> ``access_token``);
    each value is checked like any path value and percent-encoded as exactly one segment.
    """

    def sub(match: re.Match[str]) -> str:
        name = _snake(match.group(1))
        if name not in values:
            raise InvalidRequestError(
                f"route template {template!r} needs {name!r}, which this operation lacks"
            )
        value = check_path_params({name: "integer" if isinstance(values[name], int) else "string"}, values)[
            name
        ]
        return quote(str(value), safe="")

    return _PLACEHOLDER.sub(sub, template)
