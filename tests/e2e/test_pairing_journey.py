"""From 24 accepted applications to confirmed pairings, through the gateway, learned from events alone."""

import asyncio
import time
from datetime import date

from tests.support.journey import draft_application, open_call, poll, register_city, review_and_accept, submit, unique
from tests.support.platform import client, create_key
from tests.support.streams import wait_for_events

EU = ["FR", "DE", "ES", "IT", "PT", "NL", "BE", "AT", "PL", "SE", "FI", "IE"]
WORLD = ["CO", "MX", "BR", "PE", "CL", "AR", "JP", "IN", "KR", "US", "CA", "EC"]
THEMES = [["climate", "mobility"], ["climate"], ["mobility", "circular_economy"], ["circular_economy"]]


async def _apply_and_accept(admin, reviewer, call_id: str, k: int, country: str) -> dict:
    city = await register_city(
        admin,
        name=unique(f"City {country}"),
        country_code=country,
        population=150_000 + 90_000 * k,
        themes=THEMES[k % 4],
        sdgs=[11, 13] if k % 2 else [11, 7],
        challenges=["Heat islands and flooding", "Traffic congestion and air quality", "Waste and recycling"][k % 3],
    )
    application = await draft_application(admin, call_id, city["id"], themes=THEMES[k % 4][:1])
    assert (await submit(admin, application["id"])).status_code == 200
    await review_and_accept(reviewer, admin, application["id"])
    return city


async def _wait_for_profiles(admin, call_id: str, expected: int, timeout: float = 30.0) -> list[dict]:
    deadline = time.monotonic() + timeout
    while True:
        r = await admin.get("/v1/pairing/city-profiles", params={"call_id": call_id, "page_size": 100})
        assert r.status_code == 200, r.text
        items = r.json()["items"]
        if len(items) >= expected or time.monotonic() > deadline:
            return items
        await asyncio.sleep(0.3)


async def test_pairing_journey_optimal_round_confirm_decline_and_re_match(stack, admin, reviewer, open_call_body):
    call = await open_call(admin, open_call_body)
    eu = [await _apply_and_accept(admin, reviewer, call["id"], k, c) for k, c in enumerate(EU)]
    world = [await _apply_and_accept(admin, reviewer, call["id"], k, c) for k, c in enumerate(WORLD)]
    eu_ids, world_ids = {c["id"] for c in eu}, {c["id"] for c in world}

    profiles = await _wait_for_profiles(admin, call["id"], 24)
    assert {p["id"] for p in profiles} == eu_ids | world_ids  # learned from application.accepted events alone

    r = await admin.post("/v1/pairing/rounds", json={"call_id": call["id"], "solver": "optimal"})
    assert r.status_code == 201, r.text
    first = r.json()
    proposals = first["proposals"]
    assert len(proposals) == 12
    assert sorted(p["party_a"]["id"] for p in proposals) == sorted(eu_ids)
    assert sorted(p["party_b"]["id"] for p in proposals) == sorted(world_ids)
    assert all(p["party_b"]["world_region"] != "eu" and p["explanation"] for p in proposals)
    assert first["report"]["share_matched_by_region"]["eu"] == {"parties": 12, "matched": 12, "share": 1.0}

    kept, declined = proposals[0], proposals[1]
    async with (
        client(stack, create_key(stack, "city", city_id=kept["party_a"]["id"])) as a,
        client(stack, create_key(stack, "city", city_id=kept["party_b"]["id"])) as b,
    ):
        assert (await a.post(f"/v1/pairing/pairings/{kept['id']}:accept")).json()["state"] == "accepted_by_one"
        assert (await a.post(f"/v1/pairing/pairings/{declined['id']}:accept")).status_code == 403
        r = await b.post(f"/v1/pairing/pairings/{kept['id']}:accept")
        assert r.status_code == 200 and r.json()["state"] == "confirmed"
    async with client(stack, create_key(stack, "city", city_id=declined["party_b"]["id"])) as c:
        r = await c.post(
            f"/v1/pairing/pairings/{declined['id']}:decline", json={"reason": "Our council prefers another partner."}
        )
        assert r.status_code == 200 and r.json()["state"] == "declined"

    r = await admin.post("/v1/pairing/rounds", json={"call_id": call["id"], "solver": "optimal"})
    assert r.status_code == 201, r.text
    second = r.json()
    again = {(p["party_a"]["id"], p["party_b"]["id"]) for p in second["proposals"]}
    assert len(again) == 11 and second["report"]["kept_pairs"] == 1
    assert (kept["party_a"]["id"], kept["party_b"]["id"]) not in again  # locked, not proposed again
    assert (declined["party_a"]["id"], declined["party_b"]["id"]) not in again  # forbidden after the decline
    assert kept["party_a"]["id"] not in {a for a, _ in again}
    assert (await admin.get(f"/v1/pairing/pairings/{kept['id']}")).json()["state"] == "confirmed"
    assert (await admin.get(f"/v1/pairing/rounds/{first['id']}")).json()["report"] == first["report"]

    url = stack.nats.url
    confirmed = await wait_for_events(url, "iuc.pairing.pairing.confirmed", lambda e: e.subject == kept["id"], expected=1)
    assert len(confirmed) == 1
    data = confirmed[0].data
    assert data["party_a"] == kept["party_a"] | {"kind": "city"} and data["party_b"]["country_code"] in WORLD
    assert data["call_id"] == call["id"] and data["confirmed_at"] and data["earliest_completion_on"]
    declines = await wait_for_events(url, "iuc.pairing.pairing.declined", lambda e: e.subject == declined["id"], expected=1)
    assert declines[0].data["declined_by"] == declined["party_b"]["id"]
    rounds = await wait_for_events(url, "iuc.pairing.round.completed", lambda e: e.data["call_id"] == call["id"], expected=2)
    assert [e.data["proposals"] for e in rounds] == [12, 11]
    proposed = await wait_for_events(url, "iuc.pairing.pairing.proposed", lambda e: e.data["call_id"] == call["id"], expected=23)
    assert len(proposed) == 23


