"""Per-key rate limits: 429 problem+json with Retry-After, one key never slows another."""

from gateway.ratelimit import RateLimiter

ECHO = "/v1/things/echo"


async def test_a_key_over_its_limit_is_told_when_to_retry():
    limiter = RateLimiter("3/minute")
    assert [await limiter.retry_after(b"key-a") for _ in range(3)] == [None, None, None]
    wait = await limiter.retry_after(b"key-a")
    assert wait is not None and 1 <= wait <= 60
    assert await limiter.retry_after(b"key-b") is None


async def test_every_limit_of_a_spec_applies():
    limiter = RateLimiter("100/minute;2/second")
    assert await limiter.retry_after(b"k") is None and await limiter.retry_after(b"k") is None
    assert await limiter.retry_after(b"k") == 1


async def test_an_empty_spec_means_no_limit():
    limiter = RateLimiter("")
    assert not limiter.enabled
    assert all([await limiter.retry_after(b"k") is None for _ in range(1000)])


async def test_the_gateway_answers_429_with_retry_after(client, gateway_server, store_key, is_problem, monkeypatch):
    _, key = await store_key("busy partner", "partner")
    monkeypatch.setattr(gateway_server.gateway.proxy, "limiter", RateLimiter("2/minute"))
    for _ in range(2):
        assert (await client.get(ECHO, headers={"X-API-Key": key})).status_code == 200
    resp = await client.get(ECHO, headers={"X-API-Key": key})
    is_problem(resp, 429)
    assert 1 <= int(resp.headers["retry-after"]) <= 60
    _, other = await store_key("quiet partner", "partner")
    assert (await client.get(ECHO, headers={"X-API-Key": other})).status_code == 200
