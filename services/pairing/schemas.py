"""Wire models of the pairing service: what callers send and receive (a pairing's life: lifecycle/schemas.py).

Read models build themselves from the ORM rows (`from_attributes`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, Field, StringConstraints, field_validator, model_validator

from services.pairing.domain import DIMENSIONS, MIN_COOPERATION_MONTHS, ActivityKind, PartyKind, State
from shared.reference import WorldRegion, country
from shared.schemas import ReadModel, StrictInput, Text, rule_broken

Theme = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=60, pattern=r"^[a-z0-9_\-]+$")
]
Sdg = Annotated[int, Field(ge=1, le=17)]
LanguageCode = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, max_length=3, pattern=r"^[a-z]{2,3}$")]
ReasonText = Text(3, 5_000)
PartyId = Annotated[str, StringConstraints(min_length=1, max_length=64)]
# The same bounds as a city's profile in the applications service (its events feed these profiles).
MAX_THEMES = 20
MAX_LANGUAGES = 20
# A region takes part in the region-to-region rounds of a few calls, one call a year or so.
MAX_CALLS = 100


# --- parties ----------------------------------------------------------------------------------


class PartyRead(ReadModel):
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
    source: Literal["events", "manual"] | None = Field(
        None,
        description="events: kept from published events (a city's, or a region's innovation strategy in value_chains); "
        "manual: a region put by the coordination unit.",
    )
    version: int
    updated_at: datetime


class PartyProfilePage(BaseModel):
    items: list[PartyProfileRead]
    next_page_token: str | None = None


REGION_ID_PATTERN = r"^[A-Za-z]{2}([0-9A-Za-z]{1,3}|-[0-9A-Za-z]{1,3})?$"


class RegionProfilePut(StrictInput):
    """A region of Component III: EU NUTS code or LAC ISO 3166-2 code as the id."""

    name: Text(1, 200)
    country_code: str | None = Field(None, max_length=2, pattern=r"^[A-Za-z]{2}$", description="Default: from the region code.")
    population: int = Field(0, ge=0, le=2_000_000_000)
    languages: list[LanguageCode] = Field(default_factory=list, max_length=MAX_LANGUAGES)
    themes: list[Theme] = Field(default_factory=list, max_length=MAX_THEMES)
    sdgs: list[Sdg] = Field(default_factory=list, max_length=17)
    challenges: str = Field("", max_length=20_000)
    call_ids: list[Annotated[str, StringConstraints(min_length=1, max_length=36)]] = Field(
        default_factory=list, max_length=MAX_CALLS, description="Calls whose region-to-region rounds include this region."
    )


# --- scores -----------------------------------------------------------------------------------


class Breakdown(ReadModel):
    themes: float
    sdgs: float
    challenges: float
    population: float
    languages: float
    interest: float = Field(
        0.0, description="Regional rounds: 0.5 when one region asked to be paired with the other, 1 when both did."
    )
    interest_bonus: float = Field(
        0.0, description="What interest added to the total: a fifth (one-sided) or two fifths (mutual) of its gap to 1."
    )
    total: float


# --- call settings ----------------------------------------------------------------------------

# A round pairs at most a thousand parties (rounds/schemas.py, MAX_PARTIES): no quota needs to be larger.
MAX_QUOTA = 1_000
MAX_COUNTRIES = 250
QUOTA_COUNTING = (
    "A pairing counts against the quota of the world region (country) of each of its two parties; the two sides of a "
    "call never share a region, so it counts once against any quota: with the default sides (EU x the rest of the "
    "world), a quota of a non-EU region or country caps the pairs whose non-EU party is there, a quota of 'eu' or of "
    "an EU country those whose EU party is. Locked pairs count against the quotas too."
)


def _not_a_boolean(value: object) -> object:
    """JSON's true and false are no numbers, though Python's bool is an int."""
    if isinstance(value, bool):
        raise ValueError("a quota is a whole number, not true or false")
    return value


Quota = Annotated[int, Field(ge=0, le=MAX_QUOTA), BeforeValidator(_not_a_boolean)]
RegionQuotas = Annotated[
    dict[WorldRegion, Quota],
    Field(
        max_length=len(WorldRegion),
        description="The most pairings a round proposes with a party of each world region. " + QUOTA_COUNTING,
        examples=[{"latin_america_caribbean": 3}],
    ),
]
CountryCode = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Za-z]{2}$")]
# A country quota's keys are the pattern's (two letters): no other key is accepted, and the schema says so.
ONLY_COUNTRY_KEYS = {"additionalProperties": False}
CountryQuotas = Annotated[
    dict[CountryCode, Quota],
    Field(
        max_length=MAX_COUNTRIES,
        description="The most pairings a round proposes with a party of each country (ISO 3166-1 alpha-2). " + QUOTA_COUNTING,
        examples=[{"BR": 2}],
    ),
]


def known_countries(v: dict[str, int] | None) -> dict[str, int] | None:
    """Country quotas name ISO 3166-1 countries only (a 422 naming the rule unknown_country)."""
    unknown = sorted(c for c in v or {} if country(c) is None)
    if unknown:
        raise rule_broken("unknown_country", f"not ISO 3166-1 country codes: {', '.join(unknown)}")
    return v


class CallSettingsPut(StrictInput):
    weights: dict[Literal[DIMENSIONS], Annotated[float, Field(ge=0, le=100)]] = Field(
        default_factory=lambda: {},
        max_length=len(DIMENSIONS),
        description="Per dimension: themes, sdgs, challenges, population, languages.",
    )
    quota: int = Field(1, ge=1, le=20, description="The most pairs per party.")
    side_a_regions: list[WorldRegion] = Field(default_factory=lambda: [WorldRegion.eu], min_length=1, max_length=len(WorldRegion))
    side_b_regions: list[WorldRegion] | None = Field(
        None, max_length=len(WorldRegion), description="Default: every region not on side a."
    )
    proposal_expiry_days: int = Field(14, ge=1, le=365)
    # The lower bound is a rule of the call, checked by the service so that its 422 names it.
    min_cooperation_months: Annotated[int, Field(le=120, json_schema_extra={"minimum": MIN_COOPERATION_MONTHS})] | None = Field(
        None,
        description=(
            "The months a pairing cooperates before it completes (earlier only by an admin, with a reason). "
            "Absent or null: the call's own min_cooperation_months (from its accepted applications), else the programme's "
            f"{MIN_COOPERATION_MONTHS}; fewer than that answers 422 with the rule min_cooperation_months."
        ),
    )

    region_quotas: RegionQuotas = Field(default_factory=dict)
    country_quotas: CountryQuotas = Field(default_factory=dict, json_schema_extra=ONLY_COUNTRY_KEYS)

    _countries = field_validator("country_quotas")(known_countries)

    @field_validator("weights")
    @classmethod
    def _known_dimensions(cls, v: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(v) - set(DIMENSIONS))
        if unknown:
            raise ValueError(f"unknown dimension(s) {', '.join(unknown)}; known: {', '.join(DIMENSIONS)}")
        if v and sum(v.values()) <= 0:
            raise rule_broken("weights_all_zero", "at least one weight must be positive")
        return v

    @model_validator(mode="after")
    def _disjoint(self) -> CallSettingsPut:
        if not self.side_a_regions:
            raise ValueError("side_a_regions is empty")
        if self.side_b_regions is not None and set(self.side_a_regions) & set(self.side_b_regions):
            raise rule_broken("region_on_both_sides", "a region cannot be on both sides")
        return self


class CallSettingsRead(ReadModel):
    call_id: str
    weights: dict[str, float]
    quota: int
    side_a_regions: list[str]
    side_b_regions: list[str]
    proposal_expiry_days: int
    min_cooperation_months: int
    region_quotas: dict[str, int] = Field(description="The most pairings a round proposes per world region. " + QUOTA_COUNTING)
    country_quotas: dict[str, int] = Field(description="The most pairings a round proposes per country. " + QUOTA_COUNTING)
    version: int
    is_default: bool


# --- forbidden pairs --------------------------------------------------------------------------


class ForbiddenPairCreate(StrictInput):
    call_id: str = Field(min_length=1, max_length=36)
    party_ids: list[Annotated[str, StringConstraints(min_length=1, max_length=64)]] = Field(
        min_length=2, max_length=2, json_schema_extra={"uniqueItems": True}
    )
    reason: ReasonText

    @field_validator("party_ids")
    @classmethod
    def _two_parties(cls, v: list[str]) -> list[str]:
        if v[0] == v[1]:
            raise ValueError("a pair needs two different parties")
        return v


class ForbiddenPairRead(ReadModel):
    id: str
    call_id: str
    party_ids: list[str]
    source: str = Field(description="manual | declined | dissolved")
    reason: str
    created_at: datetime


class ForbiddenPairPage(BaseModel):
    items: list[ForbiddenPairRead]
    next_page_token: str | None = None


# --- pairings (as rounds propose them and their life goes on) ----------------------------------


class PairingRead(ReadModel):
    id: str
    call_id: str
    round_id: str
    party_kind: PartyKind
    party_a: PartyRead
    party_b: PartyRead
    score: float
    breakdown: Breakdown
    explanation: str
    locked: bool = Field(False, description="Proposed because the coordination unit locked the pair.")
    state: State
    accepted_by_a: bool
    accepted_by_b: bool
    expires_at: datetime
    confirmed_at: datetime | None
    ended_at: datetime | None
    end_reason: str | None
    version: int
    created_at: datetime


# --- the showcase (shared/showcase.py) ---------------------------------------------------------


class PublicActivityRead(ReadModel):
    """A cooperation activity that was held, as everyone may see it."""

    kind: ActivityKind
    title: str
    host_party_id: str
    starts_on: date
    ends_on: date
    participants: int
    outcomes: str


class PublicPairingRead(ReadModel):
    """A confirmed or completed pairing as the showcase shows it: who cooperates, on what, and what they did."""

    id: str
    call_id: str
    party_kind: PartyKind
    parties: list[PartyRead] = Field(description="The two parties: the side-a party first.")
    themes: list[str] = Field(description="The themes both parties applied with; every theme of either when they share none.")
    state: Literal["confirmed", "completed"]
    confirmed_at: datetime | None
    completed_at: datetime | None
    activities: list[PublicActivityRead] = Field(description="The activities held, in date order (planned ones are not shown).")


class PublicPairingPage(BaseModel):
    items: list[PublicPairingRead]
    next_page_token: str | None = None
