"""Use cases of progress reports: freeze a plan's snapshot for a period, list, read, compare."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.action_plans import repository
from services.action_plans.auth import ensure_may_edit
from services.action_plans.domain import compare_snapshots
from services.action_plans.models import Plan, ProgressReport
from services.action_plans.reports.schemas import ReportCreate
from services.action_plans.service import get_plan
from services.action_plans.status import indicator_facts
from services.action_plans.trajectory import next_goal, progress
from shared.identity import Identity
from shared.pagination import PageParams
from shared.problems import Problem
from shared.repository import get_or_404


async def snapshot(session: AsyncSession, plan: Plan, today: date) -> dict:
    """The plan as it stands today: actions with their tasks, indicators with their progress."""
    actions = await repository.plan_actions(session, plan.id)
    indicators = await repository.plan_indicators(session, plan.id)
    by_status: dict[str, int] = {}
    for a in actions:
        by_status[a.status] = by_status.get(a.status, 0) + 1
    ind_out = []
    for i in indicators:
        facts = indicator_facts(i)
        goal = next_goal(facts, today)
        ind_out.append(
            {
                "id": i.id,
                "name": i.name,
                "unit": i.unit,
                "latest": facts.latest[1] if facts.latest else None,
                "next_goal": {"on": goal[0].isoformat(), "value": goal[1]} if goal else None,
                "progress": progress(facts, today),
            }
        )
    return {
        "taken_on": today.isoformat(),
        "plan": {"id": plan.id, "title": plan.title, "kind": plan.kind, "state": plan.state},
        "actions_by_status": by_status,
        "actions": [
            {
                "id": a.id,
                "title": a.title,
                "status": a.status,
                "status_reasons": list(a.status_reasons),
                "tasks": [
                    {
                        "id": t.id,
                        "title": t.title,
                        "state": t.state,
                        "due_on": t.due_on.isoformat(),
                        "completed_at": t.completed_at.isoformat() if t.completed_at else None,
                    }
                    for t in a.tasks
                ],
            }
            for a in actions
        ],
        "indicators": ind_out,
    }


async def create_report(
    session: AsyncSession, identity: Identity, plan_id: str, data: ReportCreate, today: date, now: datetime
) -> ProgressReport:
    """Freeze a snapshot of the plan for a reporting period."""
    plan = await get_plan(session, plan_id)
    ensure_may_edit(identity, plan)
    report = ProgressReport(
        plan_id=plan.id,
        title=data.title or f"Progress {data.period_start.isoformat()} to {data.period_end.isoformat()}",
        period_start=data.period_start,
        period_end=data.period_end,
        snapshot=await snapshot(session, plan, today),
        created_by=identity.subject,
        created_at=now,
    )
    session.add(report)
    await session.flush()
    return report


async def list_reports(session: AsyncSession, plan_id: str, page: PageParams) -> dict:
    """A page of the plan's progress reports, oldest first."""
    repository.REPORTS.check(page)  # a bad token is 400 whatever the plan
    await get_plan(session, plan_id)
    return await repository.list_reports(session, plan_id, page)


async def get_report(session: AsyncSession, report_id: str) -> ProgressReport:
    """One progress report, or 404."""
    return await get_or_404(session, ProgressReport, report_id, what="progress report")


async def compare_reports(session: AsyncSession, report_id: str, base_report_id: str) -> dict:
    """What changed between two reports of the same plan."""
    report = await get_report(session, report_id)
    base = await get_report(session, base_report_id)
    if report.plan_id != base.plan_id:
        raise Problem(
            422,
            "Both reports must be of the same plan.",
            errors=[{"pointer": "query:base_report_id", "rule": "same_plan", "detail": "the base report is of another plan"}],
        )
    return {"base_report_id": base.id, "report_id": report.id, **compare_snapshots(base.snapshot, report.snapshot)}
