"""A regional office's batch: 207 with a status and a problem per item; refused items are
never written, not even in part, and the others move by one version each."""

from __future__ import annotations

from tests.integration.covenant.covenantsupport import signatory
from tests.support.service_app import caller, outbox_types

BASE = "/v1/covenant/signatories"


async def test_a_batch_answers_each_item_with_its_own_status(app):
    async with caller(app) as admin, caller(app, "covenant_office", regional_covenant="europe") as office:
        r = await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE"))
        stale = r.headers["etag"]
        assert (await admin.put(f"{BASE}/DE90001", json=signatory("Lindenau", "DE", population=125_000))).status_code == 200
        await admin.put(f"{BASE}/DE90004", json=signatory("Eichstadt", "DE", organisation_id="ORG-4"))

        r = await office.post(
            f"{BASE}:batchUpsert",
            json={
                "items": [
                    {"gcom_id": "DE90002", **signatory("Auenwald", "DE")},
                    {"gcom_id": "DE90001", "if_match": stale, **signatory("Lindenau", "DE", population=130_000)},
                    {"gcom_id": "CO90001", **signatory("Villa del Río", "CO")},
                    {"gcom_id": "DE90003", **signatory("Nowhere", "DE", population=-1)},
                    {"gcom_id": "DE90002", **signatory("Auenwald again", "DE")},
                    {"gcom_id": "DE90005", **signatory("Borrowed", "DE", organisation_id="ORG-4")},
                    {"gcom_id": "DE90004", "if_match": '"1"', **signatory("Eichstadt", "DE", organisation_id="ORG-4")},
                ]
            },
        )
        assert r.status_code == 207, r.text
        items = r.json()["items"]
        assert [(i["index"], i["gcom_id"], i["status"], i["outcome"]) for i in items] == [
            (0, "DE90002", 201, "created"),
            (1, "DE90001", 412, "refused"),
            (2, "CO90001", 403, "refused"),
            (3, "DE90003", 422, "refused"),
            (4, "DE90002", 409, "refused"),
            (5, "DE90005", 409, "refused"),
            (6, "DE90004", 200, "unchanged"),
        ]
        assert items[0]["etag"] == '"1"' and items[6]["etag"] == '"1"' and items[1]["problem"]["current_etag"] == '"2"'
        assert "latin_america_caribbean" in items[2]["problem"]["detail"]
        assert items[3]["problem"]["errors"][0]["pointer"].startswith("/items/3/population")
        assert all(i["problem"]["status"] == i["status"] for i in items if i["outcome"] == "refused")
        assert (await admin.get(f"{BASE}/DE90001")).json()["population"] == 125_000
        for refused in ("CO90001", "DE90003", "DE90005"):
            assert (await admin.get(f"{BASE}/{refused}")).status_code == 404

        # Changed items move by one version each, with their changed fields named in the event.
        again = [
            {"gcom_id": "DE90002", "if_match": '"1"', **signatory("Auenwald", "DE", population=1)},
            {"gcom_id": "DE90001", **signatory("Lindenau", "DE", population=125_000, adhesion="2021-01-04")},
        ]
        r = await office.post(f"{BASE}:batchUpsert", json={"items": again})
        assert [(i["status"], i["outcome"], i["etag"]) for i in r.json()["items"]] == [
            (200, "updated", '"2"'),
            (200, "updated", '"3"'),
        ]
        assert (await admin.get(f"{BASE}/DE90001")).json()["adhesion_date"] == "2021-01-04"
        assert (await admin.post(f"{BASE}:batchUpsert", json={"items": []})).status_code == 422
    assert (await outbox_types(app, short=True)).count("signatory.updated") == 3
