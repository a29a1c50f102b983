"""Wire models of calls and applications: what callers send and receive (cities: cities/schemas.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import ConfigDict, Field, StringConstraints, computed_field, field_validator, model_validator

from services.applications.domain import Component, Recommendation, State, review_average
from shared.reference import WorldRegion
from shared.schemas import ReadModel, StrictInput, Text, rule_broken

Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
Theme = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=60, pattern=r"^[a-z0-9_\-]+$")
]


# --- calls ------------------------------------------------------------------------------


class CallCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "IUC city pairing 2027",
                    "component": "city_pairing",
                    "opens_on": "2027-01-15",
                    "closes_on": "2027-04-30",
                    "eligible_regions": ["eu", "latin_america_caribbean"],
                    "themes": ["climate", "mobility"],
                }
            ]
        }
    )

    title: Text(3, 300)
    description: str = ""
    component: Component
    opens_on: date
    closes_on: date
    eligible_regions: list[WorldRegion] = Field(default_factory=list, description="Empty means every region.")
    population_threshold: int = Field(100_000, ge=0, le=2_000_000_000)
    min_cooperation_months: int = Field(18, ge=1, le=120)
    themes: list[Theme] = []

    @model_validator(mode="after")
    def _dates(self) -> CallCreate:
        if self.closes_on < self.opens_on:
            raise rule_broken("date_order", "closes_on is before opens_on")
        return self


class CallRead(ReadModel):
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


class CallPage(ReadModel):
    items: list[CallRead]
    next_page_token: str | None = None


# --- applications -----------------------------------------------------------------------


class ApplicationCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "call_id": "01a2316d-7a7b-76da-893e-07e548712bc7",
                    "city_id": "01a2316d-8b1c-7d3e-9f40-1a2b3c4d5e6f",
                    "title": "Green corridors for Valencia",
                    "summary": "Shade, water and bus lanes along three corridors.",
                    "themes": ["climate"],
                    "planned_cooperation_months": 18,
                }
            ]
        }
    )

    call_id: Id
    city_id: Id = Field(description="The applying (lead) city.")
    member_city_ids: list[Id] = Field(
        default_factory=list, description="Other municipalities of a group application.", json_schema_extra={"uniqueItems": True}
    )
    title: Text(3, 300)
    summary: str = Field("", max_length=20_000)
    themes: list[Theme] = []
    planned_cooperation_months: int = Field(18, ge=1, le=120)

    @field_validator("member_city_ids")
    @classmethod
    def _unique_members(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("member_city_ids repeats a city")
        return v


class ApplicationUpdate(StrictInput):
    title: Text(3, 300) | None = None
    summary: str | None = Field(None, max_length=20_000)
    themes: list[Theme] | None = None
    planned_cooperation_months: int | None = Field(None, ge=1, le=120)
    member_city_ids: list[str] | None = None


class TransitionRead(ReadModel):
    from_state: State | None
    to_state: State
    actor: str
    actor_role: str
    reason: str | None
    at: datetime


class ReviewCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "scores": {"relevance": 4, "feasibility": 3},
                    "recommendation": "yes",
                    "comment": "Clear plan, realistic budget.",
                }
            ]
        }
    )

    scores: dict[Annotated[str, StringConstraints(min_length=1, max_length=60)], Annotated[int, Field(ge=0, le=5)]] = Field(
        min_length=1, description='Per-criterion scores from 0 to 5, e.g. {"relevance": 4}.'
    )
    recommendation: Recommendation
    comment: str = Field("", max_length=10_000)


class ReviewRead(ReadModel):
    id: str
    reviewer: str
    scores: dict[str, int]
    recommendation: Recommendation
    comment: str
    created_at: datetime

    @computed_field
    @property
    def average(self) -> float:
        """The mean of the per-criterion scores (a review stores no average of its own)."""
        return round(review_average(self.scores), 2)


class ApplicationRead(ReadModel):
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


class ApplicationPage(ReadModel):
    items: list[ApplicationRead]
    next_page_token: str | None = None


class Reason(StrictInput):
    reason: Text(3, 5_000)


class OptionalReason(StrictInput):
    reason: str | None = Field(None, max_length=5_000)
