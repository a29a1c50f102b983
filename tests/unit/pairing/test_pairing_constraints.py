"""Hard constraints: EU x non-EU (or the call's sides), same kind, forbidden and locked pairs."""

from services.pairing.domain import Constraints, PairingTerms, Party, PartyKind, default_sides, pair_key
from services.pairing.solvers import allowed_matrix
from tests.unit.pairing.pairing_parties import city

LISBOA, PORTO, LIMA, QUITO, TOKYO = (
    city("lisboa", "PT"),
    city("porto", "PT"),
    city("lima", "PE"),
    city("quito", "EC"),
    city("tokyo", "JP"),
)


def test_an_eu_city_pairs_only_outside_the_eu_by_default():
    c = Constraints(PairingTerms())
    assert c.allowed(LISBOA, LIMA) and c.allowed(LISBOA, TOKYO)
    assert not c.allowed(LISBOA, PORTO)
    assert c.broken(LISBOA, PORTO) == ["partner_regions"]


def test_the_call_may_narrow_the_partner_regions():
    c = Constraints(PairingTerms(side_b_regions=frozenset({"latin_america_caribbean"})))
    assert c.allowed(LISBOA, QUITO) and not c.allowed(LISBOA, TOKYO)


def test_forbidden_and_locked_pairs_are_never_allowed_whatever_the_order():
    c = Constraints(
        PairingTerms(), forbidden=frozenset({pair_key("lima", "lisboa")}), locked=frozenset({pair_key("porto", "quito")})
    )
    assert not c.allowed(LISBOA, LIMA) and c.broken(LISBOA, LIMA) == ["forbidden_pair"]
    assert not c.allowed(PORTO, QUITO) and c.broken(PORTO, QUITO) == ["locked_pair"]
    assert c.allowed(LISBOA, QUITO)


def test_a_city_never_pairs_with_a_region():
    region = Party(
        id="PE-LIM", kind=PartyKind.region, name="Lima region", country_code="PE", world_region="latin_america_caribbean"
    )
    assert not Constraints(PairingTerms()).allowed(LISBOA, region)


def test_regions_pair_eu_with_latin_america_by_default():
    side_a, side_b = default_sides(PartyKind.region)
    assert side_a == {"eu"} and side_b == {"latin_america_caribbean"}


def test_the_vectorised_matrix_agrees_with_the_rule_pair_by_pair():
    c = Constraints(
        PairingTerms(), forbidden=frozenset({pair_key("lisboa", "lima")}), locked=frozenset({pair_key("porto", "tokyo")})
    )
    a, b = [LISBOA, PORTO, LIMA], [LIMA, QUITO, TOKYO, PORTO]
    m = allowed_matrix(a, b, c)
    assert [[bool(m[i, j]) for j in range(len(b))] for i in range(len(a))] == [[c.allowed(x, y) for y in b] for x in a]
