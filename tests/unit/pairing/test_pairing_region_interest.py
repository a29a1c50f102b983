"""Regions fed by value_chains: the interest one region expressed in another raises the pair's score (one-sided
by a fifth of its gap to 1, mutual by two fifths), and a region's profile from its innovation strategy."""

from __future__ import annotations

import numpy as np
import pytest

from services.pairing.domain import Party, PartyKind
from services.pairing.regions import interest
from services.pairing.solvers import Scores, score_matrix


def region(rid: str, country: str, name: str, themes=()) -> Party:
    return Party(
        id=rid,
        kind=PartyKind.region,
        name=name,
        country_code=country,
        world_region=interest.region_world_region(country, ""),
        themes=frozenset(themes),
    )


ANDALUCIA, ATTIKI = region("ES61", "ES", "Andalucía"), region("EL30", "GR", "Attiki")
JALISCO, ANTIOQUIA = region("MX-JAL", "MX", "Jalisco"), region("CO-ANT", "CO", "Antioquia")


def test_the_level_is_none_one_sided_or_mutual_whoever_asked():
    asked = {("ES61", "MX-JAL"), ("CO-ANT", "EL30"), ("EL30", "CO-ANT")}
    assert interest.interest_level("ES61", "MX-JAL", asked) == 0.5
    assert interest.interest_level("MX-JAL", "ES61", asked) == 0.5  # the EU region asked; the LAC one did not
    assert interest.interest_level("EL30", "CO-ANT", asked) == 1.0
    assert interest.interest_level("ES61", "CO-ANT", asked) == 0.0


@pytest.mark.parametrize(
    ("total", "level", "bonus"),
    [(0.5, 0.0, 0.0), (0.5, 0.5, 0.1), (0.5, 1.0, 0.2), (0.0, 0.5, 0.2), (0.0, 1.0, 0.4), (1.0, 1.0, 0.0), (0.8, 0.5, 0.04)],
)
def test_the_bonus_closes_a_share_of_the_gap_to_a_perfect_score(total, level, bonus):
    assert interest.interest_bonus(total, level) == pytest.approx(bonus)


def test_interest_raises_the_totals_and_the_breakdown_shows_it():
    base = Scores(total=np.array([[0.5, 0.3], [0.6, 0.0]]), dims={d: np.zeros((2, 2)) for d in score_matrix([], []).dims})
    asked = {("ES61", "MX-JAL"), ("EL30", "CO-ANT"), ("CO-ANT", "EL30")}
    scores = interest.with_interest(base, [ANDALUCIA, ATTIKI], [JALISCO, ANTIOQUIA], asked)
    np.testing.assert_allclose(scores.total, [[0.6, 0.3], [0.6, 0.4]])
    bd = scores.breakdown(0, 0)
    assert (bd["interest"], bd["interest_bonus"], bd["total"]) == (0.5, 0.1, 0.6)
    bd = scores.breakdown(1, 1)
    assert (bd["interest"], bd["interest_bonus"], bd["total"]) == (1.0, 0.4, 0.4)
    assert (scores.breakdown(0, 1)["interest"], scores.breakdown(0, 1)["interest_bonus"]) == (0.0, 0.0)
    # Mutual interest wins over a better fit without any: Attiki x Antioquia (0.4) beats Andalucía x Antioquia (0.3).
    assert scores.total[1, 1] > scores.total[0, 1]


def test_with_interest_on_real_scores_keeps_the_dimensions_and_stays_within_one():
    a, b = [ANDALUCIA], [region("MX-JAL", "MX", "Jalisco", themes=())]
    plain = score_matrix(a, b)
    scores = interest.with_interest(plain, a, b, {("ES61", "MX-JAL"), ("MX-JAL", "ES61")})
    assert scores.dims is plain.dims and 0.0 <= scores.total[0, 0] <= 1.0
    assert scores.total[0, 0] == pytest.approx(plain.total[0, 0] + (1 - plain.total[0, 0]) * 0.4)


def test_the_explanation_names_who_asked():
    one = interest.explain_interest(JALISCO, ANDALUCIA, 0.5, {("ES61", "MX-JAL")})
    assert one == "Andalucía asked to be paired with Jalisco (score raised by 20% of its gap to 1)."
    both = interest.explain_interest(ATTIKI, ANTIOQUIA, 1.0, set())
    assert both == "Attiki and Antioquia asked to be paired with each other (score raised by 40% of its gap to 1)."
    assert interest.explain_interest(ATTIKI, JALISCO, 0.0, set()) == ""


def test_a_strategy_gives_the_region_its_themes_world_region_and_challenges():
    assert interest.strategy_themes(["Agri-food ", "digital", "agri-food", " "]) == ["agri-food", "digital"]
    assert interest.strategy_challenges("RIS3 Andalucía", ["Smart farming", " ", "Tourism 4.0"]) == (
        "RIS3 Andalucía. Smart farming. Tourism 4.0"
    )
    assert interest.region_world_region("ES", "eu") == "eu"
    assert interest.region_world_region("CO", "lac") == "latin_america_caribbean"
    assert interest.region_world_region("ZZ", "lac") == "latin_america_caribbean"  # an unknown country: its side
    assert interest.region_world_region("QQ", "nowhere") is None


def test_an_event_is_older_by_its_instant_not_its_letters():
    assert interest.is_older("2027-03-01T09:00:00Z", "2027-03-01T09:00:00.500000Z")
    assert not interest.is_older("2027-03-01T09:00:00.500000Z", "2027-03-01T09:00:00Z")  # later, though it sorts first
    assert not interest.is_older("2027-03-01T10:00:00+01:00", "2027-03-01T09:00:00Z")  # the same instant
    assert not interest.is_older("2027-03-01T09:00:00Z", None) and not interest.is_older("", "2027-03-01T09:00:00Z")
