"""Use cases of the insights API: the catalogue, series (JSON and CSV), the summary and the map."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.insights import domain, repository
from services.insights.auth import covenant_of, ensure_may_read, may_read
from services.insights.domain import MetricKind, SeriesInterval
from services.insights.metrics import CATALOGUE, METRICS, Metric
from services.insights.rules.action_plans import OPEN_STATUSES
from shared.exports import csv_line
from shared.identity import Identity
from shared.problems import Problem

# `from` and `to` default to the last 365 days, today included.
DEFAULT_DAYS = 365


@dataclass(frozen=True)
class SeriesQuery:
    """A series as asked: the metric, the range, the interval, the grouping and the filters."""

    metric: str
    since: date | None
    until: date | None
    interval: SeriesInterval
    group_by: str | None
    filters: dict[str, str] = field(default_factory=dict)


def list_metrics(identity: Identity) -> dict:
    """The metrics the caller may read."""
    items = [
        {
            "name": m.name,
            "title": m.title,
            "description": m.description,
            "kind": m.kind,
            "unit": m.unit,
            "group_by": list(m.group_by),
            "filters": list(m.filters),
        }
        for m in CATALOGUE
        if may_read(identity, m)
    ]
    return {"items": items}


def _invalid(rule: str, pointer: str, detail: str) -> Problem:
    # a domain rule, named: the schema gives a metric's name as text, the catalogue says which exist
    return Problem(422, detail, errors=[{"rule": rule, "pointer": pointer, "detail": detail}])


def _checked(identity: Identity, query: SeriesQuery, today: date) -> tuple[Metric, date, date, dict[str, str]]:
    metric = METRICS.get(query.metric)
    if metric is None:
        raise _invalid("known_metric", "query:metric", f"No metric {query.metric!r}; GET /v1/insights/metrics lists them.")
    if query.group_by is not None and query.group_by not in metric.group_by:
        raise _invalid(
            "metric_grouping",
            "query:group_by",
            f"{metric.name} is grouped by one of {', '.join(metric.group_by)}, not {query.group_by!r}.",
        )
    for name in query.filters:
        if name not in metric.filters:
            allowed = ", ".join(metric.filters) or "nothing"
            raise _invalid("metric_filter", f"query:{name}", f"{metric.name} is filtered by {allowed}, not {name}.")
    until = query.until or today
    since = query.since or (until - timedelta(days=DEFAULT_DAYS - 1))
    if since > until:
        raise _invalid("range_ordered", "query:from", "`from` is after `to`.")
    if domain.period_count(since, until, query.interval) > domain.MAX_PERIODS:
        raise _invalid(
            "range_length",
            "query:interval",
            f"More than {domain.MAX_PERIODS} periods: choose a longer interval or a shorter range.",
        )
    filters = dict(query.filters)
    covenant = ensure_may_read(identity, metric, filters.get("regional_covenant"))
    if covenant is not None:
        filters["regional_covenant"] = covenant
    return metric, since, until, filters


async def series(session: AsyncSession, identity: Identity, query: SeriesQuery, today: date) -> dict:
    """A metric's series over a range, one per group, every period present."""
    metric, since, until, filters = _checked(identity, query, today)
    rows = await repository.daily_values(session, metric.name, None if metric.kind == MetricKind.stock else since, until)
    kept = [(day, dims, value) for day, dims, value in rows if domain.matches(dims, filters)]
    lines = domain.build_series(kept, metric.kind, since, until, query.interval, query.group_by)
    return {
        "metric": metric.name,
        "interval": query.interval,
        "from": since,
        "to": until,
        "group_by": query.group_by,
        "series": [{"group": s.group, "points": [{"period": p, "value": v} for p, v in s.points]} for s in lines],
    }


async def series_csv(session: AsyncSession, identity: Identity, query: SeriesQuery, today: date) -> Iterator[str]:
    """The same series as CSV lines `period,group,value`, text cells escaped against formulas."""
    found = await series(session, identity, query, today)

    def lines() -> Iterator[str]:
        yield csv_line(["period", "group", "value"])
        for line in found["series"]:
            for point in line["points"]:
                yield csv_line([point["period"].isoformat(), line["group"] or "", point["value"]])

    return lines()


SUMMARY_METRICS = (
    "applications.by_state",
    "applications.refused_by_rule",
    "applications.reviews",
    "applications.review_scores",
    "indicators.by_trajectory",
    "covenant.emissions_progress",
    *(f"pairing.{e}" for e in ("proposed", "confirmed", "declined", "dissolved", "completed", "active", "activities")),
    "action_plans.by_state",
    "actions.by_status",
    "covenant.signatories",
    "covenant.badges",
    "value_chains.organisations",
    "value_chains.opportunities",
    "value_chains.matches",
    "value_chains.agreements",
    "knowledge.practices",
    "knowledge.practices_by_theme",
)


