"""Partner keys on a real database: a partner writes only for the organisations its key is bound to
(profiles, opportunities, interests, agreements, the chains they lead), an unbound one only reads,
the coordination unit registers organisations; a refused write leaves nothing behind."""

from services.value_chains.models import Opportunity
from tests.integration.value_chains.value_chainssupport import (
    create,
    opportunity,
    organisation,
    partner,
    published,
    row_count,
    value_chains_app,
)
from tests.support.service_app import caller, outbox_types


def refused(r, code: str) -> dict:
    assert r.status_code == 403, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["code"] == code and [e["code"] for e in body["errors"]] == [code]
    return body


async def test_a_partner_writes_only_for_its_own_organisations(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        x = await create(admin, "/v1/organisations", organisation("Baterías X", "ES511", ["27.20"], ["battery storage"]))
        y = await create(admin, "/v1/organisations", organisation("Energía Y", "CO-ANT", ["35.11"], ["battery storage"]))
        z = await create(admin, "/v1/organisations", organisation("Solar Z", "PT11", ["27.20"], ["battery storage"]))
        async with (
            partner(app, x["id"]) as px,
            partner(app, y["id"]) as py,
            partner(app) as unbound,
            partner(app, x["id"], z["id"]) as network,
        ):
            # Registering organisations is the coordination unit's; the partner is bound to them afterwards.
            body = organisation("Made up SL", "ES511", ["27.20"], ["storage"])
            refused(await px.post("/v1/organisations", json=body), "coordination_unit_only")
            refused(await unbound.post("/v1/organisations", json=body), "partner_not_bound")

            # Profiles: its own, not another's; an unbound key reads and writes nothing.
            refused(await px.patch(f"/v1/organisations/{y['id']}", json={"name": "Taken over"}), "not_your_organisation")
            refused(await unbound.patch(f"/v1/organisations/{x['id']}", json={"name": "Mine"}), "partner_not_bound")
            assert (await unbound.get(f"/v1/organisations/{x['id']}")).status_code == 200
            assert (await unbound.get("/v1/opportunities")).status_code == 200
            r = await px.patch(f"/v1/organisations/{x['id']}", json={"description": "Second-life packs"})
            assert r.status_code == 200, r.text
            r = await network.patch(f"/v1/organisations/{z['id']}", json={"description": "Solar integrator"})
            assert r.status_code == 200, r.text

            # Opportunities: published for one's own organisation only; nothing is written when refused.
            offer_body = opportunity("technology_offer", y["id"], ["battery storage"], ["27.20"])
            body = refused(await px.post("/v1/opportunities", json=offer_body), "not_your_organisation")
            assert body["errors"][0]["pointer"] == "/organisation_id"
            refused(await unbound.post("/v1/opportunities", json=offer_body), "partner_not_bound")
            assert await row_count(app, Opportunity) == 0
            # A partner submits; only the coordination unit publishes (and its own organisation's it cannot).
            offer = await create(px, "/v1/opportunities", offer_body | {"organisation_id": x["id"]})
            refused(await px.post(f"/v1/opportunities/{offer['id']}:publish", json={}), "coordination_unit_only")
            assert (await admin.post(f"/v1/opportunities/{offer['id']}:publish", json={})).status_code == 200
            request_body = opportunity("technology_request", y["id"], ["battery storage"], ["35.11"])
            request = await published(py, request_body, reviewer=admin)
            refused(await py.post(f"/v1/opportunities/{offer['id']}:withdraw"), "not_your_organisation")
            refused(await py.post(f"/v1/opportunities/{offer['id']}:match"), "not_your_organisation")
            assert (await px.post(f"/v1/opportunities/{offer['id']}:match")).status_code == 200

            # Interest only as one of its organisations; the agreement by a party of the match.
            [match] = (await admin.get("/v1/matches", params={"opportunity_id": request["id"]})).json()["items"]
            url = f"/v1/matches/{match['id']}:expressInterest"
            refused(await px.post(url, json={"organisation_id": y["id"]}), "not_your_organisation")
            refused(await unbound.post(url, json={"organisation_id": y["id"]}), "partner_not_bound")
            assert (await px.post(url, json={"organisation_id": x["id"]})).status_code == 201
            assert (await py.post(url, json={"organisation_id": y["id"]})).status_code == 201
            agreement = {"match_id": match["id"], "kind": "licence", "title": "Pilot"}
            outsider = await create(admin, "/v1/organisations", organisation("Outsider", "MX-SON", ["27.20"], ["storage"]))
            async with partner(app, outsider["id"]) as po:
                refused(await po.post("/v1/agreements", json=agreement), "not_your_organisation")
            assert (await py.post("/v1/agreements", json=agreement)).status_code == 201

            # Only X's own withdrawal counts.
            assert (await px.post(f"/v1/opportunities/{offer['id']}:withdraw")).status_code == 200
            assert (await outbox_types(app, short=True)).count("agreement.signed") == 1


async def test_a_partner_runs_the_chains_its_organisation_leads_and_the_unit_keeps_regions(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        x = await create(admin, "/v1/organisations", organisation("Cluster X", "ES51", ["27.20"], [], kind="cluster"))
        y = await create(admin, "/v1/organisations", organisation("Integra Y", "CO-ANT", ["27.90"], ["mini-grid"]))
        chain_body = {
            "title": "Storage chain",
            "ecosystem": "energy_renewables",
            "lead_organisation_id": y["id"],
            "region_ids": ["ES51", "CO"],
            "stages": [{"key": "cells", "name": "Cells", "nace_codes": ["27.20"]}],
            "participants": [],
        }
        async with partner(app, x["id"]) as px, partner(app, y["id"]) as py:
            body = refused(await px.post("/v1/value-chains", json=chain_body), "not_your_organisation")
            assert body["errors"][0]["pointer"] == "/lead_organisation_id"
            chain = await create(px, "/v1/value-chains", chain_body | {"lead_organisation_id": x["id"]})
            url = f"/v1/value-chains/{chain['id']}/participants"
            joining = {"organisation_id": y["id"], "stage_key": "cells", "role": "customer"}
            refused(await py.post(url, json=joining), "not_your_organisation")  # the lead adds participants
            participant = await create(px, url, joining)
            refused(await py.post(f"/v1/value-chains/{chain['id']}:matchGaps"), "not_your_organisation")
            # A participant's own partner may take it out again.
            assert (await py.delete(f"{url}/{participant['id']}")).status_code == 204

            # Regions' strategies and interests are the coordination unit's.
            strategy = {"region_id": "ES51", "title": "RIS3 Andalucía", "period_start": 2021, "period_end": 2027}
            strategy["priorities"] = [{"title": "Storage", "ecosystem": "energy_renewables", "nace_codes": ["27.20"]}]
            refused(await px.post("/v1/innovation-strategies", json=strategy), "coordination_unit_only")
            interest = {"partner_region_id": "CO-ANT"}
            refused(await px.post("/v1/regions/ES51/interests", json=interest), "coordination_unit_only")
            s = await create(admin, "/v1/innovation-strategies", strategy)
            refused(await px.patch(f"/v1/innovation-strategies/{s['id']}", json={"title": "Mine"}), "coordination_unit_only")
            assert (await admin.post("/v1/regions/ES51/interests", json=interest)).status_code == 201
