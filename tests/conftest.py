"""Shared fixtures: a client against a respx-mocked base URL, a fake clock for retries."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import respx

from mypreferences import MyPreferences
from mypreferences.auth import PnAuthInfo3
from mypreferences.ratelimit import LocalRateLimiter

BASE = "https://api.test/Profiles/v4"
CLIENT_ID = "AcmeCorp"
SECRET = "s3cr3t-key-never-logged"


def reference_dir() -> Path:
    """The shared reference folder (beside the clone), or MYPREFERENCES_REFERENCE."""
    env = os.environ.get("MYPREFERENCES_REFERENCE")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "reference"


class FakeClock:
    """A monotonic clock that only moves when something sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


def fixed_now() -> datetime:
    return datetime(2024, 1, 15, 13, 45, 30, 123000, tzinfo=UTC)


def use_fake_clock(client: MyPreferences, clock: FakeClock) -> None:
    """Run the client's rate limiter, back-off and deadlines on ``clock``."""
    client._limiter = LocalRateLimiter(clock=clock, sleep=clock.sleep)
    client._clock = clock
    client._sleep = clock.sleep


@pytest.fixture
def router() -> Iterator[respx.Router]:
    with respx.mock(base_url=BASE, assert_all_called=False) as r:
        yield r


@pytest.fixture
async def mp(fake_clock: FakeClock) -> AsyncIterator[MyPreferences]:
    client = MyPreferences(CLIENT_ID, auth=PnAuthInfo3("api.user", SECRET), base_url=BASE, max_retries=2)
    use_fake_clock(client, fake_clock)
    async with client:
        yield client
