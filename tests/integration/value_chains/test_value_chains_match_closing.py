"""Matches on a real database: declined by either party with a reason, expired by the sweep after
N days without action, and neither ever proposed again; strategies' priorities raise the score."""

from datetime import timedelta

from services.value_chains.app import build_app
from services.value_chains.config import get_settings
from services.value_chains.models import Match
from tests.integration.value_chains.value_chainssupport import (
    NOW,
    create,
    opportunity,
    organisation,
    partner,
    published,
    row_count,
    value_chains_app,
)
from tests.support.service_app import caller, outbox_types

BATTERY = ["battery storage", "solar mini-grids"]


async def _match(admin, px, py, x, y, kinds=("business_offer", "business_request")) -> dict:
    await published(px, opportunity(kinds[0], x["id"], BATTERY, ["27.20"]), reviewer=admin)
    request = await published(py, opportunity(kinds[1], y["id"], BATTERY, ["27.20"]), reviewer=admin)
    [m] = (await admin.get("/v1/matches", params={"opportunity_id": request["id"]})).json()["items"]
    return m


async def test_either_party_declines_with_a_reason_and_the_pair_is_not_proposed_again(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        x = await create(admin, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], BATTERY))
        y = await create(admin, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["27.20"], BATTERY))
        z = await create(admin, "/v1/organisations", organisation("Solar Sur", "MX-SON", ["27.20"], BATTERY))
        async with partner(app, x["id"]) as px, partner(app, y["id"]) as py, partner(app, z["id"]) as pz:
            m = await _match(admin, px, py, x, y)
            url = f"/v1/matches/{m['id']}:decline"
            assert (await py.post(url, json={"organisation_id": y["id"]})).status_code == 422  # no reason
            r = await pz.post(url, json={"organisation_id": z["id"], "reason": "Not for us"})
            assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "party_of_match"
            r = await pz.post(url, json={"organisation_id": y["id"], "reason": "Not for us"})
            assert r.status_code == 403 and r.json()["code"] == "not_your_organisation"
            await py.post(f"/v1/matches/{m['id']}:expressInterest", json={"organisation_id": y["id"]})
            r = await px.post(
                url, json={"organisation_id": x["id"], "reason": "We license only in Europe."}, headers={"If-Match": '"1"'}
            )
            assert r.status_code == 412
            r = await px.post(url, json={"organisation_id": x["id"], "reason": "We license only in Europe."})
            assert r.status_code == 200, r.text
            declined = r.json()
            assert (declined["status"], declined["decline_reason"]) == ("declined", "We license only in Europe.")
            assert declined["declined_by_organisation_id"] == x["id"] and declined["closed_at"]
            # Y reads who declined only as anonymous: X never accepted Y's interest.
            assert (await py.get(f"/v1/matches/{m['id']}")).json()["declined_by_organisation_id"] is None

            for verb, body in (
                ("decline", {"organisation_id": y["id"], "reason": "Too"}),
                ("expressInterest", {"organisation_id": x["id"]}),
            ):
                r = (
                    await py.post(f"/v1/matches/{m['id']}:{verb}", json=body)
                    if verb == "decline"
                    else await px.post(f"/v1/matches/{m['id']}:{verb}", json=body)
                )
                assert r.status_code == 409 and [e["rule"] for e in r.json()["errors"]] == ["match_open"], r.text
            r = await admin.post("/v1/agreements", json={"match_id": m["id"], "kind": "licence", "title": "Late"})
            assert r.status_code == 409 and [e["rule"] for e in r.json()["errors"]] == ["match_open"]

            for opp_id in (m["offer_id"], m["request_id"]):
                r = await admin.post(f"/v1/opportunities/{opp_id}:match")
                assert r.status_code == 200 and r.json()["proposed"] == [] and r.json()["considered"] == 1
            assert await row_count(app, Match) == 1
        types = await outbox_types(app, short=True)
        assert types.count("match.declined") == 1 and types.count("match.proposed") == 1


async def test_the_sweep_expires_matches_nobody_acts_on_and_they_are_not_proposed_again(database_url):
    job = build_app().state.jobs["expire_matches"].job
    assert job.every == timedelta(seconds=get_settings().match_expiry_sweep_seconds)
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        x = await create(admin, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], BATTERY))
        y = await create(admin, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["27.20"], BATTERY))
        async with partner(app, x["id"]) as px, partner(app, y["id"]) as py:
            waiting = await _match(admin, px, py, x, y)
            talking = await _match(admin, px, py, x, y, ("technology_offer", "technology_request"))
            for party in (x, y):
                r = await admin.post(f"/v1/matches/{talking['id']}:expressInterest", json={"organisation_id": party["id"]})
                assert r.status_code == 201
            days = app.state.settings.match_expiry_days
            app.state.clock.at = NOW + timedelta(days=days - 1)
            await job.run(app)
            assert (await admin.get(f"/v1/matches/{waiting['id']}")).json()["status"] == "proposed"
            app.state.clock.at = NOW + timedelta(days=days)
            # Due but not yet swept: refused all the same.
            r = await py.post(f"/v1/matches/{waiting['id']}:expressInterest", json={"organisation_id": y["id"]})
            assert r.status_code == 409 and [e["rule"] for e in r.json()["errors"]] == ["match_open"]
            await job.run(app)
            await job.run(app)
            r = await admin.get(f"/v1/matches/{waiting['id']}")
            assert (r.json()["status"], r.headers["ETag"]) == ("expired", '"2"')
            assert (await admin.get(f"/v1/matches/{talking['id']}")).json()["status"] == "mutual_interest"
            assert (await outbox_types(app, short=True)).count("match.expired") == 1
            assert (await admin.get("/v1/matches", params={"status": "expired"})).json()["items"][0]["id"] == waiting["id"]
            r = await admin.post(f"/v1/opportunities/{waiting['offer_id']}:match")
            assert r.json()["proposed"] == [] and await row_count(app, Match) == 2


async def test_a_priority_of_the_regions_strategy_raises_the_score_and_is_explained(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        x = await create(admin, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], BATTERY))
        y = await create(admin, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["35.11"], BATTERY))
        strategy = {
            "region_id": "CO-ANT",
            "title": "Antioquia RIS3",
            "period_start": 2024,
            "period_end": 2030,
            "priorities": [{"title": "Clean electricity", "ecosystem": "energy_renewables", "nace_codes": ["35.1"]}],
        }
        await create(admin, "/v1/innovation-strategies", strategy)
        async with partner(app, x["id"]) as px, partner(app, y["id"]) as py:
            await published(px, opportunity("business_offer", x["id"], BATTERY, ["27.20"]), reviewer=admin)
            await published(py, opportunity("business_request", y["id"], BATTERY, ["35.11"]), reviewer=admin)
            [m] = (await admin.get("/v1/matches")).json()["items"]
        b = m["breakdown"]
        assert b["priorities"] == 0.05
        plain = 0.45 * b["keywords"] + 0.30 * b["nace"] + 0.15 * b["regions"] + 0.10 * b["ecosystem"]
        assert abs(b["total"] - (plain + 0.05)) < 0.002
        assert "it serves the priority 'Clean electricity' of the strategy 'Antioquia RIS3' (CO-ANT)" in m["explanation"]
