"""Wire models of what a signatory submits (commitments: ../schemas.py, as syncs carry them too)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, StringConstraints, WithJsonSchema, computed_field, model_validator

from services.covenant.crf import HAZARD_ALIASES, ClimateHazard, CrfSector, EnergyCarrier, hazard_of, line_emissions
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
from services.covenant.targets import IntensityUnit, TargetSpec, target_level
from shared.schemas import ReadModel, StrictInput, rule_broken

Year = Annotated[int, Field(ge=1950, le=2100)]


# --- targets ----------------------------------------------------------------------------


class TargetCreate(StrictInput):
    type: TargetType
    base_year: Year | None = None
    target_year: Year
    reduction_percent: float | None = Field(
        None, description="Reduction (0-100] against the base year's inventory, the BAU projection or the base intensity."
    )
    fixed_level_tco2e: float | None = Field(None, ge=0, description="fixed_level: the emissions allowed in the target year.")
    bau_emissions_tco2e: float | None = Field(
        None, gt=0, description="baseline_scenario: the business-as-usual projection of the target year's emissions."
    )
    intensity_unit: IntensityUnit | None = Field(None, description="intensity: per capita or per unit of GDP.")
    base_intensity: float | None = Field(
        None, gt=0, description="intensity: tCO2e per inhabitant (or GDP unit) in the base year."
    )
    target_denominator: float | None = Field(
        None, gt=0, description="intensity: the population (or GDP) expected in the target year."
    )
    denominator_unit: str | None = Field(
        None, max_length=40, description="intensity per GDP: currency and unit, e.g. EUR million."
    )
    sectors: list[Sector] = Field(default_factory=list, max_length=len(Sector))
    description: str = Field("", max_length=5000)


class TargetRead(ReadModel):
    id: str
    commitment_id: str
    type: TargetType
    base_year: int | None
    target_year: int
    reduction_percent: float | None
    base_emissions_tco2e: float | None = Field(description="The total of the signatory's inventory of the base year.")
    fixed_level_tco2e: float | None
    bau_emissions_tco2e: float | None
    intensity_unit: IntensityUnit | None
    base_intensity: float | None
    target_denominator: float | None
    denominator_unit: str | None
    sectors: list[str]
    description: str
    version: int
    created_at: datetime

    @computed_field(description="The emissions in tCO2e the target allows in its target year.")
    @property
    def level_tco2e(self) -> float | None:
        return target_level(spec_of(self))


def spec_of(target) -> TargetSpec:
    """The rules' view of a target (a row, a read model or a merged body)."""
    unit = getattr(target, "intensity_unit", None)
    return TargetSpec(
        type=TargetType(target.type),
        target_year=target.target_year,
        base_year=target.base_year,
        reduction_percent=target.reduction_percent,
        base_emissions_tco2e=getattr(target, "base_emissions_tco2e", None),
        fixed_level_tco2e=target.fixed_level_tco2e,
        bau_emissions_tco2e=target.bau_emissions_tco2e,
        intensity_unit=IntensityUnit(unit) if unit else None,
        base_intensity=target.base_intensity,
        target_denominator=target.target_denominator,
        denominator_unit=target.denominator_unit,
    )


# --- inventories and assessments --------------------------------------------------------


def Vocabulary(values: list[str], rule: str, read: Callable[[str], str | None] | None = None) -> Any:
    """A string from a fixed list (the schema's enum); another value is 422 whose `code` names `rule`.
    `read` maps a value to the one stored (an alias to its code)."""
    allowed = list(dict.fromkeys(values))

    def check(value: str) -> str:
        found = read(value) if read else (value if value in allowed else None)
        if found is None:
            raise rule_broken(rule, f"{value[:60]!r} is none of: {', '.join(allowed)}.")
        return str(found)

    schema = {"type": "string", "enum": allowed, "maxLength": max(map(len, allowed))}
    return Annotated[str, StringConstraints(max_length=60), AfterValidator(check), WithJsonSchema(schema)]


SectorName = Vocabulary([*Sector, *CrfSector], "unknown_sector")
CarrierName = Vocabulary(list(EnergyCarrier), "unknown_carrier")
HazardName = Vocabulary([*ClimateHazard, *HAZARD_ALIASES], "unknown_hazard", hazard_of)


class InventoryRowIn(StrictInput):
    sector: SectorName = Field(description="A SEAP sector or a CRF sector.")
    scope: EmissionScope
    carrier: CarrierName | None = Field(None, description="The CRF's energy carrier of the line's activity.")
    activity_mwh: float | None = Field(None, ge=0)
    emission_factor: float | None = Field(None, ge=0, le=1000, description="tCO2e per MWh of the carrier.")
    emissions_tco2e: float | None = Field(None, ge=0, description="Defaults to activity_mwh x emission_factor.")
    factor_type: FactorType = FactorType.ipcc

    @model_validator(mode="after")
    def _emissions(self) -> InventoryRowIn:
        if self.emission_factor is not None and self.carrier is None:
            raise rule_broken("carrier_required", "An emission factor is the factor of a carrier: name the carrier.")
        self.emissions_tco2e = line_emissions(self.activity_mwh, self.emission_factor, self.emissions_tco2e)
        if self.emissions_tco2e is None:
            raise rule_broken("emissions_or_factor_required", "Give the emissions, or the activity and its emission factor.")
        return self


class InventoryRowRead(ReadModel):
    sector: str = Field(description="A SEAP sector or a CRF sector.")
    scope: EmissionScope
    carrier: str | None
    activity_mwh: float | None = Field(description="Negative on an imported line that corrects others (the JRC file's).")
    emission_factor: float | None
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
    hazard: HazardName = Field(description="A CRF climate hazard (floods, droughts, forest_fires... are read as theirs).")
    probability: Level
    impact: Level
    expected_change: ExpectedChange = ExpectedChange.unknown
    timeframe: Literal["current", "short_term", "medium_term", "long_term", "unknown"] = "unknown"


class HazardRead(ReadModel):
    hazard: str = Field(description="A CRF climate hazard (free text on assessments stored before the CRF list).")
    probability: Level
    impact: Level
    expected_change: ExpectedChange
    timeframe: str


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
    hazards: list[HazardRead]
    vulnerable_groups: list[str]
    version: int
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
    version: int
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
    version: int
    created_at: datetime
