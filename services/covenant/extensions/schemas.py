"""Wire models of deadline extensions."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from services.covenant.domain import Obligation, Pillar
from shared.schemas import ReadModel, StrictInput, Text


class DeadlineExtensionCreate(StrictInput):
    item: Obligation = Field(description="The report whose deadline moves, as the compliance view's `missing` names it.")
    pillar: Pillar | None = Field(None, description="Needed for a plan (owed per pillar); the others have one at most.")
    due_on: date = Field(description="The new due date: later than the one the signatory has now.")
    reason: Text(3, 2000)


class DeadlineExtensionRead(ReadModel):
    id: str
    signatory_id: str
    item: Obligation
    pillar: Pillar | None
    due_on: date
    reason: str
    granted_by: str
    created_at: datetime
