"""The good-practice library through the gateway: a practice's journey to search, and drafts harvested from events."""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime

import nats

from shared.contracts.action_plans import ActionCompleted, PlanRef
from shared.contracts.pairing import PairingCompleted, PairingParty
from shared.events import CloudEvent
from tests.support.platform import client, create_key
from tests.support.streams import count_on_stream, wait_for_events


async def test_a_published_practice_is_announced_once_and_found_first_with_its_facets(stack, admin):
    word = "agrivoltaic" + uuid.uuid4().hex[:6]  # a word no other test writes
    city_id = f"city-{uuid.uuid4().hex[:8]}"
    body = {
        "title": f"Shaded {word} allotments",
        "summary": "Solar panels over community gardens.",
        "challenge": "Heat stress on urban farms.",
        "solution": f"{word} canopies shade the beds and feed the grid.",
        "results": "Yields up 15 %, 400 MWh a year.",
        "themes": ["energy", "climate"],
        "sdgs": [7, 13],
        "sectors": ["agriculture"],
        "locations": [{"name": "Montpellier", "city_id": city_id, "country_code": "FR"}],
        "year": 2026,
    }
    async with client(stack, create_key(stack, "city", city_id=city_id)) as city:
        r = await city.post("/v1/knowledge/practices", json=body)
        assert r.status_code == 201, r.text
        pid = r.json()["id"]
        assert (await city.post(f"/v1/knowledge/practices/{pid}:submit")).json()["state"] == "pending"
        assert (await city.post(f"/v1/knowledge/practices/{pid}:publish")).status_code == 403
    # A second practice that names the word only once, in passing.
    other = body | {
        "title": "Community gardens",
        "solution": f"Raised beds; {word} trials next year.",
        "locations": [{"name": "Lima", "country_code": "PE"}],
    }
    oid = (await admin.post("/v1/knowledge/practices", json=other)).json()["id"]
    assert (await admin.post(f"/v1/knowledge/practices/{oid}:submit")).status_code == 200
    for p in (pid, oid):
        r = await admin.post(f"/v1/knowledge/practices/{p}:publish")
        assert r.status_code == 200 and r.json()["state"] == "published", r.text

    r = await admin.get("/v1/knowledge/search", params={"q": word})
    assert r.status_code == 200, r.text
    found = r.json()
    assert [h["id"] for h in found["items"]] == [pid, oid] and found["total"] == 2
    assert word in found["items"][0]["snippet"].replace("<mark>", "").replace("</mark>", "").lower()
    facets = {f: {c["value"]: c["count"] for c in v} for f, v in found["facets"].items()}
    assert facets["sdg"] == {7: 2, 13: 2} and facets["region"] == {"eu": 1, "latin_america_caribbean": 1}
    assert facets["year"] == {2026: 2} and facets["theme"] == {"climate": 2, "energy": 2}
    r = await admin.get("/v1/knowledge/search", params={"q": word, "region": "eu"})
    assert [h["id"] for h in r.json()["items"]] == [pid]

    published = await wait_for_events(
        stack.nats.url, "iuc.knowledge.practice.published", lambda e: e.data["practice_id"] in (pid, oid), 2
    )
    assert sorted(e.data["practice_id"] for e in published) == sorted([pid, oid])
    mine = next(e for e in published if e.data["practice_id"] == pid)
    assert mine.subject == pid and mine.data["sdgs"] == [7, 13] and mine.data["locations"][0]["world_region"] == "eu"
    r = await admin.post(f"/v1/knowledge/practices/{pid}:publish")
    assert r.status_code == 409
    stats = (await admin.get("/v1/knowledge/stats")).json()
    assert stats["published_by_sdg"]["7"] >= 2


async def _drafts(admin, **params) -> list[dict]:
    r = await admin.get("/v1/knowledge/practices", params=params)
    assert r.status_code == 200, r.text
    return r.json()["items"]


