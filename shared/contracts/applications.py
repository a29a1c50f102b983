"""Events of the applications service."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from shared.events import EventPayload


class CityProfile(BaseModel):
    """What another service needs to know of a city to score and show it."""

    city_id: str
    name: str
    country_code: str
    world_region: str
    population: int
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    languages: list[str] = []
    themes: list[str] = []
    sdgs: list[int] = []
    challenges: str = ""


class _CityEvent(EventPayload):
    service = "applications"
    entity = "city"


class CityRegistered(_CityEvent):
    """A city was registered (by hand or by an import)."""

    event = "registered"
    city: CityProfile


class CityUpdated(_CityEvent):
    """A city's profile changed; `changed` names the fields."""

    event = "updated"
    city: CityProfile
    changed: list[str]


class _ApplicationEvent(EventPayload):
    service = "applications"
    entity = "application"
    application_id: str
    call_id: str
    city_id: str


class ApplicationSubmitted(_ApplicationEvent):
    """A city submitted an application that passed the eligibility rules."""

    event = "submitted"
    submitted_at: datetime


class ApplicationAccepted(_ApplicationEvent):
    """An application was accepted; it carries all a pairing service needs to score the city."""

    event = "accepted"
    component: str
    call_themes: list[str]
    themes: list[str]
    planned_cooperation_months: int
    city: CityProfile
    member_cities: list[CityProfile] = []
    reason: str
    accepted_at: datetime


class ApplicationRejected(_ApplicationEvent):
    """An application was rejected, with the reason."""

    event = "rejected"
    reason: str
    rejected_at: datetime


class ApplicationWithdrawn(_ApplicationEvent):
    """The applicant withdrew its application."""

    event = "withdrawn"
    reason: str | None = None
    withdrawn_at: datetime
