"""The circuit breaker per service: closed -> open after N transport failures in a row, open
answers 503 with Retry-After at once, half-open lets one probe through, closes on success."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from gateway.app import create_app
from gateway.breaker import BreakerState, CircuitBreaker
from gateway.config import GatewaySettings
from shared.catalog import ServiceEntry
from tests.unit.gateway.conftest import Served


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def breaker(threshold: int = 3, reset: float = 5.0) -> tuple[CircuitBreaker, Clock]:
    clock = Clock()
    return CircuitBreaker("things", threshold, reset, clock=clock), clock


def fail(b: CircuitBreaker, times: int) -> None:
    for _ in range(times):
        probe = b.acquire()
        assert probe is not None
        b.record(False, probe)


def test_a_closed_breaker_opens_after_n_failures_in_a_row():
    b, _ = breaker(3)
    fail(b, 2)
    assert b.state is BreakerState.CLOSED and b.failures == 2
    fail(b, 1)
    assert b.state is BreakerState.OPEN and b.times_opened == 1
    assert b.acquire() is None


def test_a_success_resets_the_count():
    b, _ = breaker(3)
    fail(b, 2)
    b.record(True, b.acquire())
    fail(b, 2)
    assert b.state is BreakerState.CLOSED


def test_an_open_breaker_says_when_to_retry_and_half_opens_after_the_cool_down():
    b, clock = breaker(1, reset=5.0)
    fail(b, 1)
    assert b.retry_after() == 5
    clock.now += 3.2
    assert b.retry_after() == 2 and b.acquire() is None
    clock.now += 1.8
    assert b.state is BreakerState.HALF_OPEN


def test_half_open_lets_one_probe_through_and_its_success_closes():
    b, clock = breaker(1, reset=5.0)
    fail(b, 1)
    clock.now += 5
    assert b.acquire() is True  # the probe
    assert b.acquire() is None  # the others still wait
    b.record(True, probe=True)
    assert b.state is BreakerState.CLOSED and b.failures == 0
    assert b.acquire() is False


def test_a_failed_probe_opens_for_another_cool_down():
    b, clock = breaker(1, reset=5.0)
    fail(b, 1)
    clock.now += 5
    assert b.acquire() is True
    b.record(False, probe=True)
    assert b.state is BreakerState.OPEN and b.times_opened == 2 and b.retry_after() == 5


def test_stragglers_from_before_the_opening_do_not_decide():
    b, clock = breaker(1, reset=5.0)
    straggler = b.acquire()
    fail(b, 1)
    b.record(True, straggler)  # a slow request that started while closed
    assert b.state is BreakerState.OPEN
    clock.now += 5
    probe = b.acquire()
    b.record(False, straggler)
    assert b.state is BreakerState.HALF_OPEN
    b.record(True, probe)
    assert b.state is BreakerState.CLOSED


def test_a_probe_without_verdict_hands_its_turn_on():
    b, clock = breaker(1, reset=5.0)
    fail(b, 1)
    clock.now += 5
    assert b.acquire() is True
    b.release(probe=True)
    assert b.acquire() is True


def test_a_probe_that_never_reports_gives_its_turn_away_in_the_end():
    b, clock = breaker(1, reset=5.0)
    fail(b, 1)
    clock.now += 5
    assert b.acquire() is True
    clock.now += 60
    assert b.acquire() is None
    clock.now += b.probe_seconds
    assert b.acquire() is True


def test_a_zero_threshold_means_no_breaker():
    b, _ = breaker(0)
    fail(b, 50)
    assert b.state is BreakerState.CLOSED and b.acquire() is False
    assert b.snapshot() == {"state": "closed", "failures": 0, "times_opened": 0}


# --- through the real gateway ------------------------------------------------------------


class Upstream:
    """A stand-in service that can hang (sleep past the read timeout) or answer 500."""

    def __init__(self) -> None:
        self.hang = False
        self.calls = 0
        self.app = FastAPI()

        @self.app.get("/v1/things/{what}")
        async def thing(what: str):
            self.calls += 1
            if self.hang:
                await asyncio.sleep(3)
            if what == "broken":
                return JSONResponse({"error": "bug"}, status_code=500)
            return {"ok": True}


READ_TIMEOUT = 0.3
RESET = 1.0


@pytest.fixture
async def upstream() -> AsyncIterator[tuple[Upstream, Served]]:
    up = Upstream()
    async with Served(up.app) as served:
        yield up, served


@pytest.fixture
async def guarded(gateway_db, upstream, identity_secret, admin_key, key_pepper) -> AsyncIterator[tuple[httpx.AsyncClient, dict]]:
    """A gateway of the test's own: read timeout 0.3 s, breaker opens after 3 failures for 1 s."""
    _, served = upstream
    settings = GatewaySettings(
        database_url=gateway_db,
        IUC_IDENTITY_SECRET=identity_secret,
        IUC_ADMIN_API_KEY=admin_key,
        IUC_KEY_PEPPER=key_pepper.decode(),
        read_timeout=READ_TIMEOUT,
        breaker_failures=3,
        breaker_reset_seconds=RESET,
    )
    app = create_app(settings, [ServiceEntry("things", served.port, ("/v1/things",))])
    async with Served(app) as gw, httpx.AsyncClient(base_url=gw.url, timeout=10) as c:
        yield c, app.state.breakers


