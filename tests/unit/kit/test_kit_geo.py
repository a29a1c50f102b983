"""The geographic filters and GeoJSON answer of lists (shared/geo.py), with distances worked out by hand."""

from __future__ import annotations

import math

import pytest

from shared.geo import EARTH_RADIUS_KM, Box, Near, box_around, distance_km, feature_collection, parse_bbox, parse_near
from shared.problems import Problem

ONE_DEGREE_KM = EARTH_RADIUS_KM * math.pi / 180  # 111.195 km: an arc of one degree of a great circle


def test_distances_along_the_equator_a_meridian_and_to_the_pole():
    assert distance_km(0, 0, 0, 1) == pytest.approx(ONE_DEGREE_KM) == pytest.approx(111.195, abs=1e-3)
    assert distance_km(0, 0, 1, 0) == pytest.approx(ONE_DEGREE_KM)
    assert distance_km(0, 0, 90, 0) == pytest.approx(EARTH_RADIUS_KM * math.pi / 2)  # 10,007.5 km
    assert distance_km(0, 179.5, 0, -179.5) == pytest.approx(ONE_DEGREE_KM)  # across the antimeridian
    # on the parallel at 60°, one degree of longitude apart: 2R·asin(cos 60° · sin 0.5°) = 55.6 km
    assert distance_km(60, 10, 60, 11) == pytest.approx(2 * EARTH_RADIUS_KM * math.asin(0.5 * math.sin(math.radians(0.5))))


def test_the_box_around_a_circle_holds_it_and_wraps_at_the_antimeridian():
    box = box_around(Near(0, 0, ONE_DEGREE_KM))
    assert (box.south, box.north) == pytest.approx((-1, 1)) and (box.west, box.east) == pytest.approx((-1, 1))
    wrapped = box_around(Near(0, 179.5, ONE_DEGREE_KM))
    assert wrapped.west == pytest.approx(178.5) and wrapped.east == pytest.approx(-179.5)
    assert box_around(Near(89.5, 0, 2 * ONE_DEGREE_KM)) is None  # it holds the pole


def test_bad_filters_are_refused_with_the_rule():
    for text in ("48.8", "a,b", "91,0", "0,181", "nan,0"):
        with pytest.raises(Problem) as refused:
            parse_near(text, 10)
        assert refused.value.status == 422 and refused.value.errors[0]["rule"] == "near_format"
    with pytest.raises(Problem):
        parse_near("48.8,2.3", None)
    for text in ("1,2,3", "-10,60,30,35", "-200,0,0,10"):
        with pytest.raises(Problem) as refused:
            parse_bbox(text)
        assert refused.value.errors[0]["rule"] == "bbox_format"
    assert parse_bbox("170,-10,-170,10") == Box(170, -10, -170, 10)


def test_a_page_becomes_a_feature_collection():
    page = feature_collection([{"id": "a", "name": "Lyon", "latitude": 45.76, "longitude": 4.83}, {"id": "b"}], "tok")
    assert page["type"] == "FeatureCollection" and page["next_page_token"] == "tok"
    lyon, nowhere = page["features"]
    assert lyon["geometry"] == {"type": "Point", "coordinates": [4.83, 45.76]} and lyon["properties"]["name"] == "Lyon"
    assert nowhere["geometry"] is None and nowhere["id"] == "b"
