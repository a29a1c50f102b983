"""Wire models of cooperation: opportunities, matches with their expressions of interest,
value-chain gaps with their candidates, agreements."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.value_chains.domain import AgreementKind, MatchKind, MatchStatus, OpportunityKind
from services.value_chains.regions import Side
from services.value_chains.schemas import (
    NACE_HELP,
    EcosystemIn,
    Id,
    Keyword,
    LongText,
    NaceCodeIn,
    RegionIdIn,
    ScoreRead,
    Title,
    unique_values,
)
from shared.schemas import ReadModel, StrictInput

# --- opportunities ----------------------------------------------------------------------


class OpportunityCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "kind": "technology_offer",
                    "organisation_id": "01a2316d-9c2d-7e4f-8a51-2b3c4d5e6f70",
                    "title": "Second-life battery packs",
                    "keywords": ["battery"],
                    "nace_codes": ["27.20"],
                    "target_region_ids": ["CO"],
                    "ecosystem": "energy_renewables",
                    "expires_on": "2030-12-31",
                }
            ]
        }
    )

    kind: OpportunityKind
    organisation_id: Id = Field(description="The organisation that offers or requests.")
    title: Title
    description: LongText = ""
    keywords: list[Keyword] = Field(min_length=1, max_length=30)
    nace_codes: list[NaceCodeIn] = Field(
        min_length=1, max_length=20, description=NACE_HELP, json_schema_extra={"uniqueItems": True}
    )
    target_region_ids: list[RegionIdIn] = Field(
        default_factory=list, max_length=100, description="Regions (or countries) sought on the other side; empty means any."
    )
    ecosystem: EcosystemIn | None = None
    expires_on: date

    @field_validator("nace_codes")
    @classmethod
    def _unique_codes(cls, v: list[str]) -> list[str]:
        return unique_values(v, "nace_codes")


class OpportunityRead(ReadModel):
    id: str
    kind: OpportunityKind
    organisation_id: str
    side: Side
    title: str
    description: str
    keywords: list[str]
    nace_codes: list[str]
    target_region_ids: list[str]
    ecosystem: str | None
    expires_on: date
    # As of the service clock's today, which the service sets on the row (see models.Opportunity).
    status: str = Field(description="open | expired | withdrawn", validation_alias="status_today")
    published_at: datetime
    version: int


class OpportunityPage(BaseModel):
    items: list[OpportunityRead]
    next_page_token: str | None = None


# --- matches ----------------------------------------------------------------------------


class InterestCreate(StrictInput):
    organisation_id: Id = Field(description="The party of the match that is interested.")
    message: LongText = ""


class InterestRead(ReadModel):
    id: str
    match_id: str
    organisation_id: str
    message: str
    created_at: datetime


class MatchRead(ReadModel):
    id: str
    kind: MatchKind
    organisation_ids: list[str]
    offer_id: str | None
    request_id: str | None
    value_chain_id: str | None
    stage_key: str | None
    score: float
    breakdown: ScoreRead
    explanation: str
    status: MatchStatus
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
