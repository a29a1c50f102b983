"""An EU SME's technology offer meets a Colombian company's request through the gateway: each
submitted by its partner and published by the coordination unit after review, matched with an
explanation, anonymous to the other side until interest runs both ways, an agreement, each event
on the stream once;
a value chain with an empty LAC stage reports that gap; bad input is refused and not written.
The coordination unit registers the organisations; each partner's key is bound to its own."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from tests.support.journey import unique
from tests.support.platform import client, create_key, shift_clock
from tests.support.streams import wait_for_events


def _organisation(name: str, region_id: str, nace: list[str], keywords: list[str], **extra) -> dict:
    return {
        "name": name,
        "kind": "sme",
        "size_band": "small",
        "region_id": region_id,
        "nace_codes": nace,
        "keywords": keywords,
        "description": "Lithium battery storage for solar mini-grids.",
    } | extra


async def test_value_chains_offer_request_interest_agreement_and_gap(stack):
    dashboard_key = create_key(stack, "dashboard")
    expires = (date.today() + timedelta(days=180)).isoformat()
    async with client(stack, stack.admin_api_key) as unit, client(stack, dashboard_key) as dashboard:
        # Organisations on both sides; bad codes are refused with a pointer and nothing is written.
        bad_name = unique("Nowhere Tech")
        r = await unit.post("/v1/organisations", json=_organisation(bad_name, "ES99", ["99.99"], ["x1"]))
        assert r.status_code == 422, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert {e["pointer"] for e in r.json()["errors"]} == {"/region_id", "/nace_codes/0"}
        r = await dashboard.get("/v1/organisations", params={"q": bad_name})
        assert r.json()["items"] == []

        r = await unit.post(
            "/v1/organisations",
            json=_organisation(unique("Bateries Solars SL"), "ES511", ["27.20"], ["battery storage", "solar mini-grids", "bms"]),
        )
        assert r.status_code == 201, r.text
        eu = r.json()
        assert (eu["side"], eu["country_code"]) == ("eu", "ES")
        r = await unit.post(
            "/v1/organisations",
            json=_organisation(
                unique("Energía Andina SAS"), "CO-ANT", ["35.11", "27.90"], ["solar mini-grid", "battery storage"]
            ),
        )
        assert r.status_code == 201, r.text
        co = r.json()
        assert (co["side"], co["country_code"], co["region_id"]) == ("lac", "CO", "CO-ANT")

    # Each partner system acts for its own organisation.
    eu_key = create_key(stack, "partner", organisation_ids=[eu["id"]])
    co_key = create_key(stack, "partner", organisation_ids=[co["id"]])
    async with (
        client(stack, eu_key) as partner_eu,
        client(stack, co_key) as partner_co,
        client(stack, dashboard_key) as dashboard,
        client(stack, stack.admin_api_key) as unit,
    ):

        async def publish(opportunity: dict) -> int:
            """The coordination unit publishes a submitted opportunity; how many matches it proposed."""
            assert opportunity["status"] == "submitted"
            r = await partner_co.post(f"/v1/opportunities/{opportunity['id']}:publish", json={})
            assert r.status_code == 403 and r.json()["code"] == "coordination_unit_only"
            r = await unit.post(f"/v1/opportunities/{opportunity['id']}:publish", json={})
            assert r.status_code == 200, r.text
            assert r.json()["status"] == "open"
            return int(r.headers["X-Matches-Proposed"])

        # The offer, then the request, each submitted then published: publishing the request matches it.
        r = await partner_eu.post(
            "/v1/opportunities",
            json={
                "kind": "technology_offer",
                "organisation_id": eu["id"],
                "title": "Second-life battery storage for solar mini-grids",
                "description": "Battery management system and second-life lithium packs for rural solar mini-grids.",
                "keywords": ["battery storage", "solar mini-grids", "second life batteries"],
                "nace_codes": ["27.20"],
                "target_region_ids": ["CO", "PE"],
                "ecosystem": "energy_renewables",
                "expires_on": expires,
            },
        )
        assert r.status_code == 201, r.text
        offer = r.json()
        r = await partner_co.get(f"/v1/opportunities/{offer['id']}")
        assert r.status_code == 404, r.text  # not published yet: other partners do not see it
        # Published, the offer is matched with the open requests of the shared stack (other tests' too): how many
        # is theirs to say; this journey's request comes next.
        await publish(offer)
        r = await partner_co.get(f"/v1/opportunities/{offer['id']}")
        assert r.status_code == 200 and r.json()["organisation_id"] is None  # anonymous to the other side
        r = await partner_co.post(
            "/v1/opportunities",
            json={
                "kind": "technology_request",
                "organisation_id": co["id"],
                "title": "Storage for off-grid solar in Antioquia",
                "description": "We look for battery storage technology for solar mini-grids in rural Antioquia.",
                "keywords": ["battery storage", "solar mini-grid", "rural electrification"],
                "nace_codes": ["35.11"],
                "target_region_ids": ["ES"],
                "ecosystem": "energy_renewables",
                "expires_on": expires,
            },
        )
        assert r.status_code == 201, r.text
        request = r.json()
        assert await publish(request) >= 1  # with this journey's offer, and perhaps other tests' offers

        r = await dashboard.get("/v1/matches", params={"opportunity_id": request["id"], "page_size": 100})
        assert r.status_code == 200, r.text
        [match] = [m for m in r.json()["items"] if m["offer_id"] == offer["id"]]
        assert (match["offer_id"], match["request_id"], match["status"]) == (offer["id"], request["id"], "proposed")
        assert match["organisation_ids"] == [eu["id"], co["id"]]
        assert match["breakdown"]["keywords"] > 0 and match["breakdown"]["ecosystem"] == 1.0
        assert match["breakdown"]["regions"] == 1.0 and 0.35 <= match["score"] <= 1.0
        assert "battery storage" in match["explanation"] and "Antioquia" in match["explanation"]
        assert eu["name"] not in match["explanation"]
        r = await partner_co.get(f"/v1/matches/{match['id']}")
        assert r.json()["organisation_ids"] == [None, co["id"]]

        # Interest both ways, then the agreement.
        r = await partner_eu.post(f"/v1/matches/{match['id']}:expressInterest", json={"organisation_id": co["id"]})
        assert r.status_code == 403 and r.json()["code"] == "not_your_organisation"  # not on its behalf
        r = await partner_co.post(
            f"/v1/matches/{match['id']}:expressInterest", json={"organisation_id": co["id"], "message": "Hola"}
        )
        assert r.status_code == 201, r.text
        r = await partner_co.post("/v1/agreements", json={"match_id": match["id"], "kind": "licence", "title": "Too early"})
        assert r.status_code == 422, r.text
        assert [e["rule"] for e in r.json()["errors"]] == ["mutual_interest"]
        r = await partner_eu.post(f"/v1/matches/{match['id']}:expressInterest", json={"organisation_id": eu["id"]})
        assert r.status_code == 201, r.text
        assert (await dashboard.get(f"/v1/matches/{match['id']}")).json()["status"] == "mutual_interest"
        # The EU organisation accepted the Colombian one's interest: it is no longer anonymous to it.
        assert (await partner_co.get(f"/v1/opportunities/{offer['id']}")).json()["organisation_id"] == eu["id"]
        r = await partner_co.post(
            "/v1/agreements",
            json={"match_id": match["id"], "kind": "technical_cooperation", "title": "Pilot mini-grid in Urabá"},
        )
        assert r.status_code == 201, r.text
        agreement = r.json()
        assert sorted(agreement["organisation_ids"]) == sorted([eu["id"], co["id"]])
        assert (await dashboard.get(f"/v1/matches/{match['id']}")).json()["status"] == "agreed"
        r = await dashboard.post("/v1/agreements", json={"match_id": match["id"], "kind": "licence", "title": "Read-only key"})
        assert r.status_code == 403

        # A chain with an EU-only stage reports the LAC gap at that stage, with candidates.
        r = await partner_eu.post(
            "/v1/value-chains",
            json={
                "title": unique("Solar storage chain"),
                "ecosystem": "energy_renewables",
                "lead_organisation_id": eu["id"],
                "region_ids": ["ES51", "CO-ANT"],
                "stages": [
                    {"key": "cells", "name": "Battery cells", "nace_codes": ["27.20"]},
                    {"key": "integration", "name": "Mini-grid integration", "nace_codes": ["27.90"]},
                ],
                "participants": [
                    {"organisation_id": eu["id"], "stage_key": "cells", "role": "producer"},
                    {"organisation_id": co["id"], "stage_key": "cells", "role": "customer"},
                    {"organisation_id": eu["id"], "stage_key": "integration", "role": "integrator"},
                ],
            },
        )
        assert r.status_code == 201, r.text
        chain = r.json()
        r = await dashboard.get(f"/v1/value-chains/{chain['id']}/gaps")
        assert r.status_code == 200, r.text
        [gap] = r.json()["gaps"]
        assert (gap["stage_key"], gap["missing_side"]) == ("integration", "lac")
        assert co["id"] in [c["organisation_id"] for c in gap["candidates"]]

        r = await dashboard.get("/v1/value-chains/stats")
        assert r.status_code == 200, r.text
        stats = r.json()
        assert stats["value_chains_with_gaps"] >= 1 and stats["agreements_by_kind"]["technical_cooperation"] >= 1

        # An opportunity that has expired is refused for matching.
        r = await partner_co.post(
            "/v1/opportunities",
            json={
                "kind": "business_request",
                "organisation_id": co["id"],
                "title": "Distributor for mini-grid kits",
                "keywords": ["distribution"],
                "nace_codes": ["46.69"],
                "expires_on": (date.today() + timedelta(days=1)).isoformat(),
            },
        )
        assert r.status_code == 201, r.text
        short = r.json()
        await publish(short)
        shift_clock(stack, "value_chains", 3)
        try:
            r = await partner_co.post(f"/v1/opportunities/{short['id']}:match")
            assert r.status_code == 422, r.text
            assert [e["rule"] for e in r.json()["errors"]] == ["not_expired"]
        finally:
            shift_clock(stack, "value_chains", 0)

    # Each event of the journey is on the stream exactly once.
    ours = {eu["id"], co["id"], offer["id"], request["id"], match["id"], agreement["id"]}

    def mine(e) -> bool:
        d = e.data
        keys = ("organisation", "opportunity_id", "match_id", "agreement_id")
        return any((d.get(k) or {}).get("organisation_id") in ours if k == "organisation" else d.get(k) in ours for k in keys)

    expected = {
        "organisation.registered": 2,
        "opportunity.submitted": 2,
        "opportunity.published.v2": 2,  # anonymous: v2 names no organisation
        "match.proposed": 1,
        "interest.expressed": 2,
        "agreement.signed": 1,
    }
    events = await wait_for_events(stack.nats.url, "iuc.value_chains.>", mine, sum(expected.values()))
    counts = Counter(e.type.removeprefix("iuc.value_chains.").removesuffix(".v1") for e in events)
    assert counts == expected
    assert len({e.id for e in events}) == len(events)
