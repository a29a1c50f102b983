"""The city list's `near=` and `bbox=` filters and its GeoJSON answer, against hand-computed distances."""

from tests.integration.applications.applicationssupport import applications_app, assert_problem, register_city
from tests.support.geo import AROUND_PARIS, PARIS, PLACES, near, valid_feature_collection
from tests.support.service_app import caller

COUNTRIES = {"Paris": "FR", "Brussels": "BE", "London": "GB", "Lyon": "FR", "Suva": "FJ", "Apia": "WS"}


async def _register_places(admin) -> None:
    for name, (lat, lon) in PLACES.items():
        await register_city(admin, name=name, country_code=COUNTRIES[name], latitude=lat, longitude=lon)
    await register_city(admin, name="Nowhere", country_code="FR", latitude=None, longitude=None)


async def _names(admin, **params) -> set[str]:
    r = await admin.get("/v1/cities", params=params | {"page_size": 100})
    assert r.status_code == 200, r.text
    return {c["name"] for c in r.json()["items"]}


async def test_near_keeps_the_cities_within_the_radius_and_bbox_those_inside(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        await _register_places(admin)
        for radius, expected in AROUND_PARIS:
            assert await _names(admin, **near(PARIS, radius)) == expected, radius
        assert await _names(admin, bbox="-1,48,5,52") == {"Paris", "Brussels", "London"}
        # Across the antimeridian: a box whose west edge is east of its east edge, and a circle around Suva
        assert await _names(admin, bbox="170,-20,-170,-10") == {"Suva", "Apia"}
        assert await _names(admin, **near(PLACES["Suva"], 1_100)) == {"Suva"}
        assert await _names(admin, **near(PLACES["Suva"], 1_200)) == {"Suva", "Apia"}
        # Both filters at once, and with another filter
        assert await _names(admin, bbox="-1,48,5,52", **near(PARIS, 300)) == {"Paris", "Brussels"}
        assert await _names(admin, country_code="FR", **near(PARIS, 400)) == {"Paris", "Lyon"}
        # A filtered list pages like any other
        r = await admin.get("/v1/cities", params=near(PARIS, 393) | {"page_size": 3})
        first = [c["name"] for c in r.json()["items"]]
        r = await admin.get("/v1/cities", params=near(PARIS, 393) | {"page_size": 3, "page_token": r.json()["next_page_token"]})
        assert sorted(first + [c["name"] for c in r.json()["items"]]) == ["Brussels", "London", "Lyon", "Paris"]


async def test_accept_geo_json_answers_a_feature_collection_of_points(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        await _register_places(admin)
        r = await admin.get("/v1/cities", params={"page_size": 100}, headers={"Accept": "application/geo+json"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
        collection = valid_feature_collection(r.json())
        by_name = {f.properties["name"]: f for f in collection.features}
        assert set(by_name) == {*PLACES, "Nowhere"}
        assert list(by_name["Paris"].geometry.coordinates) == [PARIS[1], PARIS[0]]  # longitude first (RFC 7946)
        assert by_name["Nowhere"].geometry is None and by_name["Paris"].id == by_name["Paris"].properties["id"]
        r = await admin.get("/v1/cities", params=near(PARIS, 300), headers={"Accept": "application/geo+json"})
        assert {f.properties["name"] for f in valid_feature_collection(r.json()).features} == {"Paris", "Brussels"}
        # Without the header, the usual page
        assert "items" in (await admin.get("/v1/cities")).json()


async def test_a_malformed_area_is_a_422_naming_the_parameter(database_url):
    async with applications_app(database_url) as app, caller(app) as admin:
        for params, rule in (
            ({"near": "48.8,abc", "radius_km": "10"}, "near_format"),
            ({"near": "95,2", "radius_km": "10"}, "near_format"),
            ({"near": "48.8,2.3"}, "near_format"),
            ({"radius_km": "10"}, "near_format"),
            ({"bbox": "1,2,3"}, "bbox_format"),
            ({"bbox": "-1,52,5,48"}, "bbox_format"),
        ):
            body = assert_problem(await admin.get("/v1/cities", params=params), 422)
            assert body["errors"][0]["rule"] == rule, params
        assert_problem(await admin.get("/v1/cities", params={"near": "48.8,2.3", "radius_km": "0"}), 422)
