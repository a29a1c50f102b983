"""Who writes in value chains, as plain rules: the coordination unit everything, a partner key only
for the organisations it is bound to, an unbound partner key nothing."""

from __future__ import annotations

from services.value_chains.domain import (
    COORDINATION_UNIT_ONLY,
    NOT_YOUR_ORGANISATION,
    PARTNER_NOT_BOUND,
    coordination_unit_refusal,
    may_write,
    organisation_refusal,
    writer_refusal,
)
from shared.identity import ROLE_DEFAULT_SCOPES, Identity, Role


def key(role: Role, *organisations: str) -> Identity:
    return Identity(subject="k", role=role, scopes=ROLE_DEFAULT_SCOPES[role], organisation_ids=frozenset(organisations))


ADMIN = key(Role.admin)
X = key(Role.partner, "org-x")
NETWORK = key(Role.partner, "org-x", "org-z")
UNBOUND = key(Role.partner)


def test_may_write_only_for_ones_own_organisations():
    assert may_write(ADMIN, "org-y")
    assert may_write(X, "org-x") and not may_write(X, "org-y")
    assert may_write(NETWORK, "org-z") and may_write(NETWORK, "org-x")
    assert not may_write(UNBOUND, "org-x")
    assert not may_write(key(Role.dashboard, "org-x"), "org-x")  # only partner keys are bound


def test_an_unbound_partner_key_writes_nothing():
    assert writer_refusal(ADMIN) is None and writer_refusal(X) is None
    assert writer_refusal(UNBOUND).code == PARTNER_NOT_BOUND
    assert "gateway.keys bind" in writer_refusal(UNBOUND).detail
    assert writer_refusal(key(Role.city)).code == COORDINATION_UNIT_ONLY
    assert organisation_refusal(UNBOUND, "org-x").code == PARTNER_NOT_BOUND


def test_a_write_for_another_organisation_is_refused_with_its_pointer():
    assert organisation_refusal(X, "org-x") is None and organisation_refusal(ADMIN, "org-y") is None
    refusal = organisation_refusal(X, "org-y", pointer="/organisation_id")
    assert refusal.code == NOT_YOUR_ORGANISATION
    assert refusal.as_error() == {
        "detail": refusal.detail,
        "code": NOT_YOUR_ORGANISATION,
        "rule": "acts_for_organisation",
        "pointer": "/organisation_id",
    }


def test_acting_for_any_one_of_several_organisations_is_enough():
    # A match's agreement: either party; a participant leaving: its own partner or the lead's.
    assert organisation_refusal(X, "org-y", "org-x") is None
    assert organisation_refusal(X, "org-y", "org-w").code == NOT_YOUR_ORGANISATION
    assert organisation_refusal(X).code == NOT_YOUR_ORGANISATION


def test_registering_organisations_and_regional_writes_are_the_coordination_units():
    assert coordination_unit_refusal(ADMIN, "registers organisations") is None
    refusal = coordination_unit_refusal(NETWORK, "registers organisations")
    assert refusal.code == COORDINATION_UNIT_ONLY and refusal.detail.endswith("registers organisations.")
    assert coordination_unit_refusal(UNBOUND, "registers organisations").code == PARTNER_NOT_BOUND
