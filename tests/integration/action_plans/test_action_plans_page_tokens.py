"""Every list refuses a page token it did not issue (forged, foreign, truncated, mistyped)
with 400 invalid-page-token, never a 500 or a wrong page."""

from __future__ import annotations

import base64

import orjson

from tests.integration.action_plans.action_planssupport import NOW, paired_plans, plans_app
from tests.support.service_app import caller

TODAY = NOW.date().isoformat()


def _token(value) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(value)).decode().rstrip("=")


async def _next_token(client, path: str) -> str:
    r = await client.get(path, params={"page_size": 1})
    assert r.status_code == 200, r.text
    token = r.json()["next_page_token"]
    assert token, path
    return token


async def test_every_list_answers_400_to_a_token_it_did_not_issue(database_url):
    async with plans_app(database_url) as app:
        mine, _ = await paired_plans(app)
        async with caller(app, "city", city_id=mine["city_id"]) as city:
            plan = f"/v1/action-plans/{mine['id']}"
            for n in range(2):
                r = await city.post(f"{plan}/actions", json={"title": f"Action {n}", "kind": "activity"})
                assert r.status_code == 201, r.text
                r = await city.post(
                    f"{plan}/indicators",
                    json={"name": f"Indicator {n}", "unit": "t", "direction": "decrease", "baseline": {"value": 9, "on": TODAY}},
                )
                assert r.status_code == 201, r.text
                indicator = r.json()["id"]
                r = await city.post(f"{plan}/reports", json={"period_start": TODAY, "period_end": TODAY})
                assert r.status_code == 201, r.text
            for value in (1, 2):
                r = await city.post(
                    f"/v1/action-plans/indicators/{indicator}/measurements",
                    json={"on": TODAY, "value": value, "data_source": "meter"},
                )
                assert r.status_code == 201, r.text

            lists = {
                "action_plans.plans": "/v1/action-plans",
                "action_plans.actions": f"{plan}/actions",
                "action_plans.indicators": f"{plan}/indicators",
                "action_plans.measurements": f"/v1/action-plans/indicators/{indicator}/measurements",
                "action_plans.reports": f"{plan}/reports",
            }
            issued = {name: await _next_token(city, path) for name, path in lists.items()}
            names = list(lists)
            for n, (name, path) in enumerate(lists.items()):
                foreign = issued[names[(n + 1) % len(names)]]
                bad = {
                    "a list of a number": "WzNd",
                    "a list of a list": "W1tdXQ",
                    "another list's": foreign,
                    "truncated": issued[name][:-6],
                    "a number for an id": _token([name, 3]),
                    "too many values": _token([name, "a", "b"]),
                    "not base64 json": "not-a-token!",
                }
                for what, token in bad.items():
                    r = await city.get(path, params={"page_token": token})
                    assert r.status_code == 400, (path, what, r.status_code, r.text)
                    assert r.headers["content-type"] == "application/problem+json"
                    assert r.json()["type"].endswith("invalid-page-token"), (path, what)
                r = await city.get(path, params={"page_token": issued[name]})
                assert r.status_code == 200 and len(r.json()["items"]) >= 1, (path, r.text)
