"""Opportunities on a real database: submitted for review, published or rejected by the coordination
unit, visible to other partners and matched only once published, expiring and renewed."""

from datetime import timedelta

from sqlalchemy import select

from services.value_chains.models import Match
from tests.integration.value_chains.value_chainssupport import (
    NOW,
    create,
    day,
    opportunity,
    organisation,
    partner,
    row_count,
    value_chains_app,
)
from tests.support.service_app import caller, outbox_types

BATTERY = ["battery storage", "solar mini-grids"]


def rules_of(r) -> list[str]:
    assert r.headers["content-type"].startswith("application/problem+json"), r.text
    return [e.get("rule") for e in r.json()["errors"]]


async def test_a_submitted_opportunity_is_reviewed_before_others_see_it_or_it_is_matched(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        x = await create(admin, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], BATTERY))
        y = await create(admin, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["27.20"], BATTERY))
        async with partner(app, x["id"]) as px, partner(app, y["id"]) as py:
            request = await create(py, "/v1/opportunities", opportunity("business_request", y["id"], BATTERY, ["27.20"]))
            offer = await create(px, "/v1/opportunities", opportunity("business_offer", x["id"], BATTERY, ["27.20"]))
            assert (offer["status"], offer["published_at"], offer["organisation_id"]) == ("submitted", None, x["id"])
            # Not yet published: hidden from the other partner, not matched, not offered for matching.
            assert (await py.get(f"/v1/opportunities/{offer['id']}")).status_code == 404
            assert [o["id"] for o in (await py.get("/v1/opportunities")).json()["items"]] == [request["id"]]
            r = await px.post(f"/v1/opportunities/{offer['id']}:match")
            assert r.status_code == 422 and rules_of(r) == ["opportunity_open"]
            assert await row_count(app, Match) == 0

            r = await admin.post(f"/v1/opportunities/{request['id']}:publish", json={}, headers={"If-Match": '"1"'})
            assert r.status_code == 200 and r.json()["status"] == "open" and r.headers["X-Matches-Proposed"] == "0"
            r = await admin.post(f"/v1/opportunities/{offer['id']}:publish", json={})
            assert r.status_code == 200, r.text
            assert r.headers["X-Matches-Proposed"] == "1" and r.headers["ETag"] == '"2"'
            body = r.json()
            assert body["expires_on"] == day(90).isoformat()  # the date asked for, still ahead
            assert body["published_at"] is not None and body["reviewed_at"] is not None

            # Published: the other partner reads it, without the organisation behind it.
            seen = (await py.get(f"/v1/opportunities/{offer['id']}")).json()
            assert (seen["status"], seen["organisation_id"], seen["title"]) == ("open", None, offer["title"])
            assert (await px.get(f"/v1/opportunities/{offer['id']}")).json()["organisation_id"] == x["id"]
            r = await py.get("/v1/opportunities", params={"organisation_id": x["id"]})
            assert r.status_code == 200 and r.json()["items"] == []  # a filter does not tell who is behind what

            r = await admin.post(f"/v1/opportunities/{offer['id']}:publish", json={})
            assert r.status_code == 409 and rules_of(r) == ["publish_submitted"]
            r = await admin.post(f"/v1/opportunities/{offer['id']}:reject", json={"reason": "Too late"})
            assert r.status_code == 409 and rules_of(r) == ["reject_submitted"]

        types = await outbox_types(app, short=True)
        assert [t for t in types if t.startswith("opportunity.")] == [
            "opportunity.submitted",
            "opportunity.submitted",
            "opportunity.published.v2",
            "opportunity.published.v2",
        ]
        # Published to everyone, so it names no organisation: v2 is anonymous, as the API is to other partners
        async with app.state.sessionmaker() as s:
            outbox = app.state.kit.outbox
            published = (await s.scalars(select(outbox.c.data).where(outbox.c.type.like("%opportunity.published%")))).all()
        assert published and all("organisation_id" not in data for data in published)


