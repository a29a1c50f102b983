"""HTTP routes of the insights service: thin, they parse, authorise and call service.py."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from services.insights import service
from services.insights.auth import InsightsRead
from services.insights.domain import SeriesInterval
from services.insights.schemas import FeatureCollection, MetricList, SeriesRead, SummaryRead
from shared.clock import ClockDep
from shared.exports import CSV_ANSWER, CSV_ESCAPING
from shared.service import SessionDep

router = APIRouter(prefix="/v1/insights", tags=["insights"])


def series_query(
    metric: Annotated[str, Query(min_length=1, max_length=100, description="A metric of GET /v1/insights/metrics.")],
    from_: Annotated[date | None, Query(alias="from", description="First day (default: 364 days before `to`).")] = None,
    to: Annotated[date | None, Query(description="Last day, included (default: today, UTC).")] = None,
    interval: Annotated[SeriesInterval, Query(description="day, week (from Monday) or month.")] = SeriesInterval.month,
    group_by: Annotated[str | None, Query(max_length=100, description="One of the metric's group_by dimensions.")] = None,
    call_id: Annotated[str | None, Query(max_length=100, description="Only this call (metrics that list it).")] = None,
    world_region: Annotated[
        str | None, Query(max_length=100, description="Only this world region (a pairing: either party).")
    ] = None,
    regional_covenant: Annotated[str | None, Query(max_length=100, description="Only this regional covenant.")] = None,
    country_code: Annotated[str | None, Query(max_length=100, description="Only this country (ISO 3166-1 alpha-2).")] = None,
) -> service.SeriesQuery:
    """The series parameters of both the JSON and the CSV answer."""
    filters = {
        "call_id": call_id,
        "world_region": world_region,
        "regional_covenant": regional_covenant,
        "country_code": country_code,
    }
    return service.SeriesQuery(metric, from_, to, interval, group_by, {k: v for k, v in filters.items() if v is not None})


SeriesQueryDep = Annotated[service.SeriesQuery, Depends(series_query)]


@router.get("/metrics", response_model=MetricList)
async def list_insight_metrics(identity: InsightsRead) -> dict:
    """Every metric the caller may read: what it counts, flow or stock, its unit, groupings and filters."""
    return service.list_metrics(identity)


@router.get(
    "/series",
    response_model=SeriesRead,
    responses={422: {"description": "An unknown metric, group_by or filter, or a range that is too long."}},
)
async def get_insight_series(session: SessionDep, identity: InsightsRead, clock: ClockDep, query: SeriesQueryDep) -> dict:
    """A metric over time, per day, ISO week or month, one series per group; every period is present (0 filled).

    A flow's value is what happened in the period; a stock's is its level at the end of the period."""
    return await service.series(session, identity, query, clock.now().date())


@router.get(
    "/series.csv",
    response_class=StreamingResponse,
    description=f"The series as CSV with the columns `period,group,value`. {CSV_ESCAPING}",
    responses={200: CSV_ANSWER, 422: {"description": "An unknown metric, group_by or filter, or a range that is too long."}},
)
async def export_insight_series(session: SessionDep, identity: InsightsRead, clock: ClockDep, query: SeriesQueryDep):
    """The series as CSV with the columns `period,group,value`."""
    lines = await service.series_csv(session, identity, query, clock.now().date())
    return StreamingResponse(
        lines, media_type="text/csv; charset=utf-8", headers={"Content-Disposition": f'attachment; filename="{query.metric}.csv"'}
    )


@router.get("/summary", response_model=SummaryRead)
async def get_insight_summary(session: SessionDep, identity: InsightsRead) -> dict:
    """The landing page's figures in one call: current totals of every section, as of the latest event applied."""
    return await service.summary(session, identity)


@router.get("/map", response_model=FeatureCollection)
async def get_insight_map(
    session: SessionDep,
    identity: InsightsRead,
    world_region: Annotated[
        str | None, Query(max_length=100, description="Only cities of this region and their pairings.")
    ] = None,
    regional_covenant: Annotated[
        str | None, Query(max_length=100, description="Only signatories of this regional covenant.")
    ] = None,
) -> dict:
    """GeoJSON: cities with coordinates, lines joining the cities of proposed, confirmed and completed pairings, and
    signatories with coordinates; positions are [longitude, latitude]."""
    return await service.world_map(session, identity, world_region, regional_covenant)


ROUTERS = (router,)
