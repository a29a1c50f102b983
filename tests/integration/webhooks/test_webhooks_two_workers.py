"""Two webhooks processes on one database never send one delivery twice."""

from __future__ import annotations

import asyncio
from collections import Counter

from sqlalchemy import func, select

from services.webhooks.delivery.worker import DeliveryWorker
from services.webhooks.models import Delivery
from tests.integration.webhooks.webhookssupport import (
    city_registered,
    consume,
    create_endpoint,
    deliver,
    delivering_app,
    key_server,
    receiver,
)
from tests.support.service_app import caller

CITY_TYPE = "iuc.applications.city.registered.v1"


async def _pending(app) -> int:
    async with app.state.sessionmaker() as session:
        return await session.scalar(select(func.count()).where(Delivery.state != "succeeded"))


async def test_two_processes_share_the_deliveries_without_repeats(database_url):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as one,
        delivering_app(database_url, keys) as two,
        caller(one, "admin") as admin,
    ):
        for n in range(2):
            await create_endpoint(admin, f"{partner.url}?endpoint={n}", [CITY_TYPE])
        await consume(one, *[city_registered(f"city-{i}") for i in range(200)])
        a, b = DeliveryWorker(one), DeliveryWorker(two)
        assert a.id != b.id
        sent = Counter()
        try:
            async with asyncio.timeout(120):
                while await _pending(one):
                    n, m = await asyncio.gather(deliver(one, worker=a), deliver(two, worker=b))
                    sent.update({"one": n, "two": m})
        finally:
            await a.aclose()
            await b.aclose()
        received = Counter((r.headers["webhook-id"], r.query) for r in partner.received)
        assert len(partner.received) == 400
        assert len(received) == 400 and set(received.values()) == {1}, "each event reached each endpoint once"
        assert sent["one"] + sent["two"] == 400
        assert sent["one"] > 0 and sent["two"] > 0, "both processes took a share"
