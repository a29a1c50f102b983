"""Value chains: organisations by side and kind, opportunities, matches, interests, agreements."""

from __future__ import annotations

from datetime import date

from services.insights.domain import Change, Known, change, move
from services.insights.rules import rule
from shared.contracts import value_chains as vc


@rule(vc.OrganisationRegistered, lambda p: [("organisation", p.organisation.organisation_id)])
def organisation_registered(day: date, p: vc.OrganisationRegistered, known: Known) -> list[Change]:
    """One more organisation (registered again: it moves to its new bucket)."""
    o = p.organisation
    old = known.get("organisation", o.organisation_id)
    new = {"side": o.side, "kind": o.kind, "country_code": o.country_code}
    known.put("organisation", o.organisation_id, new)
    return move("value_chains.organisations", day, old, new)


@rule(vc.OpportunityPublished)
@rule(vc.OpportunityPublishedV2)  # anonymous; the figures never used the organisation
def opportunity_published(day: date, p: vc.OpportunityPublished, known: Known) -> list[Change]:
    """An offer or request was published."""
    return [change("value_chains.opportunities", day, {"kind": p.kind, "side": p.side})]


@rule(vc.MatchProposed)
def match_proposed(day: date, p: vc.MatchProposed, known: Known) -> list[Change]:
    """Matchmaking proposed a match."""
    return [change("value_chains.matches", day, {"kind": p.kind})]


@rule(vc.InterestExpressed)
def interest_expressed(day: date, p: vc.InterestExpressed, known: Known) -> list[Change]:
    """A party of a match is interested."""
    return [change("value_chains.interests", day, {"mutual": p.mutual})]


@rule(vc.AgreementSigned)
def agreement_signed(day: date, p: vc.AgreementSigned, known: Known) -> list[Change]:
    """A match led to an agreement."""
    return [change("value_chains.agreements", day, {"kind": p.kind})]
