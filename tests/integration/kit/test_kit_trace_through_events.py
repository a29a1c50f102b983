"""One request's trace reaches the events it writes and the consumers that handle them
(decision 0023): the service's span is the parent of the outbox row's `traceparent`, the relay
sends it as `ce-traceparent`, and the consumer's span is a child of it, in the same trace."""

from __future__ import annotations

import asyncio
import socket

import httpx
import uvicorn
from opentelemetry.trace import SpanKind
from sqlalchemy import select

from gateway.app import create_app
from gateway.config import GatewaySettings
from gateway.keys import generate_key
from services.applications.models import kit as applications_kit
from shared.catalog import ServiceEntry
from shared.consumer import Consumer, ConsumerRunner
from shared.contracts.applications import CityRegistered
from shared.outbox import OutboxRelay
from tests.integration.applications.applicationssupport import applications_app, city_body
from tests.integration.kit.kitsupport import STREAM, unique, wait_until
from tests.support.databases import migrate, new_database_url
from tests.support.service_app import caller
from tests.support.traces import CALLER_SPAN_ID, CALLER_TRACE_ID, CALLER_TRACEPARENT, ancestry, hex_ids, parent_span_id, traced

SECRET = "kit-trace-identity-secret-0123456789abcdefghij"
PEPPER = "kit-trace-pepper-" + generate_key()
ADMIN_KEY = generate_key()


async def test_a_requests_trace_goes_through_the_outbox_into_the_consumers_span(database_url, own_nc, own_js, background):
    with traced() as spans:
        async with applications_app(database_url) as app:
            async with caller(app) as admin:
                r = await admin.post("/v1/cities", json=city_body(), headers={"traceparent": CALLER_TRACEPARENT})
                assert r.status_code == 201, r.text
            [server] = [s for s in spans.get_finished_spans() if s.kind == SpanKind.SERVER]
            trace_id = hex_ids(server)[0]
            assert (trace_id, parent_span_id(server)) == (CALLER_TRACE_ID, CALLER_SPAN_ID)
            assert server.name == "POST /v1/cities"

            outbox = applications_kit.outbox
            async with app.state.sessionmaker() as session:
                [row] = (await session.execute(select(outbox.c.event_id, outbox.c.traceparent))).all()
            # Written inside FastAPI's endpoint span, a child of the request's span.
            assert row.traceparent.startswith(f"00-{trace_id}-")
            writer_span_id = row.traceparent.split("-")[2]
            assert ancestry(spans.get_finished_spans(), writer_span_id) == ["fastapi.endpoint", server.name]

            relay = OutboxRelay(app.state.sessionmaker, outbox, own_nc)
            assert await relay.publish_pending() == 1
            [msg] = await _stored(own_js)
            assert msg.headers["ce-traceparent"] == row.traceparent and msg.headers["ce-id"] == row.event_id

            seen = []

            async def on_city(ctx, payload: CityRegistered) -> None:
                seen.append(ctx.event.id)

            durable = unique("traced")
            runner = ConsumerRunner(
                Consumer(durable=durable, handlers={CityRegistered: on_city}),
                app.state.sessionmaker,
                applications_kit.inbox,
                own_js,
            )
            background(runner.run)
            await wait_until(lambda: runner.handled == 1, "the consumer to handle the event")
            consumed = await wait_until(
                lambda: [s for s in spans.get_finished_spans() if s.kind == SpanKind.CONSUMER], "the consumer's span"
            )
    assert seen == [row.event_id]
    [span] = consumed
    assert hex_ids(span)[0] == trace_id  # one trace: caller, service, consumer
    assert parent_span_id(span) == writer_span_id
    assert span.name == "process iuc.applications.city.registered"
    assert span.attributes["messaging.message.id"] == row.event_id
    assert span.attributes["messaging.consumer.group.name"] == durable


async def _stored(js):
    sub = await js.subscribe("iuc.applications.city.registered", stream=STREAM, ordered_consumer=True)
    try:
        return [await sub.next_msg(timeout=5)]
    finally:
        await sub.unsubscribe()


async def test_one_trace_spans_the_gateway_the_service_and_the_consumer(
    database_url, tmp_path, own_nc, own_js, background, monkeypatch
):
    monkeypatch.delenv("IUC_APPLICATIONS_URL", raising=False)
    gateway_db = new_database_url("gateway_traced", tmp_path)
    migrate("gateway", gateway_db)
    gateway_settings = GatewaySettings(
        database_url=gateway_db,
        IUC_IDENTITY_SECRET=SECRET,
        IUC_ADMIN_API_KEY=ADMIN_KEY,
        IUC_KEY_PEPPER=PEPPER,
    )
    with traced() as spans:
        async with applications_app(database_url, IUC_IDENTITY_SECRET=SECRET) as service:
            async with Served(service, lifespan="off") as upstream:
                gateway = create_app(gateway_settings, [ServiceEntry("applications", upstream.port, ("/v1/cities",))])
                async with Served(gateway) as served, httpx.AsyncClient(base_url=served.url, timeout=10) as client:
                    r = await client.post("/v1/cities", json=city_body(), headers={"X-API-Key": ADMIN_KEY})
                    assert r.status_code == 201, r.text
            relay = OutboxRelay(service.state.sessionmaker, applications_kit.outbox, own_nc)
            assert await relay.publish_pending() == 1

            async def on_city(ctx, payload: CityRegistered) -> None:
                pass

            runner = ConsumerRunner(
                Consumer(durable=unique("traced"), handlers={CityRegistered: on_city}),
                service.state.sessionmaker,
                applications_kit.inbox,
                own_js,
            )
            background(runner.run)
            [consumed] = await wait_until(
                lambda: [s for s in spans.get_finished_spans() if s.kind == SpanKind.CONSUMER], "the consumer's span"
            )
    [at_gateway] = [s for s in spans.get_finished_spans() if s.kind == SpanKind.SERVER and s.name.startswith("POST gateway")]
    [at_service] = [s for s in spans.get_finished_spans() if s.kind == SpanKind.SERVER and s.name == "POST /v1/cities"]
    trace_id = hex_ids(at_gateway)[0]
    assert at_gateway.parent is None  # the trace starts at the gateway
    assert {hex_ids(s)[0] for s in (at_gateway, at_service, consumed)} == {trace_id}
    assert parent_span_id(at_service) == hex_ids(at_gateway)[1]
    assert ancestry(spans.get_finished_spans(), parent_span_id(consumed)) == [
        "fastapi.endpoint",
        at_service.name,
        at_gateway.name,
    ]
    assert at_gateway.attributes["iuc.request_id"] == at_service.attributes["iuc.request_id"] == r.headers["x-request-id"]


class Served:
    """An ASGI app served by uvicorn on a free port inside the running loop."""

    def __init__(self, app, lifespan: str = "on") -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan=lifespan))
        self.task: asyncio.Task | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> Served:
        self.task = asyncio.create_task(self.server.serve(sockets=[self.sock]))
        while not self.server.started:
            if self.task.done():
                self.task.result()
            await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.should_exit = True
        await self.task
        self.sock.close()
