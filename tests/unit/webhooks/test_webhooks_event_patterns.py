"""Which `event_types` an endpoint may subscribe to: exact types and prefixes of the catalogue."""

from __future__ import annotations

from services.webhooks.domain import pattern_problems, subscribed
from shared.contracts.visibility import event_catalogue

KNOWN = ["iuc.applications.city.registered.v1", "iuc.covenant.signatory.joined.v1", "iuc.covenant.signatory.updated.v1"]


def test_exact_types_and_prefixes_of_known_types_pass():
    assert pattern_problems(["iuc.applications.city.registered.v1", "iuc.covenant.*", "iuc.covenant.signatory.*"], KNOWN) == []


def test_an_unknown_type_is_named_with_its_index():
    [problem] = pattern_problems(["iuc.covenant.*", "iuc.applications.city.deleted.v1"], KNOWN)
    assert problem.index == 1
    assert problem.pattern == "iuc.applications.city.deleted.v1"
    assert "matches no event type" in problem.detail


def test_a_prefix_that_matches_nothing_is_refused():
    [problem] = pattern_problems(["iuc.pairing.*"], KNOWN)
    assert problem.index == 0


def test_malformed_patterns_are_refused():
    bad = ["covenant.*", "iuc.cov*", "iuc..x", "iuc.covenant.*.v1", "*"]
    assert [p.index for p in pattern_problems(bad, KNOWN)] == [0, 1, 2, 3, 4]


def test_a_prefix_subscribes_to_the_types_under_it_only():
    assert subscribed(["iuc.covenant.*"], "iuc.covenant.signatory.joined.v1")
    assert not subscribed(["iuc.covenant.*"], "iuc.covenantx.thing.done.v1")
    assert not subscribed(["iuc.applications.city.registered.v1"], "iuc.applications.city.updated.v1")


def test_every_catalogue_type_can_be_subscribed_exactly_and_by_its_service():
    types = [t["type"] for t in event_catalogue()]
    assert types, "the catalogue lists the contracts"
    for t in types:
        service = t.split(".")[1]
        assert pattern_problems([t, f"iuc.{service}.*"], types) == []
