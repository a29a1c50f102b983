"""The rules of the regional-innovation component, without a database."""

from datetime import date

from services.value_chains.domain import (
    MatchStatus,
    OpportunityKind,
    OrganisationKind,
    ParticipantView,
    SizeBand,
    StageView,
    chain_gaps,
    check_chain_span,
    check_expiry,
    check_may_sign,
    check_nace_codes,
    check_open_for_matching,
    check_organisation,
    counterpart_kinds,
    normalise_nace,
    opportunity_status,
    status_after_interest,
)
from services.value_chains.regions import Side, region

STAGES = [StageView("design", "Design", 0), StageView("cells", "Cells", 1), StageView("assembly", "Assembly", 2)]


def test_a_stage_without_a_participant_on_one_side_is_a_gap_in_stage_order():
    gaps = chain_gaps(
        list(reversed(STAGES)),
        [ParticipantView("design", Side.eu), ParticipantView("design", Side.lac), ParticipantView("cells", Side.eu)],
    )
    assert [(g.stage_key, g.missing_side) for g in gaps] == [("cells", Side.lac), ("assembly", Side.eu), ("assembly", Side.lac)]


def test_a_fully_staffed_chain_has_no_gap():
    both = [ParticipantView(s.key, side) for s in STAGES for side in Side]
    assert chain_gaps(STAGES, both) == []


def test_a_chain_must_span_eu_and_lac():
    assert check_chain_span([region("ES51"), region("CO-ANT")]) == []
    [v] = check_chain_span([region("ES51"), region("PT11")])
    assert v.rule == "spans_eu_and_lac" and "lac" in v.detail


def test_offers_answer_the_requests_of_their_kind_and_requests_the_offers():
    assert counterpart_kinds("technology_offer") == {OpportunityKind.technology_request, OpportunityKind.rd_request}
    assert counterpart_kinds("rd_request") == {OpportunityKind.technology_offer}
    assert counterpart_kinds("business_request") == {OpportunityKind.business_offer}


def test_expired_or_withdrawn_opportunities_are_not_matched():
    today = date(2027, 3, 1)
    assert check_open_for_matching("open", today, today) == []
    assert [v.rule for v in check_open_for_matching("open", date(2027, 2, 28), today)] == ["not_expired"]
    assert [v.rule for v in check_open_for_matching("withdrawn", date(2027, 2, 28), today)] == ["opportunity_open", "not_expired"]
    assert [v.rule for v in check_expiry(today, today)] == ["not_expired"]


def test_sme_and_large_company_sizes():
    assert check_organisation(OrganisationKind.sme, SizeBand.medium) == []
    assert [v.rule for v in check_organisation(OrganisationKind.sme, SizeBand.large)] == ["sme_size_band"]
    assert [v.rule for v in check_organisation(OrganisationKind.large_company, SizeBand.small)] == ["large_size_band"]
    assert check_organisation(OrganisationKind.research, SizeBand.large) == []


def test_unknown_nace_codes_are_named_by_pointer():
    assert [v.pointer for v in check_nace_codes(["C", "26.11", "26.111", "XX"], "/nace_codes")] == [
        "/nace_codes/2",
        "/nace_codes/3",
    ]
    assert normalise_nace(["26.11", "c", "26.11", "nope"]) == ["26.11", "C"]


def test_interest_from_both_parties_is_mutual_and_only_then_may_they_sign():
    parties = ["a", "b"]
    assert status_after_interest(set(), parties, MatchStatus.proposed) == MatchStatus.proposed
    assert status_after_interest({"a"}, parties, MatchStatus.proposed) == MatchStatus.interest_expressed
    assert status_after_interest({"a", "b"}, parties, MatchStatus.interest_expressed) == MatchStatus.mutual_interest
    assert status_after_interest({"a", "b"}, parties, MatchStatus.agreed) == MatchStatus.agreed
    assert [v.rule for v in check_may_sign(MatchStatus.interest_expressed)] == ["mutual_interest"]
    assert [v.rule for v in check_may_sign(MatchStatus.agreed)] == ["one_agreement_per_match"]
    assert check_may_sign(MatchStatus.mutual_interest) == []


def test_an_open_opportunity_past_its_date_reads_as_expired():
    today = date(2027, 3, 1)
    assert opportunity_status("open", today, today) == "open"
    assert opportunity_status("open", date(2027, 2, 28), today) == "expired"
    assert opportunity_status("withdrawn", date(2027, 2, 28), today) == "withdrawn"
