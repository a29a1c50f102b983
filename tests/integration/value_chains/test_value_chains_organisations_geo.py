"""The organisation list's `near=` and `bbox=` filters and its GeoJSON answer, against hand-computed distances."""

from tests.integration.value_chains.value_chainssupport import create, organisation, value_chains_app
from tests.support.geo import AROUND_PARIS, PARIS, PLACES, near, valid_feature_collection
from tests.support.service_app import caller


async def _names(admin, **params) -> set[str]:
    r = await admin.get("/v1/organisations", params=params | {"page_size": 100})
    assert r.status_code == 200, r.text
    return {o["name"] for o in r.json()["items"]}


async def test_organisations_answer_near_bbox_and_geo_json(database_url):
    async with value_chains_app(database_url) as app, caller(app) as admin:
        # The region is beside the point here: the filters read the organisation's own coordinates
        for name, (lat, lon) in PLACES.items():
            await create(admin, "/v1/organisations", organisation(name, "ES51", ["27.20"], [], latitude=lat, longitude=lon))
        unplaced = await create(admin, "/v1/organisations", organisation("Unplaced", "ES51", ["27.20"], []))
        assert (unplaced["latitude"], unplaced["longitude"]) == (None, None)
        for radius, expected in AROUND_PARIS:
            assert await _names(admin, **near(PARIS, radius)) == expected, radius
        assert await _names(admin, bbox="170,-20,-170,-10") == {"Suva", "Apia"}
        r = await admin.patch(f"/v1/organisations/{unplaced['id']}", json={"latitude": 50.85, "longitude": 4.35})
        assert r.status_code == 200 and r.json()["version"] == 2
        assert await _names(admin, **near(PARIS, 300)) == {"Paris", "Brussels", "Unplaced"}
        r = await admin.get("/v1/organisations", params=near(PARIS, 300), headers={"Accept": "application/geo+json"})
        assert r.headers["content-type"].startswith("application/geo+json")
        features = valid_feature_collection(r.json()).features
        assert {f.properties["name"]: list(f.geometry.coordinates) for f in features}["Paris"] == [PARIS[1], PARIS[0]]
        assert len(features) == 3