def _two_years_on(day: date) -> date:
    """The same day 24 months later (29 February gives the 28th)."""
    try:
        return day.replace(year=day.year + 2)
    except ValueError:
        return day.replace(year=day.year + 2, day=28)


async def test_a_24_month_call_shows_24_in_pairing_and_the_plan_period(stack, admin, reviewer, open_call_body):
    r = await admin.post("/v1/calls", json=open_call_body | {"min_cooperation_months": 12})
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
    assert [e["rule"] for e in r.json()["errors"]] == ["min_cooperation_months"]

    call = await open_call(admin, open_call_body | {"min_cooperation_months": 24})
    assert call["min_cooperation_months"] == 24
    cities = []
    for country, name in (("FR", "Annecy"), ("CO", "Pereira")):
        city = await register_city(admin, name=unique(name), country_code=country, population=400_000)
        application = await draft_application(admin, call["id"], city["id"], planned_cooperation_months=24)
        assert (await submit(admin, application["id"])).status_code == 200
        await review_and_accept(reviewer, admin, application["id"])
        cities.append(city)
    assert len(await _wait_for_profiles(admin, call["id"], 2)) == 2

    # The call's months came with its accepted applications (application.accepted v2).
    r = await admin.get(f"/v1/pairing/calls/{call['id']}/settings")
    assert r.status_code == 200, r.text
    assert r.json()["min_cooperation_months"] == 24 and r.json()["is_default"]

    r = await admin.post("/v1/pairing/rounds", json={"call_id": call["id"], "solver": "optimal"})
    assert r.status_code == 201, r.text
    [proposal] = r.json()["proposals"]
    for city in cities:
        async with client(stack, create_key(stack, "city", city_id=city["id"])) as c:
            r = await c.post(f"/v1/pairing/pairings/{proposal['id']}:accept")
            assert r.status_code == 200, r.text
    assert r.json()["state"] == "confirmed"

    [confirmed] = await wait_for_events(
        stack.nats.url, "iuc.pairing.pairing.confirmed", lambda e: e.subject == proposal["id"], expected=1
    )
    start = date.fromisoformat(confirmed.data["confirmed_at"][:10])
    end = _two_years_on(start)
    assert confirmed.data["earliest_completion_on"] == end.isoformat()
    async with client(stack, create_key(stack, "city", city_id=cities[0]["id"])) as c:
        r = await c.post(f"/v1/pairing/pairings/{proposal['id']}:complete", json={})
        assert r.status_code == 409 and end.isoformat() in r.json()["detail"] and "24 months" in r.json()["detail"]

    async def plans():
        return (await admin.get("/v1/action-plans", params={"pairing_id": proposal["id"]})).json()["items"]

    drafts = await poll(plans, lambda items: len(items) >= 2)
    assert sorted(p["city_id"] for p in drafts) == sorted(c["id"] for c in cities)
    assert {(p["period_start"], p["period_end"]) for p in drafts} == {(start.isoformat(), end.isoformat())}
