"""The rules of the regional-innovation component: codes, organisations, value-chain gaps,
opportunities, and the life of a match. Plain Python, no web framework, no database.
Scoring lives beside it in matching.py."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from services.value_chains.regions import Region, Side, region
from shared.reference.economy import ecosystems, nace_code

if TYPE_CHECKING:
    from shared.identity import Identity


class OrganisationKind(StrEnum):
    sme = "sme"
    cluster = "cluster"
    research = "research"
    public_body = "public_body"
    large_company = "large_company"
    ngo = "ngo"


class SizeBand(StrEnum):
    """EU SME definition bands (Recommendation 2003/361/EC) by staff headcount."""

    micro = "micro"  # < 10
    small = "small"  # < 50
    medium = "medium"  # < 250
    large = "large"


class OpportunityKind(StrEnum):
    """The five profile types of the Enterprise Europe Network."""

    technology_offer = "technology_offer"
    technology_request = "technology_request"
    business_offer = "business_offer"
    business_request = "business_request"
    rd_request = "rd_request"


class ParticipantRole(StrEnum):
    lead = "lead"
    supplier = "supplier"
    producer = "producer"
    integrator = "integrator"
    distributor = "distributor"
    service_provider = "service_provider"
    research_partner = "research_partner"
    customer = "customer"


class MatchKind(StrEnum):
    opportunity = "opportunity"
    value_chain_gap = "value_chain_gap"


class MatchStatus(StrEnum):
    proposed = "proposed"
    interest_expressed = "interest_expressed"  # one party
    mutual_interest = "mutual_interest"  # both parties
    agreed = "agreed"


class AgreementKind(StrEnum):
    commercial = "commercial"
    technical_cooperation = "technical_cooperation"
    research_cooperation = "research_cooperation"
    joint_venture = "joint_venture"
    licence = "licence"


OFFERS = frozenset({OpportunityKind.technology_offer, OpportunityKind.business_offer})

# Which requests an offer answers: technology serves technology and R&D requests, business serves business.
ANSWERS: dict[OpportunityKind, frozenset[OpportunityKind]] = {
    OpportunityKind.technology_offer: frozenset({OpportunityKind.technology_request, OpportunityKind.rd_request}),
    OpportunityKind.business_offer: frozenset({OpportunityKind.business_request}),
}


def is_offer(kind: str) -> bool:
    """True for technology and business offers."""
    return kind in OFFERS


def counterpart_kinds(kind: str) -> frozenset[OpportunityKind]:
    """The opportunity kinds `kind` can be matched with."""
    k = OpportunityKind(kind)
    if k in ANSWERS:
        return ANSWERS[k]
    return frozenset(offer for offer, requests in ANSWERS.items() if k in requests)


@dataclass(frozen=True)
class Violation:
    """One broken rule or bad field, named so a caller can act on it."""

    detail: str
    rule: str | None = None
    pointer: str | None = None
    code: str | None = None

    def as_error(self) -> dict:
        """The RFC 9457 errors[] entry."""
        return {k: v for k, v in (("pointer", self.pointer), ("rule", self.rule), ("code", self.code)) if v} | {
            "detail": self.detail
        }


# --- codes ------------------------------------------------------------------------------


def check_nace_codes(codes: Sequence[str], pointer: str) -> list[Violation]:
    """A violation for each code that is not in NACE Rev. 2."""
    return [
        Violation(f"{c!r} is not a NACE Rev. 2 code", pointer=f"{pointer}/{i}", code="unknown_nace_code")
        for i, c in enumerate(codes)
        if nace_code(c) is None
    ]


def normalise_nace(codes: Iterable[str]) -> list[str]:
    """Known codes in their canonical spelling, de-duplicated, sorted."""
    return sorted({entry.code for c in codes if (entry := nace_code(c)) is not None})


def check_ecosystem(slug: str | None, pointer: str) -> list[Violation]:
    """A violation if the slug is not one of the 14 industrial ecosystems."""
    if slug is None or slug in ecosystems():
        return []
    return [
        Violation(
            f"{slug!r} is not one of the EU's 14 industrial ecosystems ({', '.join(ecosystems())})",
            pointer=pointer,
            code="unknown_ecosystem",
        )
    ]


def check_region(region_id: str, pointer: str) -> tuple[Region | None, list[Violation]]:
    """The region, or a violation if it is neither an EU NUTS 2024 region nor a LAC region."""
    r = region(region_id)
    if r is None:
        return None, [
            Violation(
                f"{region_id!r} is neither a NUTS 2024 region of the EU nor an ISO 3166 code of a Latin American or Caribbean country or subdivision",
                pointer=pointer,
                code="unknown_region",
            )
        ]
    return r, []


def check_regions(region_ids: Sequence[str], pointer: str) -> tuple[list[Region], list[Violation]]:
    """Every region of a list, or a violation for each unknown one."""
    found, problems = [], []
    for i, rid in enumerate(region_ids):
        r, p = check_region(rid, f"{pointer}/{i}")
        problems += p
        if r is not None:
            found.append(r)
    return found, problems


# --- organisations ----------------------------------------------------------------------


def check_organisation(kind: OrganisationKind, size_band: SizeBand) -> list[Violation]:
    """The rules an organisation's kind and size must keep together."""
    if kind == OrganisationKind.sme and size_band == SizeBand.large:
        return [Violation("An SME has fewer than 250 staff: its size band is micro, small or medium.", rule="sme_size_band")]
    if kind == OrganisationKind.large_company and size_band != SizeBand.large:
        return [Violation("A large company has the size band large; a smaller one registers as an SME.", rule="large_size_band")]
    return []


