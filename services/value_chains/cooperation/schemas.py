"""Wire models of cooperation: matches with their expressions of interest, declines, and
agreements (opportunities are in opportunities/schemas.py)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from services.value_chains.domain import AgreementKind, MatchKind, MatchStatus
from services.value_chains.schemas import Id, LongText, ScoreRead, Title
from shared.schemas import ReadModel, StrictInput, Text

# --- matches ----------------------------------------------------------------------------


class InterestCreate(StrictInput):
    organisation_id: Id = Field(description="The party of the match that is interested.")
    message: LongText = ""


class MatchDecline(StrictInput):
    organisation_id: Id = Field(description="The party of the match that declines.")
    reason: Text(3, 5_000)


HIDDEN = "null while that organisation is anonymous to the caller (until it accepts the caller's interest)."


class InterestRead(ReadModel):
    id: str
    match_id: str
    organisation_id: str | None = Field(validation_alias="shown_organisation_id", description=HIDDEN)
    message: str
    created_at: datetime


class MatchRead(ReadModel):
    id: str
    kind: MatchKind
    organisation_ids: list[str | None] = Field(
        validation_alias="shown_organisation_ids",
        description="The two parties (offer, request or chain lead, candidate); " + HIDDEN,
    )
    offer_id: str | None
    request_id: str | None
    value_chain_id: str | None
    stage_key: str | None
    score: float
    breakdown: ScoreRead
    explanation: str
    status: MatchStatus
    declined_by_organisation_id: str | None = Field(None, validation_alias="shown_declined_by", description=HIDDEN)
    decline_reason: str | None = None
    closed_at: datetime | None = None
    interests: list[InterestRead]
    version: int
    created_at: datetime
    updated_at: datetime


class MatchPage(BaseModel):
    items: list[MatchRead]
    next_page_token: str | None = None


class MatchRunRead(ReadModel):
    """What one matchmaking run proposed (pairs matched before are not proposed again)."""

    considered: int
    proposed: list[MatchRead]


# --- agreements -------------------------------------------------------------------------


class AgreementCreate(StrictInput):
    match_id: Id
    kind: AgreementKind
    title: Title
    summary: LongText = ""
    signed_on: date | None = Field(None, description="Defaults to today.")


class AgreementRead(ReadModel):
    id: str
    match_id: str
    kind: AgreementKind
    title: str
    summary: str
    organisation_ids: list[str]
    signed_on: date
    version: int
    created_at: datetime


class AgreementPage(BaseModel):
    items: list[AgreementRead]
    next_page_token: str | None = None
