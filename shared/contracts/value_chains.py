"""Events of the value_chains service."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

from shared.contracts.fields import (
    ECOSYSTEMS,
    KEYWORDS,
    NACE_CODES,
    ORGANISATIONS,
    REGIONS,
    Code,
    Id,
    Label,
    Name,
    Reason,
    Text,
    Title,
)
from shared.contracts.visibility import Visibility
from shared.events import EventPayload


class OrganisationProfile(BaseModel):
    """What another service needs to know of an organisation."""

    organisation_id: Id
    name: Name
    kind: Code  # sme | cluster | research | public_body | large_company | ngo
    size_band: Code  # micro | small | medium | large
    region_id: Code  # NUTS 2024 code or ISO 3166-2 subdivision (or a country)
    country_code: Code
    side: Code  # eu | lac
    nace_codes: list[Code] = Field(max_length=NACE_CODES)


class MatchScore(BaseModel):
    """How well a match fits, per dimension (0..1), and the weighted total."""

    keywords: float
    nace: float
    regions: float
    ecosystem: float
    total: float


class OrganisationRegistered(EventPayload):
    """An organisation joined the regional-innovation component."""

    service = "value_chains"
    entity = "organisation"
    event = "registered"
    visibility = Visibility(scope="value_chains:read", public=True, organisations=("organisation.organisation_id",))
    organisation: OrganisationProfile


class OpportunityPublished(EventPayload):
    """A technology or business offer or request, or an R&D request, was published."""

    service = "value_chains"
    entity = "opportunity"
    event = "published"
    visibility = Visibility(scope="value_chains:read", public=True, organisations=("organisation_id",))
    opportunity_id: Id
    kind: Code  # technology_offer | technology_request | business_offer | business_request | rd_request
    title: Title
    organisation_id: Id
    side: Code
    region_id: Code
    keywords: list[Label] = Field(max_length=KEYWORDS)
    nace_codes: list[Code] = Field(max_length=NACE_CODES)
    target_region_ids: list[Code] = Field(max_length=REGIONS)
    ecosystem: Code | None = None
    expires_on: date


class OpportunityPublishedV2(EventPayload):
    """v2: an opportunity was published, anonymously. v1 named the organisation behind it to everyone, while the
    API keeps it from other partners until it accepts an expression of interest (EEN's partnering database); the
    organisation's own keys know it from opportunity.submitted."""

    service = "value_chains"
    entity = "opportunity"
    event = "published"
    version = 2
    visibility = Visibility(scope="value_chains:read", public=True)
    opportunity_id: Id
    kind: Code  # technology_offer | technology_request | business_offer | business_request | rd_request
    title: Title
    side: Code
    region_id: Code
    keywords: list[Label] = Field(max_length=KEYWORDS)
    nace_codes: list[Code] = Field(max_length=NACE_CODES)
    target_region_ids: list[Code] = Field(max_length=REGIONS)
    ecosystem: Code | None = None
    expires_on: date


class MatchProposed(EventPayload):
    """Matchmaking proposed a match: an offer with a request, or an organisation for a value-chain gap."""

    service = "value_chains"
    entity = "match"
    event = "proposed"
    visibility = Visibility(scope="value_chains:read", organisations=("organisation_ids",))
    match_id: Id
    kind: Code  # opportunity | value_chain_gap
    organisation_ids: list[Id] = Field(max_length=ORGANISATIONS)
    offer_id: Id | None = None
    request_id: Id | None = None
    value_chain_id: Id | None = None
    stage_key: Code | None = None
    score: MatchScore
    explanation: Reason


class InterestExpressed(EventPayload):
    """One party of a match expressed interest in the other; `mutual` once both have."""

    service = "value_chains"
    entity = "interest"
    event = "expressed"
    visibility = Visibility(scope="value_chains:read", organisations=("organisation_id", "counterpart_organisation_id"))
    interest_id: Id
    match_id: Id
    organisation_id: Id
    counterpart_organisation_id: Id
    mutual: bool


class AgreementSigned(EventPayload):
    """A match led to a signed agreement."""

    service = "value_chains"
    entity = "agreement"
    event = "signed"
    visibility = Visibility(scope="value_chains:read", organisations=("organisation_ids",))
    agreement_id: Id
    match_id: Id
    kind: Code  # commercial | technical_cooperation | research_cooperation | joint_venture | licence
    title: Title
    organisation_ids: list[Id] = Field(max_length=ORGANISATIONS)
    signed_on: date


class RegionInterestExpressed(EventPayload):
    """A region asked to be paired with a partner region across the Atlantic (the pairing service listens)."""

    service = "value_chains"
    entity = "region"
    event = "interest_expressed"
    visibility = Visibility(scope="value_chains:read", public=True)
    interest_id: Id
    region_id: Code
    region_name: Name
    country_code: Code
    partner_region_id: Code
    partner_region_name: Name
    partner_country_code: Code
    ecosystems: list[Code] = Field(max_length=ECOSYSTEMS)
    message: Text = ""


class OpportunitySubmitted(EventPayload):
    """A partner submitted an opportunity; the coordination unit reviews it before it is published."""

    service = "value_chains"
    entity = "opportunity"
    event = "submitted"
    visibility = Visibility(scope="value_chains:read", organisations=("organisation_id",))
    opportunity_id: Id
    kind: Code
    title: Title
    organisation_id: Id
    side: Code


class OpportunityRejected(EventPayload):
    """The coordination unit rejected a submitted opportunity, with its reason."""

    service = "value_chains"
    entity = "opportunity"
    event = "rejected"
    visibility = Visibility(scope="value_chains:read", organisations=("organisation_id",))
    opportunity_id: Id
    organisation_id: Id
    reason: Reason


class OpportunityRenewed(EventPayload):
    """A published opportunity got a new expiry: open again, or `submitted` when it goes back to review."""

    service = "value_chains"
    entity = "opportunity"
    event = "renewed"
    visibility = Visibility(scope="value_chains:read", organisations=("organisation_id",))
    opportunity_id: Id
    organisation_id: Id
    status: Code  # open | submitted
    expires_on: date


class MatchDeclined(EventPayload):
    """One party of a match declined it, with a reason; the pair is not proposed again."""

    service = "value_chains"
    entity = "match"
    event = "declined"
    visibility = Visibility(scope="value_chains:read", organisations=("organisation_ids",))
    match_id: Id
    kind: Code
    organisation_ids: list[Id] = Field(max_length=ORGANISATIONS)
    declined_by_organisation_id: Id
    reason: Reason


class MatchExpired(EventPayload):
    """Nobody acted on a match in time; the pair is not proposed again."""

    service = "value_chains"
    entity = "match"
    event = "expired"
    visibility = Visibility(scope="value_chains:read", organisations=("organisation_ids",))
    match_id: Id
    kind: Code
    organisation_ids: list[Id] = Field(max_length=ORGANISATIONS)
    last_action_at: datetime


# The priorities of one innovation strategy (the value_chains service takes at most 50).
STRATEGY_PRIORITIES = 50


class StrategyRegion(BaseModel):
    """The region an innovation strategy is of, as the pairing service keeps its profile."""

    region_id: Code  # NUTS 2024 code or ISO 3166-2 subdivision (or a country)
    name: Name
    country_code: Code
    side: Code  # eu | lac


class StrategyPriorityOutline(BaseModel):
    """A specialisation priority of a strategy: its title and its industrial ecosystem."""

    title: Title
    ecosystem: Code


class InnovationStrategyPublished(EventPayload):
    """A region's research and innovation strategy for smart specialisation was recorded (the pairing service
    builds the region's profile from it: its ecosystems are the region's themes)."""

    service = "value_chains"
    entity = "innovation_strategy"
    event = "published"
    visibility = Visibility(scope="value_chains:read", public=True)
    strategy_id: Id
    region: StrategyRegion
    title: Title
    period_start: int
    period_end: int
    priorities: list[StrategyPriorityOutline] = Field(max_length=STRATEGY_PRIORITIES)


class InnovationStrategyUpdated(InnovationStrategyPublished):
    """A strategy's title or priorities changed; it carries the whole strategy again, as published."""

    event = "updated"
    visibility = Visibility(scope="value_chains:read", public=True)
