"""Action plans through the gateway: a real pairing.confirmed opens both cities' drafts, a city
fills its plan, the clock passes a due date, the action turns late exactly once, the review
cycle ends in plan.approved, and an approved SECAP earns its signatory the plan badge."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest

from tests.support.journey import confirmed_pairing, poll, unique
from tests.support.platform import client, create_key, shift_clock
from tests.support.streams import events_on_stream, wait_for_events


@pytest.fixture
def move_clock(stack):
    """Run the action-plans service's clock ahead; put it back after the test."""
    yield lambda days: shift_clock(stack, "action_plans", days)
    shift_clock(stack, "action_plans", 0)


async def test_action_plans_from_pairing_to_approval_with_late_status_once(stack, admin, reviewer, open_call_body, move_clock):
    lyon, manizales, pairing_id = await confirmed_pairing(stack, admin, reviewer, open_call_body)

    async def plans():
        return (await admin.get("/v1/action-plans", params={"pairing_id": pairing_id})).json()["items"]

    drafts = await poll(plans, lambda items: len(items) >= 2)
    assert sorted((p["city_id"], p["partner"]["id"], p["state"]) for p in drafts) == sorted(
        [(lyon["id"], manizales["id"], "draft"), (manizales["id"], lyon["id"], "draft")]
    )
    plan = next(p for p in drafts if p["city_id"] == lyon["id"])
    other = next(p for p in drafts if p["city_id"] == manizales["id"])
    today = date.today()

    async with (
        client(stack, create_key(stack, "city", city_id=lyon["id"])) as city,
        client(stack, create_key(stack, "city", city_id=manizales["id"])) as partner,
    ):
        action_body = {
            "title": "Cool schoolyards",
            "kind": "pilot_project",
            "theme": "climate",
            "organisations": [{"name": "Parks department", "role": "primary", "contact_role": "project lead"}],
            "starts_on": today.isoformat(),
            "ends_on": (today + timedelta(days=300)).isoformat(),
            "budget": {"amount": 90_000, "currency": "EUR"},
        }
        r = await city.post(f"/v1/action-plans/{plan['id']}/actions", json=action_body)
        assert r.status_code == 201, r.text
        first = r.json()
        r = await city.post(
            f"/v1/action-plans/{plan['id']}/actions", json=action_body | {"title": "Shade trees", "depends_on": [first["id"]]}
        )
        assert r.status_code == 201, r.text
        second = r.json()
        r = await city.post(
            f"/v1/action-plans/actions/{first['id']}/tasks",
            json={"title": "Design with pupils", "due_on": (today + timedelta(days=5)).isoformat()},
        )
        assert r.status_code == 201, r.text
        r = await city.post(
            f"/v1/action-plans/{plan['id']}/indicators",
            json={
                "name": "Shaded schoolyard area",
                "unit": "m2",
                "direction": "increase",
                "baseline": {"value": 100, "on": today.isoformat()},
                "goals": [{"on": (today + timedelta(days=300)).isoformat(), "value": 4000}],
            },
        )
        assert r.status_code == 201, r.text
        indicator = r.json()
        r = await city.patch(f"/v1/action-plans/actions/{first['id']}", json={"indicator_ids": [indicator["id"]]})
        assert r.status_code == 200, r.text

        # Bad input: 422 (403 for another city's indicator), and nothing written.
        r = await city.patch(f"/v1/action-plans/actions/{first['id']}", json={"depends_on": [second["id"]]})
        assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
        [cycle] = r.json()["errors"]
        assert cycle["rule"] == "dependencies_acyclic" and cycle["cycle"] == [first["id"], second["id"], first["id"]]
        assert "Cool schoolyards" in cycle["detail"] and "Shade trees" in cycle["detail"]
        bad = {
            "ends_on": {"ends_on": (today - timedelta(days=1)).isoformat()},
            "budget/amount": {"budget": {"amount": -5, "currency": "EUR"}},
            "budget/currency": {"budget": {"amount": 5, "currency": "XYZ"}},
        }
        for pointer, change in bad.items():
            r = await city.post(f"/v1/action-plans/{plan['id']}/actions", json=action_body | change)
            assert r.status_code == 422, (pointer, r.text)
            assert [e["pointer"] for e in r.json()["errors"]] == [f"/{pointer}"]
        r = await partner.post(
            f"/v1/action-plans/indicators/{indicator['id']}/measurements",
            json={"on": today.isoformat(), "value": 50, "data_source": "site survey"},
        )
        assert r.status_code == 403
        actions = (await city.get(f"/v1/action-plans/{plan['id']}/actions")).json()["items"]
        assert [(a["title"], a["depends_on"]) for a in actions] == [("Cool schoolyards", []), ("Shade trees", [first["id"]])]
        assert (await city.get(f"/v1/action-plans/indicators/{indicator['id']}")).json()["latest"] is None
        assert (await city.post(f"/v1/action-plans/{other['id']}/actions", json=action_body)).status_code == 403

        # Time passes the task's due date: the daily pass turns the action late, once.
        move_clock(7)  # a day of margin, should the local date differ from the UTC one
        for _ in range(2):
            r = await admin.post("/v1/action-plans:recomputeStatuses")
            assert r.status_code == 200, r.text
        late = (await city.get(f"/v1/action-plans/actions/{first['id']}")).json()
        assert late["status"] == "late" and "Design with pupils" in late["status_reasons"][0]
        r = await city.post(
            f"/v1/action-plans/indicators/{indicator['id']}/measurements",
            json={"on": (today + timedelta(days=6)).isoformat(), "value": 400, "data_source": "site survey"},
        )
        assert r.status_code == 201, r.text
        # The relay publishes in order: once the measurement is on the stream, every status change is too.
        await wait_for_events(stack.nats.url, "iuc.action_plans.indicator.measured", lambda e: e.subject == indicator["id"], 1)
        changes = [e for e in await events_on_stream(stack.nats.url, "iuc.action_plans.action.status_changed")]
        assert [(e.data["previous_status"], e.data["status"]) for e in changes if e.subject == first["id"]] == [
            ("on_time", "late")
        ]
        assert {e.type for e in changes} == {"iuc.action_plans.action.status_changed.v2"}
        [measured] = [
            e
            for e in await events_on_stream(stack.nats.url, "iuc.action_plans.indicator.measured")
            if e.subject == indicator["id"]
        ]
        # 400 m2 six days in, where the trajectory expects 100 + 3,900 x 6 / 300 = 178: on track
        assert measured.type.endswith(".v2") and measured.data["trajectory"] == "on_track"
        overdue = await events_on_stream(stack.nats.url, "iuc.action_plans.task.overdue")
        assert len([e for e in overdue if e.data["action_id"] == first["id"]]) == 1

        # The review cycle: submitted, returned with comments, resubmitted, approved by an admin.
        assert (await city.post(f"/v1/action-plans/{plan['id']}:submit")).json()["state"] == "submitted"
        assert (await city.post(f"/v1/action-plans/{plan['id']}:approve")).status_code == 403
        r = await admin.post(f"/v1/action-plans/{plan['id']}:return", json={"comments": "Name a maintenance owner."})
        assert r.json()["state"] == "returned" and r.json()["review_comments"] == "Name a maintenance owner."
        assert (await city.post(f"/v1/action-plans/{plan['id']}:submit")).json()["state"] == "submitted"
        r = await admin.post(f"/v1/action-plans/{plan['id']}:approve")
        assert r.status_code == 200 and r.json()["state"] == "approved", r.text

    approved = await wait_for_events(stack.nats.url, "iuc.action_plans.plan.approved", lambda e: e.subject == plan["id"], 1)
    assert approved[0].data["kind"] == "local_action_plan" and approved[0].data["pairing_id"] == pairing_id
    submitted = await wait_for_events(stack.nats.url, "iuc.action_plans.plan.submitted", lambda e: e.subject == plan["id"], 2)
    assert len(submitted) == 2
    stats = (await admin.get("/v1/action-plans/stats")).json()
    assert stats["plans_by_state"]["approved"] >= 1 and stats["actions_by_status"]["late"] >= 1


