"""Wire models of progress reports and their comparison."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, model_validator

from services.action_plans.schemas import Title
from shared.schemas import ReadModel, StrictInput, rule_broken


class ReportCreate(StrictInput):
    title: Title | None = None
    period_start: date
    period_end: date

    @model_validator(mode="after")
    def _period(self) -> ReportCreate:
        if self.period_end < self.period_start:
            raise rule_broken("period_order", "period_end is before period_start")
        return self


class ReportRead(ReadModel):
    id: str
    plan_id: str
    title: str
    period_start: date
    period_end: date
    snapshot: dict
    created_by: str
    created_at: datetime


class ReportSummary(ReadModel):
    id: str
    plan_id: str
    title: str
    period_start: date
    period_end: date
    created_at: datetime


class ReportPage(BaseModel):
    items: list[ReportSummary]
    next_page_token: str | None = None


class ReportComparison(BaseModel):
    base_report_id: str
    report_id: str
    status_changes: list[dict]
    progress_changes: list[dict]
    completed_tasks: list[dict]
    actions_added: list[str]
    actions_removed: list[str]
