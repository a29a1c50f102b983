"""Wire models of invitations to a practice's locations."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from services.knowledge.schemas import Location, LocationRead
from shared.invitations import InvitationState
from shared.schemas import ReadModel, Text


class PracticeInvitationCreate(Location):
    """The city to invite, and the location it becomes among the practice's when it accepts."""

    city_id: Text(1, 40) = Field(description="The IUC city invited: its own city key accepts or declines.")


class PracticeInvitationRead(ReadModel):
    id: str
    practice_id: str
    city_id: str = Field(description="The city invited.")
    state: InvitationState
    location: LocationRead = Field(description="The location added to the practice when the city accepts.")
    invited_by: str = Field(description="The key that invited.")
    invited_by_city_id: str | None = Field(description="The city that invited; none when the coordination unit did.")
    answered_by: str | None
    answered_at: datetime | None
    version: int
    created_at: datetime


class PracticeInvitationPage(ReadModel):
    items: list[PracticeInvitationRead]
    next_page_token: str | None = None
