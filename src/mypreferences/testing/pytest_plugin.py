"""pytest plugin: ``pytest_plugins = ["mypreferences.testing.pytest_plugin"]``.

Fixtures:
    mp_server: a fresh :class:`~mypreferences.testing.MockServer` (client id ``Demo``, user ``demo`` with secret
        ``demo-secret``, seeded configuration); fails the test if the mock itself raised an exception.
    mp_client: a :class:`~mypreferences.MyPreferences` bound in-process to ``mp_server`` (signed as ``demo``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from mypreferences import MyPreferences
from mypreferences.testing import MockServer

MOCK_CLIENT_ID = "Demo"
MOCK_USERS = {"demo": "demo-secret"}


@pytest.fixture
def mp_server() -> Iterator[MockServer]:
    """Yield a fresh in-memory MyPreferences account."""
    server = MockServer(MOCK_CLIENT_ID, users=MOCK_USERS)
    yield server
    assert not server.errors, f"the mock server raised: {server.errors!r}"


@pytest.fixture
async def mp_client(mp_server: MockServer) -> AsyncIterator[MyPreferences]:
    """Yield a client bound in-process to ``mp_server``."""
    client = mp_server.client()
    try:
        yield client
    finally:
        await mp_server.aclose()
