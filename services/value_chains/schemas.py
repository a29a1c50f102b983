"""Wire models of the value_chains service: what callers send and receive."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from services.value_chains.domain import OrganisationKind, SizeBand
from services.value_chains.regions import Side
from shared.schemas import NotNull, ReadModel, StrictInput, Text, rule_broken

Title = Text(3, 300)
Name = Text(1, 300)
LongText = Annotated[str, StringConstraints(max_length=20_000)]
# NACE codes and regions are reference lists of a thousand and two thousand entries revised with
# each NACE / NUTS revision: the schema gives their shape, and a well-shaped code that is not in
# the list is a documented 422 (`unknown_nace_code`, `unknown_region`, `unknown_ecosystem`).
NACE_PATTERN = r"^([A-Z]|[0-9]{2}(\.[0-9]{1,2})?)$"
REGION_PATTERN = r"^[A-Za-z]{2}([0-9A-Za-z]{1,3}|-[0-9A-Za-z]{1,3})?$"
NaceCodeIn = Annotated[str, StringConstraints(max_length=5, pattern=NACE_PATTERN)]
RegionIdIn = Annotated[str, StringConstraints(to_upper=True, max_length=6, pattern=REGION_PATTERN)]
# The EU names 14 industrial ecosystems; an interest or a chain spans a few of them.
MAX_ECOSYSTEMS = 14
# A priority or a stage of a chain is coded by the NACE classes it covers: a few dozen at most.
MAX_NACE_CODES = 50
Keyword = Text(2, 80, lower=True)
EcosystemIn = Text(2, 60, lower=True)
StageKey = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, max_length=60, pattern=r"^[a-z0-9][a-z0-9_\-]{0,59}$")
]
Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]

NACE_HELP = "NACE Rev. 2 codes: a section (C), division (26), group (26.1) or class (26.11)."
REGION_HELP = "A NUTS 2024 code of the EU (ES51, EL30) or an ISO 3166 code of a Latin American or Caribbean country or subdivision (CO, CO-ANT)."


def unique_values(values: list[str], what: str) -> list[str]:
    """The list, or ValueError if it repeats a value."""
    if len(set(values)) != len(values):
        raise ValueError(f"{what} repeats a value")
    return values


class ScoreRead(ReadModel):
    keywords: float
    nace: float
    regions: float
    ecosystem: float
    priorities: float = Field(0.0, description="Bonus for parties whose region's innovation strategy prioritises their field.")
    total: float


# --- regions ----------------------------------------------------------------------------


class RegionRead(ReadModel):
    id: str
    name: str
    side: Side
    country_code: str
    level: int = Field(description="0 for a country; NUTS level 1-3; ISO 3166-2 subdivision depth.")
    parent_id: str | None
    classification: str = Field(description="nuts2024 | iso3166-1 | iso3166-2")
    category: str


class RegionPage(BaseModel):
    items: list[RegionRead]
    next_page_token: str | None = None


class RegionInterestCreate(StrictInput):
    partner_region_id: RegionIdIn = Field(description=REGION_HELP)
    ecosystems: list[EcosystemIn] = Field(
        default_factory=list, max_length=MAX_ECOSYSTEMS, description="Industrial ecosystems of the intended cooperation."
    )
    message: LongText = ""


class RegionInterestRead(ReadModel):
    id: str
    region_id: str
    partner_region_id: str
    ecosystems: list[str]
    message: str
    created_at: datetime


class RegionInterestPage(BaseModel):
    items: list[RegionInterestRead]
    next_page_token: str | None = None


# --- innovation strategies --------------------------------------------------------------


class PriorityIn(StrictInput):
    title: Title
    description: LongText = ""
    ecosystem: EcosystemIn = Field(description="One of the EU's 14 industrial ecosystems (see /v1/value-chains/ecosystems).")
    nace_codes: list[NaceCodeIn] = Field(
        min_length=1, max_length=MAX_NACE_CODES, description=NACE_HELP, json_schema_extra={"uniqueItems": True}
    )

    @field_validator("nace_codes")
    @classmethod
    def _unique_codes(cls, v: list[str]) -> list[str]:
        return unique_values(v, "nace_codes")


class PriorityRead(ReadModel):
    position: int
    title: str
    description: str
    ecosystem: str
    nace_codes: list[str]


class StrategyCreate(StrictInput):
    region_id: RegionIdIn = Field(description=REGION_HELP)
    title: Title
    description: LongText = ""
    period_start: int = Field(ge=2000, le=2100)
    period_end: int = Field(ge=2000, le=2100)
    priorities: list[PriorityIn] = Field(min_length=1, max_length=50)

    @model_validator(mode="after")
    def _period(self) -> StrategyCreate:
        if self.period_end < self.period_start:
            raise rule_broken("period_order", "period_end is before period_start")
        return self


class StrategyUpdate(StrictInput):
    """Fields to change; absent fields stay as they are. `priorities` replaces the list."""

    title: NotNull(Title) = None
    description: NotNull(LongText) = None
    priorities: NotNull(Annotated[list[PriorityIn], Field(min_length=1, max_length=50)]) = None


class StrategyRead(ReadModel):
    id: str
    region_id: str
    side: Side
    title: str
    description: str
    period_start: int
    period_end: int
    priorities: list[PriorityRead]
    version: int
    created_at: datetime
    updated_at: datetime


class StrategyPage(BaseModel):
    items: list[StrategyRead]
    next_page_token: str | None = None


# --- organisations ----------------------------------------------------------------------


class OrganisationCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Baterías del Turia",
                    "kind": "sme",
                    "size_band": "small",
                    "region_id": "ES52",
                    "nace_codes": ["27.20"],
                    "keywords": ["battery", "recycling"],
                    "latitude": 39.47,
                    "longitude": -0.38,
                }
            ]
        }
    )

    name: Name
    kind: OrganisationKind
    size_band: SizeBand = Field(description="micro < 10 staff, small < 50, medium < 250, large.")
    region_id: RegionIdIn = Field(description=REGION_HELP)
    nace_codes: list[NaceCodeIn] = Field(
        min_length=1, max_length=20, description=NACE_HELP, json_schema_extra={"uniqueItems": True}
    )
    description: LongText = ""
    keywords: list[Keyword] = Field(default_factory=list, max_length=50)
    website: Annotated[str, StringConstraints(max_length=500, pattern=r"^https?://")] | None = None
    latitude: float | None = Field(None, ge=-90, le=90, description="WGS 84 degrees.")
    longitude: float | None = Field(None, ge=-180, le=180, description="WGS 84 degrees.")

    @field_validator("nace_codes")
    @classmethod
    def _unique_codes(cls, v: list[str]) -> list[str]:
        return unique_values(v, "nace_codes")


class OrganisationUpdate(StrictInput):
    """Fields to change; absent fields stay as they are."""

    name: NotNull(Name) = None
    size_band: NotNull(SizeBand) = None
    nace_codes: NotNull(Annotated[list[NaceCodeIn], Field(min_length=1, max_length=20)]) = None
    description: NotNull(LongText) = None
    keywords: NotNull(Annotated[list[Keyword], Field(max_length=50)]) = None
    website: Annotated[str, StringConstraints(max_length=500, pattern=r"^https?://")] | None = None
    latitude: NotNull(Annotated[float, Field(ge=-90, le=90)]) = None
    longitude: NotNull(Annotated[float, Field(ge=-180, le=180)]) = None


class OrganisationRead(ReadModel):
    id: str
    name: str
    kind: OrganisationKind
    size_band: SizeBand
    region_id: str
    country_code: str
    side: Side
    nace_codes: list[str]
    description: str
    keywords: list[str]
    website: str | None
    latitude: float | None = None
    longitude: float | None = None
    version: int
    created_at: datetime
    updated_at: datetime


class OrganisationPage(BaseModel):
    items: list[OrganisationRead]
    next_page_token: str | None = None
