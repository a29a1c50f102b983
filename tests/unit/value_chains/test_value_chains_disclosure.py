"""Who reads whom, as plain rules: an opportunity's organisation stays anonymous to other partners
until it accepts their interest."""

from services.value_chains.disclosure import Reader, disclosed_by, may_read_match, may_read_opportunity, reader_of, shown
from shared.identity import ROLE_DEFAULT_SCOPES, Identity, Role


def key(role: Role, *organisations: str) -> Identity:
    return Identity(subject="k", role=role, scopes=ROLE_DEFAULT_SCOPES[role], organisation_ids=frozenset(organisations))


def test_the_coordination_unit_and_the_dashboard_see_all_a_partner_its_own():
    assert reader_of(key(Role.admin)).sees_all and reader_of(key(Role.dashboard)).sees_all
    x = reader_of(key(Role.partner, "x"))
    assert not x.sees_all and x.sees("x") and not x.sees("y")
    assert reader_of(key(Role.partner, "x"), ["y", "x"]).disclosed == frozenset({"y"})
    assert reader_of(key(Role.city, "x")).organisation_ids == frozenset()  # only partner keys are bound


def test_an_organisation_is_disclosed_by_a_match_where_both_said_yes():
    pairs = [("x", "y"), ("z", "x"), ("y", "w")]
    assert disclosed_by(pairs, ["x"]) == frozenset({"y", "z"})
    assert disclosed_by(pairs, ["w"]) == frozenset({"y"})
    assert disclosed_by(pairs, ["x", "z"]) == frozenset({"y"})  # one's own organisations are not "disclosed"
    assert disclosed_by([], ["x"]) == frozenset()


def test_an_opportunity_match_hides_the_counterpart_a_gap_match_does_not():
    y = Reader(sees_all=False, organisation_ids=frozenset({"y"}))
    assert shown(y, "x") is None and shown(y, "y") == "y"
    assert shown(y, "x", "value_chain_gap") == "x"  # chain leads and registered organisations are public
    assert shown(Reader(sees_all=False, organisation_ids=frozenset({"y"}), disclosed=frozenset({"x"})), "x") == "x"
    assert shown(Reader(sees_all=True), "x") == "x"


def test_others_read_only_open_opportunities_and_only_their_own_matches():
    y = Reader(sees_all=False, organisation_ids=frozenset({"y"}))
    assert may_read_opportunity(y, "x", "open")
    for status in ("submitted", "rejected", "withdrawn", "expired"):
        assert not may_read_opportunity(y, "x", status)
        assert may_read_opportunity(y, "y", status) and may_read_opportunity(Reader(sees_all=True), "x", status)
    assert may_read_match(y, ["x", "y"]) and not may_read_match(y, ["x", "z"])
    assert may_read_match(Reader(sees_all=True), ["x", "z"])
