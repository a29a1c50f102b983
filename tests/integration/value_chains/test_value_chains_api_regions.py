"""Regions from NUTS 2024 and ISO 3166-2, region-to-region interest across the Atlantic,
and smart-specialisation strategies coded by NACE and industrial ecosystem."""

from sqlalchemy import select

from tests.integration.value_chains.value_chainssupport import create, value_chains_app
from tests.support.service_app import caller, outbox_types


async def test_regions_list_with_filters_and_pages(database_url):
    async with value_chains_app(database_url) as app, caller(app, "dashboard") as dashboard:
        r = await dashboard.get("/v1/regions", params={"country_code": "EL", "level": 2})
        assert r.status_code == 200 and r.json()["items"] == []  # the country filter takes ISO codes
        r = await dashboard.get("/v1/regions", params={"country_code": "GR", "level": 1})
        assert [x["id"] for x in r.json()["items"]] == ["EL3", "EL4", "EL5", "EL6", "ELZ"]  # ELZ: Extra-Regio
        r = await dashboard.get("/v1/regions", params={"within": "CO", "page_size": 20})
        first = r.json()
        assert len(first["items"]) == 20 and all(x["id"].startswith("CO-") for x in first["items"])
        r = await dashboard.get("/v1/regions", params={"within": "CO", "page_size": 20, "page_token": first["next_page_token"]})
        rest = r.json()["items"]
        assert rest and not {x["id"] for x in rest} & {x["id"] for x in first["items"]}
        r = await dashboard.get("/v1/regions", params={"side": "lac", "q": "antioquia"})
        assert [(x["id"], x["category"], x["parent_id"]) for x in r.json()["items"]] == [("CO-ANT", "Department", "CO")]
        assert (await dashboard.get("/v1/regions/es51")).json()["name"] == "Cataluña"
        assert (await dashboard.get("/v1/regions/US-CA")).status_code == 404


async def test_a_region_expresses_interest_in_a_partner_across_the_atlantic(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        r = await admin.post("/v1/regions/ES51/interests", json={"partner_region_id": "PT11"})
        assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "across_the_atlantic"
        r = await admin.post("/v1/regions/ES51/interests", json={"partner_region_id": "CO-ANT", "ecosystems": ["textile"]})
        assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "/ecosystems/0"
        body = {"partner_region_id": "co-ant", "ecosystems": ["energy_renewables"], "message": "Mini-grids"}
        r = await admin.post("/v1/regions/ES51/interests", json=body)
        assert r.status_code == 201, r.text
        assert r.json()["partner_region_id"] == "CO-ANT"
        assert (await admin.post("/v1/regions/ES51/interests", json=body)).status_code == 409
        r = await admin.get("/v1/regions/CO-ANT/interests")
        assert [(i["region_id"], i["partner_region_id"]) for i in r.json()["items"]] == [("ES51", "CO-ANT")]
        assert await outbox_types(app, short=True) == ["region.interest_expressed"]


async def test_strategies_with_priorities_coded_by_nace_and_ecosystem(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        body = {
            "region_id": "CO-ANT",
            "title": "Antioquia smart specialisation",
            "period_start": 2024,
            "period_end": 2030,
            "priorities": [
                {"title": "Clean energy", "ecosystem": "energy_renewables", "nace_codes": ["35.11", "27.2"]},
                {"title": "Health tech", "ecosystem": "health", "nace_codes": ["Q"]},
            ],
        }
        s = await create(admin, "/v1/innovation-strategies", body)
        assert s["side"] == "lac" and [p["nace_codes"] for p in s["priorities"]] == [["27.2", "35.11"], ["Q"]]
        r = await admin.get("/v1/innovation-strategies", params={"ecosystem": "health"})
        assert [x["id"] for x in r.json()["items"]] == [s["id"]]
        r = await admin.get("/v1/innovation-strategies", params={"ecosystem": "tourism"})
        assert r.json()["items"] == []
        patch = {"priorities": [{"title": "Tourism", "ecosystem": "tourism", "nace_codes": ["55.10"]}]}
        r = await admin.patch(f"/v1/innovation-strategies/{s['id']}", json=patch, headers={"If-Match": '"1"'})
        assert r.status_code == 200 and r.headers["ETag"] == '"2"'
        assert [p["ecosystem"] for p in r.json()["priorities"]] == ["tourism"]
        r = await admin.post("/v1/innovation-strategies", json=body | {"period_end": 2020})
        assert r.status_code == 422
        # Each version of the strategy is announced whole, so the pairing service keeps the region's profile
        assert await outbox_types(app, short=True) == ["innovation_strategy.published", "innovation_strategy.updated"]
        async with app.state.sessionmaker() as session:
            outbox = app.state.kit.outbox
            first, second = (await session.scalars(select(outbox.c.data).order_by(outbox.c.seq))).all()
        assert first["region"] == {"region_id": "CO-ANT", "name": first["region"]["name"], "country_code": "CO", "side": "lac"}
        assert [p["ecosystem"] for p in first["priorities"]] == ["energy_renewables", "health"]
        assert [p["ecosystem"] for p in second["priorities"]] == ["tourism"]
