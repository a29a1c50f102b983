"""Wire models of a practice's revisions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field

from services.knowledge.revisions.domain import RevisionState
from services.knowledge.schemas import LocationRead, PracticeUpdate, TransitionRead
from shared.schemas import ReadModel


class PracticeRevisionCreate(PracticeUpdate):
    """The fields the revision changes; absent fields keep the published text (change them later in the draft)."""


class PracticeRevisionUpdate(PracticeUpdate):
    """Fields of the revised text to change while the revision is a draft; absent fields stay as they are."""


class RevisedContent(ReadModel):
    """The practice's content as the revision would publish it."""

    title: str
    language: str | None
    summary: str
    challenge: str
    objectives: str
    solution: str
    results: str
    transferability: str
    lessons_learnt: str
    themes: list[str]
    sdgs: list[int]
    sectors: list[str]
    locations: list[LocationRead]
    year: int | None
    period_start: date | None
    period_end: date | None
    budget_amount: float | None
    budget_currency: str | None


class FieldChangeRead(ReadModel):
    """One field the revision changes against the published text."""

    field: str = Field(description="The field of the practice, e.g. summary or themes.")
    published: Any = Field(description="Its value in the published text (JSON form).")
    revised: Any = Field(description="Its value in the revision (JSON form).")


class PracticeRevisionRead(ReadModel):
    id: str
    practice_id: str
    state: RevisionState
    content: RevisedContent
    changes: list[FieldChangeRead] = Field(
        description="The fields changed against the published text: against the practice as it is now while the "
        "revision is open, as they were when it was published or withdrawn once it is closed."
    )
    base_version: int = Field(description="The practice's version (ETag) when the revision was opened.")
    created_by: str
    created_by_role: str
    history: list[TransitionRead]
    submitted_at: datetime | None
    published_at: datetime | None
    published_by: str | None
    withdrawn_at: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime


class PracticeRevisionPage(ReadModel):
    items: list[PracticeRevisionRead]
    next_page_token: str | None = None
