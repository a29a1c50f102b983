"""A regional office's change feed through the gateway, on the real 2024 signatories: only its covenant's
signatories, another covenant's refused, and a new emission inventory moves its signatory to the head."""

from __future__ import annotations

from tests.e2e.test_covenant_import import SIGNATORIES, covenant_import
from tests.support.platform import client, create_key

CHANGES = "/v1/covenant/signatories/changes"
COVENANT = "south_mediterranean"  # 157 signatories in the 2024 file: a feed of a few pages
INVENTORY = {"kind": "monitoring", "year": 2024, "rows": [{"sector": "transport", "scope": "direct", "emissions_tco2e": 410.0}]}


async def whole_feed(office, cursor: str = "0") -> tuple[list[dict], str]:
    """Every change after the cursor, page by page, and the cursor to read on from."""
    items: list[dict] = []
    while True:
        r = await office.get(CHANGES, params={"cursor": cursor, "limit": 50})
        assert r.status_code == 200, r.text
        page = r.json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return items, cursor


async def test_an_office_feed_holds_its_covenant_only_and_shows_a_new_inventory(stack, admin):
    # Registers the 2024 file (or changes nothing, if test_covenant_import did).
    imported = await covenant_import(admin, "mycovenant-signatories", SIGNATORIES.read_bytes())
    assert (imported["status"], imported["failed"]) == ("succeeded", 0), imported["errors"][:5]
    async with client(stack, create_key(stack, "covenant_office", regional_covenant=COVENANT)) as office:
        feed, cursor = await whole_feed(office)
        upserts = [c for c in feed if c["op"] == "upsert"]
        assert {c["signatory"]["regional_covenant"] for c in upserts} == {COVENANT}
        assert [c["seq"] for c in feed] == sorted(c["seq"] for c in feed)
        stats = (await admin.get("/v1/covenant/stats")).json()
        assert len(upserts) == stats["by_regional_covenant"][COVENANT] >= 157  # each live signatory once
        asked = await office.get(CHANGES, params={"regional_covenant": COVENANT, "limit": 1000})
        assert [c["seq"] for c in asked.json()["items"]] == [c["seq"] for c in feed]
        refused = await office.get(CHANGES, params={"regional_covenant": "europe"})
        assert refused.status_code == 403 and refused.headers["content-type"].startswith("application/problem+json")

        oldest = upserts[0]  # the signatory the feed has held longest
        key = oldest["gcom_id"] or oldest["signatory_id"]
        r = await office.post(f"/v1/covenant/signatories/{key}/inventories", json=INVENTORY)
        assert r.status_code == 201, r.text
        moved, _ = await whole_feed(office, cursor)
        assert [(c["op"], c["signatory_id"]) for c in moved] == [("upsert", oldest["signatory_id"])]
        assert moved[0]["signatory"]["version"] == oldest["signatory"]["version"] + 1
        inventories = (await office.get(f"/v1/covenant/signatories/{key}/inventories")).json()["items"]
        assert r.json()["id"] in {i["id"] for i in inventories}

        # A correction moves the signatory again, and the history says who changed what.
        inventory = r.json()
        fixed = {
            "rows": [
                {
                    "sector": "on_road_transport",
                    "scope": "direct",
                    "carrier": "diesel",
                    "activity_mwh": 1000,
                    "emission_factor": 0.267,
                }
            ]
        }
        url = f"/v1/covenant/signatories/{key}/inventories/{inventory['id']}"
        assert (await office.patch(url, json=fixed, headers={"If-Match": '"99"'})).status_code == 412
        r = await office.patch(url, json=fixed, headers={"If-Match": f'"{inventory["version"]}"'})
        assert r.status_code == 200 and r.json()["total_emissions_tco2e"] == 267.0, r.text
        again, _ = await whole_feed(office, cursor)
        assert [(c["op"], c["signatory_id"]) for c in again] == [("upsert", oldest["signatory_id"])]
        assert again[0]["signatory"]["version"] == oldest["signatory"]["version"] + 2
        [change] = (await office.get(f"/v1/covenant/signatories/{key}/history")).json()["items"]
        assert change["resource"] == "inventory" and change["changes"]["total_emissions_tco2e"] == {"from": 410.0, "to": 267.0}
