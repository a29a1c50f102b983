"""HTTP routes of indicators, goals and measurements: thin, they parse, authorise and call
indicators.service."""

from __future__ import annotations

from fastapi import APIRouter, Response

from services.action_plans.auth import PlansRead, PlansWrite
from services.action_plans.indicators import service
from services.action_plans.indicators.schemas import (
    GoalIn,
    IndicatorCreate,
    IndicatorPage,
    IndicatorRead,
    MeasurementCreate,
    MeasurementPage,
    MeasurementRead,
)
from shared.clock import ClockDep
from shared.concurrency import set_etag
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/action-plans", tags=["action-plans"])


@router.post("/{plan_id}/indicators", status_code=201, response_model=IndicatorRead)
async def create_plan_indicator(
    session: SessionDep, identity: PlansWrite, plan_id: str, body: IndicatorCreate, clock: ClockDep, response: Response
):
    """Add an indicator with a unit, a direction, a baseline and goals; link it from actions."""
    indicator = await service.create_indicator(session, identity, plan_id, body, clock.today(), clock.now())
    response.headers["Location"] = f"/v1/action-plans/indicators/{indicator.id}"
    set_etag(response, indicator.version)
    return indicator


@router.get("/{plan_id}/indicators", response_model=IndicatorPage)
async def list_plan_indicators(session: SessionDep, identity: PlansRead, plan_id: str, page: PageQuery, clock: ClockDep):
    """The plan's indicators with their progress toward the next goal."""
    return await service.list_indicators(session, plan_id, page, clock.today())


@router.get("/indicators/{indicator_id}", response_model=IndicatorRead)
async def get_plan_indicator(session: SessionDep, identity: PlansRead, indicator_id: str, clock: ClockDep, response: Response):
    """One indicator: trajectory, latest measurement, progress, and whether it is behind."""
    indicator = await service.get_indicator(session, indicator_id, clock.today())
    set_etag(response, indicator.version)
    return indicator


@router.post("/indicators/{indicator_id}/goals", response_model=IndicatorRead)
async def set_indicator_goal(
    session: SessionDep, identity: PlansWrite, indicator_id: str, body: GoalIn, clock: ClockDep, response: Response
):
    """Add a dated goal to the trajectory (one of the same date is replaced)."""
    indicator = await service.set_goal(session, identity, indicator_id, body, clock.today(), clock.now())
    set_etag(response, indicator.version)
    return indicator


@router.post("/indicators/{indicator_id}/measurements", status_code=201, response_model=MeasurementRead)
async def record_indicator_measurement(
    session: SessionDep, identity: PlansWrite, indicator_id: str, body: MeasurementCreate, clock: ClockDep
):
    """Record a measured value with its source; publishes indicator.measured."""
    return await service.record_measurement(session, identity, indicator_id, body, clock.today(), clock.now())


@router.get("/indicators/{indicator_id}/measurements", response_model=MeasurementPage)
async def list_indicator_measurements(session: SessionDep, identity: PlansRead, indicator_id: str, page: PageQuery):
    """The indicator's measurements in the order they were recorded."""
    return await service.list_measurements(session, indicator_id, page)
