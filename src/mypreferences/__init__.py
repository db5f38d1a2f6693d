"""Async Python SDK for the MyPreferences 3.0 (PossibleNOW) v4 API.

Quick start::

    from mypreferences import MyPreferences
    from mypreferences.auth import PnAuthInfo3

    async with MyPreferences("AcmeCorp", auth=PnAuthInfo3("api.user", secret)) as mp:
        profile = await mp.profile.get_profile_by_profile_id(42)

Heavy modules (the client, generated endpoints and models) are imported on first use, so
``import mypreferences`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mypreferences._client import APIResponse, MyPreferences, RequestOptions
    from mypreferences.errors import (
        APIConnectionError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InvalidRequestError,
        MyPreferencesError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
    )

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "MyPreferences": "mypreferences._client",
    "APIResponse": "mypreferences._client",
    "RequestOptions": "mypreferences._client",
    **{
        name: "mypreferences.errors"
        for name in (
            "APIConnectionError",
            "APIResponseValidationError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConflictError",
            "InvalidRequestError",
            "MyPreferencesError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "ServerError",
        )
    },
}

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InvalidRequestError",
    "MyPreferences",
    "MyPreferencesError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "ServerError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    """Import public names lazily (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mypreferences' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
