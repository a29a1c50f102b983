"""Wire models of candidates and rounds: the ranked partners of a party, a round's request, its
report and its proposals."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.pairing.domain import DIMENSIONS, PartyKind
from services.pairing.schemas import (
    QUOTA_COUNTING,
    Breakdown,
    CallSettingsPut,
    CountryQuotas,
    PairingRead,
    PartyId,
    PartyRead,
    RegionQuotas,
    known_countries,
)
from services.pairing.solvers import Solver
from shared.schemas import ReadModel, StrictInput

# --- candidates -------------------------------------------------------------------------------


class CandidateRead(ReadModel):
    partner: PartyRead
    score: float
    breakdown: Breakdown
    explanation: str


class CandidatePage(BaseModel):
    party: PartyRead
    call_id: str
    items: list[CandidateRead]
    next_page_token: str | None = None


# --- rounds -----------------------------------------------------------------------------------


MAX_PARTIES = 1_000
MAX_RANKED = 50


class RoundCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"call_id": "01a2316d-7a7b-76da-893e-07e548712bc7", "solver": "optimal", "quota": 1}]}
    )

    call_id: str = Field(min_length=1, max_length=36)
    solver: Solver = Solver.optimal
    party_kind: PartyKind = PartyKind.city
    weights: dict[Literal[DIMENSIONS], Annotated[float, Field(ge=0, le=100)]] | None = Field(
        None, max_length=len(DIMENSIONS), description="Overrides the call's weights."
    )
    quota: int | None = Field(None, ge=1, le=20, description="Overrides the call's quota.")
    region_quotas: RegionQuotas | None = Field(None, description="Overrides the call's region_quotas ({}: none).")
    country_quotas: CountryQuotas | None = Field(None, description="Overrides the call's country_quotas ({}: none).")
    # A round pairs the accepted applicants of one call (dozens; a thousand would be unheard of), and a
    # party ranks the few partners it wants most.
    preferences: dict[PartyId, Annotated[list[PartyId], Field(max_length=MAX_RANKED)]] = Field(
        default_factory=dict,
        max_length=MAX_PARTIES,
        description="stable solver: a party's own ranked partner ids (others follow by score).",
    )

    _countries = field_validator("country_quotas")(known_countries)

    @field_validator("weights")
    @classmethod
    def _known(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        return CallSettingsPut._known_dimensions(v) if v is not None else v


class ScoreDistribution(ReadModel):
    min: float
    q1: float
    median: float
    q3: float
    max: float
    mean: float


class WorstOff(ReadModel):
    party_id: str
    name: str
    world_region: str
    score: float


class RegionShare(ReadModel):
    parties: int
    matched: int
    share: float


class BlockingPair(ReadModel):
    party_a: str
    party_b: str
    score: float


class UnmatchedParty(ReadModel):
    party_id: str
    name: str
    world_region: str
    reason: str
    detail: str


class SkippedLock(ReadModel):
    party_a: str
    party_b: str
    reason: str = Field(description="not_a_candidate | forbidden_pair | already_paired | partner_regions")


class RoundReport(ReadModel):
    pairs: int
    kept_pairs: int = 0
    locked_pairs: int = Field(0, description="Proposals of pairs the coordination unit locked (counted in `pairs`).")
    locked_skipped: list[SkippedLock] = Field(default_factory=list, description="Locked pairs the round could not propose.")
    region_quotas: dict[str, int] = Field(default_factory=dict, description="The quotas the round kept. " + QUOTA_COUNTING)
    country_quotas: dict[str, int] = Field(default_factory=dict)
    total_score: float
    score_distribution: ScoreDistribution
    worst_off: WorstOff | None
    share_matched_by_region: dict[str, RegionShare]
    blocking_pair_count: int
    blocking_pairs: list[BlockingPair]
    unmatched: list[UnmatchedParty]


class RoundSummary(ReadModel):
    id: str
    call_id: str
    party_kind: PartyKind
    solver: Solver
    weights: dict[str, float]
    quota: int
    candidates: int
    total_score: float
    elapsed_ms: float
    created_at: datetime


class RoundRead(RoundSummary):
    report: RoundReport
    proposals: list[PairingRead]


class RoundPage(BaseModel):
    items: list[RoundSummary]
    next_page_token: str | None = None
