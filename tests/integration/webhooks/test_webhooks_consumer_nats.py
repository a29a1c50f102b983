"""From JetStream to a receiver: the durable consumer queues the delivery and its commit wakes the worker."""

from __future__ import annotations

import asyncio
import contextlib

from standardwebhooks import Webhook

from services.webhooks.handlers import CONSUMERS
from services.webhooks.models import kit
from services.webhooks.service import DELIVERY_JOB
from shared.consumer import ConsumerRunner
from shared.events import CloudEvent
from shared.nats import connect, ensure_streams
from tests.integration.webhooks.webhookssupport import city_registered, create_endpoint, delivering_app, key_server, receiver
from tests.support.service_app import caller

CITY_TYPE = "iuc.applications.city.registered.v1"


async def test_an_event_on_the_stream_reaches_the_receiver(database_url, own_nats_server):
    async with (
        key_server() as keys,
        receiver() as partner,
        delivering_app(database_url, keys) as app,
        caller(app, "admin") as admin,
    ):
        made = await create_endpoint(admin, partner.url, [CITY_TYPE])
        nc = await connect(own_nats_server.url, "webhooks-test")
        js = nc.jetstream()
        await ensure_streams(js)
        [consumer] = CONSUMERS
        assert CITY_TYPE in consumer.event_types and "iuc.webhooks.endpoint.disabled.v1" in consumer.event_types
        runner = ConsumerRunner(consumer, app.state.sessionmaker, kit.inbox, js, clock=app.state.clock, state=app.state)
        # The job's runner as the service runs it; its clock stands still, so only a wake-up makes it run again.
        tasks = [asyncio.create_task(runner.run()), asyncio.create_task(app.state.jobs[DELIVERY_JOB].run_forever())]
        try:
            event = CloudEvent.new(city_registered("city-sev"), subject="cities/city-sev")
            for n in range(2):  # sent twice: the inbox drops the repeat
                await js.publish(event.nats_subject, event.body(), headers=event.headers() | {"Nats-Msg-Id": f"{event.id}-{n}"})
            deadline = asyncio.get_running_loop().time() + 20
            while runner.handled + runner.skipped < 2 or not partner.received:
                assert asyncio.get_running_loop().time() < deadline, (runner.handled, runner.skipped, partner.received)
                await asyncio.sleep(0.05)
        finally:
            for t in tasks:
                t.cancel()
            for t in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await t
            await nc.close()
        [got] = partner.received
        assert got.headers["webhook-id"] == event.id
        assert Webhook(made["secret"]).verify(got.body, got.headers)["data"] == event.data
