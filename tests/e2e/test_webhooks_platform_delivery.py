"""Webhooks on the running platform, to a real HTTP receiver the test starts: a city registered
through the gateway reaches a subscribed receiver signed as Standard Webhooks (verified with the
`standardwebhooks` library); a receiver answering 503 gets it on the retry; one that is down across a
restart of the webhooks service gets it after; two webhooks processes send nothing twice; a revoked
key's endpoint is disabled before anything reaches it."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter

import httpx
import pytest

from deploy.stack import Stack, wait_for_http
from tests.support.journey import register_city
from tests.support.platform import client, create_client, logs, revoke_key, spawn_service, stop
from tests.support.receiver import Receiver

CITY_EVENTS = ["iuc.applications.city.*"]


SUBSCRIBED: list[str] = []


async def subscribe(api: httpx.AsyncClient, url: str, event_types: list[str]) -> dict:
    r = await api.post("/v1/webhooks/endpoints", json={"url": url, "event_types": event_types, "description": "e2e"})
    assert r.status_code == 201, r.text
    assert r.json()["secret"].startswith("whsec_")
    SUBSCRIBED.append(r.json()["id"])
    return r.json()


@pytest.fixture(autouse=True)
async def unsubscribe(admin):
    """The session's later tests register cities too: endpoints whose receivers are gone go away."""
    yield
    while SUBSCRIBED:
        r = await admin.delete(f"/v1/webhooks/endpoints/{SUBSCRIBED.pop()}")
        assert r.status_code in (204, 404), r.text


async def attempts(api: httpx.AsyncClient, endpoint_id: str) -> list[dict]:
    r = await api.get(f"/v1/webhooks/endpoints/{endpoint_id}/deliveries")
    assert r.status_code == 200, r.text
    return r.json()["items"]


