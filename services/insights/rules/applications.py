"""Applications and cities: applications by state per call, refusals by eligibility rule, review scores,
and the cities kept for the map."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.insights.domain import Change, Key, Known, change, move, move_many
from services.insights.rules import rule
from shared.contracts import applications as apps


def _keep_city(known: Known, city: apps.CityProfile) -> None:
    known.put(
        "city",
        city.city_id,
        {
            "name": city.name,
            "country_code": city.country_code,
            "world_region": city.world_region,
            "latitude": city.latitude,
            "longitude": city.longitude,
        },
    )


@rule(apps.CityRegistered)
def city_registered(day: date, p: apps.CityRegistered, known: Known) -> list[Change]:
    """A new city: counted, and kept for its region and coordinates."""
    _keep_city(known, p.city)
    return [change("cities.registered", day, {"world_region": p.city.world_region, "country_code": p.city.country_code})]


@rule(apps.CityUpdated)
def city_updated(day: date, p: apps.CityUpdated, known: Known) -> list[Change]:
    """A city's profile changed: what is kept of it follows."""
    _keep_city(known, p.city)
    return []


def _app_refs(p: Any) -> list[Key]:
    return [("application", p.application_id), ("city", p.city_id)]


def _dims(p: Any, known: Known) -> dict[str, Any]:
    city = known.get("city", p.city_id) or {}
    return {"call_id": p.call_id, "world_region": city.get("world_region"), "country_code": city.get("country_code")}


def _application(day: date, p: Any, state: str, flow: str, known: Known) -> list[Change]:
    dims = _dims(p, known)
    old = known.get("application", p.application_id)
    known.put("application", p.application_id, {"state": state, **dims})
    return [change(flow, day, dims), *move("applications.by_state", day, old, {"state": state, **dims})]


@rule(apps.ApplicationSubmitted, _app_refs)
def application_submitted(day: date, p: apps.ApplicationSubmitted, known: Known) -> list[Change]:
    """Submitted: a flow, and the application's stock moves to submitted."""
    return _application(day, p, "submitted", "applications.submitted", known)


@rule(apps.ApplicationAccepted, _app_refs)
@rule(apps.ApplicationAcceptedV2, _app_refs)
def application_accepted(day: date, p: apps.ApplicationAccepted, known: Known) -> list[Change]:
    """Accepted: it carries the city's profile (and its members'), kept for the map."""
    for city in (p.city, *p.member_cities):
        _keep_city(known, city)
    return _application(day, p, "accepted", "applications.accepted", known)


@rule(apps.ApplicationRejected, _app_refs)
def application_rejected(day: date, p: apps.ApplicationRejected, known: Known) -> list[Change]:
    """Rejected: a flow, and the stock moves to rejected."""
    return _application(day, p, "rejected", "applications.rejected", known)


@rule(apps.ApplicationWithdrawn, _app_refs)
def application_withdrawn(day: date, p: apps.ApplicationWithdrawn, known: Known) -> list[Change]:
    """Withdrawn: a flow, and the stock moves to withdrawn."""
    return _application(day, p, "withdrawn", "applications.withdrawn", known)


@rule(apps.ApplicationRefused, _app_refs)
def application_refused(day: date, p: apps.ApplicationRefused, known: Known) -> list[Change]:
    """A submission the eligibility rules refused: one count per rule it broke (the application does not move)."""
    dims = _dims(p, known)
    return [change("applications.refused_by_rule", day, {"rule": r, **dims}) for r in sorted(set(p.rules))]


def _review_refs(p: Any) -> list[Key]:
    return [*_app_refs(p), ("review", p.review_id)]


def _score_buckets(scores: dict[str, int | None], dims: dict[str, Any]) -> list[tuple[dict[str, Any], float]]:
    """A review's scores as buckets of applications.review_scores (a criterion scored N/A counts in none)."""
    return [({"criterion": c, "score": str(s), **dims}, 1) for c, s in sorted(scores.items()) if s is not None]


@rule(apps.ApplicationReviewed, _app_refs)
@rule(apps.ApplicationReviewedV2, _review_refs)
def application_reviewed(day: date, p: apps.ApplicationReviewed, known: Known) -> list[Change]:
    """A review: counted by recommendation, and each score it gives counted by criterion and score (N/A none);
    from v2 on the review is kept, so that an edit replaces its scores."""
    dims = _dims(p, known)
    out = [change("applications.reviews", day, {"recommendation": p.recommendation, **dims})]
    out += [change("applications.review_scores", day, bucket) for bucket, _ in _score_buckets(p.scores, dims)]
    if isinstance(p, apps.ApplicationReviewedV2):
        known.put("review", p.review_id, {"scores": dict(p.scores), "recommendation": p.recommendation, **dims})
    return out


@rule(apps.ReviewUpdated, _review_refs)
def review_updated(day: date, p: apps.ReviewUpdated, known: Known) -> list[Change]:
    """An edited review replaces its scores and recommendation in the figures (-1 on what it gave, +1 on what it
    gives now, on the day of the edit). A review known only from a v1 event (no review id) changes nothing."""
    old = known.get("review", p.review_id)
    if old is None:
        return []
    before = {k: old[k] for k in ("call_id", "world_region", "country_code")}
    dims = _dims(p, known)
    known.put("review", p.review_id, {"scores": dict(p.scores), "recommendation": p.recommendation, **dims})
    out = move(
        "applications.reviews",
        day,
        {"recommendation": old["recommendation"], **before},
        {"recommendation": p.recommendation, **dims},
    )
    return out + move_many(
        "applications.review_scores", day, _score_buckets(old["scores"], before), _score_buckets(p.scores, dims)
    )
