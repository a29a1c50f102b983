"""Events of the applications service."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from shared.contracts.fields import (
    CRITERIA,
    FIELDS,
    LANGUAGES,
    MEMBER_CITIES,
    RULES,
    SDGS,
    THEMES,
    Code,
    CountryCode,
    Id,
    LanguageCode,
    Paragraphs,
    PlaceName,
    Reason,
    Slug,
    items,
)
from shared.contracts.visibility import Visibility
from shared.events import EventPayload


class CityProfile(BaseModel):
    """What another service needs to know of a city to score and show it."""

    city_id: Id
    name: PlaceName
    country_code: CountryCode
    world_region: Code
    population: int
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    languages: list[LanguageCode] = items(LANGUAGES)
    themes: list[Slug] = items(THEMES)
    sdgs: list[int] = items(SDGS)
    challenges: Paragraphs = ""


class _CityEvent(EventPayload):
    service = "applications"
    entity = "city"


class CityRegistered(_CityEvent):
    """A city was registered (by hand or by an import)."""

    event = "registered"
    visibility = Visibility(scope="cities:read", cities=("city.city_id",))
    city: CityProfile


class CityUpdated(_CityEvent):
    """A city's profile changed; `changed` names the fields."""

    event = "updated"
    visibility = Visibility(scope="cities:read", cities=("city.city_id",))
    city: CityProfile
    changed: list[Code] = Field(max_length=FIELDS)


class _ApplicationEvent(EventPayload):
    service = "applications"
    entity = "application"
    application_id: Id
    call_id: Id
    city_id: Id


class ApplicationSubmitted(_ApplicationEvent):
    """A city submitted an application that passed the eligibility rules."""

    event = "submitted"
    visibility = Visibility(scope="applications:read", cities=("city_id",))
    submitted_at: datetime


class ApplicationAccepted(_ApplicationEvent):
    """An application was accepted; it carries all a pairing service needs to score the city."""

    event = "accepted"
    visibility = Visibility(scope="applications:read", cities=("city_id", "member_cities.city_id"))
    component: Code
    call_themes: list[Slug] = Field(max_length=THEMES)
    themes: list[Slug] = Field(max_length=THEMES)
    planned_cooperation_months: int
    city: CityProfile
    member_cities: list[CityProfile] = items(MEMBER_CITIES)
    reason: Reason
    accepted_at: datetime


class ApplicationAcceptedV2(ApplicationAccepted):
    """v2: also the call's minimum cooperation, which pairing holds the call's pairings to (their completion
    and the plan period of action plans)."""

    version = 2
    visibility = Visibility(scope="applications:read", cities=("city_id", "member_cities.city_id"))
    min_cooperation_months: int


class ApplicationRejected(_ApplicationEvent):
    """An application was rejected, with the reason."""

    event = "rejected"
    visibility = Visibility(scope="applications:read", cities=("city_id",))
    reason: Reason
    rejected_at: datetime


class ApplicationRefused(_ApplicationEvent):
    """A submission was refused by the eligibility rules (the application stays as it was)."""

    event = "refused"
    visibility = Visibility(scope="applications:read", cities=("city_id",))
    rules: list[Code] = Field(min_length=1, max_length=RULES)  # every rule the application broke
    refused_at: datetime


class ApplicationReviewed(_ApplicationEvent):
    """A reviewer scored an application. Who reviewed is not in it, and neither applicant nor partner receives it:
    what an applicant sees of its reviews is its call's `review_visibility`."""

    event = "reviewed"
    visibility = Visibility(scope="applications:read")
    scores: dict[Code, int] = Field(max_length=CRITERIA)  # criterion -> 0..5
    recommendation: Code  # yes | no | maybe
    reviewed_at: datetime


class ApplicationWithdrawn(_ApplicationEvent):
    """The applicant withdrew its application."""

    event = "withdrawn"
    visibility = Visibility(scope="applications:read", cities=("city_id",))
    reason: Reason | None = None
    withdrawn_at: datetime


class ApplicationReviewedV2(ApplicationReviewed):
    """v2: the review's id (a ReviewUpdated names it), and every criterion of the call, one scored N/A as null."""

    version = 2
    visibility = Visibility(scope="applications:read")
    review_id: Id
    scores: dict[Code, int | None] = Field(max_length=CRITERIA)  # criterion -> 0..5, or null for N/A


class _CallEvent(EventPayload):
    service = "applications"
    entity = "call"
    call_id: Id
    component: Code


class CallUpdated(_CallEvent):
    """The coordination unit changed a call (its terms only until it opens); `changed` names the fields."""

    event = "updated"
    # Every key reads the programme's calls (calls:read): their events are public to that scope.
    visibility = Visibility(scope="calls:read", public=True)
    changed: list[Code] = Field(max_length=FIELDS)
    updated_at: datetime


class CallClosed(_CallEvent):
    """The coordination unit closed an open call early: `closes_on` is now that day, and no application is
    submitted to it any more."""

    event = "closed"
    visibility = Visibility(scope="calls:read", public=True)
    closes_on: date
    reason: Reason | None = None
    closed_at: datetime


class ReviewUpdated(EventPayload):
    """A reviewer edited its review (before the decision): its new scores (N/A as null) and recommendation. Who
    reviewed is not in it, and, like application.reviewed, neither applicant nor partner receives it."""

    service = "applications"
    entity = "review"
    event = "updated"
    visibility = Visibility(scope="applications:read")
    review_id: Id
    application_id: Id
    call_id: Id
    city_id: Id
    scores: dict[Code, int | None] = Field(max_length=CRITERIA)  # criterion -> 0..5, or null for N/A
    recommendation: Code  # yes | no | maybe
    updated_at: datetime
