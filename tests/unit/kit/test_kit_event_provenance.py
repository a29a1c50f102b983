"""An event must come from the service that owns its subject: `ce-source` `/iuc/<service>` of
`iuc.<service>.…`, and a type of that subject (shared.consumer.provenance_problem)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from shared.consumer import provenance_problem
from shared.contracts.pairing import PairingExpired, PairingParty
from shared.events import CloudEvent


def expired() -> CloudEvent:
    party = PairingParty(kind="city", id="c1", name="Lima", country_code="PE", world_region="latin_america_caribbean")
    payload = PairingExpired(
        pairing_id="p1", call_id="c", party_a=party, party_b=party, expires_at=datetime.now(UTC), expired_at=datetime.now(UTC)
    )
    return CloudEvent.new(payload, subject="pairings/p1")


def test_an_event_as_its_producer_writes_it_passes() -> None:
    assert provenance_problem(expired()) is None


@pytest.mark.parametrize("source", ["/iuc/applications", "/iuc/pairing/", "/iuc/Pairing", "pairing", ""])
def test_another_source_than_the_subjects_owner_is_refused(source: str) -> None:
    problem = provenance_problem(dataclasses.replace(expired(), source=source))
    assert problem is not None and "'/iuc/pairing'" in problem


def test_a_type_of_another_subject_is_refused() -> None:
    forged = dataclasses.replace(expired(), type="iuc.pairing.pairing.confirmed.v1")
    assert "not a type of subject iuc.pairing.pairing.expired" in (provenance_problem(forged) or "")


@pytest.mark.parametrize("subject", ["iuc.pairing", "events.pairing.pairing.expired", ""])
def test_a_subject_outside_the_event_subjects_is_refused(subject: str) -> None:
    assert "not an event subject" in (provenance_problem(dataclasses.replace(expired(), nats_subject=subject)) or "")
