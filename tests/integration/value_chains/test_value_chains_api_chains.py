"""Value chains on a real database: gaps per stage and side, organisations proposed for them once,
participants joining and leaving, and the dashboard's counts."""

from tests.integration.value_chains.value_chainssupport import create, organisation, value_chains_app
from tests.support.service_app import caller, outbox_types


async def test_a_chain_reports_its_gaps_and_proposes_organisations_for_them_once(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin, caller(app, "dashboard") as dashboard:
        lead = await create(admin, "/v1/organisations", organisation("Cluster Solar", "ES51", ["27.20"], [], kind="cluster"))
        cells_eu = await create(admin, "/v1/organisations", organisation("Cells GmbH", "DE11", ["27.20"], ["battery cells"]))
        mx = await create(admin, "/v1/organisations", organisation("Litio MX", "MX-SON", ["07.29"], ["lithium"]))
        co = await create(
            admin,
            "/v1/organisations",
            organisation("Andina Integración", "CO-ANT", ["27.90"], ["mini-grid"], description="Mini-grid integration services"),
        )
        await create(admin, "/v1/organisations", organisation("Far off", "CL-RM", ["56.10"], ["restaurants"]))
        chain = await create(
            admin,
            "/v1/value-chains",
            {
                "title": "Battery storage for Andean mini-grids",
                "ecosystem": "energy_renewables",
                "lead_organisation_id": lead["id"],
                "region_ids": ["ES51", "DE1", "MX", "CO"],
                "stages": [
                    {"key": "raw_materials", "name": "Lithium mining", "nace_codes": ["07.29"]},
                    {"key": "cells", "name": "Battery cells", "nace_codes": ["27.20"]},
                    {"key": "integration", "name": "Mini-grid integration", "nace_codes": ["27.90"]},
                ],
                "participants": [
                    {"organisation_id": mx["id"], "stage_key": "raw_materials", "role": "supplier"},
                    {"organisation_id": cells_eu["id"], "stage_key": "cells", "role": "producer"},
                ],
            },
        )
        r = await dashboard.get(f"/v1/value-chains/{chain['id']}/gaps")
        gaps = [(g["stage_key"], g["missing_side"]) for g in r.json()["gaps"]]
        assert gaps == [("raw_materials", "eu"), ("cells", "lac"), ("integration", "eu"), ("integration", "lac")]
        integration_lac = r.json()["gaps"][3]
        assert integration_lac["candidates"][0]["organisation_id"] == co["id"]
        assert "27.90" in integration_lac["candidates"][0]["explanation"]

        r = await admin.post(f"/v1/value-chains/{chain['id']}:matchGaps")
        assert r.status_code == 200
        proposed = r.json()["proposed"]
        assert proposed and all(m["kind"] == "value_chain_gap" and m["organisation_ids"][0] == lead["id"] for m in proposed)
        assert (co["id"], "integration") in {(m["organisation_ids"][1], m["stage_key"]) for m in proposed}
        assert (await admin.post(f"/v1/value-chains/{chain['id']}:matchGaps")).json()["proposed"] == []
        assert (await outbox_types(app, short=True)).count("match.proposed") == len(proposed)

        # The LAC gap at integration closes when the Colombian integrator joins.
        url = f"/v1/value-chains/{chain['id']}/participants"
        body = {"organisation_id": co["id"], "stage_key": "integration", "role": "integrator"}
        assert (await admin.post(url, json=body, headers={"If-Match": '"7"'})).status_code == 412
        r = await admin.post(url, json=body)
        assert r.status_code == 201 and r.json()["side"] == "lac"
        assert (await admin.post(url, json=body)).status_code == 409
        assert (await admin.post(url, json=body | {"stage_key": "recycling"})).status_code == 422
        r = await dashboard.get(f"/v1/value-chains/{chain['id']}/gaps")
        assert ("integration", "lac") not in [(g["stage_key"], g["missing_side"]) for g in r.json()["gaps"]]

        stats = (await dashboard.get("/v1/value-chains/stats")).json()
        assert stats["value_chains"] == 1 and stats["value_chains_with_gaps"] == 1 and stats["open_gaps"] == 3
        assert stats["organisations_by_side"] == {"eu": 2, "lac": 3}
        assert stats["matches_by_status"] == {"proposed": len(proposed)}

        participant = r = await dashboard.get(f"/v1/value-chains/{chain['id']}")
        participant = next(p for p in r.json()["participants"] if p["organisation_id"] == co["id"])
        r = await admin.delete(f"{url}/{participant['id']}")
        assert r.status_code == 204
        r = await dashboard.get("/v1/value-chains", params={"organisation_id": co["id"]})
        assert r.json()["items"] == []
        r = await dashboard.get("/v1/value-chains", params={"organisation_id": mx["id"]})
        assert [c["id"] for c in r.json()["items"]] == [chain["id"]]
