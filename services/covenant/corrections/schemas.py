"""Wire models of corrections: what a PATCH may change, and the history of changes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from services.covenant.domain import InventoryKind, Pillar, ReportKind, Sector, TargetType
from services.covenant.reports.schemas import HazardIn, InventoryRowIn, Year
from services.covenant.targets import IntensityUnit
from shared.schemas import NotNull, ReadModel, StrictInput

Resource = Literal["inventory", "risk_assessment", "energy_access_assessment", "target", "report"]


class InventoryUpdate(StrictInput):
    kind: NotNull(InventoryKind) = None
    year: NotNull(Year) = None
    population: int | None = Field(None, ge=0, le=2_000_000_000)
    submitted_on: NotNull(date) = None
    rows: NotNull(list[InventoryRowIn]) = Field(None, min_length=1, max_length=2000, description="Replaces every row.")


class RiskAssessmentUpdate(StrictInput):
    year: NotNull(Year) = None
    submitted_on: NotNull(date) = None
    hazards: NotNull(list[HazardIn]) = Field(None, min_length=1, max_length=100)
    vulnerable_groups: NotNull(list[Annotated[str, StringConstraints(max_length=100)]]) = Field(None, max_length=50)


class EnergyAccessAssessmentUpdate(StrictInput):
    year: NotNull(Year) = None
    submitted_on: NotNull(date) = None
    electricity_access_percent: float | None = Field(None, ge=0, le=100)
    clean_cooking_access_percent: float | None = Field(None, ge=0, le=100)
    notes: NotNull(str) = Field(None, max_length=5000)


class ReportUpdate(StrictInput):
    kind: NotNull(ReportKind) = None
    pillars: NotNull(list[Pillar]) = Field(None, max_length=len(Pillar))
    submitted_on: NotNull(date) = None
    title: NotNull(str) = Field(None, max_length=500)


class TargetUpdate(StrictInput):
    """The changed fields; the target they make is checked as a new one is (422 naming the rules)."""

    type: NotNull(TargetType) = None
    base_year: Year | None = None
    target_year: NotNull(Year) = None
    reduction_percent: float | None = None
    fixed_level_tco2e: float | None = Field(None, ge=0)
    bau_emissions_tco2e: float | None = Field(None, gt=0)
    intensity_unit: IntensityUnit | None = None
    base_intensity: float | None = Field(None, gt=0)
    target_denominator: float | None = Field(None, gt=0)
    denominator_unit: str | None = Field(None, max_length=40)
    sectors: NotNull(list[Sector]) = Field(None, max_length=len(Sector))
    description: NotNull(str) = Field(None, max_length=5000)


class SubmissionChangeRead(ReadModel):
    id: str
    resource: Resource
    resource_id: str
    action: Literal["updated", "deleted"]
    actor: str = Field(description="The API key (or client) that made the change.")
    actor_role: str
    changes: dict = Field(description='field -> {"from": old, "to": new}; a deletion has the whole record under "from".')
    changed_at: datetime


class SubmissionChangePage(BaseModel):
    items: list[SubmissionChangeRead]
    next_page_token: str | None = None
