"""Deadline policies through the API: admin only, If-Match, and a change that wakes the
scheduled pass, which then reassesses the covenant's signatories."""

from __future__ import annotations

from services.covenant.compliance.service import COMPLIANCE_PASS, compliance_pass
from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller, outbox_types

URL = "/v1/covenant/deadline-policies"


class WakeUps:
    """Stands in for the pass's job runner: counts the wake-ups."""

    wakes = 0

    def wake(self) -> None:
        self.wakes += 1


LONGER = {"inventory_within_years": 5, "assessment_within_years": 5, "plan_within_years": 5, "monitoring_every_years": 2}


async def test_a_policy_change_wakes_the_pass_which_reinstates_the_covenant(app):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="europe") as office:
        policies = (await admin.get(URL)).json()
        assert [p["regional_covenant"] for p in policies] == sorted(p["regional_covenant"] for p in policies)
        assert len(policies) == 11 and {p["version"] for p in policies} == {1}

        r = await admin.put("/v1/covenant/signatories/PT90001", json=signatory("Vila Nova", "PT", adhesion="2023-01-10"))
        assert r.json()["status"] == "on_hold"
        compliance = (await admin.get("/v1/covenant/signatories/PT90001/compliance")).json()
        assert compliance["policy"]["plan_within_years"] == 2 and compliance["status"] == "on_hold"
        assert compliance["badges"] == ["adaptation.commitment", "mitigation.commitment"]

        assert (await office.put(f"{URL}/europe", json=LONGER)).status_code == 403
        assert (await admin.put(f"{URL}/atlantis", json=LONGER)).status_code == 404
        assert (await admin.put(f"{URL}/europe", json=LONGER, headers={"If-Match": '"2"'})).status_code == 412
        assert (await admin.put(f"{URL}/europe", json=LONGER | {"plan_within_years": 11})).status_code == 422
        app.state.jobs[COMPLIANCE_PASS] = job = WakeUps()
        r = await admin.put(f"{URL}/europe", json=LONGER, headers={"If-Match": '"1"'})
        assert (r.status_code, r.headers["etag"], r.json()["plan_within_years"]) == (200, '"2"', 5)
        assert job.wakes == 1  # the pass runs as soon as it can

        await compliance_pass(app)
        reinstated = (await admin.get("/v1/covenant/signatories/PT90001")).json()
        assert (reinstated["status"], reinstated["version"]) == ("published", 2)
    assert (await outbox_types(app, short=True))[-1] == "compliance.changed"
