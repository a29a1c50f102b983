"""Region profiles come from value_chains' innovation strategies, and regions' interest in each other (also from
value_chains) raises the scores of the regional round."""

import asyncio
import contextlib
import dataclasses

from services.pairing import repository
from services.pairing.handlers import PROFILES
from services.pairing.models import Candidate, RegionInterest, kit
from shared.consumer import Consumer, ConsumerRunner
from shared.contracts.value_chains import (
    InnovationStrategyPublished,
    InnovationStrategyUpdated,
    RegionInterestExpressed,
    StrategyPriorityOutline,
    StrategyRegion,
)
from shared.events import CloudEvent
from shared.nats import connect, ensure_streams
from tests.integration.pairing.pairingsupport import NOW, pairing_app
from tests.support.service_app import caller

SIDES = {"ES": "eu", "GR": "eu", "MX": "lac", "CO": "lac"}


def strategy(region_id: str, name: str, cc: str, *ecosystems: str, contract=InnovationStrategyPublished):
    """A strategy event of value_chains: one priority per ecosystem."""
    return contract(
        strategy_id=f"s-{region_id}",
        region=StrategyRegion(region_id=region_id, name=name, country_code=cc, side=SIDES[cc]),
        title=f"RIS3 {name}",
        period_start=2021,
        period_end=2027,
        priorities=[StrategyPriorityOutline(title=f"{e} innovation", ecosystem=e) for e in ecosystems],
    )


def interest(region_id: str, cc: str, partner_id: str, partner_cc: str) -> RegionInterestExpressed:
    return RegionInterestExpressed(
        interest_id=f"i-{region_id}-{partner_id}",
        region_id=region_id,
        region_name=region_id,
        country_code=cc,
        partner_region_id=partner_id,
        partner_region_name=partner_id,
        partner_country_code=partner_cc,
        ecosystems=["tourism"],
    )


def at(payload, time: str, subject: str = "r") -> CloudEvent:
    return dataclasses.replace(CloudEvent.new(payload, subject), time=time)


async def _publish(js, ce: CloudEvent, msg_id: str | None = None) -> None:
    headers = ce.headers() | ({"Nats-Msg-Id": msg_id} if msg_id else {})
    await js.publish(ce.nats_subject, ce.body(), headers=headers, stream="IUC")


