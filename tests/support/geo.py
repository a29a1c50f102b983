"""Places whose distances are known, for the tests of the `near=` and `bbox=` list filters (shared.geo).

The distances from Paris are great-circle distances on the mean Earth sphere (6,371.0088 km), computed with the
spherical law of cosines, not the haversine formula the code uses, and agree with published figures (Paris to
London about 344 km, to Brussels 264 km, to Lyon 392 km).
"""

from __future__ import annotations

from geojson_pydantic import FeatureCollection

PARIS = (48.8566, 2.3522)
PLACES = {
    "Paris": PARIS,
    "Brussels": (50.8503, 4.3517),  # 264.0 km from Paris
    "London": (51.5074, -0.1278),  # 343.6 km
    "Lyon": (45.7640, 4.8357),  # 391.5 km
    "Suva": (-18.1248, 178.4501),  # east of the antimeridian's west side; Apia is 1,149 km away across it
    "Apia": (-13.8333, -171.7667),
}

# (radius in km, the places within it of Paris)
AROUND_PARIS = [
    (100, {"Paris"}),
    (300, {"Paris", "Brussels"}),
    (350, {"Paris", "Brussels", "London"}),
    (390, {"Paris", "Brussels", "London"}),
    (393, {"Paris", "Brussels", "London", "Lyon"}),
]


def near(place: tuple[float, float], radius_km: float) -> dict[str, str]:
    """The query parameters of a `near=` filter."""
    return {"near": f"{place[0]},{place[1]}", "radius_km": str(radius_km)}


def valid_feature_collection(body: dict) -> FeatureCollection:
    """The body as an RFC 7946 FeatureCollection, or a validation error."""
    return FeatureCollection.model_validate(body)
