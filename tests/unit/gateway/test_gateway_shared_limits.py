"""Rate limits counted in Redis (the one on this machine, 127.0.0.1:6379) are shared by every
gateway replica; a Redis out of reach lets requests pass (fail open), never a 500."""

from __future__ import annotations

import logging
import secrets

import httpx
import pytest
from limits import parse
from limits.aio.storage import MemoryStorage, RedisStorage

from gateway.app import create_app
from gateway.config import GatewaySettings
from gateway.ratelimit import Counters, RateLimiter, new_storage
from shared.catalog import ServiceEntry
from tests.unit.gateway.conftest import Served, closed_port

REDIS = "redis://127.0.0.1:6379/0"
ECHO = "/v1/things/echo"


@pytest.fixture
def prefix() -> str:
    """Keys of the test's own, so parallel runs and other tests never share counts."""
    return "iuc-test-" + secrets.token_hex(6)


def test_the_storage_setting():
    assert isinstance(new_storage("memory"), MemoryStorage)
    assert isinstance(new_storage(""), MemoryStorage)
    assert isinstance(new_storage(REDIS), RedisStorage)
    with pytest.raises(ValueError, match="IUC_GATEWAY_RATE_LIMIT_STORAGE"):
        new_storage("memcached://127.0.0.1:11211")


async def test_two_limiters_on_one_redis_hold_one_limit_together(prefix):
    a = RateLimiter("5/minute", Counters(new_storage(REDIS, prefix)))
    b = RateLimiter("5/minute", Counters(new_storage(REDIS, prefix)))
    answers = [await (a if i % 2 else b).retry_after(b"shared-key") for i in range(7)]
    assert answers[:5] == [None] * 5
    assert all(w is not None and 1 <= w <= 60 for w in answers[5:])
    assert await a.retry_after(b"another-key") is None
    assert a.counters.failures == 0 and b.counters.failures == 0


async def test_an_unreachable_redis_fails_open_with_one_warning(caplog):
    counters = Counters(new_storage(f"redis://127.0.0.1:{closed_port()}/0"))
    limiter = RateLimiter("1/minute", counters)
    with caplog.at_level(logging.WARNING, logger="iuc.gateway.ratelimit"):
        assert [await limiter.retry_after(b"k") for _ in range(5)] == [None] * 5
    assert counters.failures == 1  # then left alone for a while: nothing waits on it
    assert not counters.available
    assert len([r for r in caplog.records if "uncounted" in r.message]) == 1


async def test_counting_resumes_when_redis_is_back(prefix):
    clock = [0.0]
    counters = Counters(new_storage(f"redis://127.0.0.1:{closed_port()}/0"), clock=lambda: clock[0])
    item = parse("1/minute")
    assert await counters.hit(item, "k") is None
    counters.storage = new_storage(REDIS, prefix)  # Redis "comes back"
    counters._limiter.storage = counters.storage
    assert await counters.hit(item, "k") is None  # still within the pause
    clock[0] += 60
    assert await counters.hit(item, "k") is True and await counters.hit(item, "k") is False


@pytest.fixture
async def gateway_on(gateway_db, echo_backend, identity_secret, admin_key, key_pepper):
    """`await gateway_on(storage, **settings)`: a gateway of the test's own counting in `storage`."""
    opened = []

    async def start(storage: str, **kw) -> httpx.AsyncClient:
        settings = GatewaySettings(
            database_url=gateway_db,
            IUC_IDENTITY_SECRET=identity_secret,
            IUC_ADMIN_API_KEY=admin_key,
            IUC_KEY_PEPPER=key_pepper.decode(),
            rate_limit_storage=storage,
            **kw,
        )
        served = Served(create_app(settings, [ServiceEntry("things", echo_backend.port, ("/v1/things",))]))
        await served.__aenter__()
        client = httpx.AsyncClient(base_url=served.url, timeout=10)
        opened.append((served, client))
        return client

    yield start
    for served, client in opened:
        await client.aclose()
        await served.__aexit__()


async def test_a_gateway_whose_redis_is_down_still_answers(gateway_on, admin_headers):
    client = await gateway_on(f"redis://127.0.0.1:{closed_port()}/0", rate_limit="1/minute", auth_failure_limit="1/minute")
    for _ in range(3):
        assert (await client.get(ECHO, headers=admin_headers)).status_code == 200
        assert (await client.get(ECHO, headers={"X-API-Key": "iuc_guess"})).status_code == 401


async def test_the_failed_credentials_throttle_is_shared_too(gateway_on, prefix, admin_headers, is_problem):
    first = await gateway_on(REDIS, rate_limit_prefix=prefix, auth_failure_limit="2/minute")
    second = await gateway_on(REDIS, rate_limit_prefix=prefix, auth_failure_limit="2/minute")
    assert (await first.get(ECHO, headers={"X-API-Key": "iuc_guess"})).status_code == 401
    assert (await second.get(ECHO, headers={"X-API-Key": "iuc_guess"})).status_code == 401
    is_problem(await first.get(ECHO, headers=admin_headers), 429)
    is_problem(await second.get(ECHO, headers=admin_headers), 429)


async def test_a_key_limit_is_shared_by_two_gateways(gateway_on, prefix, admin_headers, is_problem):
    first = await gateway_on(REDIS, rate_limit_prefix=prefix, rate_limit="4/minute")
    second = await gateway_on(REDIS, rate_limit_prefix=prefix, rate_limit="4/minute")
    statuses = [(await (first if i % 2 else second).get(ECHO, headers=admin_headers)).status_code for i in range(6)]
    assert statuses == [200] * 4 + [429] * 2
