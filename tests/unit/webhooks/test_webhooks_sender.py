"""The sender against a real HTTP receiver on 127.0.0.1 (aiohttp's low-level server): what is sent,
how answers are read, timeouts, refused connections, keep-alive and the concurrency bounds."""

from __future__ import annotations

import asyncio
import base64
import email.utils
import json
import socket
import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

import pytest
from aiohttp import web
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from services.webhooks.delivery.sender import USER_AGENT, Outgoing, Sender, retry_after, sign

SECRETS = (
    "whsec_" + base64.b64encode(b"first secret of 24 bytes").decode(),
    "whsec_" + base64.b64encode(b"second one, 24 bytes ok!").decode(),
)
TEN_MB = 10 * 1024 * 1024
CHUNK = 64 * 1024


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


class Receiver:
    """A real HTTP server on 127.0.0.1 that records every connection and request reaching it."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.connections = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self.streamed = 0
        self.stream_ended = asyncio.Event()
        self._release = asyncio.Event()
        self._runner: web.ServerRunner | None = None
        self.port = 0

    def url(self, path: str, host: str = "127.0.0.1", scheme: str = "http") -> str:
        return f"{scheme}://{host}:{self.port}{path}"

    async def start(self, ssl_context: ssl.SSLContext | None = None) -> Receiver:
        receiver = self

        class Counting(web.Server):
            def connection_made(self, handler, transport) -> None:
                receiver.connections += 1
                super().connection_made(handler, transport)

        self._runner = web.ServerRunner(Counting(self._handle))
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=ssl_context).start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        self._release.set()
        assert self._runner is not None
        await self._runner.cleanup()

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        self.received.append(Received(request.path, dict(request.headers), await request.read()))
        behaviours = {
            "/busy": self._busy,
            "/slow-down": self._slow_down,
            "/moved": self._moved,
            "/silent": self._silent,
            "/huge": self._huge,
            "/paced": self._paced,
            "/held": self._held,
        }
        return await behaviours.get(request.path, self._ok)(request)

    async def _ok(self, request: web.BaseRequest) -> web.StreamResponse:
        return web.Response(text="received")

    async def _busy(self, request: web.BaseRequest) -> web.StreamResponse:
        return web.Response(status=503, text="busy", headers={"Retry-After": "7"})

    async def _slow_down(self, request: web.BaseRequest) -> web.StreamResponse:
        when = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
        return web.Response(status=429, text="slow down", headers={"Retry-After": when})

    async def _moved(self, request: web.BaseRequest) -> web.StreamResponse:
        return web.Response(status=302, headers={"Location": self.url("/target")})

    async def _silent(self, request: web.BaseRequest) -> web.StreamResponse:
        await self._release.wait()
        return web.Response(text="too late")

    async def _huge(self, request: web.BaseRequest) -> web.StreamResponse:
        return web.Response(body=b"x" * TEN_MB)

    async def _paced(self, request: web.BaseRequest) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Length": str(TEN_MB)})
        await response.prepare(request)
        try:
            while self.streamed < TEN_MB:
                await response.write(b"y" * CHUNK)
                self.streamed += CHUNK
                await asyncio.sleep(0.01)
        except ConnectionError:
            pass
        finally:
            self.stream_ended.set()
        return response

    async def _held(self, request: web.BaseRequest) -> web.StreamResponse:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        await asyncio.sleep(0.2)
        self.in_flight -= 1
        return web.Response(text="held")


@pytest.fixture
async def receiver():
    server = await Receiver().start()
    yield server
    await server.stop()


@pytest.fixture
async def sender():
    sending = Sender(allow_private=True, connect_timeout=1.0, total_timeout=3.0)
    yield sending
    await sending.aclose()


def outgoing(url: str, endpoint_id: str = "ep-1", secrets: tuple[str, ...] = SECRETS) -> Outgoing:
    now = datetime.now(UTC)
    body = json.dumps(
        {"type": "iuc.applications.city.registered.v1", "timestamp": now.isoformat(), "data": {"name": "São Paulo", "ü": "ß"}},
        ensure_ascii=False,
    )
    return Outgoing(endpoint_id=endpoint_id, url=url, webhook_id="evt-0001", timestamp=now, body=body, secrets=secrets)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_a_delivery_carries_the_standard_webhooks_headers_and_the_body_byte_for_byte(receiver, sender):
    message = outgoing(receiver.url("/ok"))
    outcome = await sender.send(message)
    assert outcome.ok and (outcome.status_code, outcome.error) == (200, None)
    assert outcome.response_excerpt == "received" and outcome.retry_after is None and outcome.duration_ms > 0
    [got] = receiver.received
    assert got.body == message.body.encode("utf-8")
    assert got.headers["Content-Type"] == "application/json"
    assert got.headers["webhook-id"] == "evt-0001"
    assert got.headers["webhook-timestamp"] == str(int(message.timestamp.timestamp()))
    assert got.headers["User-Agent"] == USER_AGENT
    assert len(got.headers["webhook-signature"].split(" ")) == 2
    for secret in SECRETS:
        assert Webhook(secret).verify(got.body, got.headers) == json.loads(message.body)
    stranger = "whsec_" + base64.b64encode(b"not one of the endpoint!").decode()
    with pytest.raises(WebhookVerificationError):
        Webhook(stranger).verify(got.body, got.headers)


def test_the_signature_of_a_timestamp_in_another_zone_is_the_one_of_its_utc_instant():
    moment = datetime(2026, 5, 4, 12, 0, 1, tzinfo=UTC)
    elsewhere = moment.astimezone(timezone(timedelta(hours=2)))
    assert sign("m", elsewhere, "{}", SECRETS[:1]) == sign("m", moment, "{}", SECRETS[:1])
    with pytest.raises(ValueError):
        sign("m", moment, "{}", ())


async def test_a_503_is_a_failure_with_its_retry_after_in_seconds(receiver, sender):
    outcome = await sender.send(outgoing(receiver.url("/busy")))
    assert not outcome.ok and outcome.status_code == 503
    assert outcome.retry_after == 7.0 and outcome.response_excerpt == "busy"


async def test_a_429_with_an_http_date_gives_the_seconds_until_then(receiver, sender):
    outcome = await sender.send(outgoing(receiver.url("/slow-down")))
    assert outcome.status_code == 429 and not outcome.ok
    assert 110 <= outcome.retry_after <= 121


def test_retry_after_counts_only_on_429_and_503_and_only_when_readable():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert retry_after(503, "30", now) == 30.0
    assert retry_after(429, "Thu, 01 Jan 2026 12:01:00 GMT", now) == 60.0
    assert retry_after(503, "Thu, 01 Jan 2026 11:00:00 GMT", now) == 0.0
    assert retry_after(500, "30", now) is None and retry_after(200, "30", now) is None
    assert retry_after(503, "soon", now) is None and retry_after(503, "-5", now) is None and retry_after(503, None, now) is None


async def test_a_redirect_is_a_failure_and_is_not_followed(receiver, sender):
    outcome = await sender.send(outgoing(receiver.url("/moved")))
    assert not outcome.ok and outcome.status_code == 302
    assert outcome.error == f"redirect not followed: 302 to {receiver.url('/target')}"
    assert [r.path for r in receiver.received] == ["/moved"]


async def test_a_target_that_never_answers_times_out_within_the_total_timeout(receiver):
    sending = Sender(allow_private=True, connect_timeout=0.5, total_timeout=0.5)
    started = time.monotonic()
    outcome = await sending.send(outgoing(receiver.url("/silent")))
    await sending.aclose()
    assert time.monotonic() - started < 1.5
    assert (outcome.status_code, outcome.error) == (None, "timeout") and not outcome.ok
    assert 450 <= outcome.duration_ms < 1500


async def test_a_refused_connection_is_an_outcome_not_an_exception(sender):
    outcome = await sender.send(outgoing(f"http://127.0.0.1:{free_port()}/hook"))
    assert outcome.status_code is None and not outcome.ok
    assert outcome.error.startswith("connection refused: ")


async def test_a_ten_megabyte_answer_is_read_only_up_to_the_cap(receiver, sender):
    outcome = await sender.send(outgoing(receiver.url("/huge")))
    assert outcome.ok and outcome.response_excerpt == "x" * 1024


async def test_reading_stops_at_the_cap_and_the_rest_is_never_fetched(receiver, sender):
    # the receiver trickles 10 MB in 64 KiB chunks every 10 ms (about 1.6 s in all): a sender that
    # read it all would take that long; one that stops at 64 KiB closes the connection after two chunks
    outcome = await sender.send(outgoing(receiver.url("/paced")))
    assert outcome.ok and outcome.response_excerpt == "y" * 1024
    assert outcome.duration_ms < 800
    await asyncio.wait_for(receiver.stream_ended.wait(), 5)
    assert receiver.streamed < 1024 * 1024


async def test_two_sends_to_one_endpoint_reuse_one_connection(receiver, sender):
    first = await sender.send(outgoing(receiver.url("/ok")))
    second = await sender.send(outgoing(receiver.url("/ok")))
    assert first.ok and second.ok
    assert len(receiver.received) == 2 and receiver.connections == 1


async def test_an_endpoint_never_has_more_requests_in_flight_than_its_bound(receiver):
    sending = Sender(allow_private=True, per_endpoint=2, total=64)
    outcomes = await asyncio.gather(*(sending.send(outgoing(receiver.url("/held"))) for _ in range(6)))
    await sending.aclose()
    assert all(o.ok for o in outcomes)
    assert receiver.most_in_flight == 2


async def test_the_whole_sender_never_has_more_requests_in_flight_than_its_total(receiver):
    sending = Sender(allow_private=True, per_endpoint=4, total=3)
    sends = [sending.send(outgoing(receiver.url("/held"), endpoint_id=f"ep-{i % 4}")) for i in range(8)]
    outcomes = await asyncio.gather(*sends)
    await sending.aclose()
    assert all(o.ok for o in outcomes)
    assert receiver.most_in_flight == 3


async def test_a_name_is_resolved_by_the_resolver_and_kept_as_the_host(receiver):
    asked: list[str] = []

    async def resolver(host: str) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]

    sending = Sender(allow_private=True, resolver=resolver)
    outcome = await sending.send(outgoing(receiver.url("/ok", host="receiver.test")))
    await sending.aclose()
    assert outcome.ok and asked == ["receiver.test"]
    assert receiver.received[0].headers["Host"] == f"receiver.test:{receiver.port}"


async def test_a_url_that_cannot_be_sent_to_is_an_outcome(sender):
    outcome = await sender.send(outgoing("gopher://127.0.0.1/hook"))
    assert outcome.status_code is None and outcome.error.startswith("invalid URL: ")


async def test_a_name_that_does_not_resolve_is_an_outcome_naming_it():
    async def resolver(host: str) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    sending = Sender(allow_private=True, resolver=resolver)
    outcome = await sending.send(outgoing("https://nowhere.example/hook"))
    await sending.aclose()
    assert outcome.status_code is None
    assert outcome.error.startswith("connection failed: cannot resolve nowhere.example: ")


async def test_a_resolver_that_hangs_is_held_to_the_connect_timeout():
    async def resolver(host: str) -> list[str]:
        await asyncio.Event().wait()
        return []

    sending = Sender(allow_private=True, connect_timeout=0.3, total_timeout=5.0, resolver=resolver)
    outcome = await sending.send(outgoing("https://hanging.example/hook"))
    await sending.aclose()
    assert outcome.error == "timeout (connect)" and outcome.duration_ms < 1500
