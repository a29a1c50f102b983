"""Shared by the insights integration tests: the service app on a real database, and a small
programme of real events with fixed times.

Imported as `tests.integration.insights.insightssupport` (not a test module).
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime

from fastapi import FastAPI

from services.insights.config import Settings
from services.insights.handlers import on_events
from services.insights.models import Base, kit
from services.insights.routes import ROUTERS
from shared.consumer import EventContext
from shared.contracts import applications as apps
from shared.contracts import covenant as cov
from shared.contracts import pairing as pr
from shared.contracts import value_chains as vc
from shared.events import CloudEvent, EventPayload
from tests.support.service_app import service_app

NOW = datetime(2027, 1, 15, 12, tzinfo=UTC)


@asynccontextmanager
async def insights_app(database_url: str) -> AsyncIterator[FastAPI]:
    """The insights app on a migrated database (no NATS), its clock at NOW."""
    async with service_app("insights", Settings(database_url=database_url), Base.metadata, kit, ROUTERS, NOW) as app:
        yield app


def at(day: str) -> str:
    """A ce-time at 09:00 UTC of a day."""
    return f"{day}T09:00:00Z"


def event(payload: EventPayload, day: str) -> CloudEvent:
    """A CloudEvent of the payload, as if it happened on `day`."""
    return dataclasses.replace(CloudEvent.new(payload, None), time=at(day))


async def consume(app: FastAPI, *events: CloudEvent) -> None:
    """Hand events to the handler in runs of one type, in one transaction, as the consumer does with a batch."""
    async with app.state.sessionmaker() as session, session.begin():
        run: list[CloudEvent] = []
        for e in [*events, None]:
            if run and (e is None or e.type != run[0].type):
                await on_events(EventContext(session, run, app.state.clock, app.state), [x.payload() for x in run])
                run = []
            if e is not None:
                run.append(e)


def city(city_id: str, region: str, country: str, lat: float | None, lon: float | None) -> apps.CityProfile:
    return apps.CityProfile(
        city_id=city_id,
        name=city_id.title(),
        country_code=country,
        world_region=region,
        population=500_000,
        latitude=lat,
        longitude=lon,
    )


SEV = city("sevilla", "eu", "ES", 37.39, -5.98)
BOG = city("bogota", "latin_america_caribbean", "CO", 4.71, -74.07)
LIM = city("lima", "latin_america_caribbean", "PE", None, None)  # no coordinates: not on the map
SCORE = pr.ScoreBreakdown(themes=1, sdgs=1, challenges=1, population=1, languages=1, total=1)


def party(c: apps.CityProfile) -> pr.PairingParty:
    return pr.PairingParty(kind="city", id=c.city_id, name=c.name, country_code=c.country_code, world_region=c.world_region)


def submitted(app_id: str, c: apps.CityProfile, call: str = "call-1") -> apps.ApplicationSubmitted:
    return apps.ApplicationSubmitted(application_id=app_id, call_id=call, city_id=c.city_id, submitted_at=NOW)


def accepted(app_id: str, c: apps.CityProfile, call: str = "call-1") -> apps.ApplicationAccepted:
    return apps.ApplicationAccepted(
        application_id=app_id,
        call_id=call,
        city_id=c.city_id,
        component="I",
        call_themes=[],
        themes=[],
        planned_cooperation_months=18,
        city=c,
        reason="eligible",
        accepted_at=NOW,
    )


def signatory(sid: str, covenant: str, status: str = "published", lat: float | None = 47.0, badges=("mitigation.plan",)):
    return cov.SignatoryProfile(
        signatory_id=sid,
        name=f"=cmd|{sid}",
        country_code="AT" if covenant == "europe" else "CO",
        regional_covenant=covenant,
        adhesion_date=date(2020, 1, 1),
        adhesion_type="individual",
        status=status,
        badges=list(badges),
        latitude=lat,
        longitude=None if lat is None else 15.0,
    )


def programme() -> list[CloudEvent]:
    """Two calls' applications, a pairing proposed, confirmed and an activity, signatories in two
    covenants (one on hold and reinstated), an organisation: events between November and January."""
    pair = {"pairing_id": "p1", "call_id": "call-1", "party_a": party(SEV), "party_b": party(BOG)}
    return [
        event(apps.CityRegistered(city=SEV), "2026-11-02"),
        event(apps.CityRegistered(city=BOG), "2026-11-02"),
        event(apps.CityRegistered(city=LIM), "2026-11-03"),
        event(submitted("a-sev", SEV), "2026-11-04"),
        event(submitted("a-bog", BOG), "2026-11-05"),
        event(submitted("a-lim", LIM, "call-2"), "2026-11-05"),
        event(accepted("a-sev", SEV), "2026-12-01"),
        event(accepted("a-bog", BOG), "2026-12-01"),
        event(
            apps.ApplicationRejected(application_id="a-lim", call_id="call-2", city_id="lima", reason="small", rejected_at=NOW),
            "2026-12-02",
        ),
        event(pr.PairingProposed(**pair, round_id="r1", score=SCORE, explanation="", expires_at=NOW), "2026-12-10"),
        event(
            pr.PairingConfirmed(
                **pair,
                round_id="r1",
                score=SCORE,
                explanation="",
                proposed_at=datetime(2026, 12, 10, tzinfo=UTC),
                confirmed_at=datetime(2027, 1, 5, tzinfo=UTC),
                earliest_completion_on=date(2028, 7, 1),
            ),
            "2027-01-05",
        ),
        event(
            pr.ActivityHeld(
                **pair,
                activity=pr.ActivitySummary(
                    activity_id="act1",
                    kind="study_tour",
                    title="Visit",
                    host_party_id="sevilla",
                    starts_on=date(2027, 1, 8),
                    ends_on=date(2027, 1, 10),
                    participants=8,
                    outcomes="",
                ),
            ),
            "2027-01-10",
        ),
        event(cov.SignatoryJoined(signatory=signatory("s-graz", "europe")), "2026-11-10"),
        event(cov.SignatoryJoined(signatory=signatory("s-cali", "latin_america", lat=None)), "2026-11-10"),
        event(
            cov.ComplianceChanged(
                signatory_id="s-graz",
                regional_covenant="europe",
                status="on_hold",
                previous_status="published",
                badges=[],
                previous_badges=["mitigation.plan"],
                missing=[],
                assessed_on=date(2026, 12, 1),
            ),
            "2026-12-01",
        ),
        event(
            cov.ComplianceChanged(
                signatory_id="s-graz",
                regional_covenant="europe",
                status="published",
                previous_status="on_hold",
                badges=["mitigation.plan"],
                previous_badges=[],
                missing=[],
                assessed_on=date(2027, 1, 3),
            ),
            "2027-01-03",
        ),
        event(
            vc.OrganisationRegistered(
                organisation=vc.OrganisationProfile(
                    organisation_id="o1",
                    name="Acme",
                    kind="sme",
                    size_band="small",
                    region_id="ES61",
                    country_code="ES",
                    side="eu",
                    nace_codes=[],
                )
            ),
            "2026-11-20",
        ),
    ]


def match(kind: str) -> vc.MatchProposed:
    """A proposed match of `kind`."""
    score = vc.MatchScore(keywords=1, nace=1, regions=1, ecosystem=1, total=1)
    return vc.MatchProposed(match_id=f"m-{kind}", kind=kind, organisation_ids=["o1"], score=score, explanation="")
