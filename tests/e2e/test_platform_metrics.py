"""`/metrics` on all seven processes of the running platform: requests by route template (never the
raw path), the outbox, consumer and dead-letter gauges on each service's own port, and none of it
through the gateway's public routes."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx
from prometheus_client.parser import text_string_to_metric_families

from deploy.stack import Stack
from shared.catalog import SERVICES
from shared.natsauth import durables

DEADLINE = 60.0


def samples(text: str) -> list[tuple[str, dict[str, str], float]]:
    return [(s.name, s.labels, s.value) for family in text_string_to_metric_families(text) for s in family.samples]


def find(parsed, name: str, **labels: str) -> list[float]:
    return [v for n, lab, v in parsed if n == name and all(lab.get(k) == val for k, val in labels.items())]


async def scrape(port: int) -> str:
    async with httpx.AsyncClient(timeout=15) as c:
        r = await c.get(f"http://127.0.0.1:{port}/metrics")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/plain"), r.headers
    return r.text


async def test_metrics_answer_on_all_seven_processes(stack: Stack, admin: httpx.AsyncClient) -> None:
    missing = str(uuid.uuid4())
    for _ in range(3):
        assert (await admin.get("/v1/cities", params={"page_size": 1})).status_code == 200
        assert (await admin.get(f"/v1/cities/{missing}")).status_code == 404
    assert (await admin.get("/healthz")).status_code == 200

    gateway = samples(await scrape(stack.gateway_port))
    # A proxied request is labelled by the public prefix that owns it, a meta route by its template.
    assert sum(find(gateway, "iuc_http_requests_total", service="gateway", route="/v1/cities", method="GET", status="404")) >= 3
    assert sum(find(gateway, "iuc_http_requests_total", service="gateway", route="/v1/cities", method="GET", status="200")) >= 3
    assert find(gateway, "iuc_http_requests_total", service="gateway", route="/healthz", method="GET", status="200")
    assert find(gateway, "iuc_http_request_duration_seconds_count", service="gateway", route="/v1/cities", method="GET")
    assert all(missing not in lab.get("route", "") for _, lab, _ in gateway)
    for entry in SERVICES:  # every service's breaker, closed on a healthy platform
        assert find(gateway, "iuc_gateway_breaker_state", service=entry.name, state="closed") == [1.0], entry.name
        assert find(gateway, "iuc_gateway_breaker_state", service=entry.name, state="open") == [0.0], entry.name

    ports = stack.service_ports
    texts = await asyncio.gather(*(scrape(ports[e.name]) for e in SERVICES))
    for entry, text in zip(SERVICES, texts, strict=True):
        parsed = samples(text)
        assert find(parsed, "iuc_outbox_unpublished_rows", service=entry.name), entry.name
        assert find(parsed, "iuc_outbox_oldest_unpublished_age_seconds", service=entry.name), entry.name
        assert find(parsed, "iuc_metrics_source_up", service=entry.name, source="database") == [1.0], entry.name
        assert all(missing not in lab.get("route", "") for _, lab, _ in parsed), entry.name

    applications = samples(texts[[e.name for e in SERVICES].index("applications")])
    # The service counts by its own route template: the three 404s are one series, not three (the
    # session's stack is shared, so other tests' 404s on that route may be in it too).
    (not_found,) = find(
        applications, "iuc_http_requests_total", service="applications", route="/v1/cities/{city_id}", status="404"
    )
    assert not_found >= 3
    (listed,) = find(applications, "iuc_http_requests_total", service="applications", route="/v1/cities", status="200")
    assert listed >= 3
    assert find(applications, "iuc_imports_running", service="applications", kind="city_imports") == [0.0]


async def test_consumer_and_dead_letter_gauges_come_from_jetstream(stack: Stack) -> None:
    """Every service with durables reports them (read at scrape time once NATS is connected)."""
    with_consumers = [e.name for e in SERVICES if durables(e.name)]
    assert with_consumers
    deadline = time.monotonic() + DEADLINE
    pending = set(with_consumers)
    while pending and time.monotonic() < deadline:
        for name in sorted(pending):
            parsed = samples(await scrape(stack.service_ports[name]))
            if find(parsed, "iuc_metrics_source_up", service=name, source="nats") != [1.0]:
                continue
            for durable in durables(name):
                assert len(find(parsed, "iuc_consumer_pending", service=name, consumer=durable)) == 1, (name, durable)
                assert len(find(parsed, "iuc_consumer_ack_pending", service=name, consumer=durable)) == 1, (name, durable)
                assert len(find(parsed, "iuc_consumer_redelivered", service=name, consumer=durable)) == 1, (name, durable)
            (dead,) = find(parsed, "iuc_dead_letters", service=name)
            assert dead >= 0
            pending.discard(name)
        if pending:
            await asyncio.sleep(0.5)
    assert not pending, f"no JetStream gauges from {sorted(pending)}"


async def test_metrics_are_not_reachable_through_the_public_routes(stack: Stack, admin: httpx.AsyncClient) -> None:
    """The gateway forwards `/v1/...` only: a service's /metrics is on its own port, never public;
    the gateway's own /metrics carries no service gauges."""
    for path in ("/v1/metrics", "/v1/cities/%2e%2e/metrics", "/v1/cities/%2E%2E/%2E%2E/metrics"):
        r = await admin.get(path)
        assert r.status_code in (400, 404, 422), (path, r.status_code)
        assert "iuc_outbox_unpublished_rows" not in r.text, path
    gateway = samples(await scrape(stack.gateway_port))
    assert not find(gateway, "iuc_outbox_unpublished_rows")
    assert not find(gateway, "iuc_consumer_pending")
