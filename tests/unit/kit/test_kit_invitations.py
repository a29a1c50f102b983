"""The consent rules: an invitation is answered once, by the city invited; a city key's new
cities are invited, never added; a member leaves but removes nobody else."""

from __future__ import annotations

import pytest

from shared.invitations import (
    Actor,
    InvitationClosed,
    InvitationState,
    InvitationVerb,
    NotAllowed,
    ensure_may_answer,
    ensure_may_invite,
    ensure_may_leave,
    membership_change,
    next_invitation_state,
)

ADMIN = Actor(is_admin=True, city_id=None)
OWNER = Actor(is_admin=False, city_id="a")
MEMBER = Actor(is_admin=False, city_id="b")
OUTSIDER = Actor(is_admin=False, city_id="c")


@pytest.mark.parametrize(
    ("verb", "after"),
    [
        (InvitationVerb.accept, InvitationState.accepted),
        (InvitationVerb.decline, InvitationState.declined),
        (InvitationVerb.withdraw, InvitationState.withdrawn),
    ],
)
def test_a_pending_invitation_takes_each_answer_and_then_no_other(verb, after):
    assert next_invitation_state(InvitationState.pending, verb) == after
    for again in InvitationVerb:
        with pytest.raises(InvitationClosed):
            next_invitation_state(after, again)


def test_only_the_invited_city_accepts_or_declines_and_an_admin_cannot_consent_for_it():
    for verb in (InvitationVerb.accept, InvitationVerb.decline):
        ensure_may_answer(MEMBER, verb, invited_city_id="b", owner_city_id="a")
        for other in (OWNER, OUTSIDER, ADMIN):
            with pytest.raises(NotAllowed):
                ensure_may_answer(other, verb, invited_city_id="b", owner_city_id="a")


def test_the_owner_or_an_admin_withdraws_the_invited_city_does_not():
    ensure_may_answer(OWNER, InvitationVerb.withdraw, invited_city_id="b", owner_city_id="a")
    ensure_may_answer(ADMIN, InvitationVerb.withdraw, invited_city_id="b", owner_city_id="a")
    for other in (MEMBER, OUTSIDER):
        with pytest.raises(NotAllowed):
            ensure_may_answer(other, InvitationVerb.withdraw, invited_city_id="b", owner_city_id="a")
    with pytest.raises(NotAllowed):  # a record without an owner city: only the coordination unit
        ensure_may_answer(OWNER, InvitationVerb.withdraw, invited_city_id="b", owner_city_id=None)


def test_the_owner_and_admins_invite_members_do_not():
    ensure_may_invite(OWNER, owner_city_id="a")
    ensure_may_invite(ADMIN, owner_city_id=None)
    for other in (MEMBER, OUTSIDER):
        with pytest.raises(NotAllowed):
            ensure_may_invite(other, owner_city_id="a")


def test_a_city_keys_new_cities_are_invited_an_admins_are_added():
    change = membership_change(OWNER, owner_city_id="a", current={"a"}, wanted={"a", "b", "c"})
    assert (change.to_invite, change.to_add, change.removed) == ({"b", "c"}, frozenset(), frozenset())
    change = membership_change(ADMIN, owner_city_id="a", current={"a"}, wanted={"a", "b"})
    assert (change.to_invite, change.to_add) == (frozenset(), {"b"})


def test_a_member_removes_neither_the_owner_nor_another_member():
    with pytest.raises(NotAllowed, match="cannot be removed"):
        membership_change(MEMBER, owner_city_id="a", current={"a", "b"}, wanted={"b"})
    with pytest.raises(NotAllowed, match="a member may only leave"):
        membership_change(MEMBER, owner_city_id="a", current={"a", "b", "c"}, wanted={"a", "b"})
    # the owner removes a member; an admin removes anyone, the owner too
    assert membership_change(OWNER, owner_city_id="a", current={"a", "b"}, wanted={"a"}).removed == {"b"}
    assert membership_change(ADMIN, owner_city_id="a", current={"a", "b"}, wanted={"b"}).removed == {"a"}
    # without an owner city (the coordination unit's or a harvested record) no city removes another
    with pytest.raises(NotAllowed):
        membership_change(OWNER, owner_city_id=None, current={"a", "b"}, wanted={"a"})


def test_a_member_leaves_the_owner_and_outsiders_cannot():
    assert ensure_may_leave(MEMBER, owner_city_id="a", members={"a", "b"}) == "b"
    for actor in (OWNER, OUTSIDER, ADMIN):
        with pytest.raises(NotAllowed):
            ensure_may_leave(actor, owner_city_id="a", members={"a", "b"})