async def test_completed_pilot_projects_and_pairings_become_one_draft_each(stack, admin):
    action_id, pairing_id, last_pairing = (f"{n}-{uuid.uuid4().hex[:8]}" for n in ("act", "pair", "last"))
    pilot = CloudEvent.new(
        ActionCompleted(
            action_id=action_id,
            plan=PlanRef(plan_id="plan-e2e", kind="local_action_plan", city_id="city-bog"),
            title="Electric bus pilot on the BRT",
            kind="pilot_project",
            description="Twenty electric buses ran a trunk line for a year.",
            theme="mobility",
            country_code="CO",
            completed_at=datetime.now(UTC),
        ),
        subject=f"actions/{action_id}",
    )
    replay = CloudEvent.new(ActionCompleted.model_validate(pilot.data), subject=pilot.subject)  # same action, new event id

    def pairing(pid: str) -> CloudEvent:
        return CloudEvent.new(
            PairingCompleted(
                pairing_id=pid,
                call_id="call-e2e",
                party_a=PairingParty(kind="city", id="city-gra", name="Granada", country_code="ES", world_region="eu"),
                party_b=PairingParty(
                    kind="city", id="city-cus", name="Cusco", country_code="PE", world_region="latin_america_caribbean"
                ),
                confirmed_at=datetime.now(UTC),
                completed_at=datetime.now(UTC),
                summary="Heritage and tourism flows.",
            ),
            subject=f"pairings/{pid}",
        )

    lessons = pairing(pairing_id)
    # Each event is sent with its producer's own NATS credentials: only they may publish its subject.
    plans_nc = await nats.connect(**stack.nats_credentials("action_plans"))
    pairing_nc = await nats.connect(**stack.nats_credentials("pairing"))
    try:
        producer = {"action_plans": plans_nc.jetstream(), "pairing": pairing_nc.jetstream()}
        # Each event twice as a producer that retried after losing the ack would send it (another
        # Nats-Msg-Id, so the stream keeps both), then a replay of the action under a new id,
        # and a last pairing that tells us the consumer got through the rest.
        for ce, msg_id in (
            (pilot, pilot.id),
            (pilot, pilot.id + "-retry"),
            (lessons, lessons.id),
            (lessons, lessons.id + "-retry"),
        ):
            js = producer[ce.nats_subject.split(".")[1]]
            await js.publish(ce.nats_subject, ce.body(), headers=ce.headers() | {"Nats-Msg-Id": msg_id})
        await producer["action_plans"].publish(replay.nats_subject, replay.body(), headers=replay.headers())
        last = pairing(last_pairing)
        await producer["pairing"].publish(last.nats_subject, last.body(), headers=last.headers())
    finally:
        await plans_nc.close()
        await pairing_nc.close()
    assert await count_on_stream(stack.nats.url, "iuc.action_plans.action.completed") >= 3

    deadline = time.monotonic() + 30
    while not await _drafts(admin, pairing_id=last_pairing):
        assert time.monotonic() < deadline, "the knowledge consumer did not harvest the pairing"
        await asyncio.sleep(0.3)
    [practice] = await _drafts(admin, action_id=action_id)
    assert practice["state"] == "draft" and practice["kind"] == "good_practice"
    assert practice["provenance"]["event_id"] == pilot.id and practice["provenance"]["harvested_from"].endswith(action_id)
    [lesson] = await _drafts(admin, pairing_id=pairing_id)
    assert lesson["kind"] == "lessons_learnt" and lesson["provenance"]["event_id"] == lessons.id
    assert [loc["name"] for loc in lesson["locations"]] == ["Granada", "Cusco"]
    async with client(stack, create_key(stack, "city", city_id="city-cus")) as cusco:
        [mine] = (await cusco.get("/v1/knowledge/practices", params={"pairing_id": pairing_id})).json()["items"]
        assert mine["id"] == lesson["id"]
