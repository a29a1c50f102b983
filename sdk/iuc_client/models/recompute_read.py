from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecomputeRead")


@_attrs_define
class RecomputeRead:
    """
    Attributes:
        actions_assessed (int):
        assessed_on (datetime.date):
        status_changes (int):
        tasks_overdue (int):
    """

    actions_assessed: int
    assessed_on: datetime.date
    status_changes: int
    tasks_overdue: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions_assessed = self.actions_assessed

        assessed_on = self.assessed_on.isoformat()

        status_changes = self.status_changes

        tasks_overdue = self.tasks_overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions_assessed": actions_assessed,
                "assessed_on": assessed_on,
                "status_changes": status_changes,
                "tasks_overdue": tasks_overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actions_assessed = d.pop("actions_assessed")

        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        status_changes = d.pop("status_changes")

        tasks_overdue = d.pop("tasks_overdue")

        recompute_read = cls(
            actions_assessed=actions_assessed,
            assessed_on=assessed_on,
            status_changes=status_changes,
            tasks_overdue=tasks_overdue,
        )

        recompute_read.additional_properties = d
        return recompute_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