# --- value chains -----------------------------------------------------------------------


def check_chain_span(regions: Sequence[Region]) -> list[Violation]:
    """A value chain spans EU and LAC regions: at least one of each."""
    sides = {r.side for r in regions}
    missing = [s.value for s in Side if s not in sides]
    if missing:
        return [
            Violation(
                f"A value chain spans EU and Latin American & Caribbean regions; it names none of: {', '.join(missing)}.",
                rule="spans_eu_and_lac",
                pointer="/region_ids",
            )
        ]
    return []


@dataclass(frozen=True)
class StageView:
    """A stage as the gap rule sees it."""

    key: str
    name: str
    position: int


@dataclass(frozen=True)
class ParticipantView:
    stage_key: str
    side: Side


@dataclass(frozen=True)
class Gap:
    """A stage that has no participant on one side of the Atlantic."""

    stage_key: str
    stage_name: str
    position: int
    missing_side: Side


def chain_gaps(stages: Sequence[StageView], participants: Sequence[ParticipantView]) -> list[Gap]:
    """Each stage without a participant on a side, in stage order, EU before LAC."""
    present = {(p.stage_key, p.side) for p in participants}
    return [
        Gap(s.key, s.name, s.position, side)
        for s in sorted(stages, key=lambda s: s.position)
        for side in Side
        if (s.key, side) not in present
    ]


# --- opportunities ----------------------------------------------------------------------


def opportunity_status(status: str, expires_on: date, today: date) -> str:
    """open | expired | withdrawn, as of `today` (an open opportunity past its date has expired)."""
    if status == "open" and expires_on < today:
        return "expired"
    return status


def check_open_for_matching(status: str, expires_on: date, today: date) -> list[Violation]:
    """An opportunity is offered for matching only while it is open and not expired."""
    out = []
    if status != "open":
        out.append(Violation(f"The opportunity is {status}; only open opportunities are matched.", rule="opportunity_open"))
    if expires_on < today:
        out.append(
            Violation(f"The opportunity expired on {expires_on.isoformat()}; it can no longer be matched.", rule="not_expired")
        )
    return out


def check_expiry(expires_on: date, today: date) -> list[Violation]:
    """A new opportunity expires in the future."""
    if expires_on <= today:
        return [
            Violation(
                f"expires_on {expires_on.isoformat()} is not after today ({today.isoformat()}).",
                rule="not_expired",
                pointer="/expires_on",
            )
        ]
    return []


