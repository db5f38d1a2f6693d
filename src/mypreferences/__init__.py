"""Async Python SDK for the MyPreferences 3.0 (PossibleNOW) v4 API.

Quick start::

    from mypreferences import MyPreferences
    from mypreferences.auth import PnAuthInfo3

    async with MyPreferences("AcmeCorp", auth=PnAuthInfo3("api.user", secret)) as mp:
        profile = await mp.profiles.retrieve(42)

The client (and the generated endpoints and models behind it) is imported on first use, so
``import mypreferences`` stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from mypreferences import errors as _errors
from mypreferences.errors import *  # noqa: F403 - the exception hierarchy is part of the top-level API

if TYPE_CHECKING:
    from mypreferences._aiohttp import AioHttpClient
    from mypreferences._base_client import APIResponse, RequestOptions
    from mypreferences._client import MyPreferences

from mypreferences._version import __version__

_LAZY = {
    "MyPreferences": "mypreferences._client",
    "APIResponse": "mypreferences._base_client",
    "RequestOptions": "mypreferences._base_client",
    "AioHttpClient": "mypreferences._aiohttp",
}

__all__ = ["AioHttpClient", "APIResponse", "MyPreferences", "RequestOptions", "__version__"]
__all__ += _errors.__all__


def __getattr__(name: str) -> Any:
    """Import the client lazily (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mypreferences' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
