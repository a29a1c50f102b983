"""The expiry sweep is a job of the service: declared in its spec, run on the service's clock."""

from datetime import timedelta

from services.pairing.app import build_app
from services.pairing.config import get_settings
from tests.integration.pairing.pairingsupport import NOW, pairing_app, profile, seed
from tests.support.service_app import caller, outbox_types


def test_the_service_declares_the_sweep_every_expiry_sweep_seconds():
    job = build_app().state.jobs["expire_proposals"].job
    assert job.every == timedelta(seconds=get_settings().expiry_sweep_seconds) and job.at_start


async def test_the_declared_job_expires_proposals_due_by_the_app_clock(database_url):
    job = build_app().state.jobs["expire_proposals"].job
    async with pairing_app(database_url) as app, caller(app) as admin:
        await seed(app, "call-j", [profile("Braga", "PT"), profile("Cusco", "PE")])
        p = (await admin.post("/v1/pairing/rounds", json={"call_id": "call-j"})).json()["proposals"][0]
        await job.run(app)
        assert (await admin.get(f"/v1/pairing/pairings/{p['id']}")).json()["state"] == "proposed"
        app.state.clock.at = NOW + timedelta(days=14)
        await job.run(app)
        r = await admin.get(f"/v1/pairing/pairings/{p['id']}")
        assert r.json()["state"] == "expired" and r.headers["etag"] == '"2"'
        assert (await outbox_types(app, short=True)).count("pairing.expired") == 1
