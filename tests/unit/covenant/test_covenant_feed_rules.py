"""Whose changes a caller's change feed holds: the rule, no database."""

from __future__ import annotations

import pytest

from services.covenant.feed.service import feed_covenant
from shared.identity import Identity, Role
from shared.problems import Problem


def key(role: Role, covenant: str | None = None) -> Identity:
    return Identity(subject="k", role=role, scopes=frozenset({"covenant:read"}), regional_covenant=covenant)


def test_an_office_reads_its_own_covenant_unless_it_asks_for_it():
    office = key(Role.covenant_office, "europe")
    assert feed_covenant(office, None) == "europe"
    assert feed_covenant(office, "europe") == "europe"


def test_an_office_asking_for_another_covenant_is_refused():
    with pytest.raises(Problem) as refused:
        feed_covenant(key(Role.covenant_office, "europe"), "north_america")
    assert refused.value.status == 403
    assert refused.value.errors[0]["pointer"] == "/regional_covenant"


@pytest.mark.parametrize("role", [Role.admin, Role.dashboard])
def test_other_readers_get_every_covenant_or_the_one_they_ask_for(role):
    assert feed_covenant(key(role), None) is None
    assert feed_covenant(key(role), "north_america") == "north_america"
