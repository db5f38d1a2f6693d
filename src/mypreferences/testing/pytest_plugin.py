"""pytest plugin: ``pytest_plugins = ["mypreferences.testing.pytest_plugin"]``.

Fixtures (all synchronous, so they work with pytest-asyncio in strict or auto mode and with
``pytest.mark.anyio`` under asyncio or trio; no async plugin is needed to use them)::

    async def test_create(mp_client, mp_server):          # mark it as your async plugin requires
        created = await mp_client.profiles.create(body=UserProfile.from_dict({...}))
        assert mp_server.store.get(created.profile_id)

mp_server
    A fresh :class:`~mypreferences.testing.MockServer`: client id ``Demo``, user ``demo`` with secret
    ``demo-secret`` (:data:`MOCK_CLIENT_ID`, :data:`MOCK_USER`, :data:`MOCK_SECRET`), seeded configuration,
    ``check_responses=True``. The test fails at teardown if the mock raised an exception or answered
    against the spec (``mp_server.errors``); a client that gave up on a request is not such an error.
mp_client
    A :class:`~mypreferences.MyPreferences` bound in-process to ``mp_server``, signed as ``demo``. It is
    created outside the event loop and holds no loop state, so it works on whichever loop runs the test;
    its timeouts are enforced (a slow answer raises ``APITimeoutError``). Closed at teardown.
mp_loopback_server
    The base URL (``http://127.0.0.1:<port>/Profiles/v4``) of ``mp_server`` served by uvicorn in a thread,
    for tests that need real sockets (real timeouts, dropped connections). Build your own client with it,
    inside the test: ``async with MyPreferences(MOCK_CLIENT_ID, auth=PnAuthInfo3(MOCK_USER, MOCK_SECRET),
    base_url=mp_loopback_server) as mp: ...``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from mypreferences.testing import MockServer

if TYPE_CHECKING:
    from mypreferences import MyPreferences

MOCK_CLIENT_ID = "Demo"
MOCK_USER = "demo"
MOCK_SECRET = "demo-secret"  # noqa: S105 - the mock account's test secret
MOCK_USERS = {MOCK_USER: MOCK_SECRET}


@pytest.fixture
def mp_server() -> Iterator[MockServer]:
    """Yield a fresh in-memory MyPreferences account; fail the test if the mock itself failed."""
    server = MockServer(MOCK_CLIENT_ID, users=MOCK_USERS, check_responses=True)
    try:
        yield server
    finally:
        server.close_clients()
    assert not server.errors, f"the mock server failed: {server.errors!r}"


@pytest.fixture
def mp_client(mp_server: MockServer) -> MyPreferences:
    """Return a client bound in-process to ``mp_server`` (closed with ``mp_server``)."""
    return mp_server.client()


@pytest.fixture
def mp_loopback_server(mp_server: MockServer) -> Iterator[str]:
    """Serve ``mp_server`` on a free loopback port; yield its base URL."""
    with mp_server.serve_in_thread(port=0) as base_url:
        yield base_url
