"""Events of the value_chains service."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from shared.events import EventPayload


class OrganisationProfile(BaseModel):
    """What another service needs to know of an organisation."""

    organisation_id: str
    name: str
    kind: str  # sme | cluster | research | public_body | large_company | ngo
    size_band: str  # micro | small | medium | large
    region_id: str  # NUTS 2024 code or ISO 3166-2 subdivision (or a country)
    country_code: str
    side: str  # eu | lac
    nace_codes: list[str]


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
    organisation: OrganisationProfile


class OpportunityPublished(EventPayload):
    """A technology or business offer or request, or an R&D request, was published."""

    service = "value_chains"
    entity = "opportunity"
    event = "published"
    opportunity_id: str
    kind: str  # technology_offer | technology_request | business_offer | business_request | rd_request
    title: str
    organisation_id: str
    side: str
    region_id: str
    keywords: list[str]
    nace_codes: list[str]
    target_region_ids: list[str]
    ecosystem: str | None = None
    expires_on: date


class MatchProposed(EventPayload):
    """Matchmaking proposed a match: an offer with a request, or an organisation for a value-chain gap."""

    service = "value_chains"
    entity = "match"
    event = "proposed"
    match_id: str
    kind: str  # opportunity | value_chain_gap
    organisation_ids: list[str]
    offer_id: str | None = None
    request_id: str | None = None
    value_chain_id: str | None = None
    stage_key: str | None = None
    score: MatchScore
    explanation: str


class InterestExpressed(EventPayload):
    """One party of a match expressed interest in the other; `mutual` once both have."""

    service = "value_chains"
    entity = "interest"
    event = "expressed"
    interest_id: str
    match_id: str
    organisation_id: str
    counterpart_organisation_id: str
    mutual: bool


class AgreementSigned(EventPayload):
    """A match led to a signed agreement."""

    service = "value_chains"
    entity = "agreement"
    event = "signed"
    agreement_id: str
    match_id: str
    kind: str  # commercial | technical_cooperation | research_cooperation | joint_venture | licence
    title: str
    organisation_ids: list[str]
    signed_on: date


class RegionInterestExpressed(EventPayload):
    """A region asked to be paired with a partner region across the Atlantic (the pairing service listens)."""

    service = "value_chains"
    entity = "region"
    event = "interest_expressed"
    interest_id: str
    region_id: str
    region_name: str
    country_code: str
    partner_region_id: str
    partner_region_name: str
    partner_country_code: str
    ecosystems: list[str]
    message: str = ""
