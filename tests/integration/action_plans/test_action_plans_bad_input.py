"""Bad input answers a 422 problem naming every broken rule, and nothing is written."""

from __future__ import annotations

from sqlalchemy import func, select

from services.action_plans.models import Action, ActionDependency, Measurement, kit
from tests.integration.action_plans.action_planssupport import NOW, paired_plans, plans_app
from tests.support.service_app import caller

BODY = {"title": "Bus rapid transit", "kind": "investment", "starts_on": "2027-04-01", "ends_on": "2028-04-01"}


async def _counts(app) -> tuple[int, int, int, int]:
    async with app.state.sessionmaker() as session:
        return (
            await session.scalar(select(func.count()).select_from(Action)),
            await session.scalar(select(func.count()).select_from(ActionDependency)),
            await session.scalar(select(func.count()).select_from(Measurement)),
            await session.scalar(select(func.count()).select_from(kit.outbox)),
        )


async def test_bad_actions_and_measurements_are_refused_whole(database_url):
    async with plans_app(database_url) as app:
        mine, theirs = await paired_plans(app)
        async with (
            caller(app, "city", city_id=mine["city_id"]) as city,
            caller(app, "city", city_id=theirs["city_id"]) as partner,
        ):
            a = (await city.post(f"/v1/action-plans/{mine['id']}/actions", json=BODY)).json()
            b = (await city.post(f"/v1/action-plans/{mine['id']}/actions", json=BODY | {"depends_on": [a["id"]]})).json()
            c = (await city.post(f"/v1/action-plans/{mine['id']}/actions", json=BODY | {"depends_on": [b["id"]]})).json()
            ind = await city.post(
                f"/v1/action-plans/{mine['id']}/indicators",
                json={
                    "name": "Bus riders",
                    "unit": "trips/day",
                    "direction": "increase",
                    "baseline": {"value": 1, "on": "2027-01-01"},
                },
            )
            before = await _counts(app)

            r = await city.patch(f"/v1/action-plans/actions/{a['id']}", json={"depends_on": [c["id"]], "title": "Renamed"})
            assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
            [problem] = r.json()["errors"]
            assert problem["rule"] == "dependencies_acyclic" and problem["cycle"] == [a["id"], c["id"], b["id"], a["id"]]

            r = await city.post(
                f"/v1/action-plans/{mine['id']}/actions",
                json=BODY | {"ends_on": "2027-01-01", "budget": {"amount": 10, "currency": "ZZZ"}, "depends_on": ["nope"]},
            )
            assert r.status_code == 422
            assert {(e["rule"], e["pointer"]) for e in r.json()["errors"]} == {
                ("ends_after_start", "/ends_on"),
                ("currency_iso_4217", "/budget/currency"),
                ("dependency_in_plan", "/depends_on/0"),
            }
            r = await city.post(
                f"/v1/action-plans/{mine['id']}/actions", json=BODY | {"budget": {"amount": -1, "currency": "EUR"}}
            )
            assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "/budget/amount"
            r = await city.patch(f"/v1/action-plans/actions/{b['id']}", json={"ends_on": "2027-03-01"})
            assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "ends_after_start"  # against the stored start

            measurement = {"on": NOW.date().isoformat(), "value": 5, "data_source": "ticketing"}
            r = await partner.post(f"/v1/action-plans/indicators/{ind.json()['id']}/measurements", json=measurement)
            assert r.status_code == 403
            r = await city.post(
                f"/v1/action-plans/indicators/{ind.json()['id']}/measurements", json=measurement | {"on": "2030-01-01"}
            )
            assert r.status_code == 422 and r.json()["errors"][0]["rule"] == "measured_not_future"

            assert await _counts(app) == before
            assert (await city.get(f"/v1/action-plans/actions/{a['id']}")).json()["title"] == BODY["title"]
