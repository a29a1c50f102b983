"""Wire models of what a signatory submits (commitments: ../schemas.py, as syncs carry them too)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from services.covenant.domain import (
    EmissionScope,
    ExpectedChange,
    FactorType,
    InventoryKind,
    Level,
    Pillar,
    ReportKind,
    Sector,
    TargetType,
)
from shared.schemas import ReadModel, StrictInput, Text

Year = Annotated[int, Field(ge=1950, le=2100)]


# --- targets ----------------------------------------------------------------------------


class TargetCreate(StrictInput):
    type: TargetType
    base_year: Year | None = None
    target_year: Year
    reduction_percent: float | None = Field(None, description="Reduction against the base (0-100].")
    sectors: list[Sector] = Field(default_factory=list, max_length=len(Sector))
    description: str = Field("", max_length=5000)


class TargetRead(ReadModel):
    id: str
    commitment_id: str
    type: TargetType
    base_year: int | None
    target_year: int
    reduction_percent: float | None
    sectors: list[str]
    description: str
    created_at: datetime


# --- inventories and assessments --------------------------------------------------------


class InventoryRowIn(StrictInput):
    sector: Sector
    scope: EmissionScope
    activity_mwh: float | None = Field(None, ge=0)
    emissions_tco2e: float = Field(ge=0)
    factor_type: FactorType = FactorType.ipcc


class InventoryRowRead(ReadModel):
    sector: Sector
    scope: EmissionScope
    activity_mwh: float | None = Field(description="Negative on an imported line that corrects others (the JRC file's).")
    emissions_tco2e: float = Field(description="Negative on an imported line that corrects others (the JRC file's).")
    factor_type: FactorType


class InventoryCreate(StrictInput):
    external_id: str | None = Field(None, max_length=40)
    kind: InventoryKind
    year: Year
    population: int | None = Field(None, ge=0, le=2_000_000_000)
    submitted_on: date | None = Field(None, description="Defaults to today.")
    rows: list[InventoryRowIn] = Field(min_length=1, max_length=2000)


class InventoryRead(ReadModel):
    id: str
    signatory_id: str
    external_id: str | None
    kind: InventoryKind
    year: int
    population: int | None
    submitted_on: date
    total_emissions_tco2e: float = Field(validation_alias="total_emissions")
    rows: list[InventoryRowRead]
    version: int
    created_at: datetime


class InventoryPage(BaseModel):
    items: list[InventoryRead]
    next_page_token: str | None = None


class HazardIn(StrictInput):
    hazard: Text(2, 60, lower=True) = Field(
        description="e.g. extreme_heat, floods, droughts, storms, sea_level_rise, forest_fires."
    )
    probability: Level
    impact: Level
    expected_change: ExpectedChange = ExpectedChange.unknown
    timeframe: Literal["current", "short_term", "medium_term", "long_term", "unknown"] = "unknown"


class RiskAssessmentCreate(StrictInput):
    year: Year
    submitted_on: date | None = None
    hazards: list[HazardIn] = Field(min_length=1, max_length=100)
    # The groups the covenant's reporting template names (children, elderly, low income...): a dozen.
    vulnerable_groups: list[Annotated[str, StringConstraints(max_length=100)]] = Field(default_factory=list, max_length=50)


class RiskAssessmentRead(ReadModel):
    id: str
    signatory_id: str
    year: int
    submitted_on: date
    hazards: list[HazardIn]
    vulnerable_groups: list[str]
    created_at: datetime


class EnergyAccessAssessmentCreate(StrictInput):
    year: Year
    submitted_on: date | None = None
    electricity_access_percent: float | None = Field(None, ge=0, le=100)
    clean_cooking_access_percent: float | None = Field(None, ge=0, le=100)
    notes: str = Field("", max_length=5000)


class EnergyAccessAssessmentRead(ReadModel):
    id: str
    signatory_id: str
    year: int
    submitted_on: date
    electricity_access_percent: float | None
    clean_cooking_access_percent: float | None
    notes: str
    created_at: datetime


# --- action plans and monitoring reports ------------------------------------------------


class ReportCreate(StrictInput):
    kind: ReportKind
    pillars: list[Pillar] = Field(
        default_factory=list, max_length=len(Pillar), description="Pillars covered; empty means every committed pillar."
    )
    submitted_on: date | None = None
    title: str = Field("", max_length=500)


class ReportRead(ReadModel):
    id: str
    signatory_id: str
    kind: ReportKind
    pillars: list[Pillar]
    submitted_on: date
    title: str
    source: str
    external_id: str | None
    created_at: datetime
