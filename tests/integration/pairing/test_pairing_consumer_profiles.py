"""The consumer builds the pairing service's own city profiles and candidates from published events."""

import asyncio
import contextlib
import dataclasses

from services.pairing import repository
from services.pairing.handlers import PROFILES
from services.pairing.models import Candidate, kit
from shared.consumer import Consumer, ConsumerRunner
from shared.contracts.applications import CityRegistered, CityUpdated
from shared.db import make_engine, make_sessionmaker
from shared.events import CloudEvent
from shared.nats import connect, ensure_streams
from tests.integration.pairing.pairingsupport import accepted, profile
from tests.support.databases import migrate


async def _publish(js, ce: CloudEvent, msg_id: str | None = None) -> None:
    headers = ce.headers() | ({"Nats-Msg-Id": msg_id} if msg_id else {})
    await js.publish(ce.nats_subject, ce.body(), headers=headers, stream="IUC")


async def _wait(predicate, timeout: float = 15.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not (result := await predicate()):
        assert loop.time() < deadline, "timed out waiting for the consumer"
        await asyncio.sleep(0.05)
    return result


async def test_profiles_and_candidates_come_from_events_alone(database_url, own_nats_server):
    migrate("pairing", database_url)
    engine = make_engine(database_url)
    sessions = make_sessionmaker(engine)
    nc = await connect(own_nats_server.url, "pairing-consumer-test")
    js = nc.jetstream()
    await ensure_streams(js)
    runner = ConsumerRunner(Consumer(durable="pairing-profiles-test", handlers=PROFILES.handlers), sessions, kit.inbox, js)
    task = asyncio.create_task(runner.run())
    try:
        medellin = profile("Medellín", "CO", 2_500_000, themes=("mobility",), challenges="Hillside settlements")
        lisboa = profile("Lisboa", "PT", 545_000)
        # The acceptance may arrive before the city's registration: its event carries the profile.
        await _publish(js, CloudEvent.new(accepted("call-e", medellin, themes=("climate",), months=24), medellin.city_id))
        await _publish(js, CloudEvent.new(CityRegistered(city=medellin), medellin.city_id))
        await _publish(js, CloudEvent.new(CityRegistered(city=lisboa), lisboa.city_id))
        covenant = accepted("call-cov", lisboa).model_copy(update={"component": "covenant"})
        await _publish(js, CloudEvent.new(covenant, lisboa.city_id))  # not a pairing call: no candidate
        # A v1 acceptance (the stream still holds them) is handled too; it names no minimum cooperation.
        await _publish(js, CloudEvent.new(accepted("call-v1", lisboa, months=None), lisboa.city_id))
        renamed = lisboa.model_copy(update={"name": "Lisbon", "population": 550_000})
        update = CloudEvent.new(CityUpdated(city=renamed, changed=["name", "population"]), lisboa.city_id)
        await _publish(js, update)
        stale = CloudEvent.new(CityUpdated(city=lisboa.model_copy(update={"name": "Olisipo"}), changed=["name"]), lisboa.city_id)
        await _publish(js, dataclasses.replace(stale, time="2000-01-01T00:00:00Z"))
        # A second copy (past JetStream's de-duplication, as after a replay) is skipped by the inbox.
        await _publish(js, update, msg_id="copy-" + update.id)

        await _wait(lambda: _handled(runner, 7))
        async with sessions() as s:
            m = await repository.get_profile(s, medellin.city_id)
            assert (m.kind, m.world_region, m.population, m.challenges) == (
                "city",
                "latin_america_caribbean",
                2_500_000,
                "Hillside settlements",
            )
            cand = (await repository.candidates_with_profiles(s, "call-e", "city"))[0][0]
            assert isinstance(cand, Candidate) and cand.party_id == medellin.city_id and cand.themes == ["climate"]
            lx = await repository.get_profile(s, lisboa.city_id)
            assert (lx.name, lx.population) == ("Lisbon", 550_000)  # the stale update changed nothing
            assert await repository.candidates_with_profiles(s, "call-cov", "city") == []
            assert [c.party_id for c, _ in await repository.candidates_with_profiles(s, "call-v1", "city")] == [lisboa.city_id]
            assert await repository.call_minimum_months(s, "call-e") == 24
            assert await repository.call_minimum_months(s, "call-v1") is None
        assert runner.skipped == 1
    finally:
        runner.stop()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await nc.close()
        await engine.dispose()


async def _handled(runner: ConsumerRunner, n: int) -> bool:
    return runner.handled >= n and runner.handled + runner.skipped >= n + 1
