"""Wire models of the applications service: what callers send and receive."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from services.applications.domain import Component, Recommendation, State
from shared.reference import WorldRegion

Theme = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=60, pattern=r"^[a-z0-9_\-]+$")
]
Sdg = Annotated[int, Field(ge=1, le=17)]
LanguageCode = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[a-z]{2,3}$")]
CountryCode = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, min_length=2, max_length=2)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- cities -----------------------------------------------------------------------------


class CityCreate(_In):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    country_code: CountryCode = Field(description="ISO 3166-1 alpha-2, e.g. DE, CO.")
    population: int = Field(ge=0, description="Inhabitants.")
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    geonames_id: int | None = Field(None, ge=1)
    admin1_code: str | None = Field(None, max_length=20)
    languages: list[LanguageCode] | None = Field(None, description="ISO 639-1; defaults to the country's languages.")
    themes: list[Theme] = []
    sdgs: list[Sdg] = []
    challenges: str = Field("", max_length=20_000)


class CityUpdate(_In):
    """Fields to change; absent fields stay as they are."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)] | None = None
    population: int | None = Field(None, ge=0)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    languages: list[LanguageCode] | None = None
    themes: list[Theme] | None = None
    sdgs: list[Sdg] | None = None
    challenges: str | None = Field(None, max_length=20_000)


class CityRead(BaseModel):
    id: str
    name: str
    country_code: str
    world_region: WorldRegion
    admin1_code: str | None
    population: int
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    timezone: str | None
    languages: list[str]
    themes: list[str]
    sdgs: list[int]
    challenges: str
    version: int
    created_at: datetime
    updated_at: datetime


class CityPage(BaseModel):
    items: list[CityRead]
    next_page_token: str | None = None


class ImportRowError(BaseModel):
    row: int
    key: str | None = None
    reason: str


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
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


# --- calls ------------------------------------------------------------------------------


class CallCreate(_In):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)]
    description: str = ""
    component: Component
    opens_on: date
    closes_on: date
    eligible_regions: list[WorldRegion] = Field(default_factory=list, description="Empty means every region.")
    population_threshold: int = Field(100_000, ge=0)
    min_cooperation_months: int = Field(18, ge=1, le=120)
    themes: list[Theme] = []

    @model_validator(mode="after")
    def _dates(self) -> CallCreate:
        if self.closes_on < self.opens_on:
            raise ValueError("closes_on is before opens_on")
        return self


class CallRead(BaseModel):
    id: str
    title: str
    description: str
    component: Component
    opens_on: date
    closes_on: date
    eligible_regions: list[str]
    population_threshold: int
    min_cooperation_months: int
    themes: list[str]
    version: int
    created_at: datetime


class CallPage(BaseModel):
    items: list[CallRead]
    next_page_token: str | None = None


# --- applications -----------------------------------------------------------------------


class ApplicationCreate(_In):
    call_id: str
    city_id: str = Field(description="The applying (lead) city.")
    member_city_ids: list[str] = Field(default_factory=list, description="Other municipalities of a group application.")
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)]
    summary: str = Field("", max_length=20_000)
    themes: list[Theme] = []
    planned_cooperation_months: int = Field(18, ge=1, le=120)

    @field_validator("member_city_ids")
    @classmethod
    def _unique_members(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("member_city_ids repeats a city")
        return v


class ApplicationUpdate(_In):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)] | None = None
    summary: str | None = Field(None, max_length=20_000)
    themes: list[Theme] | None = None
    planned_cooperation_months: int | None = Field(None, ge=1, le=120)
    member_city_ids: list[str] | None = None


class TransitionRead(BaseModel):
    from_state: State | None
    to_state: State
    actor: str
    actor_role: str
    reason: str | None
    at: datetime


class ReviewCreate(_In):
    scores: dict[Annotated[str, StringConstraints(min_length=1, max_length=60)], Annotated[int, Field(ge=0, le=5)]] = Field(
        min_length=1, description='Per-criterion scores from 0 to 5, e.g. {"relevance": 4}.'
    )
    recommendation: Recommendation
    comment: str = Field("", max_length=10_000)


class ReviewRead(BaseModel):
    id: str
    reviewer: str
    scores: dict[str, int]
    average: float
    recommendation: Recommendation
    comment: str
    created_at: datetime


class ApplicationRead(BaseModel):
    id: str
    call_id: str
    city_id: str
    member_city_ids: list[str]
    state: State
    title: str
    summary: str
    themes: list[str]
    planned_cooperation_months: int
    submitted_at: datetime | None
    decided_at: datetime | None
    decision_reason: str | None
    history: list[TransitionRead]
    reviews: list[ReviewRead]
    version: int
    created_at: datetime
    updated_at: datetime


class ApplicationPage(BaseModel):
    items: list[ApplicationRead]
    next_page_token: str | None = None


class Reason(_In):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=5_000)]


class OptionalReason(_In):
    reason: str | None = Field(None, max_length=5_000)
