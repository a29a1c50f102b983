"""Signatories by place: `near=` with `radius_km`, `bbox=`, and the page as GeoJSON (shared/geo.py).

The distances from Madrid are worked out by hand with the spherical law of cosines on the mean Earth radius
(6,371.0088 km), not with the haversine the database runs, and agree with the published great-circle figures
(Madrid to Valencia about 302 km, to Seville 390 km, to Lisbon 503 km, to Barcelona 505 km).
"""

from __future__ import annotations

import csv
import io
import math

import pytest
from geojson_pydantic import FeatureCollection

from shared.geo import EARTH_RADIUS_KM, distance_km
from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller

BASE = "/v1/covenant/signatories"
GEOJSON = {"Accept": "application/geo+json"}
MADRID = (40.4168, -3.7038)
PLACES = {
    "ES90001": ("Madrid", "ES", MADRID),
    "ES90002": ("Valencia", "ES", (39.4699, -0.3763)),  # 302.6 km from Madrid
    "ES90003": ("Sevilla", "ES", (37.3891, -5.9845)),  # 390.2 km
    "PT90001": ("Lisboa", "PT", (38.7223, -9.1393)),  # 502.4 km
    "ES90004": ("Barcelona", "ES", (41.3874, 2.1686)),  # 505.1 km
    "FJ90001": ("Suva", "FJ", (-18.1248, 178.4501)),  # west of the antimeridian
    "WS90001": ("Apia", "WS", (-13.8333, -171.7667)),  # east of it, 1,149 km from Suva
    "ES90005": ("Sin Sitio", "ES", None),  # no coordinates: never near anything
}


def by_hand(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance by the spherical law of cosines."""
    (p1, l1), (p2, l2) = (map(math.radians, a), map(math.radians, b))
    return EARTH_RADIUS_KM * math.acos(math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(l2 - l1))


def test_the_hand_worked_distances_are_the_ones_the_cases_rely_on():
    worked = {"Valencia": 302.6, "Sevilla": 390.2, "Lisboa": 502.4, "Barcelona": 505.1}
    for name, _, place in PLACES.values():
        if name in worked:
            assert round(by_hand(MADRID, place), 1) == worked[name]
            assert distance_km(*MADRID, *place) == pytest.approx(by_hand(MADRID, place), abs=0.01)
    assert round(by_hand(PLACES["FJ90001"][2], PLACES["WS90001"][2])) == 1149


@pytest.fixture
async def admin(app):
    async with caller(app) as admin:
        for gcom_id, (name, country, place) in PLACES.items():
            where = {"latitude": place[0], "longitude": place[1]} if place else {}
            assert (await admin.put(f"{BASE}/{gcom_id}", json=signatory(name, country, **where))).status_code == 201
        yield admin


async def names(admin, **params) -> set[str]:
    r = await admin.get(BASE, params=params)
    assert r.status_code == 200, r.text
    return {s["name"] for s in r.json()["items"]}


@pytest.mark.parametrize(
    ("radius_km", "within"),
    [
        (1, {"Madrid"}),
        (302, {"Madrid"}),
        (303, {"Madrid", "Valencia"}),
        (390, {"Madrid", "Valencia"}),
        (391, {"Madrid", "Valencia", "Sevilla"}),
        (503, {"Madrid", "Valencia", "Sevilla", "Lisboa"}),
        (506, {"Madrid", "Valencia", "Sevilla", "Lisboa", "Barcelona"}),
    ],
)
async def test_near_keeps_what_lies_within_the_radius(admin, radius_km, within):
    assert await names(admin, near=f"{MADRID[0]},{MADRID[1]}", radius_km=radius_km) == within


async def test_a_bounding_box_and_one_across_the_antimeridian(admin):
    assert await names(admin, bbox="-1,39,3,42") == {"Valencia", "Barcelona"}
    assert await names(admin, bbox="170,-25,-170,-10") == {"Suva", "Apia"}
    assert await names(admin, bbox="-180,-90,180,90") == {n for n, _, p in PLACES.values() if p}


async def test_places_combine_with_the_other_filters(admin):
    near_madrid = {"near": f"{MADRID[0]},{MADRID[1]}", "radius_km": 506}
    assert await names(admin, country="ES", **near_madrid) == {"Madrid", "Valencia", "Sevilla", "Barcelona"}
    assert await names(admin, bbox="-10,36,0,41", **near_madrid) == {"Madrid", "Valencia", "Sevilla", "Lisboa"}
    r = await admin.get(BASE, params=near_madrid | {"country": "PT"}, headers={"Accept": "text/csv"})
    assert [row["name"] for row in csv.DictReader(io.StringIO(r.text))] == ["Lisboa"]


@pytest.mark.parametrize(
    "params",
    [{"near": "40.4,-3.7"}, {"radius_km": "5"}, {"near": "91,0", "radius_km": "5"}, {"bbox": "1,2,3"}, {"bbox": "0,10,5,0"}],
)
async def test_a_bad_place_is_422(admin, params):
    r = await admin.get(BASE, params=params)
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text


async def test_the_page_as_geojson_is_a_feature_collection_that_pages(admin):
    r = await admin.get(BASE, params={"country": "ES", "page_size": 3}, headers=GEOJSON)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    first = FeatureCollection.model_validate(r.json())
    assert [f.properties["name"] for f in first.features] == ["Barcelona", "Madrid", "Sevilla"]
    madrid = first.features[1]
    assert madrid.geometry.type == "Point" and tuple(madrid.geometry.coordinates) == (MADRID[1], MADRID[0])
    assert madrid.id == madrid.properties["id"] and madrid.properties["gcom_id"] == "ES90001"
    plain = (await admin.get(f"{BASE}/ES90001")).json()
    assert madrid.properties == plain

    token = r.json()["next_page_token"]
    assert token
    r = await admin.get(BASE, params={"country": "ES", "page_size": 3, "page_token": token}, headers=GEOJSON)
    rest = FeatureCollection.model_validate(r.json())
    assert [f.properties["name"] for f in rest.features] == ["Sin Sitio", "Valencia"] and r.json()["next_page_token"] is None
    assert rest.features[0].geometry is None  # no coordinates: a feature without a geometry

    near = await admin.get(BASE, params={"near": "-18.1248,178.4501", "radius_km": 1150}, headers=GEOJSON)
    around_suva = FeatureCollection.model_validate(near.json())
    assert {f.properties["name"] for f in around_suva.features} == {"Suva", "Apia"}
