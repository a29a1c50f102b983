"""The rules of the regional-innovation component: organisations, value-chain gaps, the life
of an opportunity and of a match, who writes. Plain Python, no web framework, no database.
Scoring lives beside it in matching.py, the checks of codes in codes.py, who reads whom in disclosure.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from services.value_chains.codes import Violation as Violation
from services.value_chains.codes import check_ecosystem as check_ecosystem
from services.value_chains.codes import check_nace_codes as check_nace_codes
from services.value_chains.codes import check_region as check_region
from services.value_chains.codes import check_regions as check_regions
from services.value_chains.codes import normalise_nace as normalise_nace
from services.value_chains.regions import Region, Side

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
    declined = "declined"  # by either party, with a reason
    expired = "expired"  # nobody acted in time


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
# The life of an opportunity (the EEN partnering-opportunity database): a partner submits it, the
# coordination unit publishes it (status `open`) or rejects it with a reason; only open ones are
# read by other partners and matched. An open one expires on `expires_on` (read, never stored:
# `expired`), and its owner or an admin renews it with a new date. A partner's renewal of one
# expired longer than the grace period goes back to review (`submitted`): what it offered may
# no longer hold. Rejected and withdrawn are final; the partner submits a new profile.


class OpportunityStatus(StrEnum):
    submitted = "submitted"
    open = "open"  # published by the coordination unit
    rejected = "rejected"
    withdrawn = "withdrawn"
    expired = "expired"  # read only: open and past its date


class OpportunityAction(StrEnum):
    publish = "publish"
    reject = "reject"
    withdraw = "withdraw"
    renew = "renew"


_S, _A = OpportunityStatus, OpportunityAction
OPPORTUNITY_MOVES: dict[tuple[OpportunityStatus, OpportunityAction], OpportunityStatus] = {
    (_S.submitted, _A.publish): _S.open,
    (_S.submitted, _A.reject): _S.rejected,
    (_S.submitted, _A.withdraw): _S.withdrawn,
    (_S.open, _A.withdraw): _S.withdrawn,
    (_S.open, _A.renew): _S.open,
}
# The rule each action keeps, named in the 409 of a move the table does not allow.
OPPORTUNITY_RULES = {
    _A.publish: ("publish_submitted", "only a submitted opportunity is published"),
    _A.reject: ("reject_submitted", "only a submitted opportunity is rejected"),
    _A.withdraw: ("withdraw_submitted_or_open", "only a submitted or open opportunity is withdrawn"),
    _A.renew: ("renew_published", "only a published (open or expired) opportunity is renewed"),
}


def opportunity_move(status: str, action: OpportunityAction) -> tuple[OpportunityStatus | None, list[Violation]]:
    """The stored status after `action`, or the rule it breaks (an expired one is stored as open)."""
    to = OPPORTUNITY_MOVES.get((OpportunityStatus(status), action))
    if to is not None:
        return to, []
    rule, what = OPPORTUNITY_RULES[action]
    return None, [Violation(f"The opportunity is {status}: {what}.", rule=rule)]


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def expiry_on_publication(requested: date | None, today: date, validity_months: int) -> date:
    """The date the submitter asked for while it is still ahead, else `validity_months` from today."""
    if requested is not None and requested > today:
        return requested
    return add_months(today, validity_months)


def renewal_status(expires_on: date, today: date, by_admin: bool, review_after_days: int) -> OpportunityStatus:
    """Open again, or back to review when a partner renews one expired more than `review_after_days` ago."""
    if not by_admin and expires_on < today - timedelta(days=review_after_days):
        return OpportunityStatus.submitted
    return OpportunityStatus.open


def opportunity_status(status: str, expires_on: date | None, today: date) -> str:
    """The status as of `today` (an open opportunity past its date has expired)."""
    if status == OpportunityStatus.open and expires_on is not None and expires_on < today:
        return OpportunityStatus.expired.value
    return status


def check_open_for_matching(status: str, expires_on: date | None, today: date) -> list[Violation]:
    """An opportunity is offered for matching only while it is open (published) and not expired."""
    out = []
    if status != OpportunityStatus.open:
        out.append(
            Violation(f"The opportunity is {status}; only open (published) opportunities are matched.", rule="opportunity_open")
        )
    if expires_on is not None and expires_on < today:
        out.append(
            Violation(f"The opportunity expired on {expires_on.isoformat()}; it can no longer be matched.", rule="not_expired")
        )
    return out


def check_expiry(expires_on: date | None, today: date) -> list[Violation]:
    """A requested expiry lies in the future."""
    if expires_on is not None and expires_on <= today:
        return [
            Violation(
                f"expires_on {expires_on.isoformat()} is not after today ({today.isoformat()}).",
                rule="not_expired",
                pointer="/expires_on",
            )
        ]
    return []


# --- matches ----------------------------------------------------------------------------
# proposed -> interest_expressed -> mutual_interest -> agreed; before the agreement either party
# declines it (with a reason); a proposed or half-answered match nobody acts on for N days
# expires. Declined and expired are final, and their pair is never proposed again.

MATCH_OPEN = frozenset({MatchStatus.proposed, MatchStatus.interest_expressed, MatchStatus.mutual_interest})
# Mutual interest waits for the agreement: the two sides are talking, the clock no longer runs.
MATCH_EXPIRES = frozenset({MatchStatus.proposed, MatchStatus.interest_expressed})


def match_status(status: str, last_action_at: datetime, now: datetime, expiry_days: int) -> MatchStatus:
    """The status as of `now`: one waiting longer than `expiry_days` since its last action has expired."""
    s = MatchStatus(status)
    if s in MATCH_EXPIRES and now - last_action_at >= timedelta(days=expiry_days):
        return MatchStatus.expired
    return s


def check_match_open(status: MatchStatus) -> list[Violation]:
    """Interest, a decline or an agreement needs a match that is still open."""
    if status == MatchStatus.agreed:
        return [Violation("This match already led to an agreement.", rule="one_agreement_per_match")]
    if status not in MATCH_OPEN:
        return [Violation(f"This match is {status.value}; nothing more happens on it.", rule="match_open")]
    return []


def status_after_interest(interested: set[str], parties: Sequence[str], current: MatchStatus) -> MatchStatus:
    """A match's status once `interested` organisations have expressed interest."""
    if current not in MATCH_OPEN:
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
