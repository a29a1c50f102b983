"""HTTP routes of progress reports: thin, they parse, authorise and call reports.service."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from services.action_plans.auth import PlansRead, PlansWrite
from services.action_plans.reports import service
from services.action_plans.reports.schemas import ReportComparison, ReportCreate, ReportPage, ReportRead
from shared.clock import ClockDep
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/action-plans", tags=["action-plans"])


@router.post("/{plan_id}/reports", status_code=201, response_model=ReportRead)
async def create_progress_report(
    session: SessionDep, identity: PlansWrite, plan_id: str, body: ReportCreate, clock: ClockDep, response: Response
):
    """Freeze a snapshot of the plan for a reporting period."""
    report = await service.create_report(session, identity, plan_id, body, clock.today(), clock.now())
    response.headers["Location"] = f"/v1/action-plans/reports/{report.id}"
    return report


@router.get("/{plan_id}/reports", response_model=ReportPage)
async def list_progress_reports(session: SessionDep, identity: PlansRead, plan_id: str, page: PageQuery):
    """The plan's progress reports, oldest first (without their snapshots)."""
    return await service.list_reports(session, plan_id, page)


@router.get("/reports/{report_id}", response_model=ReportRead)
async def get_progress_report(session: SessionDep, identity: PlansRead, report_id: str):
    """One progress report with its snapshot."""
    return await service.get_report(session, report_id)


@router.get("/reports/{report_id}/comparison", response_model=ReportComparison)
async def compare_progress_reports(
    session: SessionDep,
    identity: PlansRead,
    report_id: str,
    base_report_id: Annotated[str, Query(description="The earlier report to compare against.")],
):
    """What changed since the base report: action statuses, indicator progress, completed tasks."""
    return await service.compare_reports(session, report_id, base_report_id)