# Ceilings, not waits: at the end of the e2e session the webhooks consumer may still be reading the
# events of the imports before it (every event of the platform passes through it).
async def until(check, what: str, stack: Stack, timeout: float = 120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = await check()
        if found:
            return found
        await asyncio.sleep(0.1)
    pytest.fail(f"{what} within {timeout} s\n{logs(stack)}")


def about(city_id: str):
    return lambda r: city_id in r.body


@pytest.fixture
async def receiver():
    r = await Receiver().start()
    yield r
    await r.stop()


async def test_a_registered_city_reaches_the_receiver_signed(stack, admin, receiver):
    endpoint = await subscribe(admin, receiver.url, CITY_EVENTS)
    sent = time.time()
    city = await register_city(admin)
    [got] = await receiver.wait_for(about(city["id"]), timeout=120)
    print(f"\ndelivered {got.at - sent:.3f} s after POST /v1/cities was sent")
    payload = got.verified(endpoint["secret"])  # raises unless the signature and timestamp verify
    assert payload["type"] == "iuc.applications.city.registered.v1"
    assert payload["data"]["city"]["city_id"] == city["id"]
    assert got.headers["content-type"].startswith("application/json")
    # the attempt is recorded just after the answer arrives (with the outcomes that finished meanwhile)
    [attempt] = await until(lambda: attempts(admin, endpoint["id"]), "the attempt recorded", stack)
    assert attempt["status_code"] == 200 and attempt["message_id"] and attempt["error"] is None


async def test_a_receiver_answering_503_gets_the_event_on_a_retry(stack, admin, receiver):
    receiver.answer = lambda n: 503 if n == 0 else 200  # busy for the first try, back for the next
    endpoint = await subscribe(admin, receiver.url, CITY_EVENTS)
    city = await register_city(admin)
    got = await receiver.wait_for(about(city["id"]), timeout=120, count=2)
    assert [r.answered for r in got][:1] == [503] and got[-1].answered == 200, [r.answered for r in got]
    assert len({r.webhook_id for r in got}) == 1  # the same message, tried again
    assert got[-1].verified(endpoint["secret"])["data"]["city"]["city_id"] == city["id"]

    async def both_recorded():
        found = await attempts(admin, endpoint["id"])
        return found if len(found) == len(got) else None

    tried = sorted(await until(both_recorded, "both attempts recorded", stack), key=lambda a: a["attempted_at"])
    assert [a["status_code"] for a in tried] == [r.answered for r in got]


async def test_a_receiver_down_across_a_webhooks_restart_still_gets_it(stack, admin):
    down = Receiver()  # its port is reserved; nothing listens there yet
    endpoint = await subscribe(admin, down.url, CITY_EVENTS)
    city = await register_city(admin)

    async def refused():
        return [a for a in await attempts(admin, endpoint["id"]) if a["status_code"] is None]

    [first] = await until(refused, "a refused first attempt", stack)
    assert "refused" in first["error"], first

    killed = stack.procs["webhooks"]
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    await down.start()
    try:
        await until(lambda: _restarted(stack, killed), "webhooks restarted by the supervisor", stack)
        [got] = await down.wait_for(about(city["id"]), timeout=120)
        assert got.verified(endpoint["secret"])["data"]["city"]["city_id"] == city["id"]
        await asyncio.sleep(1)
        assert len(down.wait_for_now(about(city["id"]))) == 1
    finally:
        await down.stop()


async def _restarted(stack: Stack, killed) -> bool:
    proc = stack.procs["webhooks"]
    if proc is killed or proc.poll() is not None:
        return False
    try:
        await asyncio.to_thread(wait_for_http, f"http://127.0.0.1:{stack.service_ports['webhooks']}/readyz", 2.0, proc)
    except (TimeoutError, RuntimeError):
        return False
    return True


async def test_two_webhooks_processes_never_send_one_delivery_twice(stack, admin, receiver):
    endpoint = await subscribe(admin, receiver.url, CITY_EVENTS)
    second, port = spawn_service(stack, "webhooks-2", "webhooks")
    try:
        cities = [await register_city(admin) for _ in range(40)]
        ids = {c["id"] for c in cities}
        got = await receiver.wait_for(lambda r: any(i in r.body for i in ids), timeout=180, count=len(ids))
        await asyncio.sleep(2)  # a second copy would have come by now
        got = receiver.wait_for_now(lambda r: any(i in r.body for i in ids))
        repeats = {k: n for k, n in Counter(r.webhook_id for r in got).items() if n > 1}
        assert not repeats and len(got) == len(ids), (repeats, len(got))
        assert {r.verified(endpoint["secret"])["data"]["city"]["city_id"] for r in got} == ids
        sent = {}
        for name, p in (("webhooks", stack.service_ports["webhooks"]), ("webhooks-2", port)):
            async with httpx.AsyncClient(timeout=10) as c:
                metrics = (await c.get(f"http://127.0.0.1:{p}/metrics")).text
            sent[name] = sum(
                float(line.rsplit(" ", 1)[1])
                for line in metrics.splitlines()
                if line.startswith('iuc_webhook_attempts_total{result="success"}')
            )
        print(f"\nsuccessful attempts by process: {sent}")
    finally:
        stop(second)


async def test_a_revoked_keys_endpoint_is_disabled_and_receives_nothing(stack, admin, receiver):
    key_id, key = await asyncio.to_thread(create_client, stack, "dashboard")
    async with client(stack, key) as dashboard:
        endpoint = await subscribe(dashboard, receiver.url, CITY_EVENTS)
    await asyncio.to_thread(revoke_key, stack, key_id)
    city = await register_city(admin)

    async def disabled():
        r = await admin.get(f"/v1/webhooks/endpoints/{endpoint['id']}")
        return r.json() if r.json()["state"] == "disabled" else None

    async def state() -> str:
        messages = (await admin.get(f"/v1/webhooks/endpoints/{endpoint['id']}/messages")).json()
        return f"messages of the endpoint: {messages}, received: {len(receiver.received)}"

    try:
        found = await until(disabled, "the revoked key's endpoint disabled", stack)
    except BaseException:
        print(await state())
        raise
    assert "revoked" in found["disabled_reason"]
    await asyncio.sleep(1)
    assert not receiver.wait_for_now(about(city["id"]))
