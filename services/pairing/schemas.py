"""Wire models of the pairing service: what callers send and receive."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from services.pairing.domain import DIMENSIONS, ActivityKind, PartyKind, State
from services.pairing.solvers import Solver
from shared.reference import WorldRegion

Theme = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=60, pattern=r"^[a-z0-9_\-]+$")
]
Sdg = Annotated[int, Field(ge=1, le=17)]
LanguageCode = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[a-z]{2,3}$")]
ReasonText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=5_000)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- parties ----------------------------------------------------------------------------------


class PartyRead(BaseModel):
    kind: PartyKind
    id: str
    name: str
    country_code: str
    world_region: str


class PartyProfileRead(PartyRead):
    population: int
    languages: list[str]
    themes: list[str]
    sdgs: list[int]
    challenges: str
    version: int
    updated_at: datetime


class PartyProfilePage(BaseModel):
    items: list[PartyProfileRead]
    next_page_token: str | None = None


class RegionProfilePut(_In):
    """A region of Component III: EU NUTS code or LAC ISO 3166-2 code as the id."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    country_code: str | None = Field(None, min_length=2, max_length=2, description="Default: from the region code.")
    population: int = Field(0, ge=0)
    languages: list[LanguageCode] = []
    themes: list[Theme] = []
    sdgs: list[Sdg] = []
    challenges: str = Field("", max_length=20_000)
    call_ids: list[Annotated[str, StringConstraints(min_length=1, max_length=36)]] = Field(
        default_factory=list, description="Calls whose region-to-region rounds include this region."
    )


# --- scores and candidates --------------------------------------------------------------------


class Breakdown(BaseModel):
    themes: float
    sdgs: float
    challenges: float
    population: float
    languages: float
    total: float


class CandidateRead(BaseModel):
    partner: PartyRead
    score: float
    breakdown: Breakdown
    explanation: str


class CandidatePage(BaseModel):
    party: PartyRead
    call_id: str
    items: list[CandidateRead]
    next_page_token: str | None = None


# --- call settings ----------------------------------------------------------------------------


class CallSettingsPut(_In):
    weights: dict[str, Annotated[float, Field(ge=0, le=100)]] = Field(
        default_factory=lambda: {}, description="Per dimension: themes, sdgs, challenges, population, languages."
    )
    quota: int = Field(1, ge=1, le=20, description="The most pairs per party.")
    side_a_regions: list[WorldRegion] = Field(default_factory=lambda: [WorldRegion.eu])
    side_b_regions: list[WorldRegion] | None = Field(None, description="Default: every region not on side a.")
    proposal_expiry_days: int = Field(14, ge=1, le=365)
    min_cooperation_months: int = Field(18, ge=1, le=120)

    @field_validator("weights")
    @classmethod
    def _known_dimensions(cls, v: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(v) - set(DIMENSIONS))
        if unknown:
            raise ValueError(f"unknown dimension(s) {', '.join(unknown)}; known: {', '.join(DIMENSIONS)}")
        if v and sum(v.values()) <= 0:
            raise ValueError("at least one weight must be positive")
        return v

    @model_validator(mode="after")
    def _disjoint(self) -> CallSettingsPut:
        if not self.side_a_regions:
            raise ValueError("side_a_regions is empty")
        if self.side_b_regions is not None and set(self.side_a_regions) & set(self.side_b_regions):
            raise ValueError("a region cannot be on both sides")
        return self


class CallSettingsRead(BaseModel):
    call_id: str
    weights: dict[str, float]
    quota: int
    side_a_regions: list[str]
    side_b_regions: list[str]
    proposal_expiry_days: int
    min_cooperation_months: int
    version: int
    is_default: bool


# --- forbidden pairs --------------------------------------------------------------------------


class ForbiddenPairCreate(_In):
    call_id: str = Field(min_length=1, max_length=36)
    party_ids: list[Annotated[str, StringConstraints(min_length=1, max_length=64)]] = Field(min_length=2, max_length=2)
    reason: ReasonText

    @field_validator("party_ids")
    @classmethod
    def _two_parties(cls, v: list[str]) -> list[str]:
        if v[0] == v[1]:
            raise ValueError("a pair needs two different parties")
        return v


