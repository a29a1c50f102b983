"""Completed pilot projects and pairings become drafts, once per source, through a real consumer on NATS."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from services.knowledge import service
from services.knowledge.handlers import CONSUMERS
from services.knowledge.harvest import draft_from_action
from services.knowledge.models import Practice, kit
from shared.consumer import ConsumerRunner
from shared.contracts.action_plans import ActionCompleted, ActionResult, PlanRef
from shared.contracts.pairing import ActivitySummary, PairingCompleted, PairingParty
from shared.events import CloudEvent
from shared.nats import connect, ensure_streams
from tests.integration.knowledge.knowledgesupport import NOW, knowledge_app
from tests.support.service_app import FixedClock, caller


def action_completed(action_id: str, kind: str = "pilot_project") -> ActionCompleted:
    return ActionCompleted(
        action_id=action_id,
        plan=PlanRef(plan_id="plan-7", kind="local_action_plan", city_id="city-med", pairing_id="pair-3"),
        title="Solar rooftops on public schools",
        kind=kind,
        description="Forty schools got solar panels, financed by a municipal green bond.",
        theme="Energy",
        sector="Education buildings",
        country_code="co",
        starts_on=date(2025, 1, 1),
        ends_on=date(2026, 12, 31),
        budget_amount=1_200_000,
        budget_currency="eur",
        expected_impact="1200 tCO2-eq/yr",
        results=[ActionResult(indicator_id="i1", name="Solar capacity", unit="kWp", baseline=0, latest=2400, goal=2000)],
        outcomes="All forty schools connected.",
        completed_at=datetime(2027, 1, 15, tzinfo=UTC),
    )


def pairing_completed(pairing_id: str) -> PairingCompleted:
    party = {"kind": "city", "world_region": "eu"}
    return PairingCompleted(
        pairing_id=pairing_id,
        call_id="call-1",
        party_a=PairingParty(**party, id="city-por", name="Porto", country_code="PT"),
        party_b=PairingParty(kind="city", id="city-qui", name="Quito", country_code="EC", world_region="latin_america_caribbean"),
        confirmed_at=datetime(2025, 3, 1, tzinfo=UTC),
        completed_at=datetime(2026, 10, 1, tzinfo=UTC),
        activities=[
            ActivitySummary(
                activity_id="a1",
                kind="study_tour",
                title="Tram depots",
                host_party_id="city-qui",
                starts_on=date(2025, 5, 2),
                ends_on=date(2025, 5, 6),
                participants=12,
                outcomes="Depot design notes",
            )
        ],
        total_participants=12,
        summary="1 activities (1 study tour), 12 participants.",
    )


async def test_each_source_yields_one_draft_whatever_the_deliveries(database_url, own_nats_server):
    async with knowledge_app(database_url) as app:
        nc = await connect(own_nats_server.url, "knowledge-test")
        js = nc.jetstream()
        await ensure_streams(js)
        [consumer] = CONSUMERS
        runner = ConsumerRunner(consumer, app.state.sessionmaker, kit.inbox, js, clock=FixedClock(NOW))
        task = asyncio.create_task(runner.run())
        try:
            pilot = CloudEvent.new(action_completed("act-1"), subject="actions/act-1")
            replayed = CloudEvent.new(action_completed("act-1"), subject="actions/act-1")  # the same action, a new event id
            policy = CloudEvent.new(action_completed("act-2", kind="policy"), subject="actions/act-2")
            pairing = CloudEvent.new(pairing_completed("pair-9"), subject="pairings/pair-9")
            sends = [(pilot, pilot.id), (pilot, "again"), (replayed, replayed.id), (policy, policy.id)]
            sends += [(pairing, pairing.id), (pairing, "pairing-again")]
            for ce, msg_id in sends:
                await js.publish(ce.nats_subject, ce.body(), headers=ce.headers() | {"Nats-Msg-Id": msg_id})
            deadline = asyncio.get_running_loop().time() + 20
            while runner.handled + runner.skipped < len(sends):
                assert asyncio.get_running_loop().time() < deadline, (runner.handled, runner.skipped)
                await asyncio.sleep(0.05)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await nc.close()

        async with app.state.sessionmaker() as session:
            rows = (await session.scalars(select(Practice).order_by(Practice.kind))).all()
        assert [(p.kind, p.harvest_key) for p in rows] == [
            ("good_practice", "action_plans/action/act-1"),
            ("lessons_learnt", "pairing/pairing/pair-9"),
        ]

        async with caller(app) as admin, caller(app, "city", city_id="city-qui") as quito, caller(app, "partner") as partner:
            r = await admin.get("/v1/knowledge/practices", params={"action_id": "act-1"})
            [good] = r.json()["items"]
            assert good["state"] == "draft" and good["provenance"]["origin"] == "event"
            assert good["provenance"]["event_id"] == pilot.id and good["provenance"]["event_type"] == ActionCompleted.event_type()
            assert good["provenance"]["harvested_from"] == "action_plans/action/act-1"
            assert (good["plan_id"], good["pairing_id"], good["year"]) == ("plan-7", "pair-3", 2027)
            assert good["themes"] == ["energy"] and good["sectors"] == ["education_buildings"]
            assert good["locations"] == [
                {
                    "name": "Colombia",
                    "city_id": "city-med",
                    "country_code": "CO",
                    "region_code": None,
                    "world_region": "latin_america_caribbean",
                }
            ]
            assert "Solar capacity: 0 -> 2400 kWp (goal 2000 kWp)" in good["results"] and "forty schools" in good["results"]
            assert (good["budget_amount"], good["budget_currency"]) == (1_200_000, "EUR")

            [lesson] = (await quito.get("/v1/knowledge/practices", params={"pairing_id": "pair-9"})).json()["items"]
            assert lesson["kind"] == "lessons_learnt" and lesson["title"] == "Lessons learnt: Porto and Quito"
            assert [loc["city_id"] for loc in lesson["locations"]] == ["city-por", "city-qui"]
            assert "Tram depots: Depot design notes" in lesson["results"]
            assert (await partner.get(f"/v1/knowledge/practices/{lesson['id']}")).status_code == 404
            stats = (await admin.get("/v1/knowledge/stats")).json()
            assert stats["harvested_drafts"] == 2 and stats["practices_by_kind"] == {"good_practice": 1, "lessons_learnt": 1}


async def test_the_database_itself_refuses_a_second_draft_of_one_source(database_url):
    async with knowledge_app(database_url) as app:
        draft = draft_from_action(action_completed("act-race"))
        first = CloudEvent.new(action_completed("act-race"), subject="actions/act-race")
        async with app.state.sessionmaker() as session, session.begin():
            assert await service.harvest(session, draft, first, NOW) is not None
        second = CloudEvent.new(action_completed("act-race"), subject="actions/act-race")
        async with app.state.sessionmaker() as session, session.begin():
            assert await service.harvest(session, draft, second, NOW) is None
        # What a replica that lost the race meets: the unique key, so its retry finds the draft.
        with pytest.raises(IntegrityError):
            async with app.state.sessionmaker() as session, session.begin():
                session.add(
                    Practice(
                        kind="good_practice",
                        title="Twin",
                        harvest_key=draft.harvest_key,
                        created_by="x",
                        created_by_role="system",
                    )
                )
        async with app.state.sessionmaker() as session:
            assert await session.scalar(select(func.count()).select_from(Practice)) == 1
