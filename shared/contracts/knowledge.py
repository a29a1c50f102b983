"""Events of the knowledge service: the good-practice and lessons-learnt library."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from shared.events import EventPayload


class PracticeLocation(BaseModel):
    """Where a practice took place: a city (or region) and its country."""

    name: str
    city_id: str | None = None  # the IUC city id, when the place is a registered city
    country_code: str | None = None
    region_code: str | None = None  # NUTS (EU) or ISO 3166-2 (LAC) code, when given
    world_region: str | None = None


class _PracticeEvent(EventPayload):
    service = "knowledge"
    entity = "practice"
    practice_id: str
    kind: str  # good_practice | lessons_learnt
    title: str


class PracticePublished(_PracticeEvent):
    """The coordination unit published a practice: it is now in the public library."""

    event = "published"
    summary: str
    themes: list[str] = []
    sdgs: list[int] = []
    sectors: list[str] = []
    locations: list[PracticeLocation] = []
    year: int | None = None
    action_id: str | None = None
    pairing_id: str | None = None
    origin: str  # api | event: typed in, or harvested from another service's event
    published_by: str
    published_at: datetime


class PracticeArchived(_PracticeEvent):
    """A published practice was taken out of the library (it stays readable, marked archived)."""

    event = "archived"
    reason: str | None = None
    archived_by: str
    archived_at: datetime