class ForbiddenPairRead(BaseModel):
    id: str
    call_id: str
    party_ids: list[str]
    source: str = Field(description="manual | declined | dissolved")
    reason: str
    created_at: datetime


class ForbiddenPairPage(BaseModel):
    items: list[ForbiddenPairRead]
    next_page_token: str | None = None


# --- rounds and pairings ----------------------------------------------------------------------


class RoundCreate(_In):
    call_id: str = Field(min_length=1, max_length=36)
    solver: Solver = Solver.optimal
    party_kind: PartyKind = PartyKind.city
    weights: dict[str, Annotated[float, Field(ge=0, le=100)]] | None = Field(None, description="Overrides the call's weights.")
    quota: int | None = Field(None, ge=1, le=20, description="Overrides the call's quota.")
    preferences: dict[str, list[str]] = Field(
        default_factory=dict, description="stable solver: a party's own ranked partner ids (others follow by score)."
    )

    @field_validator("weights")
    @classmethod
    def _known(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        return CallSettingsPut._known_dimensions(v) if v is not None else v


class PairingRead(BaseModel):
    id: str
    call_id: str
    round_id: str
    party_kind: PartyKind
    party_a: PartyRead
    party_b: PartyRead
    score: float
    breakdown: Breakdown
    explanation: str
    state: State
    accepted_by_a: bool
    accepted_by_b: bool
    expires_at: datetime
    confirmed_at: datetime | None
    ended_at: datetime | None
    end_reason: str | None
    version: int
    created_at: datetime


class PairingPage(BaseModel):
    items: list[PairingRead]
    next_page_token: str | None = None


class ScoreDistribution(BaseModel):
    min: float
    q1: float
    median: float
    q3: float
    max: float
    mean: float


class WorstOff(BaseModel):
    party_id: str
    name: str
    world_region: str
    score: float


class RegionShare(BaseModel):
    parties: int
    matched: int
    share: float


class BlockingPair(BaseModel):
    party_a: str
    party_b: str
    score: float


class UnmatchedParty(BaseModel):
    party_id: str
    name: str
    world_region: str
    reason: str
    detail: str


class RoundReport(BaseModel):
    pairs: int
    kept_pairs: int = 0
    total_score: float
    score_distribution: ScoreDistribution
    worst_off: WorstOff | None
    share_matched_by_region: dict[str, RegionShare]
    blocking_pair_count: int
    blocking_pairs: list[BlockingPair]
    unmatched: list[UnmatchedParty]


class RoundSummary(BaseModel):
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


class AcceptBody(_In):
    party_id: str | None = Field(None, description="The party an admin key acts for; a city key acts for its own city.")


class DeclineBody(_In):
    party_id: str | None = None
    reason: ReasonText


class ReasonBody(_In):
    reason: ReasonText


class CompleteBody(_In):
    reason: str | None = Field(None, max_length=5_000, description="Needed for an admin's completion before the 18 months.")


# --- activities -------------------------------------------------------------------------------


class ActivityCreate(_In):
    kind: ActivityKind
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)]
    host_party_id: str = Field(min_length=1, max_length=64)
    starts_on: date
    ends_on: date
    participants: int = Field(ge=0, le=100_000)
    outcomes: str = Field("", max_length=20_000)

    @model_validator(mode="after")
    def _dates(self) -> ActivityCreate:
        if self.ends_on < self.starts_on:
            raise ValueError("ends_on is before starts_on")
        return self


class ActivityRead(BaseModel):
    id: str
    pairing_id: str
    kind: ActivityKind
    title: str
    host_party_id: str
    starts_on: date
    ends_on: date
    participants: int
    outcomes: str
    created_at: datetime


class ActivityPage(BaseModel):
    items: list[ActivityRead]
    next_page_token: str | None = None
