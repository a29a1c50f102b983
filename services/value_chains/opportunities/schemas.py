"""Wire models of opportunities: what a partner submits, what the coordination unit's review and
a renewal send, and what readers receive (the organisation hidden from whom it is not disclosed)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.value_chains.domain import OpportunityKind, OpportunityStatus
from services.value_chains.regions import Side
from services.value_chains.schemas import (
    NACE_HELP,
    EcosystemIn,
    Id,
    Keyword,
    LongText,
    NaceCodeIn,
    RegionIdIn,
    Title,
    unique_values,
)
from shared.schemas import ReadModel, StrictInput, Text


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
    organisation_id: Id = Field(description="The organisation that offers or requests (hidden from other partners).")
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
    expires_on: date | None = Field(
        None, description="Asked for; if absent or past at publication, it expires 12 months after publication."
    )

    @field_validator("nace_codes")
    @classmethod
    def _unique_codes(cls, v: list[str]) -> list[str]:
        return unique_values(v, "nace_codes")


class OpportunityPublish(StrictInput):
    expires_on: date | None = Field(None, description="Overrides the date asked for; default 12 months from today.")


class OpportunityReject(StrictInput):
    reason: Text(3, 5_000) = Field(description="Why, for the submitter (what to change before submitting anew).")


class OpportunityRenew(StrictInput):
    expires_on: date | None = Field(None, description="The new expiry; default 12 months from today.")


class OpportunityRead(ReadModel):
    id: str
    kind: OpportunityKind
    # Set by the service for each reader (disclosure.py).
    organisation_id: str | None = Field(
        validation_alias="shown_organisation_id",
        description="null while the organisation is anonymous to the caller (until it accepts the caller's interest).",
    )
    side: Side
    title: str
    description: str
    keywords: list[str]
    nace_codes: list[str]
    target_region_ids: list[str]
    ecosystem: str | None
    expires_on: date | None = Field(description="null while submitted without a date asked for.")
    # As of the service clock's today, which the service sets on the row (see models.Opportunity).
    status: OpportunityStatus = Field(validation_alias="status_today")
    published_at: datetime | None
    reviewed_at: datetime | None = None
    rejection_reason: str | None = None
    renewed_at: datetime | None = None
    version: int


class OpportunityPage(BaseModel):
    items: list[OpportunityRead]
    next_page_token: str | None = None
