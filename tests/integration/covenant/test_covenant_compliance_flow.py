"""Deadlines pass, the scheduled pass puts a signatory on hold, a submission reinstates it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from services.covenant import repository
from services.covenant.compliance.schemas import DeadlinePolicyUpdate
from services.covenant.compliance.service import reassess_due, set_policy
from services.covenant.domain import Generation
from services.covenant.reports import service as reports
from services.covenant.reports.schemas import InventoryCreate, ReportCreate, RiskAssessmentCreate
from shared.identity import Identity, Role
from tests.integration.covenant.covenantsupport import record, registry
from tests.support.service_app import outbox_types

ADMIN = Identity(subject="admin", role=Role.admin, scopes=frozenset({"*"}))
ADHESION = date(2024, 1, 15)


async def test_on_hold_after_the_deadline_and_reinstated_when_the_report_arrives(app, sessions):
    async with sessions() as session, session.begin():
        reg = registry(session, date(2024, 2, 1))
        assert len(await reg.create([("HR9001", record("Zelengrad", "HR", ADHESION, Generation.com2030))])) == 1
        await reg.finish()
    assert await outbox_types(app, short=True) == ["signatory.joined", "commitment.made", "commitment.made"]

    # The day of the deadline: nothing is due yet.
    async with sessions() as session, session.begin():
        assert await reassess_due(registry(session, date(2026, 1, 15))) == 0

    # The day after: the scheduled pass finds it and puts it on hold, once.
    async with sessions() as session, session.begin():
        assert await reassess_due(registry(session, date(2026, 1, 16))) == 1
    async with sessions() as session, session.begin():
        assert await reassess_due(registry(session, date(2026, 1, 17))) == 0
        s = await repository.get_signatory(session, "HR9001")
        assert s.status == "on_hold" and s.version == 2
        assert {(m["item"], m["pillar"]) for m in s.compliance_missing if m["overdue"]} == {
            ("inventory", "mitigation"),
            ("plan", "mitigation"),
            ("risk_assessment", "adaptation"),
            ("plan", "adaptation"),
        }
    assert (await outbox_types(app, short=True))[-1] == "compliance.changed"

    # Late reports arrive: the inventory alone is not enough, the plan reinstates it.
    async with sessions() as session, session.begin():
        reg = registry(session, date(2026, 3, 1))
        s = await repository.get_signatory(session, "HR9001", for_update=True)
        inventory = InventoryCreate.model_validate(
            {"kind": "baseline", "year": 2022, "rows": [{"sector": "transport", "scope": "direct", "emissions_tco2e": 5100.5}]}
        )
        await reports.add_inventory(reg, ADMIN, "HR9001", inventory)
        assert s.status == "on_hold"
        await reports.add_report(reg, ADMIN, "HR9001", ReportCreate(kind="action_plan", pillars=[], title="SECAP 2030"))
        await reports.add_risk_assessment(reg, ADMIN, "HR9001", risk_assessment())
        assert s.status == "published"
        assert [b.badge for b in s.badges] == [
            "adaptation.commitment",
            "adaptation.plan",
            "adaptation.risk_assessment",
            "mitigation.commitment",
            "mitigation.inventory",
            "mitigation.plan",
        ]
    types = await outbox_types(app, short=True)
    assert types[-4:] == ["inventory.submitted", "compliance.changed", "compliance.changed", "compliance.changed"]
    async with sessions() as session:
        s = await repository.get_signatory(session, "HR9001")
        assert s.compliance_next_change_on == date(2028, 3, 2)  # monitoring two years after the plan


def risk_assessment() -> RiskAssessmentCreate:
    return RiskAssessmentCreate(year=2025, hazards=[{"hazard": "floods", "probability": "high", "impact": "high"}])


async def test_a_policy_change_reassesses_the_covenant(sessions):
    async with sessions() as session, session.begin():
        reg = registry(session, date(2021, 3, 2))
        await reg.create([("MX9001", record("Pueblo Verde", "MX", date(2021, 3, 1)))])
        await reg.finish()
    async with sessions() as session, session.begin():
        # Three years for a plan in Latin America: on 1 March 2024 the inventory is a year late, the plan due today.
        await reassess_due(registry(session, date(2024, 3, 1)))
        s = await repository.get_signatory(session, "MX9001")
        assert [m["item"] for m in s.compliance_missing if m["overdue"]] == ["inventory"]
    async with sessions() as session, session.begin():
        body = DeadlinePolicyUpdate(
            inventory_within_years=4, assessment_within_years=4, plan_within_years=4, monitoring_every_years=2
        )
        await set_policy(session, ADMIN, "latin_america_caribbean", body, None, datetime(2024, 3, 1, 12, tzinfo=UTC))
    async with sessions() as session, session.begin():
        assert await reassess_due(registry(session, date(2024, 3, 1))) == 1
        s = await repository.get_signatory(session, "MX9001")
        assert s.status == "published" and not [m for m in s.compliance_missing if m["overdue"]]
