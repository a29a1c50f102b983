"""The gateway continues a caller's W3C trace and hands its own span on to the service in
`traceparent`; with tracing off it passes the caller's header through untouched (decision 0023)."""

from __future__ import annotations

import httpx
from opentelemetry.trace import SpanKind

from gateway.app import create_app
from gateway.config import GatewaySettings
from shared.catalog import ServiceEntry
from tests.support.traces import CALLER_SPAN_ID, CALLER_TRACE_ID, CALLER_TRACEPARENT, hex_ids, parent_span_id, traced
from tests.unit.gateway.conftest import ADMIN_KEY, PEPPER, SECRET, Served

ECHO = "/v1/things/echo"


async def test_the_gateway_span_joins_the_callers_trace_and_is_the_services_parent(fresh_gateway_db, echo_backend):
    settings = GatewaySettings(
        database_url=fresh_gateway_db,
        IUC_IDENTITY_SECRET=SECRET,
        IUC_ADMIN_API_KEY=ADMIN_KEY,
        IUC_KEY_PEPPER=PEPPER,
        auth_failure_limit="",
    )
    with traced() as spans:
        app = create_app(settings, [ServiceEntry("things", echo_backend.port, ("/v1/things",))])
        async with Served(app) as served, httpx.AsyncClient(base_url=served.url, timeout=5) as client:
            resp = await client.get(
                ECHO, headers={"X-API-Key": ADMIN_KEY, "traceparent": CALLER_TRACEPARENT, "X-Request-ID": "rid-traced"}
            )
            assert resp.status_code == 200, resp.text
        [span] = [s for s in spans.get_finished_spans() if s.kind == SpanKind.SERVER]
    trace_id, span_id = hex_ids(span)
    assert (trace_id, parent_span_id(span)) == (CALLER_TRACE_ID, CALLER_SPAN_ID)
    assert span.attributes["iuc.request_id"] == "rid-traced"
    assert span.attributes["http.response.status_code"] == 200
    seen = resp.json()["headers"]
    assert seen["traceparent"] == f"00-{CALLER_TRACE_ID}-{span_id}-01"


async def test_a_new_trace_starts_at_the_gateway_when_the_caller_sends_none(fresh_gateway_db, echo_backend):
    settings = GatewaySettings(
        database_url=fresh_gateway_db, IUC_IDENTITY_SECRET=SECRET, IUC_ADMIN_API_KEY=ADMIN_KEY, IUC_KEY_PEPPER=PEPPER
    )
    with traced() as spans:
        app = create_app(settings, [ServiceEntry("things", echo_backend.port, ("/v1/things",))])
        async with Served(app) as served, httpx.AsyncClient(base_url=served.url, timeout=5) as client:
            resp = await client.get(ECHO, headers={"X-API-Key": ADMIN_KEY})
        [span] = [s for s in spans.get_finished_spans() if s.kind == SpanKind.SERVER]
    trace_id, span_id = hex_ids(span)
    assert span.parent is None
    assert resp.json()["headers"]["traceparent"] == f"00-{trace_id}-{span_id}-{span.context.trace_flags:02x}"


async def test_with_tracing_off_the_callers_traceparent_reaches_the_service_unchanged(client, admin_headers):
    resp = await client.get(ECHO, headers={**admin_headers, "traceparent": CALLER_TRACEPARENT, "tracestate": "vendor=1"})
    seen = resp.json()["headers"]
    assert (seen["traceparent"], seen["tracestate"]) == (CALLER_TRACEPARENT, "vendor=1")
