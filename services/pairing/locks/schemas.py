"""Wire models of the pairs the coordination unit locks before a call's rounds."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field, model_validator

from services.pairing.domain import PartyKind
from services.pairing.schemas import PartyId
from shared.schemas import ReadModel, StrictInput, rule_broken


class LockedPairCreate(StrictInput):
    """A pair the coordination unit fixes before the call's rounds: two candidates of the call, one on each side.
    Every round proposes it while both are candidates and unpaired, and pairs neither party otherwise."""

    party_a_id: PartyId
    party_b_id: PartyId

    @model_validator(mode="after")
    def _two_parties(self) -> LockedPairCreate:
        if self.party_a_id == self.party_b_id:
            raise rule_broken("two_parties", "a pair needs two different parties")
        return self


class LockedPairRead(ReadModel):
    id: str
    call_id: str
    party_kind: PartyKind
    party_a_id: str = Field(description="The party on side a of the call (the order given is turned to match).")
    party_b_id: str
    created_at: datetime


class LockedPairPage(BaseModel):
    items: list[LockedPairRead]
    next_page_token: str | None = None
