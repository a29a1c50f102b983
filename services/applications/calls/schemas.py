"""Wire models of changing a call: its terms until it opens, its review policy and panel, closing it early."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field, model_validator

from services.applications.domain import MIN_COOPERATION_MONTHS, ReviewVisibility
from services.applications.review.schemas import Criteria, Panel
from services.applications.schemas import MAX_THEMES, REVIEW_VISIBILITY, Theme
from shared.reference import WorldRegion
from shared.schemas import NotNull, StrictInput, Text, rule_broken

UNTIL_OPEN = " Only until the call opens (409 with the rule call_open after)."


class CallUpdate(StrictInput):
    """Fields of a call to change; absent fields stay as they are (none of them can be null). Its terms change
    until it opens (then only closing it early, POST /v1/calls/{call_id}:close); its review visibility and panel
    after that too, by their own rules."""

    title: NotNull(Text(3, 300)) = Field(None, description="The call's title." + UNTIL_OPEN)
    description: NotNull(Text(0, 20_000)) = Field(None, description="What the call is about." + UNTIL_OPEN)
    opens_on: NotNull(date) = Field(
        None, description="Not after closes_on (422 with the rule date_order, as when the call is opened)." + UNTIL_OPEN
    )
    closes_on: NotNull(date) = Field(None, description="Not before opens_on (422 date_order)." + UNTIL_OPEN)
    eligible_regions: NotNull(Annotated[list[WorldRegion], Field(max_length=len(WorldRegion))]) = Field(
        None, description="Empty means every region." + UNTIL_OPEN
    )
    population_threshold: NotNull(Annotated[int, Field(ge=0, le=2_000_000_000)]) = Field(None, description=UNTIL_OPEN.strip())
    min_cooperation_months: NotNull(Annotated[int, Field(le=120, json_schema_extra={"minimum": MIN_COOPERATION_MONTHS})]) = Field(
        None,
        description=f"At least {MIN_COOPERATION_MONTHS}, the programme's minimum (fewer answers 422 with the rule "
        "min_cooperation_months, as when the call is opened)." + UNTIL_OPEN,
    )
    themes: NotNull(Annotated[list[Theme], Field(max_length=MAX_THEMES)]) = Field(None, description=UNTIL_OPEN.strip())
    review_visibility: ReviewVisibility | None = Field(
        None, description=REVIEW_VISIBILITY + " It may always become stricter; looser only before any application is reviewed."
    )
    criteria: NotNull(Criteria) = Field(None, description="Replaces the criteria; only until the call opens (409 after).")
    reviewers: NotNull(Panel) = Field(
        None, description="Replaces the panel; a reviewer still assigned to an application stays (409 otherwise)."
    )

    @model_validator(mode="after")
    def _dates(self) -> CallUpdate:
        if self.opens_on is not None and self.closes_on is not None and self.closes_on < self.opens_on:
            raise rule_broken("date_order", "closes_on is before opens_on")
        return self


class CallClose(StrictInput):
    reason: str | None = Field(None, max_length=5_000, description="Why the call closes early (kept with the call).")
