"""Events of the action-plans service that other services already consume.

The service itself comes later (issue 5); the covenant service counts approved SECAPs
from `plan.approved`, so the contract is fixed here first.
"""

from __future__ import annotations

from datetime import datetime

from shared.events import EventPayload


class PlanApproved(EventPayload):
    """An admin approved a local action plan or a SECAP."""

    service = "action_plans"
    entity = "plan"
    event = "approved"
    plan_id: str
    kind: str  # local_action_plan | secap
    city_id: str | None = None
    signatory_id: str | None = None  # the covenant signatory a SECAP belongs to
    gcom_id: str | None = None
    pillars: list[str] = []  # the Covenant pillars the plan covers; empty means all committed
    title: str = ""
    approved_at: datetime