async def summary(session: AsyncSession, identity: Identity) -> dict:
    """Every section of the landing page from the running totals; a covenant office's covenant only."""
    totals = await repository.metric_totals(session, SUMMARY_METRICS)
    events, last = await repository.progress(session)
    covenant = covenant_of(identity)

    def total(metric: str, **filters: str) -> int:
        return round(sum(v for d, v in totals.get(metric, []) if domain.matches(d, filters)))

    def by(metric: str, dimension: str, **filters: str) -> dict[str, Any]:
        return domain.sum_by([(d, v) for d, v in totals.get(metric, []) if domain.matches(d, filters)], dimension)

    where = {} if covenant is None else {"regional_covenant": covenant}
    out: dict[str, Any] = {
        "as_of": datetime.fromisoformat(last) if last else None,
        "events_applied": events,
        "covenant": {
            "signatories": total("covenant.signatories", **where),
            "by_status": by("covenant.signatories", "status", **where),
            "by_regional_covenant": by("covenant.signatories", "regional_covenant", **where),
            "by_badge": by("covenant.badges", "badge", **where),
            **{
                f"emissions_{part}_tco2e": float(by("covenant.emissions_progress", "inventory", **where).get(part, 0))
                for part in ("baseline", "latest_monitoring")
            },
        },
    }
    if covenant is not None:
        return out | {k: None for k in ("applications", "pairing", "action_plans", "value_chains", "knowledge")}
    statuses = by("actions.by_status", "status")
    open_actions = sum(v for k, v in statuses.items() if k in OPEN_STATUSES)
    pairs = by("pairing.confirmed", "region_pair")
    return out | {
        "applications": {
            "total": total("applications.by_state"),
            "by_state": by("applications.by_state", "state"),
            "refused_by_rule": by("applications.refused_by_rule", "rule"),
            "reviews": total("applications.reviews"),
            "mean_score_by_criterion": domain.mean_by(totals.get("applications.review_scores", []), "criterion", "score"),
        },
        "pairing": {
            **{e: total(f"pairing.{e}") for e in ("proposed", "confirmed", "declined", "dissolved", "completed", "active")},
            "by_region_pair": [{"regions": k.split("+"), "count": int(v)} for k, v in pairs.items()],
            "activities": total("pairing.activities"),
        },
        "action_plans": {
            "plans_by_state": by("action_plans.by_state", "state"),
            "actions_by_status": statuses,
            "late_share": domain.share(statuses.get("late", 0), open_actions),
            "actions_by_theme": by("actions.by_status", "theme"),
            "indicators_by_trajectory": by("indicators.by_trajectory", "trajectory"),
        },
        "value_chains": {k: total(f"value_chains.{k}") for k in ("organisations", "opportunities", "matches", "agreements")},
        "knowledge": {
            "practices_published": total("knowledge.practices"),
            "by_theme": by("knowledge.practices_by_theme", "theme"),
        },
    }


def _position(attributes: dict[str, Any]) -> list[float] | None:
    lat, lon = attributes.get("latitude"), attributes.get("longitude")
    return None if lat is None or lon is None else [lon, lat]


# The pairings drawn as lines, and those that make a city `paired`.
DRAWN = ("proposed", "confirmed", "completed")
PAIRED = ("confirmed", "completed")


async def world_map(session: AsyncSession, identity: Identity, world_region: str | None, regional_covenant: str | None) -> dict:
    """Cities, the lines of their pairings, and signatories, as GeoJSON; each filter narrows the
    features it applies to (world_region: cities and pairings; regional_covenant: signatories)."""
    own = covenant_of(identity)
    if own is not None and regional_covenant not in (None, own):
        raise Problem(403, f"This key reads the figures of regional covenant {own} only.")
    regional_covenant = own or regional_covenant
    kinds = ("signatory",) if own is not None else ("city", "pairing", "signatory")
    found = await repository.entities(session, kinds)
    cities = dict(found.get("city", []))
    lines: list[dict[str, Any]] = []
    points: list[dict[str, Any]] = []
    paired: set[str] = set()
    for id_, p in found.get("pairing", []):
        ends = p.get("cities") or []
        if p.get("state") not in DRAWN or len(ends) != 2:
            continue
        if world_region is not None and world_region not in str(p.get("region_pair", "")).split("+"):
            continue
        if p["state"] in PAIRED:
            paired.update(ends)
        line = [_position(cities.get(c, {})) for c in ends]
        if None not in line:
            lines.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "LineString", "coordinates": line},
                    "properties": {"kind": "pairing", "id": id_, "state": p["state"], "cities": ends},
                }
            )
    for id_, c in cities.items():
        at = _position(c)
        if at is None or (world_region is not None and c.get("world_region") != world_region):
            continue
        properties = {k: c.get(k) for k in ("name", "country_code", "world_region")}
        points.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": at},
                "properties": {"kind": "city", "id": id_, **properties, "paired": id_ in paired},
            }
        )
    signatories: list[dict[str, Any]] = []
    for id_, s in found.get("signatory", []):
        at = _position(s)
        if at is None or (regional_covenant is not None and s.get("regional_covenant") != regional_covenant):
            continue
        properties = {k: s.get(k) for k in ("name", "status", "regional_covenant")}
        signatories.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": at},
                "properties": {"kind": "signatory", "id": id_, **properties},
            }
        )
    return {"type": "FeatureCollection", "features": points + lines + signatories}
