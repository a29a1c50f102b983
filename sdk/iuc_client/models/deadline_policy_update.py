from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeadlinePolicyUpdate")


@_attrs_define
class DeadlinePolicyUpdate:
    """
    Attributes:
        assessment_within_years (int):
        inventory_within_years (int):
        monitoring_every_years (int):
        plan_within_years (int):
    """

    assessment_within_years: int
    inventory_within_years: int
    monitoring_every_years: int
    plan_within_years: int

    def to_dict(self) -> dict[str, Any]:
        assessment_within_years = self.assessment_within_years

        inventory_within_years = self.inventory_within_years

        monitoring_every_years = self.monitoring_every_years

        plan_within_years = self.plan_within_years

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assessment_within_years": assessment_within_years,
                "inventory_within_years": inventory_within_years,
                "monitoring_every_years": monitoring_every_years,
                "plan_within_years": plan_within_years,
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

        deadline_policy_update = cls(
            assessment_within_years=assessment_within_years,
            inventory_within_years=inventory_within_years,
            monitoring_every_years=monitoring_every_years,
            plan_within_years=plan_within_years,
        )

        return deadline_policy_update