# --- matches ----------------------------------------------------------------------------


def status_after_interest(interested: set[str], parties: Sequence[str], current: MatchStatus) -> MatchStatus:
    """A match's status once `interested` organisations have expressed interest."""
    if current == MatchStatus.agreed:
        return current
    if set(parties) <= interested:
        return MatchStatus.mutual_interest
    return MatchStatus.interest_expressed if interested else MatchStatus.proposed


def check_may_sign(status: MatchStatus) -> list[Violation]:
    """An agreement follows mutual interest, and a match leads to one agreement."""
    if status == MatchStatus.agreed:
        return [Violation("This match already led to an agreement.", rule="one_agreement_per_match")]
    if status != MatchStatus.mutual_interest:
        return [
            Violation(
                "Both organisations of the match must express interest before an agreement is recorded.", rule="mutual_interest"
            )
        ]
    return []


def check_signed_on(signed_on: date, today: date) -> list[Violation]:
    """An agreement is recorded once signed, not ahead of it."""
    if signed_on > today:
        return [Violation(f"signed_on {signed_on.isoformat()} is in the future.", rule="signed_not_future", pointer="/signed_on")]
    return []


# --- who writes ---------------------------------------------------------------------------
# The coordination unit (admin) writes everything. A partner key writes only for the
# organisations it is bound to (`gateway.keys create --role partner --organisation-id ID`):
# their profiles, opportunities, expressions of interest, agreements and the value chains they
# lead. An unbound partner key reads. Organisations, strategies and region interests are the
# coordination unit's: it registers an organisation, then binds the partner's key to it.

PARTNER_NOT_BOUND = "partner_not_bound"
NOT_YOUR_ORGANISATION = "not_your_organisation"
COORDINATION_UNIT_ONLY = "coordination_unit_only"


@dataclass(frozen=True)
class Refusal:
    """Why a caller may not make a write: a code clients can act on and a sentence."""

    code: str
    detail: str
    pointer: str | None = None

    def as_error(self) -> dict[str, str]:
        """The refusal as an entry of a problem's `errors`."""
        out = {"detail": self.detail, "code": self.code, "rule": "acts_for_organisation"}
        return out | ({"pointer": self.pointer} if self.pointer else {})


def may_write(identity: Identity, organisation_id: str) -> bool:
    """True if the caller writes for this organisation: an admin, or a partner bound to it."""
    return identity.is_admin or (identity.role == "partner" and organisation_id in identity.organisation_ids)


def writer_refusal(identity: Identity) -> Refusal | None:
    """Why the caller may not write at all (None if it may write for some organisation)."""
    if identity.is_admin or (identity.role == "partner" and identity.organisation_ids):
        return None
    if identity.role == "partner":
        return Refusal(
            PARTNER_NOT_BOUND,
            "This partner key is bound to no organisation, so it only reads; the coordination unit binds it "
            "(python -m gateway.keys bind KEY_ID --organisation-id ID).",
        )
    return Refusal(COORDINATION_UNIT_ONLY, "Only the coordination unit and partners bound to organisations write here.")


def organisation_refusal(identity: Identity, *organisation_ids: str, pointer: str | None = None) -> Refusal | None:
    """Why the caller may not write for any of these organisations (None if it acts for one of them)."""
    refused = writer_refusal(identity)
    if refused is not None or any(may_write(identity, o) for o in organisation_ids):
        return refused
    named = ", ".join(organisation_ids) or "none"
    return Refusal(NOT_YOUR_ORGANISATION, f"This key acts for other organisations than {named}.", pointer)


def coordination_unit_refusal(identity: Identity, what: str) -> Refusal | None:
    """Why the caller may not do what only the coordination unit does (None for an admin)."""
    if identity.is_admin:
        return None
    return writer_refusal(identity) or Refusal(COORDINATION_UNIT_ONLY, f"Only the coordination unit (an admin key) {what}.")
