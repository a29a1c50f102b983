from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeadlinePolicyRead")


@_attrs_define
class DeadlinePolicyRead:
    """
    Attributes:
        assessment_within_years (int):
        inventory_within_years (int):
        monitoring_every_years (int):
        plan_within_years (int):
        regional_covenant (str):
        updated_at (datetime.datetime):
        version (int):
    """

    assessment_within_years: int
    inventory_within_years: int
    monitoring_every_years: int
    plan_within_years: int
    regional_covenant: str
    updated_at: datetime.datetime
    version: int

    def to_dict(self) -> dict[str, Any]:
        assessment_within_years = self.assessment_within_years

        inventory_within_years = self.inventory_within_years

        monitoring_every_years = self.monitoring_every_years

        plan_within_years = self.plan_within_years

        regional_covenant = self.regional_covenant

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assessment_within_years": assessment_within_years,
                "inventory_within_years": inventory_within_years,
                "monitoring_every_years": monitoring_every_years,
                "plan_within_years": plan_within_years,
                "regional_covenant": regional_covenant,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assessment_within_years = d.pop("assessment_within_years")

        inventory_within_years = d.pop("inventory_within_years")

        monitoring_every_years = d.pop("monitoring_every_years")

        plan_within_years = d.pop("plan_within_years")

        regional_covenant = d.pop("regional_covenant")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        deadline_policy_read = cls(
            assessment_within_years=assessment_within_years,
            inventory_within_years=inventory_within_years,
            monitoring_every_years=monitoring_every_years,
            plan_within_years=plan_within_years,
            regional_covenant=regional_covenant,
            updated_at=updated_at,
            version=version,
        )

        return deadline_policy_read