async def test_a_hung_service_costs_the_read_timeout_then_503_at_once_then_recovers(guarded, upstream, admin_headers, is_problem):
    client, breakers = guarded
    up, _ = upstream
    up.hang = True
    for _ in range(3):
        started = time.monotonic()
        body = is_problem(await client.get("/v1/things/a", headers=admin_headers), 504)
        assert time.monotonic() - started < 2.5  # the read timeout (0.3 s), not the service's 3 s
        assert "did not answer in time" in body["detail"]
    assert breakers["things"].state is BreakerState.OPEN
    calls = up.calls
    resp = await client.get("/v1/things/a", headers=admin_headers)
    is_problem(resp, 503)
    assert 1 <= int(resp.headers["retry-after"]) <= 1
    assert up.calls == calls  # not sent on
    up.hang = False
    deadline = time.monotonic() + 10
    while (resp := await client.get("/v1/things/a", headers=admin_headers)).status_code == 503:
        assert time.monotonic() < deadline, "the breaker never let a probe through"
        await asyncio.sleep(0.1)
    assert resp.status_code == 200 and resp.json() == {"ok": True}
    assert breakers["things"].state is BreakerState.CLOSED


async def test_a_service_answering_500_does_not_open_the_breaker(guarded, admin_headers):
    client, breakers = guarded
    for _ in range(5):
        assert (await client.get("/v1/things/broken", headers=admin_headers)).status_code == 500
    assert breakers["things"].state is BreakerState.CLOSED and breakers["things"].failures == 0


async def test_an_unreachable_service_opens_its_breaker(
    gateway_db, identity_secret, admin_key, key_pepper, admin_headers, is_problem
):
    from tests.unit.gateway.conftest import closed_port

    settings = GatewaySettings(
        database_url=gateway_db,
        IUC_IDENTITY_SECRET=identity_secret,
        IUC_ADMIN_API_KEY=admin_key,
        IUC_KEY_PEPPER=key_pepper.decode(),
        breaker_failures=2,
        breaker_reset_seconds=30,
    )
    app = create_app(settings, [ServiceEntry("closed", closed_port(), ("/v1/closed",))])
    async with Served(app) as gw, httpx.AsyncClient(base_url=gw.url, timeout=10) as c:
        for _ in range(2):
            assert "cannot be reached" in is_problem(await c.get("/v1/closed/x", headers=admin_headers), 503)["detail"]
        resp = await c.get("/v1/closed/x", headers=admin_headers)
        assert "is failing" in is_problem(resp, 503)["detail"]
        assert 25 <= int(resp.headers["retry-after"]) <= 30
        assert app.state.breakers["closed"].state is BreakerState.OPEN
