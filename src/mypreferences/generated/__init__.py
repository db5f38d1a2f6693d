"""A client library for accessing MyPreferences 3.0 API (Version 4)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
