"""Bodies over their operation's limit stop at the gateway: a declared one before a byte is read,
a chunked one as soon as it passes the limit, and the service behind never gets more."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
import pytest

from gateway.app import create_app
from gateway.config import GatewaySettings
from shared.catalog import ServiceEntry
from shared.limits import JSON_BODY, MiB
from shared.problems import PROBLEM_JSON
from tests.support.uploads import answer_while_sending, filler
from tests.unit.gateway.conftest import ADMIN_KEY, SECRET, Served, migrated_database

PATH = "/v1/things"  # not in the table: the JSON default (2 MiB)


@dataclass
class Seen:
    """One request as the stand-in service received it."""

    received: int = 0
    complete: bool = False


@dataclass
class Counting:
    """A stand-in service that counts the body bytes each request brings."""

    requests: list[Seen] = field(default_factory=list)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            return await send({"type": "lifespan.shutdown.complete"})
        seen = Seen()
        self.requests.append(seen)
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            seen.received += len(message.get("body", b""))
            if not message.get("more_body"):
                seen.complete = True
                break
        body = str(seen.received).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


@pytest.fixture(scope="module")
async def service() -> AsyncIterator[tuple[Counting, Served]]:
    app = Counting()
    async with Served(app) as served:
        yield app, served


@pytest.fixture(scope="module")
async def gateway(tmp_path_factory, service) -> AsyncIterator[Served]:
    settings = GatewaySettings(
        database_url=migrated_database(tmp_path_factory.mktemp("gateway-limits")),
        IUC_IDENTITY_SECRET=SECRET,
        IUC_ADMIN_API_KEY=ADMIN_KEY,
    )
    app = create_app(settings, [ServiceEntry("things", service[1].port, ("/v1/things",))])
    async with Served(app) as served:
        yield served


@pytest.fixture
def seen(service) -> list[Seen]:
    service[0].requests.clear()
    return service[0].requests


def assert_413(status: int, headers, problem: dict, limit: int = JSON_BODY) -> None:
    assert status == 413
    assert headers["content-type"].startswith(PROBLEM_JSON)
    assert headers["connection"] == "close"
    assert problem["status"] == 413 and problem["limit_bytes"] == limit
    assert problem["detail"] == "The request body is larger than 2 MiB, the limit for this operation."


async def test_a_declared_body_over_the_limit_is_refused_before_any_of_it_is_sent(gateway, seen):
    answer = await answer_while_sending(gateway.port, PATH, {"X-API-Key": ADMIN_KEY}, length=200 * MiB, pace=0.05)
    assert_413(answer.status, answer.headers, answer.json())
    assert answer.sent < 4 * MiB  # answered while the client was still at the start of its 200 MB
    assert seen == []  # the service never heard of it


async def test_the_size_is_checked_before_the_key(gateway, seen):
    answer = await answer_while_sending(gateway.port, PATH, {}, length=JSON_BODY + 1)
    assert answer.status == 413 and seen == []


async def test_a_client_that_sends_everything_before_it_reads_still_gets_the_413(gateway, seen):
    # httpx writes the whole body before reading; the gateway reads and drops the rest, then closes.
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as client:
        resp = await client.post(PATH, content=b" " * (JSON_BODY + 1), headers={"X-API-Key": ADMIN_KEY})
    assert_413(resp.status_code, resp.headers, resp.json())
    assert seen == []


async def test_a_chunked_body_is_cut_at_the_limit_and_the_service_never_gets_more(gateway, seen):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as client:
        resp = await client.post(PATH, content=filler(3 * JSON_BODY), headers={"X-API-Key": ADMIN_KEY})
    assert_413(resp.status_code, resp.headers, resp.json())
    # The service got the head and part of the body, then the connection went: it never had a whole request.
    assert [s.complete for s in seen] == [False]
    assert seen[0].received <= JSON_BODY


async def test_a_chunked_body_that_never_ends_is_cut_while_it_streams(gateway, seen):
    answer = await answer_while_sending(gateway.port, PATH, {"X-API-Key": ADMIN_KEY}, length=None, pace=0.001)
    assert_413(answer.status, answer.headers, answer.json())
    assert answer.sent < 2 * JSON_BODY
    assert all(s.received <= JSON_BODY and not s.complete for s in seen)


@pytest.mark.parametrize("chunked", [False, True])
async def test_a_body_within_the_limit_streams_through_whole(gateway, seen, chunked):
    size = JSON_BODY - 1000  # above the 1 MiB the gateway buffers, so streamed
    content = filler(size) if chunked else b" " * size
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as client:
        resp = await client.post(PATH, content=content, headers={"X-API-Key": ADMIN_KEY})
    assert resp.status_code == 200 and resp.text == str(size)
    assert [(s.received, s.complete) for s in seen] == [(size, True)]