async def _wait_for(runner: ConsumerRunner, handled: int, skipped: int = 0, timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while runner.handled < handled or runner.skipped < skipped:
        assert loop.time() < deadline, f"timed out: {runner.handled} handled, {runner.skipped} skipped"
        await asyncio.sleep(0.05)


async def _round(admin) -> dict:
    r = await admin.post("/v1/pairing/rounds", json={"call_id": "call-r", "solver": "optimal", "party_kind": "region"})
    assert r.status_code == 201, r.text
    return {(p["party_a"]["id"], p["party_b"]["id"]): p for p in r.json()["proposals"]}


async def _ranked(admin, region_id: str) -> dict:
    r = await admin.get("/v1/pairing/candidates", params={"region_id": region_id, "call_id": "call-r"})
    assert r.status_code == 200, r.text
    return {i["partner"]["id"]: i for i in r.json()["items"]}


async def test_strategies_make_region_profiles_and_interest_raises_the_regional_scores(database_url, own_nats_server):
    async with pairing_app(database_url) as app, caller(app) as admin:
        sessions = app.state.sessionmaker
        nc = await connect(own_nats_server.url, "pairing-regions-test")
        js = nc.jetstream()
        await ensure_streams(js)
        runner = ConsumerRunner(Consumer(durable="pairing-regions-test", handlers=PROFILES.handlers), sessions, kit.inbox, js)
        task = asyncio.create_task(runner.run())
        try:
            t1, t2, t0 = "2027-02-01T09:00:00Z", "2027-02-02T09:00:00Z", "2027-01-01T09:00:00Z"
            await _publish(js, at(strategy("ES61", "Andalucia", "ES", "agrifood", "tourism"), t1))
            await _publish(js, at(strategy("EL30", "Attiki", "GR", "tourism"), t1))
            await _publish(js, at(strategy("MX-JAL", "Jalisco", "MX", "agrifood", "digital"), t1))
            await _publish(js, at(strategy("CO-ANT", "Antioquia", "CO", "tourism", "digital"), t1))
            renamed = strategy("ES61", "Andalucía", "ES", "agrifood", "tourism", contract=InnovationStrategyUpdated)
            update = at(renamed, t2)
            await _publish(js, update)
            await _publish(js, at(strategy("ES61", "Old name", "ES", "mobility", contract=InnovationStrategyUpdated), t0))
            await _publish(js, update, msg_id="copy-" + update.id)  # a replayed copy: the inbox skips it
            await _wait_for(runner, handled=6, skipped=1)

            async with sessions() as s:
                es = await repository.get_profile(s, "ES61")
                assert (es.kind, es.name, es.world_region, es.country_code, es.source) == (
                    "region",
                    "Andalucía",  # the update, not the older event after it
                    "eu",
                    "ES",
                    "events",
                )
                assert es.themes == ["agrifood", "tourism"] and "agrifood innovation" in es.challenges
                assert "es" in es.languages  # a new profile takes its country's languages
                s.add_all(
                    Candidate(
                        id=f"call-r:{rid}",
                        call_id="call-r",
                        party_id=rid,
                        party_kind="region",
                        component="regional_innovation",
                        accepted_at=NOW,
                    )
                    for rid in ("ES61", "EL30", "MX-JAL", "CO-ANT")
                )
                await s.commit()
            r = await admin.get("/v1/pairing/region-profiles/MX-JAL")
            assert r.status_code == 200 and r.json()["source"] == "events"
            assert r.json()["world_region"] == "latin_america_caribbean"

            before = await _ranked(admin, "ES61")
            first = await _round(admin)
            assert all(p["breakdown"]["interest"] == 0 and p["breakdown"]["interest_bonus"] == 0 for p in first.values())

            # Andalucía asks for Antioquia (one-sided); Attiki and Jalisco ask for each other (mutual).
            await _publish(js, at(interest("ES61", "ES", "CO-ANT", "CO"), t2))
            await _publish(js, at(interest("EL30", "GR", "MX-JAL", "MX"), t2))
            await _publish(js, at(interest("MX-JAL", "MX", "EL30", "GR"), t2))
            await _wait_for(runner, handled=9, skipped=1)
            async with sessions() as s:
                assert await repository.interests_among(s, ["ES61", "EL30", "MX-JAL", "CO-ANT"]) == {
                    ("ES61", "CO-ANT"),
                    ("EL30", "MX-JAL"),
                    ("MX-JAL", "EL30"),
                }
                assert (await s.get(RegionInterest, "i-ES61-CO-ANT")).ecosystems == ["tourism"]

            after = await _ranked(admin, "ES61")
            for partner, share, level in (("CO-ANT", 0.2, 0.5), ("MX-JAL", 0.0, 0.0)):
                old, new = before[partner]["breakdown"], after[partner]["breakdown"]
                assert new["interest"] == level
                assert abs(new["total"] - (old["total"] + (1 - old["total"]) * share)) < 1e-3
                assert abs(new["interest_bonus"] - (1 - old["total"]) * share) < 1e-3
            assert "Andalucía asked to be paired with Antioquia" in after["CO-ANT"]["explanation"]

            second = await _round(admin)
            assert set(second) == {("ES61", "CO-ANT"), ("EL30", "MX-JAL")}
            mutual = second[("EL30", "MX-JAL")]
            assert mutual["breakdown"]["interest"] == 1.0 and mutual["breakdown"]["interest_bonus"] > 0
            assert "Attiki and Jalisco asked to be paired with each other" in mutual["explanation"]
            assert second[("ES61", "CO-ANT")]["breakdown"]["interest"] == 0.5
            assert set(first) != set(second)  # without the interest the round paired otherwise
        finally:
            runner.stop()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await nc.close()
