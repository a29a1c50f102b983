"""Where things are: the `near=` and `bbox=` filters of the lists of cities, signatories and organisations,
and their answer as a GeoJSON FeatureCollection (RFC 7946) for `Accept: application/geo+json`.

Distances are great-circle distances on a sphere of the Earth's mean radius (haversine), computed by the
database itself (PostgreSQL's and SQLite's math functions), so a filtered list pages like any other. A
bounding box is `west,south,east,north` in degrees, as RFC 7946 orders a bbox; one whose west edge is east of
its east edge crosses the antimeridian.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import and_, case, func, or_
from sqlalchemy.sql.elements import ColumnElement

from shared.problems import Problem

EARTH_RADIUS_KM = 6371.0088  # the IUGG mean radius
GEOJSON = "application/geo+json"
MAX_RADIUS_KM = 20_000.0  # half the Earth's circumference: every place


@dataclass(frozen=True)
class Near:
    """Within `radius_km` of a point."""

    lat: float
    lon: float
    radius_km: float


@dataclass(frozen=True)
class Box:
    """A bounding box in degrees; `west > east` crosses the antimeridian."""

    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True)
class Area:
    """The geographic filters of a list (either, both or none)."""

    near: Near | None = None
    bbox: Box | None = None


def _refuse(parameter: str, detail: str) -> Problem:
    return Problem(422, f"Bad {parameter}: {detail}", errors=[{"rule": f"{parameter}_format", "detail": detail}])


def _numbers(text: str, count: int, parameter: str, form: str) -> list[float]:
    parts = text.split(",")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if len(values) != count or not all(math.isfinite(v) for v in values):
        raise _refuse(parameter, f"{parameter} is {form}, got {text!r}.")
    return values


def parse_near(text: str, radius_km: float | None) -> Near:
    """`lat,lon` and a radius in kilometres; 422 naming the rule when either is wrong."""
    lat, lon = _numbers(text, 2, "near", "lat,lon in degrees")
    if not -90 <= lat <= 90 or not -180 <= lon <= 180:
        raise _refuse("near", f"latitude is between -90 and 90, longitude between -180 and 180; got {text!r}.")
    if radius_km is None:
        raise _refuse("near", "near needs radius_km, the distance in kilometres.")
    return Near(lat, lon, radius_km)


def parse_bbox(text: str) -> Box:
    """`west,south,east,north` in degrees; 422 naming the rule when it is not one."""
    west, south, east, north = _numbers(text, 4, "bbox", "west,south,east,north in degrees")
    if not all(-180 <= v <= 180 for v in (west, east)) or not all(-90 <= v <= 90 for v in (south, north)):
        raise _refuse("bbox", f"longitudes are between -180 and 180, latitudes between -90 and 90; got {text!r}.")
    if south > north:
        raise _refuse("bbox", f"south ({south}) is north of north ({north}).")
    return Box(west, south, east, north)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def box_around(near: Near) -> Box | None:
    """The smallest latitude-longitude box holding the circle (a cheap first filter); None when it holds a pole
    or spans every longitude."""
    dlat = math.degrees(near.radius_km / EARTH_RADIUS_KM)
    south, north = near.lat - dlat, near.lat + dlat
    if south <= -90 or north >= 90:
        return None
    dlon = math.degrees(math.asin(min(1.0, math.sin(near.radius_km / EARTH_RADIUS_KM) / math.cos(math.radians(near.lat)))))
    if dlon >= 180:
        return None
    west, east = near.lon - dlon, near.lon + dlon
    west, east = (west + 360 if west < -180 else west), (east - 360 if east > 180 else east)
    return Box(west, south, east, north)


def _in_box(lat: Any, lon: Any, box: Box) -> ColumnElement[bool]:
    longitude = and_(lon >= box.west, lon <= box.east) if box.west <= box.east else or_(lon >= box.west, lon <= box.east)
    return and_(lat >= box.south, lat <= box.north, longitude)


def distance_sql(lat: Any, lon: Any, near: Near) -> ColumnElement[float]:
    """The haversine distance from `near` as a SQL expression (both databases have these math functions)."""
    p1, l1 = math.radians(near.lat), math.radians(near.lon)
    p2, l2 = func.radians(lat), func.radians(lon)
    h = func.sin((p2 - p1) / 2) * func.sin((p2 - p1) / 2) + math.cos(p1) * func.cos(p2) * func.sin((l2 - l1) / 2) * func.sin(
        (l2 - l1) / 2
    )
    return 2 * EARTH_RADIUS_KM * func.asin(func.sqrt(case((h > 1.0, 1.0), else_=h)))


def area_conditions(lat: Any, lon: Any, area: Area) -> list[ColumnElement[bool]]:
    """The WHERE conditions of the area on a latitude and a longitude column (rows without them are left out)."""
    if area.near is None and area.bbox is None:
        return []
    out: list[ColumnElement[bool]] = [lat.is_not(None), lon.is_not(None)]
    if area.bbox is not None:
        out.append(_in_box(lat, lon, area.bbox))
    if area.near is not None:
        first = box_around(area.near)
        if first is not None:
            out.append(_in_box(lat, lon, first))
        out.append(distance_sql(lat, lon, area.near) <= area.near.radius_km)
    return out


def _area(
    near: Annotated[
        str | None,
        Query(
            max_length=60,
            description="`lat,lon` in degrees: only what lies within `radius_km` of this point (great-circle distance).",
            examples=["48.8566,2.3522"],
        ),
    ] = None,
    radius_km: Annotated[float | None, Query(gt=0, le=MAX_RADIUS_KM, description="The radius of `near`, in km.")] = None,
    bbox: Annotated[
        str | None,
        Query(
            max_length=100,
            description="`west,south,east,north` in degrees (RFC 7946 order): only what lies inside; west greater than "
            "east crosses the antimeridian.",
            examples=["-10,35,30,60"],
        ),
    ] = None,
) -> Area:
    if radius_km is not None and near is None:
        raise _refuse("near", "radius_km is the radius of near, which is missing.")
    return Area(near=parse_near(near, radius_km) if near is not None else None, bbox=parse_bbox(bbox) if bbox else None)


AreaQuery = Annotated[Area, Depends(_area)]


def wants_geojson(request: Request) -> bool:
    """Whether the caller asked for GeoJSON (`Accept: application/geo+json`)."""
    return GEOJSON in request.headers.get("accept", "")


def feature_collection(items: list[dict[str, Any]], next_page_token: str | None) -> dict[str, Any]:
    """A page of items with `latitude` and `longitude` as a FeatureCollection: a Point per item (null geometry
    without coordinates), the item's fields as properties, and the page token as a foreign member."""
    features = []
    for item in items:
        lat, lon = item.get("latitude"), item.get("longitude")
        point = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
        features.append({"type": "Feature", "id": item.get("id"), "geometry": point, "properties": item})
    return {"type": "FeatureCollection", "features": features, "next_page_token": next_page_token}


def geojson_page(page: dict[str, Any], model: type[BaseModel]) -> JSONResponse:
    """A list's page (`items` and `next_page_token`) answered as GeoJSON, each item shaped by its read model."""
    items = [model.model_validate(item).model_dump(mode="json") for item in page["items"]]
    return JSONResponse(feature_collection(items, page.get("next_page_token")), media_type=GEOJSON)


GEOJSON_ANSWER = {
    "content": {
        GEOJSON: {
            "schema": {
                "type": "object",
                "description": "With `Accept: application/geo+json`: the same page as an RFC 7946 FeatureCollection, a "
                "Point feature per item (null geometry without coordinates), its fields as properties, and "
                "`next_page_token` as a foreign member.",
                "required": ["type", "features"],
                "properties": {
                    "type": {"type": "string", "enum": ["FeatureCollection"]},
                    "features": {"type": "array", "items": {"type": "object"}},
                    "next_page_token": {"type": ["string", "null"]},
                },
            }
        }
    }
}
