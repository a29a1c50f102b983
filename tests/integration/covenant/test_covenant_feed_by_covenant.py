"""The change feed of one regional covenant: an office reads its own by default and no other's, and what a
signatory submits (inventories, assessments, targets, reports) moves it in the feed, badges or not."""

from __future__ import annotations

import pytest

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller

BASE = "/v1/covenant/signatories"
CHANGES = f"{BASE}/changes"
INVENTORY = {"kind": "baseline", "year": 2022, "rows": [{"sector": "transport", "scope": "direct", "emissions_tco2e": 812.5}]}


def keys(feed: dict) -> list[tuple[str, str]]:
    return [(c["op"], c["gcom_id"]) for c in feed["items"]]


async def registered(admin) -> None:
    for gcom_id, name, country in (("SE90001", "Gamla", "SE"), ("MX90001", "Pueblo", "MX"), ("SE90002", "Nya", "SE")):
        assert (await admin.put(f"{BASE}/{gcom_id}", json=signatory(name, country))).status_code == 201


async def test_an_office_reads_its_own_covenant_and_is_refused_another(app):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="europe") as office:
        await registered(admin)
        own = (await office.get(CHANGES)).json()
        assert keys(own) == [("upsert", "SE90001"), ("upsert", "SE90002")] and own["has_more"] is False
        assert (await office.get(CHANGES, params={"regional_covenant": "europe"})).json() == own
        r = await office.get(CHANGES, params={"regional_covenant": "latin_america_caribbean"})
        assert r.status_code == 403 and r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["errors"][0]["pointer"] == "/regional_covenant"
        assert (await office.get(CHANGES, params={"regional_covenant": "atlantis"})).status_code == 422

        everything = (await admin.get(CHANGES)).json()
        assert keys(everything) == [("upsert", "SE90001"), ("upsert", "MX90001"), ("upsert", "SE90002")]
        latin = (await admin.get(CHANGES, params={"regional_covenant": "latin_america_caribbean"})).json()
        assert keys(latin) == [("upsert", "MX90001")] and latin["next_cursor"] == str(everything["items"][1]["seq"])

        # Cursor semantics as in the whole feed: positions of this covenant only, page by page.
        first = (await office.get(CHANGES, params={"limit": 1})).json()
        assert keys(first) == [("upsert", "SE90001")] and first["has_more"] is True
        rest = (await office.get(CHANGES, params={"cursor": first["next_cursor"], "limit": 1})).json()
        assert keys(rest) == [("upsert", "SE90002")] and rest["has_more"] is False
        tail = (await office.get(CHANGES, params={"cursor": rest["next_cursor"]})).json()
        assert tail == {"items": [], "next_cursor": rest["next_cursor"], "has_more": False}

        # Another covenant's changes and deletions stay out of the office's feed; its own come in.
        await admin.put(f"{BASE}/MX90001", json=signatory("Pueblo", "MX", population=1))
        assert (await admin.request("DELETE", f"{BASE}/MX90001", params={"reason": "registered twice"})).status_code == 204
        assert (await admin.request("DELETE", f"{BASE}/SE90002", params={"reason": "registered twice"})).status_code == 204
        after = (await office.get(CHANGES, params={"cursor": rest["next_cursor"]})).json()
        assert keys(after) == [("delete", "SE90002")]
        # (MX90001's update is compacted away: a deleted signatory is only its tombstone.)
        assert keys((await admin.get(CHANGES, params={"cursor": rest["next_cursor"]})).json()) == [
            ("delete", "MX90001"),
            ("delete", "SE90002"),
        ]


async def _commitment_target(admin, key: str) -> None:
    mitigation = next(c for c in (await admin.get(f"{BASE}/{key}/commitments")).json() if c["pillar"] == "mitigation")
    body = {"type": "fixed_level", "target_year": 2030, "fixed_level_tco2e": 50_000}
    assert (await admin.post(f"{BASE}/{key}/commitments/{mitigation['id']}/targets", json=body)).status_code == 201


SUBMISSIONS = {
    "inventory": ("inventories", INVENTORY),
    "risk assessment": (
        "risk-assessments",
        {"year": 2025, "hazards": [{"hazard": "floods", "probability": "high", "impact": "high"}]},
    ),
    "energy access assessment": ("energy-access-assessments", {"year": 2025, "electricity_access_percent": 97.5}),
    "report": ("reports", {"kind": "monitoring_report", "title": "Monitoring 2025"}),
}


@pytest.mark.parametrize("what", [*SUBMISSIONS, "target"])
async def test_a_submission_moves_its_signatory_in_the_feed_even_when_no_badge_changes(app, what):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="europe") as office:
        await registered(admin)

        async def submit() -> None:
            if what == "target":
                await _commitment_target(admin, "SE90001")
            else:
                path, body = SUBMISSIONS[what]
                assert (await admin.post(f"{BASE}/SE90001/{path}", json=body)).status_code == 201

        await submit()  # the first may earn a badge
        before = (await office.get(CHANGES)).json()
        assert keys(before)[-1] == ("upsert", "SE90001")
        badges, version = before["items"][-1]["signatory"]["badges"], before["items"][-1]["signatory"]["version"]
        await submit()  # the second earns nothing more: the same day, the same badges
        moved = (await office.get(CHANGES, params={"cursor": before["next_cursor"]})).json()
        assert keys(moved) == [("upsert", "SE90001")], what
        assert moved["items"][0]["signatory"]["badges"] == badges
        assert moved["items"][0]["signatory"]["version"] == version + 1
        assert int(moved["next_cursor"]) > int(before["next_cursor"])
        assert keys((await office.get(CHANGES)).json()) == [("upsert", "SE90002"), ("upsert", "SE90001")]