async def test_an_approved_secap_reaches_the_covenant_service(stack, admin):
    gcom_id = f"SI9{time.time_ns() % 10**6:06d}"
    signatory = {
        "name": unique("Comune"),
        "country_code": "SI",
        "population": 180_000,
        "adhesion_date": (date.today() - timedelta(days=400)).isoformat(),
        "commitments": [{"pillar": "mitigation", "generation": "CoM2030"}, {"pillar": "adaptation", "generation": "CoM2030"}],
    }
    r = await admin.put(f"/v1/covenant/signatories/{gcom_id}", json=signatory)
    assert r.status_code == 201, r.text
    signatory_id = r.json()["id"]

    async def secaps():
        return (await admin.get("/v1/action-plans", params={"signatory_id": signatory_id})).json()["items"]

    found = await poll(secaps, lambda items: items and len(items[0]["pillars"]) == 2)
    assert len(found) == 1  # two commitments, one SECAP
    secap = found[0]
    assert (secap["kind"], secap["gcom_id"], secap["pillars"], secap["period_end"]) == (
        "secap",
        gcom_id,
        ["adaptation", "mitigation"],
        "2030-12-31",
    )
    async with client(stack, create_key(stack, "covenant_office", regional_covenant=secap["regional_covenant"])) as office:
        r = await office.post(
            f"/v1/action-plans/{secap['id']}/actions",
            json={"title": "Retrofit public buildings", "kind": "investment", "theme": "energy"},
        )
        assert r.status_code == 201, r.text
        assert (await office.post(f"/v1/action-plans/{secap['id']}:submit")).status_code == 200
    r = await admin.post(f"/v1/action-plans/{secap['id']}:approve")
    assert r.status_code == 200, r.text

    async def badges():
        return (await admin.get(f"/v1/covenant/signatories/{gcom_id}")).json()["badges"]

    assert "mitigation.plan" in await poll(badges, lambda b: "mitigation.plan" in b)
