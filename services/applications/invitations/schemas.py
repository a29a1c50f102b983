"""Wire models of invitations to join a group application."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from services.applications.schemas import Id
from shared.invitations import InvitationState
from shared.schemas import ReadModel, StrictInput


class ApplicationInvitationCreate(StrictInput):
    city_id: Id = Field(description="The city invited to join the group: its own city key accepts or declines.")


class ApplicationInvitationRead(ReadModel):
    id: str
    application_id: str
    city_id: str = Field(description="The city invited.")
    state: InvitationState
    invited_by: str = Field(description="The key that invited.")
    invited_by_city_id: str | None = Field(description="The lead city that invited; none when the coordination unit did.")
    answered_by: str | None
    answered_at: datetime | None
    version: int
    created_at: datetime


class ApplicationInvitationPage(ReadModel):
    items: list[ApplicationInvitationRead]
    next_page_token: str | None = None
