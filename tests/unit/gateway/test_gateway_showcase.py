"""The showcase's open paths at the gateway: read without a key, no identity forwarded, a budget per address."""

from __future__ import annotations

from gateway.ratelimit import RateLimiter

SHOWCASE = "/v1/showcase/things"


async def test_a_read_of_the_showcase_needs_no_key_and_carries_no_identity(client):
    resp = await client.get(SHOWCASE, params={"q": "water"})
    assert resp.status_code == 200, resp.text
    seen = resp.json()
    assert seen["identity"] is None and "x-iuc-identity" not in seen["headers"]
    assert seen["query"] == "q=water"
    assert (await client.head(SHOWCASE)).status_code == 200


async def test_only_reads_are_open_and_only_on_the_showcase(client, is_problem):
    is_problem(await client.post(SHOWCASE, json={}), 401)
    is_problem(await client.put(SHOWCASE, json={}), 401)
    is_problem(await client.get("/v1/things/echo"), 401)
    # A prefix that merely starts alike is not the showcase
    is_problem(await client.get("/v1/showcases"), 404)


async def test_a_key_on_the_showcase_is_still_checked_and_forwarded(client, store_key, is_problem):
    _, key = await store_key("partner reading the showcase", "partner")
    seen = (await client.get(SHOWCASE, headers={"X-API-Key": key})).json()
    assert seen["identity"]["role"] == "partner"
    is_problem(await client.get(SHOWCASE, headers={"X-API-Key": "iuc_not-a-key-we-ever-issued"}), 401)


async def test_each_client_address_has_its_own_budget(client, gateway_server, store_key, is_problem, monkeypatch):
    monkeypatch.setattr(gateway_server.gateway.proxy, "open_limiter", RateLimiter("2/minute"))
    for _ in range(2):
        assert (await client.get(SHOWCASE)).status_code == 200
    resp = await client.get(SHOWCASE)
    is_problem(resp, 429)
    assert 1 <= int(resp.headers["retry-after"]) <= 60
    # A key's budget is its own, not the address's
    _, key = await store_key("partner from the same address", "partner")
    assert (await client.get(SHOWCASE, headers={"X-API-Key": key})).status_code == 200
