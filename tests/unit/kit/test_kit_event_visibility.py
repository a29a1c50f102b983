"""Who receives which event (shared/contracts/visibility.py): every contract declares what its
events are about, and the rule is checked here for every contract and every role, against a table
written out by hand rather than read from the declarations."""

from __future__ import annotations

import types
import typing
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pydantic import BaseModel

from shared.contracts.visibility import (
    Owner,
    audience_of,
    event_catalogue,
    matches,
    may_receive,
    platform_contracts,
    visibility_of,
)
from shared.identity import ROLE_DEFAULT_SCOPES, Role

# What each event is about: "city", "covenant", "organisation", "subject", "public" or "programme"
# (nobody's in particular: admin and dashboard keys only).
ABOUT = {
    "iuc.action_plans.action.completed.v1": "city",
    "iuc.action_plans.action.status_changed.v1": "city",
    "iuc.action_plans.action.status_changed.v2": "city",
    "iuc.action_plans.indicator.measured.v1": "city",
    "iuc.action_plans.indicator.measured.v2": "city",
    "iuc.action_plans.plan.approved.v1": "city",
    "iuc.action_plans.plan.completed.v1": "city",
    "iuc.action_plans.plan.implementation_started.v1": "city",
    "iuc.action_plans.plan.returned.v1": "city",
    "iuc.action_plans.plan.submitted.v1": "city",
    "iuc.action_plans.task.overdue.v1": "city",
    "iuc.applications.application.accepted.v1": "city",
    "iuc.applications.application.accepted.v2": "city",
    "iuc.applications.application.refused.v1": "city",
    "iuc.applications.application.rejected.v1": "city",
    "iuc.applications.application.reviewed.v1": "programme",
    "iuc.applications.application.reviewed.v2": "programme",
    "iuc.applications.application.submitted.v1": "city",
    "iuc.applications.application.withdrawn.v1": "city",
    "iuc.applications.call.closed.v1": "public",
    "iuc.applications.call.updated.v1": "public",
    "iuc.applications.city.registered.v1": "city",
    "iuc.applications.city.updated.v1": "city",
    "iuc.applications.review.updated.v1": "programme",
    "iuc.covenant.commitment.made.v1": "covenant",
    "iuc.covenant.compliance.changed.v1": "covenant",
    "iuc.covenant.deadline.extended.v1": "covenant",
    "iuc.covenant.inventory.submitted.v1": "covenant",
    "iuc.covenant.signatory.deleted.v1": "covenant",
    "iuc.covenant.signatory.joined.v1": "covenant",
    "iuc.covenant.signatory.updated.v1": "covenant",
    "iuc.covenant.signatory.withdrawn.v1": "covenant",
    "iuc.covenant.submission.corrected.v1": "covenant",
    "iuc.knowledge.practice.archived.v1": "public",
    "iuc.knowledge.practice.published.v1": "public",
    "iuc.knowledge.practice.published.v2": "public",
    "iuc.pairing.activity.cancelled.v1": "city",
    "iuc.pairing.activity.held.v1": "city",
    "iuc.pairing.activity.planned.v1": "city",
    "iuc.pairing.activity.updated.v1": "city",
    "iuc.pairing.pairing.completed.v1": "city",
    "iuc.pairing.pairing.confirmed.v1": "city",
    "iuc.pairing.pairing.declined.v1": "city",
    "iuc.pairing.pairing.dissolved.v1": "city",
    "iuc.pairing.pairing.expired.v1": "city",
    "iuc.pairing.pairing.proposed.v1": "city",
    "iuc.pairing.round.completed.v1": "programme",
    "iuc.value_chains.agreement.signed.v1": "organisation",
    "iuc.value_chains.innovation_strategy.published.v1": "public",
    "iuc.value_chains.innovation_strategy.updated.v1": "public",
    "iuc.value_chains.interest.expressed.v1": "organisation",
    "iuc.value_chains.match.declined.v1": "organisation",
    "iuc.value_chains.match.expired.v1": "organisation",
    "iuc.value_chains.match.proposed.v1": "organisation",
    "iuc.value_chains.opportunity.published.v1": "public",
    "iuc.value_chains.opportunity.published.v2": "public",
    "iuc.value_chains.opportunity.rejected.v1": "organisation",
    "iuc.value_chains.opportunity.renewed.v1": "organisation",
    "iuc.value_chains.opportunity.submitted.v1": "organisation",
    "iuc.value_chains.organisation.registered.v1": "public",
    "iuc.value_chains.region.interest_expressed.v1": "public",
    "iuc.webhooks.endpoint.disabled.v1": "subject",
}
# The read scope of each family of events.
SCOPE = {
    "action_plans": "action_plans:read",
    "applications.application": "applications:read",
    "applications.city": "cities:read",
    "applications.call": "calls:read",
    "applications.review": "applications:read",
    "covenant": "covenant:read",
    "knowledge": "knowledge:read",
    "pairing": "pairing:read",
    "value_chains": "value_chains:read",
    "webhooks": "webhooks:read",
}
REGISTRY = platform_contracts()
MINE = {"city": "city-A", "covenant": "EU-CoM", "organisation": "org-A", "subject": "key-A"}
THEIRS = {"city": "city-B", "covenant": "CoM-SSA", "organisation": "org-B", "subject": "key-B"}


