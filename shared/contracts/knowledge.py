"""Events of the knowledge service: the good-practice and lessons-learnt library."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel

from shared.contracts.fields import FIELDS, LOCATIONS, SDGS, THEMES, Code, Id, LongText, Name, Reason, Title, items
from shared.contracts.visibility import Visibility
from shared.events import EventPayload


class PracticeLocation(BaseModel):
    """Where a practice took place: a city (or region) and its country."""

    name: Name
    city_id: Id | None = None  # the IUC city id, when the place is a registered city
    country_code: Code | None = None
    region_code: Code | None = None  # NUTS (EU) or ISO 3166-2 (LAC) code, when given
    world_region: Code | None = None


class _PracticeEvent(EventPayload):
    service = "knowledge"
    entity = "practice"
    practice_id: Id
    kind: Code  # good_practice | lessons_learnt
    title: Title


class PracticePublished(_PracticeEvent):
    """The coordination unit published a practice: it is now in the public library."""

    event = "published"
    visibility = Visibility(scope="knowledge:read", public=True)
    summary: LongText
    themes: list[Code] = items(THEMES)
    sdgs: list[int] = items(SDGS)
    sectors: list[Code] = items(THEMES)
    locations: list[PracticeLocation] = items(LOCATIONS)
    year: int | None = None
    action_id: Id | None = None
    pairing_id: Id | None = None
    origin: Code  # api | event: typed in, or harvested from another service's event
    published_by: Name
    published_at: datetime


class PracticePublishedV2(PracticePublished):
    """v2: also which publication it is: a published practice is corrected through a revision, and each
    revision the coordination unit publishes sends the practice's new content again."""

    version = 2
    visibility = Visibility(scope="knowledge:read", public=True)
    revision_id: Id | None = None  # the revision published; None for the practice's first publication
    changed_fields: list[Code] = items(FIELDS)  # what the revision changed (empty the first time)
    practice_version: int | None = None  # the practice's version (its ETag) after this publication


class PracticeArchived(_PracticeEvent):
    """A published practice was taken out of the library (it stays readable, marked archived)."""

    event = "archived"
    visibility = Visibility(scope="knowledge:read", public=True)
    reason: Reason | None = None
    archived_by: Name
    archived_at: datetime
