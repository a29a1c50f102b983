"""Wire models of deadline policies and of a signatory's compliance."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field, model_validator

from services.covenant.domain import SignatoryStatus, TargetType
from services.covenant.schemas import badge_names
from shared.schemas import ReadModel, StrictInput


class DeadlinePolicyUpdate(StrictInput):
    inventory_within_years: int = Field(ge=1, le=10)
    assessment_within_years: int = Field(ge=1, le=10)
    plan_within_years: int = Field(ge=1, le=10)
    monitoring_every_years: int = Field(ge=1, le=10)


class DeadlinePolicyRead(DeadlinePolicyUpdate, ReadModel):
    regional_covenant: str
    version: int
    updated_at: datetime


class TargetProgress(ReadModel):
    target_id: str
    type: TargetType
    target_year: int
    level_tco2e: float | None = Field(description="The emissions the target allows in its target year.")
    monitoring_year: int | None = Field(description="The latest monitoring inventory after the base year, if any.")
    monitoring_emissions_tco2e: float | None
    on_track: bool | None = Field(
        description="At or under the straight path from the base year to the level; null when it cannot be told."
    )


class ComplianceRead(ReadModel):
    signatory_id: str
    gcom_id: str | None
    regional_covenant: str
    status: SignatoryStatus
    badges: list[str]
    missing: list[dict]
    next_change_on: date | None
    assessed_on: date | None
    policy: DeadlinePolicyRead
    targets: list[TargetProgress] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_rows(cls, value: Any) -> Any:
        """From `{"signatory": <Signatory row>, "policy": <DeadlinePolicyRow>}`."""
        if not isinstance(value, dict) or "signatory" not in value:
            return value
        s = value["signatory"]
        return {
            "signatory_id": s.id,
            "gcom_id": s.gcom_id,
            "regional_covenant": s.regional_covenant,
            "status": s.status,
            "badges": badge_names(s.badges),
            "missing": s.compliance_missing,
            "next_change_on": s.compliance_next_change_on,
            "assessed_on": s.compliance_assessed_on,
            "policy": value["policy"],
            "targets": value.get("targets", []),
        }
