"""Cities through the API on a real database: register, read, change with If-Match, list."""

from sqlalchemy import select

from services.applications.models import kit
from tests.integration.applications.applicationssupport import applications_app, assert_problem, city_body, register_city
from tests.support.service_app import caller, outbox_types


async def test_a_registered_city_is_read_back_with_its_etag_and_event(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        r = await admin.post(
            "/v1/cities", json=city_body(name="Lisboa", country_code="pt", themes=["mobility", "climate", "climate"])
        )
        assert r.status_code == 201, r.text
        city = r.json()
        assert r.headers["location"] == f"/v1/cities/{city['id']}" and r.headers["etag"] == '"1"'
        assert (city["name"], city["country_code"], city["world_region"], city["version"]) == ("Lisboa", "PT", "eu", 1)
        assert city["themes"] == ["climate", "mobility"] and city["sdgs"] == [11, 13]
        assert city["languages"] == ["pt"]
        r = await admin.get(f"/v1/cities/{city['id']}")
        assert r.status_code == 200 and r.headers["etag"] == '"1"'
        assert r.json() == city
        assert await outbox_types(app, short=True) == ["city.registered"]


async def test_registering_refuses_unknown_countries_repeated_geonames_ids_and_other_roles(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        body = assert_problem(await admin.post("/v1/cities", json=city_body(country_code="ZZ")), 422)
        assert body["errors"][0]["pointer"] == "/country_code"
        await register_city(admin, geonames_id=2988507)
        assert_problem(await admin.post("/v1/cities", json=city_body(geonames_id=2988507)), 409)
        assert_problem(await admin.post("/v1/cities", json=city_body(mayor="x")), 422)
        async with caller(app, "city", city_id="c1") as city:
            assert_problem(await city.post("/v1/cities", json=city_body()), 403)
        assert_problem(await admin.get("/v1/cities/nope"), 404)
        assert await outbox_types(app, short=True) == ["city.registered"]


async def test_a_patch_with_the_current_etag_changes_the_city_and_a_stale_one_is_412(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        city = await register_city(admin)
        url = f"/v1/cities/{city['id']}"
        r = await admin.patch(url, json={"population": 530_000, "themes": ["water"]}, headers={"If-Match": '"1"'})
        assert r.status_code == 200, r.text
        assert r.headers["etag"] == '"2"' and r.json()["version"] == 2
        assert (r.json()["population"], r.json()["themes"]) == (530_000, ["water"])
        body = assert_problem(await admin.patch(url, json={"population": 1}, headers={"If-Match": '"1"'}), 412)
        assert body["current_etag"] == '"2"'
        assert (await admin.get(url)).json()["population"] == 530_000
        # Only the themes: still a new version.
        r = await admin.patch(url, json={"themes": ["water", "energy"]}, headers={"If-Match": '"2"'})
        assert r.headers["etag"] == '"3"' and r.json()["themes"] == ["energy", "water"]
        # Nothing changes: no new version, no event.
        r = await admin.patch(url, json={"population": 530_000})
        assert r.status_code == 200 and r.headers["etag"] == '"3"'
        assert await outbox_types(app, short=True) == ["city.registered", "city.updated", "city.updated"]
        async with app.state.sessionmaker() as s:
            changed = [e["changed"] for e in (await s.scalars(select(kit.outbox.c.data).order_by(kit.outbox.c.seq))).all()[1:]]
        assert changed == [["population", "themes"], ["themes"]]


async def test_a_city_key_changes_only_its_own_city(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        mine, theirs = await register_city(admin), await register_city(admin)
        async with caller(app, "city", city_id=mine["id"]) as me:
            r = await me.patch(f"/v1/cities/{mine['id']}", json={"challenges": "Floods."})
            assert r.status_code == 200 and r.json()["challenges"] == "Floods."
            assert_problem(await me.patch(f"/v1/cities/{theirs['id']}", json={"challenges": "Ours now."}), 403)
        assert_problem(await admin.patch("/v1/cities/nope", json={"population": 1}), 404)


async def test_lists_filter_and_page_through_every_city_once(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        await register_city(admin, name="Lisboa", country_code="PT", population=545_000, themes=["climate"], sdgs=[7])
        await register_city(admin, name="Quito", country_code="EC", population=2_800_000, themes=["water"], sdgs=[11])
        await register_city(admin, name="Osaka", country_code="JP", population=2_700_000, themes=["mobility"], sdgs=[11])

        async def names(**params) -> list[str]:
            r = await admin.get("/v1/cities", params=params)
            assert r.status_code == 200, r.text
            return [c["name"] for c in r.json()["items"]]

        assert await names() == ["Lisboa", "Osaka", "Quito"]
        assert await names(world_region="latin_america_caribbean") == ["Quito"]
        assert await names(country_code="jp") == ["Osaka"]
        assert await names(min_population=1_000_000) == ["Osaka", "Quito"]
        assert await names(max_population=1_000_000) == ["Lisboa"]
        assert await names(theme="water") == ["Quito"]
        assert await names(sdg=11, min_population=2_750_000) == ["Quito"]
        assert await names(q="SAK") == ["Osaka"]
        assert_problem(await admin.get("/v1/cities", params={"sdg": 18}), 422)

        for _ in range(4):
            await register_city(admin, name="Braga", country_code="PT")  # same name: the id breaks the tie
        seen, token, pages = [], None, 0
        while True:
            body = (await admin.get("/v1/cities", params={"page_size": 2} | ({"page_token": token} if token else {}))).json()
            seen += [c["name"] for c in body["items"]]
            pages += 1
            token = body["next_page_token"]
            if not token:
                break
        assert pages == 4 and seen == ["Braga"] * 4 + ["Lisboa", "Osaka", "Quito"]
        async with caller(app, "dashboard") as dashboard:
            assert len((await dashboard.get("/v1/cities")).json()["items"]) == 7
