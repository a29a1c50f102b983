from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReportSummary")


@_attrs_define
class ReportSummary:
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        period_end (datetime.date):
        period_start (datetime.date):
        plan_id (str):
        title (str):
    """

    created_at: datetime.datetime
    id: str
    period_end: datetime.date
    period_start: datetime.date
    plan_id: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        plan_id = self.plan_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "period_end": period_end,
                "period_start": period_start,
                "plan_id": plan_id,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        plan_id = d.pop("plan_id")

        title = d.pop("title")

        report_summary = cls(
            created_at=created_at,
            id=id,
            period_end=period_end,
            period_start=period_start,
            plan_id=plan_id,
            title=title,
        )

        report_summary.additional_properties = d
        return report_summary

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
