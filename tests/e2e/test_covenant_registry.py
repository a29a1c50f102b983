"""The registry through the gateway: compliance, filters, stats, events and bad input."""

from __future__ import annotations

from datetime import date, timedelta

from tests.support.streams import wait_for_events


def signatory(name: str, country: str, adhesion: date, **extra) -> dict:
    return {
        "name": name,
        "country_code": country,
        "population": 250_000,
        "adhesion_date": adhesion.isoformat(),
        "commitments": [{"pillar": "mitigation", "generation": "CoM2030"}],
        **extra,
    }


async def test_a_signatory_on_hold_is_reinstated_when_its_reports_arrive(stack, admin):
    three_years_ago = date.today() - timedelta(days=3 * 365)
    r = await admin.put("/v1/covenant/signatories/PT90001", json=signatory("Vila Nova", "PT", three_years_ago))
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["status"] == "on_hold"
    assert {(m["item"], m["overdue"]) for m in created["compliance"]["missing"]} == {("inventory", True), ("plan", True)}

    inventory = {"kind": "baseline", "year": 2022, "rows": [{"sector": "transport", "scope": "direct", "emissions_tco2e": 812.5}]}
    r = await admin.post("/v1/covenant/signatories/PT90001/inventories", json=inventory)
    assert r.status_code == 201 and r.json()["total_emissions_tco2e"] == 812.5
    r = await admin.post("/v1/covenant/signatories/PT90001/reports", json={"kind": "action_plan", "title": "SECAP Vila Nova"})
    assert r.status_code == 201

    compliance = (await admin.get("/v1/covenant/signatories/PT90001/compliance")).json()
    assert compliance["status"] == "published"
    assert compliance["badges"] == ["mitigation.commitment", "mitigation.inventory", "mitigation.plan"]
    assert compliance["policy"]["plan_within_years"] == 2  # Europe

    sid = created["id"]
    changes = await wait_for_events(stack.nats.url, "iuc.covenant.compliance.changed", lambda e: e.data["signatory_id"] == sid, 2)
    assert [(e.data["previous_status"], e.data["status"]) for e in changes] == [("on_hold", "on_hold"), ("on_hold", "published")]
    joined = await wait_for_events(
        stack.nats.url, "iuc.covenant.signatory.joined", lambda e: e.data["signatory"]["signatory_id"] == sid, 1
    )
    made = await wait_for_events(stack.nats.url, "iuc.covenant.commitment.made", lambda e: e.data["signatory_id"] == sid, 1)
    submitted = await wait_for_events(
        stack.nats.url, "iuc.covenant.inventory.submitted", lambda e: e.data["signatory_id"] == sid, 1
    )
    assert (len(joined), len(made), len(submitted)) == (1, 1, 1)
    assert made[0].data["commitment"]["generation"] == "CoM2030" and made[0].subject == sid

    r = await admin.post("/v1/covenant/signatories/PT90001:withdraw", json={"reason": "the council left the Covenant"})
    assert r.status_code == 200 and r.json()["status"] == "withdrawn"
    assert (await admin.post("/v1/covenant/signatories/PT90001:withdraw", json={"reason": "again"})).status_code == 409
    withdrawn = await wait_for_events(
        stack.nats.url, "iuc.covenant.signatory.withdrawn", lambda e: e.data["signatory"]["signatory_id"] == sid, 1
    )
    assert withdrawn[0].data["reason"] == "the council left the Covenant"


async def test_lists_filter_by_every_documented_criterion_and_stats_count(admin):
    await admin.put("/v1/covenant/signatories/LI90001", json=signatory("Grand Bourg", "LI", date(2019, 4, 1), population=40_000))
    await admin.put(
        "/v1/covenant/signatories/LI90002",
        json=signatory(
            "Petit Bourg",
            "LI",
            date(2022, 6, 1),
            population=9_000,
            commitments=[{"pillar": "adaptation", "generation": "MayorsAdapt"}],
        ),
    )

    async def names(**params) -> list[str]:
        # Liechtenstein: no signatory of the real file, so the real import does not mix in.
        r = await admin.get("/v1/covenant/signatories", params={"country": "LI", **params})
        assert r.status_code == 200, r.text
        return [s["name"] for s in r.json()["items"]]

    assert await names() == ["Grand Bourg", "Petit Bourg"]
    assert await names(generation="MayorsAdapt") == ["Petit Bourg"]
    assert await names(badge="adaptation.commitment") == ["Petit Bourg"]
    assert await names(min_population=10_000) == ["Grand Bourg"]
    assert await names(max_population=10_000) == ["Petit Bourg"]
    assert await names(adhered_from="2020-01-01") == ["Petit Bourg"]
    assert await names(adhered_to="2020-01-01") == ["Grand Bourg"]
    assert await names(regional_covenant="europe", status="on_hold") == ["Grand Bourg", "Petit Bourg"]

    stats = (await admin.get("/v1/covenant/stats")).json()
    assert stats["by_country"]["LI"] == 2 and stats["by_regional_covenant"]["europe"] >= 2
    assert stats["by_generation"]["MayorsAdapt"] >= 1 and stats["by_badge"]["adaptation.commitment"] >= 1
    assert sum(stats["by_status"].values()) == stats["total"]


async def test_bad_input_gets_a_problem_and_writes_nothing(admin):
    r = await admin.put("/v1/covenant/signatories/QQ90001", json=signatory("Atlantis", "QQ", date(2020, 1, 1)))
    assert r.status_code == 422 and r.json()["errors"][0]["code"] == "unknown_country"
    r = await admin.put("/v1/covenant/signatories/not-an-id", json=signatory("Nowhere", "IE", date(2020, 1, 1)))
    assert r.status_code == 422
    assert (await admin.get("/v1/covenant/signatories", params={"badge": "gold.star"})).status_code == 422
    assert (await admin.get("/v1/covenant/signatories/IE99999")).status_code == 404
    r = await admin.post(
        "/v1/covenant/imports",
        params={"format": "mycovenant-signatories"},
        content=b"a,b\n1,2\n",
        headers={"Content-Type": "text/csv"},
    )
    assert r.status_code == 422 and "gcom_id" in r.json()["detail"]
    r = await admin.post("/v1/covenant/imports", params={"format": "mycovenant-signatories"}, json={"rows": []})
    assert r.status_code == 415
    assert (await admin.get("/v1/covenant/signatories", params={"country": "QQ"})).json()["items"] == []


async def test_a_batch_replays_its_stored_answer_for_the_same_idempotency_key(admin):
    body = {"items": [{"gcom_id": "EE90001", **signatory("Väike", "EE", date(2021, 2, 2))}]}
    headers = {"Idempotency-Key": "office-sync-2026-11-26-001"}
    first = await admin.post("/v1/covenant/signatories:batchUpsert", json=body, headers=headers)
    assert first.status_code == 207 and first.json()["items"][0]["outcome"] == "created"
    again = await admin.post("/v1/covenant/signatories:batchUpsert", json=body, headers=headers)
    assert again.status_code == 207 and again.json() == first.json()  # replayed, not "unchanged"
    other = {"items": [{"gcom_id": "EE90002", **signatory("Suur", "EE", date(2021, 2, 2))}]}
    assert (await admin.post("/v1/covenant/signatories:batchUpsert", json=other, headers=headers)).status_code == 422
