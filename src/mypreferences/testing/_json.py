"""Strict JSON for request bodies: size and depth limits, no NaN/Infinity, no unpaired surrogates."""

from __future__ import annotations

import json
import math
from typing import Any

from mypreferences.testing._state import ApiError

#: Largest request body accepted, in bytes (larger → 400).
MAX_BODY_BYTES = 256 * 1024
#: Deepest nesting of arrays/objects accepted in a request body (deeper → 400).
MAX_JSON_DEPTH = 32


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def loads(raw: bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse a request body strictly; raises :class:`ApiError` 400 (never anything else) when it is refused.

    Refused: invalid UTF-8 or JSON, ``NaN``/``Infinity`` (and numbers that overflow to them), integers of
    more than 4300 digits, unpaired UTF-16 surrogates in strings, and nesting deeper than ``max_depth``.
    """
    try:
        text = raw.decode("utf-8-sig")
        value = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError:
        raise ApiError(400, f"The request body is nested more than {max_depth} levels deep.") from None
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "The request is invalid: the body is not valid JSON.") from None
    check_tree(value, max_depth=max_depth)
    return value


def check_tree(value: Any, *, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Check nesting depth and strings of parsed JSON without recursion (linear in its size)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth >= max_depth:
                raise ApiError(400, f"The request body is nested more than {max_depth} levels deep.")
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, child in items:
                if isinstance(key, str):
                    _check_string(key)
                stack.append((child, depth + 1))
        elif isinstance(node, str):
            _check_string(node)


def _check_string(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, "The request is invalid: a string holds an unpaired surrogate.") from None


def dumps(value: Any) -> bytes:
    """Serialise an answer (never NaN/Infinity)."""
    return json.dumps(value, allow_nan=False).encode("ascii")
