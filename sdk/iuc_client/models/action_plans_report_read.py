from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_plans_report_read_snapshot import ActionPlansReportReadSnapshot


T = TypeVar("T", bound="ActionPlansReportRead")


@_attrs_define
class ActionPlansReportRead:
    """
    Attributes:
        created_at (datetime.datetime):
        created_by (str):
        id (str):
        period_end (datetime.date):
        period_start (datetime.date):
        plan_id (str):
        snapshot (ActionPlansReportReadSnapshot):
        title (str):
    """

    created_at: datetime.datetime
    created_by: str
    id: str
    period_end: datetime.date
    period_start: datetime.date
    plan_id: str
    snapshot: ActionPlansReportReadSnapshot
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = self.id

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        plan_id = self.plan_id

        snapshot = self.snapshot.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "id": id,
                "period_end": period_end,
                "period_start": period_start,
                "plan_id": plan_id,
                "snapshot": snapshot,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_plans_report_read_snapshot import ActionPlansReportReadSnapshot  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        id = d.pop("id")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        plan_id = d.pop("plan_id")

        snapshot = ActionPlansReportReadSnapshot.from_dict(d.pop("snapshot"))

        title = d.pop("title")

        action_plans_report_read = cls(
            created_at=created_at,
            created_by=created_by,
            id=id,
            period_end=period_end,
            period_start=period_start,
            plan_id=plan_id,
            snapshot=snapshot,
            title=title,
        )

        action_plans_report_read.additional_properties = d
        return action_plans_report_read

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
