"""A read model rebuilt from the stream equals the live one: the live durable consumer and the
rebuild's own consumer apply the same events through the same handler, on real NATS and databases."""

from __future__ import annotations

import asyncio
import contextlib

from services.insights import repository
from services.insights.handlers import CONSUMERS
from services.insights.models import kit
from services.insights.rebuild import rebuild
from shared.consumer import ConsumerRunner
from shared.nats import connect, ensure_streams
from tests.integration.insights.insightssupport import insights_app, programme
from tests.support.databases import new_database_url


async def snapshot(app) -> dict:
    async with app.state.sessionmaker() as session:
        return await repository.snapshot(session)


async def test_a_rebuilt_read_model_equals_the_live_one(database_url, own_nats_server, tmp_path):
    events = programme()
    nc = await connect(own_nats_server.url, "insights-test")
    js = nc.jetstream()
    await ensure_streams(js)
    try:
        for e in events:
            await js.publish(e.nats_subject, e.body(), headers=e.headers() | {"Nats-Msg-Id": e.id})
        # A repeat under another message id: JetStream keeps it, the inbox drops it.
        first = events[3]
        await js.publish(first.nats_subject, first.body(), headers=first.headers() | {"Nats-Msg-Id": first.id + "-again"})
        async with insights_app(database_url) as app:
            [consumer] = CONSUMERS
            runner = ConsumerRunner(consumer, app.state.sessionmaker, kit.inbox, js, clock=app.state.clock, state=app.state)
            task = asyncio.create_task(runner.run())
            try:
                deadline = asyncio.get_running_loop().time() + 30
                while runner.handled + runner.skipped < len(events) + 1:
                    assert asyncio.get_running_loop().time() < deadline, (runner.handled, runner.skipped)
                    await asyncio.sleep(0.05)
            finally:
                runner.stop()
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            assert (runner.handled, runner.skipped) == (len(events), 1)
            live = await snapshot(app)
            assert live["progress"][0][1] == len(events)

            other = new_database_url("rebuilt", tmp_path)
            done = await rebuild(other, own_nats_server.url)
            assert (done.applied, done.duplicates) == (len(events), 1)
            assert done.last_sequence == len(events) + 1
            async with insights_app(other) as rebuilt:
                assert await snapshot(rebuilt) == live

            # In place: the live database is emptied and rebuilt to the same rows, its inbox kept for the live durable.
            again = await rebuild(database_url, own_nats_server.url)
            assert again.emptied["daily_values"] == len(live["daily_values"])
            assert await snapshot(app) == live
            async with app.state.sessionmaker() as session:
                consumers = set((await session.execute(kit.inbox.select())).scalars())
            assert consumers == {"insights"}
        # A replay stops at its last sequence: what came later is left for the live consumer.
        partial = new_database_url("partial", tmp_path)
        cut = await rebuild(partial, own_nats_server.url, up_to=5)
        assert (cut.last_sequence, cut.applied, sum(cut.by_type.values())) == (5, 5, 5)
        async with insights_app(partial) as early:
            assert (await snapshot(early))["progress"][0][1] == 5
        names = [c.name for c in await js.consumers_info("IUC")]
        assert names == ["insights"]  # the rebuild's own consumer is gone
    finally:
        await nc.close()
