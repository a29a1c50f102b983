"""The consumer fans real events out to the endpoints that subscribe and whose owner may read them."""

from __future__ import annotations

import httpx
import orjson
from sqlalchemy import select

from services.webhooks.models import Delivery, Message
from shared.contracts.value_chains import MatchProposed, MatchScore
from tests.integration.webhooks.webhookssupport import city_registered, consume, identity, signatory_joined, token, webhooks_app
from tests.support.service_app import caller

CITY_TYPE = "iuc.applications.city.registered.v1"


async def _targets(app) -> dict[str, set[str]]:
    """event id -> the endpoints its message goes to."""
    async with app.state.sessionmaker() as session:
        rows = (await session.execute(select(Message.event_id, Delivery.endpoint_id).join(Delivery))).all()
    found: dict[str, set[str]] = {}
    for event_id, endpoint_id in rows:
        found.setdefault(event_id, set()).add(endpoint_id)
    return found


async def _endpoint(client, event_types) -> str:
    r = await client.post("/v1/webhooks/endpoints", json={"url": "https://x.example.org/h", "event_types": event_types})
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def test_an_office_key_gets_only_its_covenants_signatories(database_url):
    async with (
        webhooks_app(database_url) as app,
        caller(app, "covenant_office", regional_covenant="lac") as lac,
        caller(app, "covenant_office", regional_covenant="eu") as eu,
        caller(app, "dashboard") as dashboard,
    ):
        lac_ep = await _endpoint(lac, ["iuc.covenant.*"])
        eu_ep = await _endpoint(eu, ["iuc.covenant.signatory.joined.v1"])
        all_ep = await _endpoint(dashboard, ["iuc.covenant.*"])
        joined_lac, joined_eu = await consume(app, signatory_joined("s-1", "lac"), signatory_joined("s-2", "eu"))
        assert await _targets(app) == {joined_lac.id: {lac_ep, all_ep}, joined_eu.id: {eu_ep, all_ep}}


async def test_a_city_key_gets_only_events_about_its_city(database_url):
    async with (
        webhooks_app(database_url) as app,
        caller(app, "city", city_id="city-sev") as sevilla,
        caller(app, "covenant_office", regional_covenant="lac") as office,
    ):
        sev_ep = await _endpoint(sevilla, [CITY_TYPE])
        await _endpoint(office, [CITY_TYPE])  # reads cities but is bound to no city: nothing about one
        sev, med = await consume(app, city_registered("city-sev"), city_registered("city-med", "Medellín"))
        assert await _targets(app) == {sev.id: {sev_ep}}
        assert med.id not in await _targets(app)


def _match(match_id: str, *organisations: str) -> MatchProposed:
    score = MatchScore(keywords=0.5, nace=1, regions=0.5, ecosystem=1, total=0.8)
    return MatchProposed(
        match_id=match_id, kind="opportunity", organisation_ids=list(organisations), score=score, explanation="NACE C27"
    )


async def test_a_partner_key_gets_matches_of_its_organisations_only(database_url):
    async with webhooks_app(database_url) as app:
        partner = identity("partner", "key-partner-org1", organisation_ids=frozenset({"org-1"}))
        headers = token(app, partner)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service", headers=headers) as p:
            ep = await _endpoint(p, ["iuc.value_chains.*", CITY_TYPE])
        ours, _, _ = await consume(app, _match("m-1", "org-1", "org-9"), _match("m-2", "org-7", "org-9"), city_registered("c"))
        assert await _targets(app) == {ours.id: {ep}}


async def test_one_message_per_event_with_the_body_sent(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin, caller(app, "dashboard") as dashboard:
        a = await _endpoint(admin, [CITY_TYPE])
        b = await _endpoint(dashboard, ["iuc.applications.*"])
        await _endpoint(admin, ["iuc.covenant.*"])  # subscribed to something else
        [event] = await consume(app, city_registered("city-sev"))
        async with app.state.sessionmaker() as session:
            [message] = (await session.scalars(select(Message))).all()
            deliveries = (await session.scalars(select(Delivery))).all()
        assert {d.endpoint_id for d in deliveries} == {a, b}
        assert all(d.state == "pending" and d.attempts == 0 and d.next_attempt_at is not None for d in deliveries)
        assert message.event_id == event.id and message.webhook_id == event.id
        body = orjson.loads(message.body)
        assert body["type"] == CITY_TYPE and body["data"] == event.data
        assert body["timestamp"].replace("Z", "+00:00") == event.time.replace("Z", "+00:00")


async def test_disabled_endpoints_and_unmatched_events_get_nothing(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin:
        ep = await _endpoint(admin, [CITY_TYPE])
        assert (await admin.patch(f"/v1/webhooks/endpoints/{ep}", json={"enabled": False})).status_code == 200
        await consume(app, city_registered("city-sev"), signatory_joined("s-1", "eu"))
        async with app.state.sessionmaker() as session:
            assert (await session.scalars(select(Message))).all() == []


async def test_a_run_of_many_events_is_stored_in_bulk(database_url):
    async with webhooks_app(database_url) as app, caller(app, "admin") as admin:
        eps = {await _endpoint(admin, [CITY_TYPE]) for _ in range(3)}
        events = await consume(app, *[city_registered(f"city-{i}") for i in range(150)])
        targets = await _targets(app)
        assert len(targets) == 150 and all(targets[e.id] == eps for e in events)