def scope_of(event_type: str) -> str:
    parts = event_type.split(".")
    return SCOPE.get(f"{parts[1]}.{parts[2]}") or SCOPE[parts[1]]


def _leaf(annotation: Any) -> Any:
    """A valid value for a field of this type (the first branch of a union)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _leaf(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return _leaf(next(a for a in typing.get_args(annotation) if a is not type(None)))
    if origin is list:
        return [_leaf(typing.get_args(annotation)[0])]
    if origin is dict:
        return {}
    if origin is typing.Literal:
        return typing.get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {name: _leaf(f.annotation) for name, f in annotation.model_fields.items()}
    return {str: "x", int: 1, float: 1.0, bool: False, datetime: datetime(2026, 12, 1, tzinfo=UTC), date: date(2026, 12, 1)}[
        annotation
    ]


def _set(node: Any, path: list[str], value: str) -> None:
    if isinstance(node, list):
        for item in node:
            _set(item, path, value)
        return
    if len(path) == 1:
        node[path[0]] = [value] if isinstance(node.get(path[0]), list) else value
        return
    _set(node[path[0]], path[1:], value)


def sample(event_type: str, ids: dict[str, str]):
    """An event of this type about the parties `ids` names (every path of its declaration set)."""
    contract = REGISTRY[event_type]
    data = _leaf(contract)
    v = visibility_of(contract)
    for kind, paths in (("city", v.cities), ("covenant", v.covenants), ("organisation", v.organisations)):
        for p in paths:
            _set(data, p.split("."), ids[kind])
    for p in v.subjects:
        _set(data, p.split("."), ids["subject"])
    return contract.model_validate(data)


def owner(role: Role, ids: dict[str, str]) -> Owner:
    return Owner(
        subject=ids["subject"] if role not in (Role.admin, Role.dashboard) else f"{role.value}-key",
        role=role.value,
        scopes=ROLE_DEFAULT_SCOPES[role],
        city_id=ids["city"] if role == Role.city else None,
        regional_covenant=ids["covenant"] if role == Role.covenant_office else None,
        organisation_ids=frozenset({ids["organisation"]}) if role == Role.partner else frozenset(),
    )


BINDING = {Role.city: "city", Role.covenant_office: "covenant", Role.partner: "organisation"}


def expected(role: Role, event_type: str, bound_to_it: bool) -> bool:
    """The rule, stated once more from the table."""
    if scope_of(event_type) not in ROLE_DEFAULT_SCOPES[role] and "*" not in ROLE_DEFAULT_SCOPES[role]:
        return False
    if role in (Role.admin, Role.dashboard):
        return True
    about = ABOUT[event_type]
    if about == "public":
        return True
    if about == "subject":
        return bound_to_it
    return bound_to_it and BINDING.get(role) == about


def test_the_table_names_every_contract():
    assert set(ABOUT) == set(REGISTRY)


@pytest.mark.parametrize("event_type", sorted(REGISTRY))
def test_every_contract_declares_its_visibility_and_its_scope(event_type):
    contract = REGISTRY[event_type]
    assert "visibility" in contract.__dict__, f"{contract.__name__} declares no visibility of its own"
    v = visibility_of(contract)
    assert v.scope == scope_of(event_type)
    assert v.public == (ABOUT[event_type] == "public")
    about = audience_of(sample(event_type, MINE))
    kinds = {
        "city": about.cities,
        "covenant": about.covenants,
        "organisation": about.organisations,
        "subject": about.subjects,
    }
    for kind, found in kinds.items():
        # Each path leads to the party the sample put there: a path naming no field would find nothing.
        declared = {"city": v.cities, "covenant": v.covenants, "organisation": v.organisations, "subject": v.subjects}[kind]
        assert found == ({MINE[kind]} if declared else set()), (kind, declared, found)


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("event_type", sorted(REGISTRY))
def test_who_receives_what(event_type, role):
    mine = sample(event_type, MINE)
    assert may_receive(owner(role, MINE), event_type, mine) == expected(role, event_type, bound_to_it=True)
    # The same key bound to another city, covenant or organisation.
    assert may_receive(owner(role, THEIRS), event_type, mine) == expected(role, event_type, bound_to_it=False)


@pytest.mark.parametrize("event_type", sorted(t for t, about in ABOUT.items() if about == "covenant"))
def test_an_office_never_sees_another_covenants_event(event_type):
    other = sample(event_type, THEIRS)
    assert not may_receive(owner(Role.covenant_office, MINE), event_type, other)
    assert may_receive(owner(Role.covenant_office, THEIRS), event_type, other)


def test_a_key_narrowed_below_the_read_scope_receives_nothing_of_that_family():
    event_type = "iuc.covenant.signatory.joined.v1"
    narrowed = Owner(subject="k", role="covenant_office", scopes=frozenset({"webhooks:read"}), regional_covenant="EU-CoM")
    assert not may_receive(narrowed, event_type, sample(event_type, MINE))
    family = Owner(subject="k", role="covenant_office", scopes=frozenset({"covenant:*"}), regional_covenant="EU-CoM")
    assert may_receive(family, event_type, sample(event_type, MINE))


def test_an_owner_survives_storage():
    o = owner(Role.partner, MINE)
    assert Owner.from_dict(o.as_dict()) == o


@pytest.mark.parametrize(
    ("pattern", "event_type", "hit"),
    [
        ("iuc.covenant.*", "iuc.covenant.signatory.joined.v1", True),
        ("iuc.covenant.signatory.*", "iuc.covenant.signatory.joined.v1", True),
        ("iuc.covenant.*", "iuc.covenantal.x.y.v1", False),
        ("iuc.*", "iuc.pairing.pairing.proposed.v1", True),
        ("iuc.applications.city.registered.v1", "iuc.applications.city.registered.v1", True),
        ("iuc.applications.city.registered", "iuc.applications.city.registered.v1", False),
        ("iuc.covenant", "iuc.covenant.signatory.joined.v1", False),
    ],
)
def test_patterns(pattern, event_type, hit):
    assert matches(pattern, event_type) is hit


def test_the_catalogue_lists_every_type_with_its_schema():
    catalogue = event_catalogue()
    assert [e["type"] for e in catalogue] == sorted(REGISTRY)
    for entry in catalogue:
        assert entry["description"], entry["type"]
        assert entry["schema"]["type"] == "object" and entry["schema"]["properties"], entry["type"]
