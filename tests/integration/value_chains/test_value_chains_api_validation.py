"""Bad input gets a 422 problem naming every broken field or rule, and nothing is written."""

from services.value_chains.models import InnovationStrategy, Opportunity, Organisation, ValueChain
from tests.integration.value_chains.value_chainssupport import create, day, opportunity, organisation, row_count, value_chains_app
from tests.support.service_app import caller, outbox_types


async def test_unknown_codes_and_broken_rules_are_422_and_nothing_is_written(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        r = await admin.post("/v1/organisations", json=organisation("Ghost", "ES99", ["62.01", "99.99", "Z"], []))
        assert r.status_code == 422
        assert r.headers["content-type"].startswith("application/problem+json")
        assert [(e["pointer"], e["code"]) for e in r.json()["errors"]] == [
            ("/region_id", "unknown_region"),
            ("/nace_codes/1", "unknown_nace_code"),
            ("/nace_codes/2", "unknown_nace_code"),
        ]
        r = await admin.post("/v1/organisations", json=organisation("Big SME", "ES51", ["62.01"], [], size_band="large"))
        assert [e["rule"] for e in r.json()["errors"]] == ["sme_size_band"]
        r = await admin.post("/v1/organisations", json=organisation("US firm", "US-CA", ["62.01"], []))
        assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "/region_id"
        assert await row_count(app, Organisation) == 0

        eu = await create(admin, "/v1/organisations", organisation("Sol", "ES51", ["27.20"], ["battery"]))
        eu2 = await create(admin, "/v1/organisations", organisation("Bat", "PT11", ["27.20"], ["battery"]))
        r = await admin.post(
            "/v1/opportunities",
            json=opportunity(
                "technology_offer",
                eu["id"],
                ["battery"],
                ["27.20", "00.00"],
                target_region_ids=["FR10", "CO-XYZ"],
                ecosystem="batteries",
                expires_on=day(0).isoformat(),
            ),
        )
        assert r.status_code == 422
        errors = r.json()["errors"]
        assert {e.get("pointer") for e in errors} == {
            "/nace_codes/1",
            "/target_region_ids/1",
            "/target_region_ids/0",
            "/ecosystem",
            "/expires_on",
        }
        assert {e.get("rule") for e in errors} >= {"not_expired", "targets_across_the_atlantic"}
        r = await admin.post("/v1/opportunities", json=opportunity("technology_offer", "nobody", ["battery"], ["27.20"]))
        assert r.json()["errors"][0]["pointer"] == "/organisation_id"
        assert await row_count(app, Opportunity) == 0

        chain = {
            "title": "EU only chain",
            "ecosystem": "energy_renewables",
            "lead_organisation_id": eu["id"],
            "region_ids": ["ES51", "PT11"],
            "stages": [{"key": "cells", "name": "Cells"}],
            "participants": [{"organisation_id": eu2["id"], "stage_key": "modules", "role": "supplier"}],
        }
        r = await admin.post("/v1/value-chains", json=chain)
        assert r.status_code == 422
        assert [(e.get("rule"), e.get("pointer")) for e in r.json()["errors"]] == [
            (None, "/participants/0/stage_key"),
            ("spans_eu_and_lac", "/region_ids"),
        ]
        r = await admin.post("/v1/value-chains", json=chain | {"stages": [{"key": "A B", "name": "x"}]})
        assert r.status_code == 422
        assert await row_count(app, ValueChain) == 0

        strategy = {
            "region_id": "CO-ANT",
            "title": "Antioquia RIS3",
            "period_start": 2024,
            "period_end": 2030,
            "priorities": [{"title": "Energy", "ecosystem": "sunshine", "nace_codes": ["35.11", "35.99"]}],
        }
        r = await admin.post("/v1/innovation-strategies", json=strategy)
        assert {e["pointer"] for e in r.json()["errors"]} == {"/priorities/0/ecosystem", "/priorities/0/nace_codes/1"}
        assert await row_count(app, InnovationStrategy) == 0

        assert await outbox_types(app, short=True) == ["organisation.registered", "organisation.registered"]


async def test_read_only_keys_cannot_write_and_stale_etags_get_412(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin, caller(app, "dashboard") as dashboard:
        r = await dashboard.post("/v1/organisations", json=organisation("Sol", "ES51", ["27.20"], []))
        assert r.status_code == 403
        org = await create(admin, "/v1/organisations", organisation("Sol", "ES51", ["27.20"], []))
        r = await admin.patch(f"/v1/organisations/{org['id']}", json={"keywords": ["solar"]}, headers={"If-Match": '"1"'})
        assert r.status_code == 200 and r.headers["ETag"] == '"2"'
        r = await admin.patch(f"/v1/organisations/{org['id']}", json={"keywords": ["wind"]}, headers={"If-Match": '"1"'})
        assert r.status_code == 412
        r = await dashboard.get(f"/v1/organisations/{org['id']}")
        assert r.json()["keywords"] == ["solar"]
        assert (await dashboard.get("/v1/organisations/nope")).status_code == 404
