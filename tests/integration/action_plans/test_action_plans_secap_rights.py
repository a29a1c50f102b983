"""Who edits a SECAP: the covenant office of its regional covenant and admins; only admins approve."""

from __future__ import annotations

import uuid

from services.action_plans import service
from tests.integration.action_plans.action_planssupport import NOW, commitment, plans_app
from tests.support.service_app import caller


async def test_a_covenant_office_edits_its_covenants_secaps_and_submission_needs_an_action(database_url):
    async with plans_app(database_url) as app:
        async with app.state.sessionmaker() as session, session.begin():
            secap = await service.open_secap(session, commitment(str(uuid.uuid4())), NOW)
        action = {"title": "Retrofit schools", "kind": "investment"}
        async with (
            caller(app, "covenant_office", regional_covenant="europe") as office,
            caller(app, "covenant_office", regional_covenant="latin_america_caribbean") as other_office,
            caller(app, "city", city_id=str(uuid.uuid4())) as city,
            caller(app, "dashboard") as dashboard,
            caller(app) as admin,
        ):
            r = await office.post(f"/v1/action-plans/{secap.id}:submit")
            assert r.status_code == 422 and [e["rule"] for e in r.json()["errors"]] == ["has_actions"]
            assert (await other_office.post(f"/v1/action-plans/{secap.id}/actions", json=action)).status_code == 403
            assert (await city.post(f"/v1/action-plans/{secap.id}/actions", json=action)).status_code == 403
            assert (await dashboard.post(f"/v1/action-plans/{secap.id}/actions", json=action)).status_code == 403
            assert (await office.post(f"/v1/action-plans/{secap.id}/actions", json=action)).status_code == 201
            assert (await office.post(f"/v1/action-plans/{secap.id}:submit")).json()["state"] == "submitted"
            assert (await office.post(f"/v1/action-plans/{secap.id}/actions", json=action)).status_code == 409  # frozen in review
            assert (await office.post(f"/v1/action-plans/{secap.id}:approve")).status_code == 403
            assert (await admin.post(f"/v1/action-plans/{secap.id}:approve")).json()["state"] == "approved"
            assert (await dashboard.get("/v1/action-plans/stats")).json()["plans_by_kind"] == {"secap": 1}
            listed = (await dashboard.get("/v1/action-plans", params={"kind": "secap", "state": "approved"})).json()["items"]
            assert [(p["id"], p["pillars"], p["period_end"]) for p in listed] == [(secap.id, ["mitigation"], "2030-12-31")]
