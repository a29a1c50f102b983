"""Wire models of the covenant service: what callers send and receive."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from services.covenant.domain import (
    AdhesionType,
    EmissionScope,
    ExpectedChange,
    FactorType,
    Generation,
    InventoryKind,
    Level,
    Pillar,
    ReportKind,
    Sector,
    SignatoryStatus,
    TargetType,
)

CountryCode = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, min_length=2, max_length=2)]
GcomId = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Z]{2}[0-9A-Z_]{1,16}$")]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Year = Annotated[int, Field(ge=1950, le=2100)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- signatories ------------------------------------------------------------------------


class CommitmentIn(_In):
    pillar: Pillar
    generation: Generation
    committed_on: date | None = Field(None, description="Defaults to the adhesion date.")


class CommitmentRead(BaseModel):
    id: str
    pillar: Pillar
    generation: Generation
    committed_on: date


class GroupRef(_In):
    organisation_id: str | None = Field(None, max_length=40)
    name: str | None = Field(None, max_length=500)


class SignatoryUpsert(_In):
    """The whole record a regional office syncs; a sync never removes a commitment."""

    organisation_id: str | None = Field(None, max_length=40, description="The MyCovenant organisation id.")
    name: Name
    country_code: CountryCode = Field(description="ISO 3166-1 alpha-2; decides the regional covenant.")
    population: int | None = Field(None, ge=0, description="Population at adhesion.")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    adhesion_date: date = Field(description="The date of the council decision.")
    adhesion_type: AdhesionType = AdhesionType.individual
    group_profile: bool = Field(False, description="The signatory is a group of local authorities.")
    reporting_expected: bool = Field(True, description="False for members of a joint plan and group coordinators.")
    group: GroupRef | None = Field(None, description="The group the signatory belongs to, if any.")
    coordinators: list[Name] = []
    supporters: list[Name] = []
    commitments: list[CommitmentIn] = []
    reported_status: SignatoryStatus | None = Field(
        None, description="The office's status; `withdrawn` withdraws the signatory, the others are kept for reference."
    )


class BatchItem(SignatoryUpsert):
    gcom_id: GcomId
    if_match: str | None = Field(None, description='The ETag the office last read (e.g. "3"); stale -> 412 for this item.')


class BatchUpsert(_In):
    items: list[BatchItem] = Field(min_length=1, max_length=1000)


class BatchItemResult(BaseModel):
    index: int
    gcom_id: str
    status: int = Field(description="200 updated or unchanged, 201 created, 4xx refused (see problem).")
    outcome: Literal["created", "updated", "unchanged", "refused"]
    id: str | None = None
    etag: str | None = None
    problem: dict | None = Field(None, description="An RFC 9457 problem for a refused item.")


class BatchResult(BaseModel):
    items: list[BatchItemResult]


class ComplianceSummary(BaseModel):
    assessed_on: date | None
    next_change_on: date | None
    missing: list[dict]


class SignatoryRead(BaseModel):
    id: str
    gcom_id: str | None
    organisation_id: str | None
    name: str
    country_code: str
    regional_covenant: str
    population: int | None
    latitude: float | None
    longitude: float | None
    adhesion_date: date
    adhesion_type: AdhesionType
    group_profile: bool
    reporting_expected: bool
    group: GroupRef | None
    coordinators: list[str]
    supporters: list[str]
    status: SignatoryStatus
    reported_status: SignatoryStatus | None
    badges: list[str]
    commitments: list[CommitmentRead]
    compliance: ComplianceSummary
    withdrawn_at: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime


class SignatoryPage(BaseModel):
    items: list[SignatoryRead]
    next_page_token: str | None = None


class Withdrawal(_In):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=2000)]


# --- commitments and targets ------------------------------------------------------------


class TargetCreate(_In):
    type: TargetType
    base_year: Year | None = None
    target_year: Year
    reduction_percent: float | None = Field(None, description="Reduction against the base (0-100].")
    sectors: list[Sector] = []
    description: str = Field("", max_length=5000)


class TargetRead(BaseModel):
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


class InventoryRowIn(_In):
    sector: Sector
    scope: EmissionScope
    activity_mwh: float | None = Field(None, ge=0)
    emissions_tco2e: float = Field(ge=0)
    factor_type: FactorType = FactorType.ipcc


class InventoryCreate(_In):
    external_id: str | None = Field(None, max_length=40)
    kind: InventoryKind
    year: Year
    population: int | None = Field(None, ge=0)
    submitted_on: date | None = Field(None, description="Defaults to today.")
    rows: list[InventoryRowIn] = Field(min_length=1, max_length=2000)


class InventoryRead(BaseModel):
    id: str
    signatory_id: str
    external_id: str | None
    kind: InventoryKind
    year: int
    population: int | None
    submitted_on: date
    total_emissions_tco2e: float
    rows: list[InventoryRowIn]
    version: int
    created_at: datetime


class InventoryPage(BaseModel):
    items: list[InventoryRead]
    next_page_token: str | None = None


class HazardIn(_In):
    hazard: Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=60)] = Field(
        description="e.g. extreme_heat, floods, droughts, storms, sea_level_rise, forest_fires."
    )
    probability: Level
    impact: Level
    expected_change: ExpectedChange = ExpectedChange.unknown
    timeframe: Literal["current", "short_term", "medium_term", "long_term", "unknown"] = "unknown"


class RiskAssessmentCreate(_In):
    year: Year
    submitted_on: date | None = None
    hazards: list[HazardIn] = Field(min_length=1, max_length=100)
    vulnerable_groups: list[Annotated[str, StringConstraints(max_length=100)]] = []


class RiskAssessmentRead(BaseModel):
    id: str
    signatory_id: str
    year: int
    submitted_on: date
    hazards: list[HazardIn]
    vulnerable_groups: list[str]
    created_at: datetime


class EnergyAccessAssessmentCreate(_In):
    year: Year
    submitted_on: date | None = None
    electricity_access_percent: float | None = Field(None, ge=0, le=100)
    clean_cooking_access_percent: float | None = Field(None, ge=0, le=100)
    notes: str = Field("", max_length=5000)


class EnergyAccessAssessmentRead(BaseModel):
    id: str
    signatory_id: str
    year: int
    submitted_on: date
    electricity_access_percent: float | None
    clean_cooking_access_percent: float | None
    notes: str
    created_at: datetime


class ReportCreate(_In):
    kind: ReportKind
    pillars: list[Pillar] = Field(default_factory=list, description="Pillars covered; empty means every committed pillar.")
    submitted_on: date | None = None
    title: str = Field("", max_length=500)


class ReportRead(BaseModel):
    id: str
    signatory_id: str
    kind: ReportKind
    pillars: list[Pillar]
    submitted_on: date
    title: str
    source: str
    external_id: str | None
    created_at: datetime


class ComplianceRead(BaseModel):
    signatory_id: str
    gcom_id: str | None
    regional_covenant: str
    status: SignatoryStatus
    badges: list[str]
    missing: list[dict]
    next_change_on: date | None
    assessed_on: date | None
    policy: DeadlinePolicyRead


# --- deadline policies ------------------------------------------------------------------


class DeadlinePolicyUpdate(_In):
    inventory_within_years: int = Field(ge=1, le=10)
    assessment_within_years: int = Field(ge=1, le=10)
    plan_within_years: int = Field(ge=1, le=10)
    monitoring_every_years: int = Field(ge=1, le=10)


class DeadlinePolicyRead(DeadlinePolicyUpdate):
    regional_covenant: str
    version: int
    updated_at: datetime


# --- imports, feed, stats ---------------------------------------------------------------


class ImportRowError(BaseModel):
    row: int = Field(description="Line number in the file, the header being line 1.")
    key: str | None = Field(None, description="The row's organisation_id or gcom_id, when it has one.")
    reason: str


class ImportWarning(BaseModel):
    kind: str = Field(description="What was cleaned up.")
    rows: int = Field(description="How many rows it affected.")
    examples: list[int] = Field(description="Line numbers of the first few.")


class ImportRead(BaseModel):
    id: str
    format: str
    status: str = Field(description="queued | running | succeeded | failed")
    total: int
    created: int
    updated: int
    unchanged: int
    failed: int
    errors: list[ImportRowError]
    warnings: list[ImportWarning]
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class ChangeRead(BaseModel):
    seq: int
    op: Literal["upsert", "delete"]
    signatory_id: str
    gcom_id: str | None
    organisation_id: str | None
    signatory: SignatoryRead | None = Field(None, description="The signatory as it is now; null for a delete (tombstone).")


class ChangePage(BaseModel):
    items: list[ChangeRead]
    next_cursor: str = Field(description="Pass it as `cursor` to read what changed after this page.")
    has_more: bool


class StatsRead(BaseModel):
    total: int
    by_regional_covenant: dict[str, int]
    by_country: dict[str, int]
    by_status: dict[str, int]
    by_badge: dict[str, int]
    by_generation: dict[str, int]


ComplianceRead.model_rebuild()
