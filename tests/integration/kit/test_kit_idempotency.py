"""`Idempotency-Key` on POST, through the real middleware and a real database."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from shared.identity import IDENTITY_HEADER, Identity, Role, sign_identity
from tests.integration.kit.idemapp import Gate, http_client, key, make_app
from tests.integration.kit.kitsupport import count, kit


@pytest.fixture
def calls() -> Counter:
    return Counter()


@pytest.fixture
def gate() -> Gate:
    return Gate()


@pytest.fixture
async def client(db, calls, gate):
    async with http_client(make_app(db.sessionmaker, calls, gate)) as c:
        yield c


async def test_same_key_and_body_replays_the_stored_answer(client, calls, db):
    first = await client.post("/v1/things", json={"name": "Lyon"}, headers=key("k-1"))
    again = await client.post("/v1/things", json={"name": "Lyon"}, headers=key("k-1"))

    assert first.status_code == again.status_code == 201
    assert again.content == first.content == b'{"name":"Lyon","run":1}'
    assert again.headers["location"] == first.headers["location"] == "/v1/things/1"
    assert again.headers.get("idempotent-replayed") == "true"
    assert "idempotent-replayed" not in first.headers
    assert calls["create"] == 1
    assert await count(db.sessionmaker, kit.idempotency) == 1


async def test_same_key_with_another_body_or_path_is_refused(client, calls):
    assert (await client.post("/v1/things", json={"name": "Lyon"}, headers=key("k-2"))).status_code == 201
    other_body = await client.post("/v1/things", json={"name": "Quito"}, headers=key("k-2"))
    other_path = await client.post("/v1/things?dry_run=1", json={"name": "Lyon"}, headers=key("k-2"))
    for r in (other_body, other_path):
        assert r.status_code == 422
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["status"] == 422
    assert calls["create"] == 1


async def test_requests_without_a_key_run_every_time(client, calls):
    answers = [await client.post("/v1/things", json={"name": "Lyon"}) for _ in range(2)]
    assert [r.json()["run"] for r in answers] == [1, 2]
    assert all("idempotent-replayed" not in r.headers for r in answers)
    assert calls["create"] == 2


async def test_server_errors_are_not_stored(client, calls):
    failed = await client.post("/v1/flaky", headers=key("k-3"))
    retried = await client.post("/v1/flaky", headers=key("k-3"))
    replayed = await client.post("/v1/flaky", headers=key("k-3"))
    assert (failed.status_code, retried.status_code, replayed.status_code) == (503, 201, 201)
    assert "idempotent-replayed" not in retried.headers and replayed.headers["idempotent-replayed"] == "true"
    assert calls["flaky"] == 2

    crashed = await client.post("/v1/crash", headers=key("k-4"))
    assert crashed.status_code == 500
    assert (await client.post("/v1/crash", headers=key("k-4"))).status_code == 201
    assert calls["crash"] == 2


async def test_keys_are_scoped_to_the_caller(client, calls):
    a = await client.post("/v1/things", json={"name": "Lyon"}, headers=key("shared-key", "partner-a"))
    b = await client.post("/v1/things", json={"name": "Quito"}, headers=key("shared-key", "partner-b"))
    assert (a.status_code, b.status_code) == (201, 201)
    assert (a.json()["name"], b.json()["name"]) == ("Lyon", "Quito")
    assert calls["create"] == 2

    forged = {
        "Idempotency-Key": "k-5",
        IDENTITY_HEADER: sign_identity(Identity(subject="x", role=Role.admin), "not-the-secret-but-long-enough-0123456789"),
    }
    assert (await client.post("/v1/things", json={"name": "Lyon"}, headers=forged)).status_code == 401
    assert calls["create"] == 2


async def test_a_retry_while_the_first_request_runs_gets_409(client, calls, gate):
    first = asyncio.create_task(client.post("/v1/slow", headers=key("k-6")))
    await asyncio.wait_for(gate.entered.wait(), 5)
    concurrent = await client.post("/v1/slow", headers=key("k-6"))
    gate.release.set()
    assert concurrent.status_code == 409
    assert (await first).status_code == 201
    assert calls["slow"] == 1


async def test_the_answer_is_stored_before_the_caller_reads_it(db, calls, gate):
    # A server sends each message as the app gives it; a caller retrying the moment it has
    # the answer must find it stored (a replay), not a claim still being processed (409).
    app = make_app(db.sessionmaker, calls, gate)
    stored_when_sent: list[int | None] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b'{"name": "Lyon"}', "more_body": False}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            async with db.sessionmaker() as session:
                rows = (await session.execute(kit.idempotency.select())).mappings().all()
            stored_when_sent.extend(r["status_code"] for r in rows)

    headers = [(b"content-type", b"application/json"), *((k.lower().encode(), v.encode()) for k, v in key("k-9").items())]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/things",
        "raw_path": b"/v1/things",
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("kit.test", 80),
        "app": app,
    }
    await app(scope, receive, send)

    assert stored_when_sent == [201]
