from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_comparison_completed_tasks_item import ReportComparisonCompletedTasksItem
    from ..models.report_comparison_progress_changes_item import ReportComparisonProgressChangesItem
    from ..models.report_comparison_status_changes_item import ReportComparisonStatusChangesItem


T = TypeVar("T", bound="ReportComparison")


@_attrs_define
class ReportComparison:
    """
    Attributes:
        actions_added (list[str]):
        actions_removed (list[str]):
        base_report_id (str):
        completed_tasks (list[ReportComparisonCompletedTasksItem]):
        progress_changes (list[ReportComparisonProgressChangesItem]):
        report_id (str):
        status_changes (list[ReportComparisonStatusChangesItem]):
    """

    actions_added: list[str]
    actions_removed: list[str]
    base_report_id: str
    completed_tasks: list[ReportComparisonCompletedTasksItem]
    progress_changes: list[ReportComparisonProgressChangesItem]
    report_id: str
    status_changes: list[ReportComparisonStatusChangesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions_added = self.actions_added

        actions_removed = self.actions_removed

        base_report_id = self.base_report_id

        completed_tasks = []
        for completed_tasks_item_data in self.completed_tasks:
            completed_tasks_item = completed_tasks_item_data.to_dict()
            completed_tasks.append(completed_tasks_item)

        progress_changes = []
        for progress_changes_item_data in self.progress_changes:
            progress_changes_item = progress_changes_item_data.to_dict()
            progress_changes.append(progress_changes_item)

        report_id = self.report_id

        status_changes = []
        for status_changes_item_data in self.status_changes:
            status_changes_item = status_changes_item_data.to_dict()
            status_changes.append(status_changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions_added": actions_added,
                "actions_removed": actions_removed,
                "base_report_id": base_report_id,
                "completed_tasks": completed_tasks,
                "progress_changes": progress_changes,
                "report_id": report_id,
                "status_changes": status_changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_comparison_completed_tasks_item import ReportComparisonCompletedTasksItem  # noqa: PLC0415
        from ..models.report_comparison_progress_changes_item import ReportComparisonProgressChangesItem  # noqa: PLC0415
        from ..models.report_comparison_status_changes_item import ReportComparisonStatusChangesItem  # noqa: PLC0415

        d = dict(src_dict)
        actions_added = cast(list[str], d.pop("actions_added"))

        actions_removed = cast(list[str], d.pop("actions_removed"))

        base_report_id = d.pop("base_report_id")

        completed_tasks = []
        _completed_tasks = d.pop("completed_tasks")
        for completed_tasks_item_data in _completed_tasks:
            completed_tasks_item = ReportComparisonCompletedTasksItem.from_dict(completed_tasks_item_data)

            completed_tasks.append(completed_tasks_item)

        progress_changes = []
        _progress_changes = d.pop("progress_changes")
        for progress_changes_item_data in _progress_changes:
            progress_changes_item = ReportComparisonProgressChangesItem.from_dict(progress_changes_item_data)

            progress_changes.append(progress_changes_item)

        report_id = d.pop("report_id")

        status_changes = []
        _status_changes = d.pop("status_changes")
        for status_changes_item_data in _status_changes:
            status_changes_item = ReportComparisonStatusChangesItem.from_dict(status_changes_item_data)

            status_changes.append(status_changes_item)

        report_comparison = cls(
            actions_added=actions_added,
            actions_removed=actions_removed,
            base_report_id=base_report_id,
            completed_tasks=completed_tasks,
            progress_changes=progress_changes,
            report_id=report_id,
            status_changes=status_changes,
        )

        report_comparison.additional_properties = d
        return report_comparison

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
