"""Matchmaking on a real database: offers meet requests across the Atlantic only, each pair once,
interest runs both ways, an agreement follows mutual interest, and expired opportunities are refused."""

from datetime import timedelta

from services.value_chains.models import Agreement, Match
from tests.integration.value_chains.value_chainssupport import (
    NOW,
    create,
    day,
    opportunity,
    organisation,
    published,
    row_count,
    value_chains_app,
)
from tests.support.service_app import caller, outbox_types

BATTERY = ["battery storage", "solar mini-grids"]


async def _parties(admin):
    eu = await create(admin, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], BATTERY))
    eu_peer = await create(admin, "/v1/organisations", organisation("Lisboa Storage", "PT1A0", ["27.20"], BATTERY))
    co = await create(admin, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["35.11"], BATTERY))
    return eu, eu_peer, co


async def test_an_offer_meets_requests_across_the_atlantic_once_and_with_an_explanation(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        eu, eu_peer, co = await _parties(admin)
        # Same side, and a kind the offer does not answer: neither is matched.
        await published(admin, opportunity("technology_request", eu_peer["id"], BATTERY, ["27.20"]))
        await published(admin, opportunity("business_request", co["id"], BATTERY, ["27.20"]))
        request = await published(
            admin,
            opportunity(
                "rd_request", co["id"], [*BATTERY, "rural"], ["35.11"], target_region_ids=["ES"], ecosystem="energy_renewables"
            ),
        )
        offer = await published(
            admin,
            opportunity(
                "technology_offer", eu["id"], BATTERY, ["27.20"], target_region_ids=["CO"], ecosystem="energy_renewables"
            ),
        )
        r = await admin.get("/v1/matches", params={"organisation_id": eu["id"]})
        [m] = r.json()["items"]
        assert (m["offer_id"], m["request_id"], m["kind"]) == (offer["id"], request["id"], "opportunity")
        assert set(m["breakdown"]) == {"keywords", "nace", "regions", "ecosystem", "priorities", "total"}
        assert m["breakdown"]["regions"] == 1.0 and m["breakdown"]["nace"] == 0.0
        assert m["explanation"].startswith("The technology offer") and m["explanation"].endswith(".")
        assert "battery storage" in m["explanation"] and "Energy-renewables" in m["explanation"]

        r = await admin.post(f"/v1/opportunities/{offer['id']}:match")
        assert r.status_code == 200 and r.json()["proposed"] == []
        r = await admin.post(f"/v1/opportunities/{request['id']}:match")
        assert r.json()["proposed"] == [] and r.json()["considered"] == 1
        assert await row_count(app, Match) == 1
        assert (await outbox_types(app, short=True)).count("match.proposed") == 1


async def test_interest_both_ways_then_one_agreement(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        eu, eu_peer, co = await _parties(admin)
        await published(admin, opportunity("business_offer", eu["id"], BATTERY, ["27.20"]))
        await published(admin, opportunity("business_request", co["id"], BATTERY, ["27.20"]))
        [m] = (await admin.get("/v1/matches")).json()["items"]
        url = f"/v1/matches/{m['id']}:expressInterest"
        r = await admin.post(url, json={"organisation_id": eu_peer["id"]})
        assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "party_of_match"
        assert (await admin.post(url, json={"organisation_id": eu["id"]})).status_code == 201
        assert (await admin.post(url, json={"organisation_id": eu["id"]})).status_code == 409
        r = await admin.post("/v1/agreements", json={"match_id": m["id"], "kind": "commercial", "title": "Distribution"})
        assert r.status_code == 422 and [e["rule"] for e in r.json()["errors"]] == ["mutual_interest"]
        r = await admin.post(url, json={"organisation_id": co["id"]}, headers={"If-Match": '"1"'})
        assert r.status_code == 412
        assert (await admin.post(url, json={"organisation_id": co["id"]})).status_code == 201
        future = (day(2)).isoformat()
        body = {"match_id": m["id"], "kind": "commercial", "title": "Distribution"}
        r = await admin.post("/v1/agreements", json=body | {"signed_on": future})
        assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "signed_not_future"
        r = await admin.post("/v1/agreements", json=body)
        assert r.status_code == 201, r.text
        assert r.json()["signed_on"] == NOW.date().isoformat()
        assert (await admin.post("/v1/agreements", json=body)).status_code == 409
        assert (await admin.post("/v1/agreements", json=body | {"kind": "barter"})).status_code == 422
        assert await row_count(app, Agreement) == 1
        types = await outbox_types(app, short=True)
        assert [t for t in types if t in ("interest.expressed", "agreement.signed")] == [
            "interest.expressed",
            "interest.expressed",
            "agreement.signed",
        ]
        r = await admin.get("/v1/agreements", params={"match_id": m["id"]})
        assert [a["kind"] for a in r.json()["items"]] == ["commercial"]


async def test_an_expired_opportunity_offered_for_matching_is_422_and_not_matched(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        eu, _, co = await _parties(admin)
        offer = await published(
            admin,
            opportunity("technology_offer", eu["id"], BATTERY, ["27.20"], expires_on=day(5).isoformat()),
        )
        app.state.clock.at = NOW + timedelta(days=6)
        assert (await admin.get(f"/v1/opportunities/{offer['id']}")).json()["status"] == "expired"
        r = await admin.post(f"/v1/opportunities/{offer['id']}:match")
        assert r.status_code == 422 and [e["rule"] for e in r.json()["errors"]] == ["not_expired"]
        # The expired offer is not a candidate either when a request is published later.
        await published(admin, opportunity("technology_request", co["id"], BATTERY, ["27.20"]))
        assert await row_count(app, Match) == 0
        r = await admin.get("/v1/opportunities", params={"status": "expired"})
        assert [o["id"] for o in r.json()["items"]] == [offer["id"]]
