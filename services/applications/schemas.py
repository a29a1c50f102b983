"""Wire models of calls and applications: what callers send and receive (cities: cities/schemas.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    AliasChoices,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from services.applications.domain import (
    MIN_COOPERATION_MONTHS,
    Component,
    ReviewVisibility,
    State,
    applicant_review_fields,
)
from services.applications.review.schemas import (
    Criteria,
    CriterionRead,
    Panel,
    ReviewRead,
    ReviewSummaryRead,
)
from shared.reference import WorldRegion
from shared.schemas import NotNull, ReadModel, StrictInput, Text, rule_broken

Id = Annotated[str, StringConstraints(min_length=1, max_length=36)]
Theme = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=60, pattern=r"^[a-z0-9_\-]+$")
]
# Themes are free slugs (no reference list); a city, call or application works on a handful of them
# (the programme names six), so 20 leaves room and keeps every event about it small.
MAX_THEMES = 20
# A group application joins a few municipalities to reach the population threshold; its accepted
# event carries every member's profile, so 10 of them is the bound (shared/contracts/fields.py).
MAX_MEMBER_CITIES = 10


# --- calls ------------------------------------------------------------------------------

REVIEW_VISIBILITY = (
    "What applicants (keys of the lead or a member city) see of their reviews: none (no reviews at all, the default), "
    "scores (each review's scores and recommendation) or full (also the comments). Never who reviewed."
)


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
    description: Text(0, 20_000) = ""
    component: Component
    opens_on: date
    closes_on: date
    eligible_regions: list[WorldRegion] = Field(
        default_factory=list, max_length=len(WorldRegion), description="Empty means every region."
    )
    population_threshold: int = Field(100_000, ge=0, le=2_000_000_000)
    min_cooperation_months: int = Field(
        MIN_COOPERATION_MONTHS,
        le=120,
        # The lower bound is the programme's rule, checked by the service so that its 422 names it.
        json_schema_extra={"minimum": MIN_COOPERATION_MONTHS},
        description=(
            f"The shortest cooperation the call asks for, in months; at least {MIN_COOPERATION_MONTHS}, the programme's "
            "minimum (fewer answers 422 with the rule min_cooperation_months). Pairing holds the call's pairings to it: "
            "their earliest completion and the period of their local action plans."
        ),
    )
    themes: list[Theme] = Field(default_factory=list, max_length=MAX_THEMES)
    review_visibility: ReviewVisibility = Field(ReviewVisibility.none, description=REVIEW_VISIBILITY)
    criteria: Criteria = []
    reviewers: Panel = []

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
    review_visibility: ReviewVisibility = Field(description=REVIEW_VISIBILITY)
    criteria: list[CriterionRead] = Field(description="What its reviews score (the panel: GET /v1/calls/{call_id}/reviewers).")
    closed_at: datetime | None = Field(
        None, description="When the coordination unit closed it early (closes_on is then that day); null otherwise."
    )
    close_reason: str | None = Field(None, description="Why it was closed early.")
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
        default_factory=list,
        max_length=MAX_MEMBER_CITIES,
        description="Other municipalities of a group application.",
        json_schema_extra={"uniqueItems": True},
    )
    title: Text(3, 300)
    summary: str = Field("", max_length=20_000)
    themes: list[Theme] = Field(default_factory=list, max_length=MAX_THEMES)
    planned_cooperation_months: int = Field(18, ge=1, le=120)

    @field_validator("member_city_ids")
    @classmethod
    def _unique_members(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("member_city_ids repeats a city")
        return v


class ApplicationUpdate(StrictInput):
    """Fields to change; absent fields stay as they are (none of them can be null)."""

    title: NotNull(Text(3, 300)) = None
    summary: NotNull(Annotated[str, StringConstraints(max_length=20_000)]) = None
    themes: NotNull(Annotated[list[Theme], Field(max_length=MAX_THEMES)]) = None
    planned_cooperation_months: NotNull(Annotated[int, Field(ge=1, le=120)]) = None
    member_city_ids: NotNull(Annotated[list[Id], Field(max_length=MAX_MEMBER_CITIES)]) = Field(
        None, json_schema_extra={"uniqueItems": True}
    )

    @field_validator("member_city_ids")
    @classmethod
    def _unique_members(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("member_city_ids repeats a city")
        return v


class FieldChangeRead(ReadModel):
    field: str
    old: str | int | None = Field(None, description="The value before the edit (scalar fields only; null for a list).")
    new: str | int | None = Field(None, description="The value after the edit (scalar fields only; null for a list).")


class TransitionRead(ReadModel):
    kind: Literal["transition", "edit"] = Field(
        "transition", description="transition: a change of state; edit: a PATCH of the application (its state unchanged)."
    )
    changes: list[FieldChangeRead] | None = Field(
        None, description="For an edit, the fields whose values it changed (old and new for scalar fields); null otherwise."
    )
    from_state: State | None
    to_state: State
    actor: str | None = Field(
        description="The key that made the step; null in an applicant's view for steps of reviewers and the coordination unit."
    )
    actor_role: str
    reason: str | None
    at: datetime


def _invited_city_ids(rows: object) -> object:
    """The city ids of the pending invitation rows (the model reads them from the ORM row)."""
    if isinstance(rows, list) and all(hasattr(r, "city_id") for r in rows):
        return [r.city_id for r in rows]
    return rows


class ApplicationRead(ReadModel):
    id: str
    call_id: str
    city_id: str
    member_city_ids: list[str]
    invited_city_ids: Annotated[
        list[str],
        Field(
            # the ORM row's pending invitations, or the field itself when a view of the application is revalidated
            validation_alias=AliasChoices("pending_invitations", "invited_city_ids"),
            description="Cities invited to the group that have not answered yet: members only once they accept.",
        ),
        BeforeValidator(_invited_city_ids),
    ] = []
    state: State
    title: str
    summary: str
    themes: list[str]
    planned_cooperation_months: int
    submitted_at: datetime | None
    decided_at: datetime | None
    decision_reason: str | None
    history: list[TransitionRead]
    reviews: list[ReviewRead] = Field(
        description="In an applicant's view (a key of the lead or a member city) what the call's review_visibility lets it "
        "see: nothing for none, scores and recommendation for scores, also comments for full; never the reviewer."
    )
    review_summary: ReviewSummaryRead | None = Field(
        None,
        description="The weighted scores of its reviews as they stood at the decision; null before it, and in an "
        "applicant's view when the call's review_visibility is none.",
    )
    version: int
    created_at: datetime
    updated_at: datetime

    @classmethod
    def seen_by(cls, application: object, *, applicant: bool, visibility: ReviewVisibility) -> ApplicationRead:
        """The application as its reader may see it: an applicant gets the reviews the call's policy
        allows, and never a reviewer's (or the coordination unit's) key, in reviews or history."""
        read = cls.model_validate(application)
        if not applicant:
            return read
        fields = applicant_review_fields(visibility)
        reviews = (
            []
            if fields is None
            else [
                r.model_copy(update={name: None for name in ReviewRead.model_fields if name not in fields}) for r in read.reviews
            ]
        )
        history = [t if t.actor_role == "city" else t.model_copy(update={"actor": None}) for t in read.history]
        summary = None if fields is None else read.review_summary
        return read.model_copy(update={"reviews": reviews, "history": history, "review_summary": summary})


class ApplicationPage(ReadModel):
    items: list[ApplicationRead]
    next_page_token: str | None = None


class Reason(StrictInput):
    reason: Text(3, 5_000)


class OptionalReason(StrictInput):
    reason: str | None = Field(None, max_length=5_000)


class ApplicationStatsRead(ReadModel):
    """Counts for dashboards (scope `stats:read`)."""

    applications_by_state: dict[str, int] = Field(description="Every application by its state, drafts included.")
    applications_by_call: dict[str, int] = Field(description="Applications past draft, by call id.")
    cities: int
