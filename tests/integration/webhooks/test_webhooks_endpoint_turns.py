"""Endpoints take turns: a partner whose endpoint hangs holds only its own share of the worker, and
the other partners' deliveries go out meanwhile."""

from __future__ import annotations

import asyncio

from services.webhooks.delivery.worker import DeliveryWorker
from tests.integration.webhooks.webhookssupport import (
    city_registered,
    consume,
    create_endpoint,
    delivering_app,
    key_server,
    receiver,
)
from tests.support.service_app import caller

CITY_TYPE = "iuc.applications.city.registered.v1"


async def test_a_hanging_endpoint_never_holds_back_another_endpoints_deliveries(database_url):
    held = asyncio.Event()
    async with (
        key_server() as keys,
        receiver() as slow,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        slow.hold = held  # every request to it waits until the end of the test
        hanging = await create_endpoint(admin, slow.url, [CITY_TYPE])
        # thirty events for the hanging endpoint only, queued first (so they are due first) ...
        await consume(app, *[city_registered(f"early-{i}") for i in range(30)])
        await create_endpoint(admin, partner.url, [CITY_TYPE])
        # ... then one more, for both
        await consume(app, city_registered("late"))
        worker = DeliveryWorker(app)
        worker.concurrency = 8  # fewer slots than the hanging endpoint has deliveries
        try:
            first = await worker.run_pass()
            await asyncio.wait_for(partner.arrived.wait(), 10)
            # the hanging endpoint got its bound (4), not the worker's 8 slots; the late event went
            # to the partner in the same pass
            assert first == 5
            assert len(slow.received) == 4 and worker._sending[hanging["id"]] == 4
            assert len(partner.received) == 1 and '"late"' in partner.received[0].body
            # while it is at its bound, further passes claim none of its deliveries
            assert await worker.run_pass() == 0
            assert len(slow.received) == 4
        finally:
            held.set()
            await worker.drain()
            await worker.aclose()