async def test_a_rejection_carries_a_reason_and_is_final(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        x = await create(admin, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], BATTERY))
        y = await create(admin, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["27.20"], BATTERY))
        async with partner(app, x["id"]) as px, partner(app, y["id"]) as py:
            offer = await create(px, "/v1/opportunities", opportunity("business_offer", x["id"], BATTERY, ["27.20"]))
            url = f"/v1/opportunities/{offer['id']}"
            assert (await admin.post(f"{url}:reject", json={})).status_code == 422
            assert (await admin.post(f"{url}:reject", json={"reason": "  "})).status_code == 422
            r = await px.post(f"{url}:reject", json={"reason": "Mine is bad"})
            assert r.status_code == 403 and r.json()["code"] == "coordination_unit_only"
            r = await admin.post(f"{url}:reject", json={"reason": "The profile names the company; keep it anonymous."})
            assert r.status_code == 200, r.text
            assert (r.json()["status"], r.json()["rejection_reason"]) == (
                "rejected",
                "The profile names the company; keep it anonymous.",
            )
            assert (await px.get(url)).json()["status"] == "rejected"
            assert (await py.get(url)).status_code == 404
            for verb, body, rule in (
                ("publish", {}, "publish_submitted"),
                ("withdraw", None, "withdraw_submitted_or_open"),
                ("renew", {}, "renew_published"),
            ):
                r = await admin.post(f"{url}:{verb}", json=body)
                assert r.status_code == 409 and rules_of(r) == [rule], (verb, r.text)
        assert (await outbox_types(app, short=True)).count("opportunity.rejected") == 1


async def test_published_opportunities_expire_out_of_lists_and_are_renewed(database_url):
    async with value_chains_app(database_url) as app, caller(app, "admin") as admin:
        x = await create(admin, "/v1/organisations", organisation("Sol Bateries", "ES511", ["27.20"], BATTERY))
        y = await create(admin, "/v1/organisations", organisation("Energía Andina", "CO-ANT", ["27.20"], BATTERY))
        async with partner(app, x["id"]) as px, partner(app, y["id"]) as py:
            body = opportunity("business_offer", x["id"], BATTERY, ["27.20"])
            body.pop("expires_on")
            offer = await create(px, "/v1/opportunities", body)
            assert offer["expires_on"] is None
            url = f"/v1/opportunities/{offer['id']}"
            r = await admin.post(f"{url}:publish", json={"expires_on": day(0).isoformat()})
            assert r.status_code == 422 and rules_of(r) == ["not_expired"]
            published = (await admin.post(f"{url}:publish")).json()  # the body is optional
            assert published["expires_on"] == "2028-03-01"  # 12 months after publication

            app.state.clock.at = NOW + timedelta(days=367)
            assert (await px.get(url)).json()["status"] == "expired"
            assert (await py.get(url)).status_code == 404  # expired ones drop out for others
            assert (await py.get("/v1/opportunities")).json()["items"] == []
            assert [o["id"] for o in (await px.get("/v1/opportunities", params={"status": "expired"})).json()["items"]] == [
                offer["id"]
            ]
            # Renewed soon after it expired: open again, 12 months from today, matched anew.
            r = await py.post(f"{url}:renew", json={})
            assert r.status_code == 403 and r.json()["code"] == "not_your_organisation"
            r = await px.post(f"{url}:renew", json={}, headers={"If-Match": '"1"'})
            assert r.status_code == 412
            r = await px.post(f"{url}:renew")
            assert r.status_code == 200, r.text
            renewed = r.json()
            assert (renewed["status"], renewed["expires_on"]) == ("open", "2029-03-02") and renewed["renewed_at"]
            assert (await py.get(url)).json()["status"] == "open"

            # Expired more than 90 days ago: a partner's renewal goes back to review, an admin's does not.
            app.state.clock.at = NOW + timedelta(days=367 + 366 + 91)
            r = await px.post(f"{url}:renew", json={"expires_on": "2031-01-01"})
            assert r.status_code == 200 and r.json()["status"] == "submitted", r.text
            assert (await py.get(url)).status_code == 404
            assert (await admin.post(f"{url}:publish", json={})).json()["expires_on"] == "2031-01-01"
            app.state.clock.at = NOW + timedelta(days=367 + 366 + 91 + 2000)
            r = await admin.post(f"{url}:renew", json={})
            assert r.status_code == 200 and r.json()["status"] == "open"
            r = await px.post(f"{url}:withdraw")
            assert r.status_code == 200 and r.json()["status"] == "withdrawn"
        renewals = [t for t in await outbox_types(app, short=True) if t == "opportunity.renewed"]
        assert len(renewals) == 3
