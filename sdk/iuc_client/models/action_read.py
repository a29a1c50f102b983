from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_kind import ActionKind
from ..models.action_status import ActionStatus

if TYPE_CHECKING:
    from ..models.action_read_organisations_item import ActionReadOrganisationsItem
    from ..models.budget import Budget
    from ..models.impact import Impact
    from ..models.task_read import TaskRead


T = TypeVar("T", bound="ActionRead")


@_attrs_define
class ActionRead:
    """
    Attributes:
        budget (Budget | None):
        cancel_reason (None | str):
        cancelled_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        depends_on (list[str]):
        description (str):
        ends_on (datetime.date | None):
        expected_impact (Impact | None):
        id (str):
        indicator_ids (list[str]):
        kind (ActionKind):
        organisations (list[ActionReadOrganisationsItem]):
        plan_id (str):
        sector (None | str):
        starts_on (datetime.date | None):
        status (ActionStatus):
        status_changed_on (datetime.date | None):
        status_reasons (list[str]):
        tasks (list[TaskRead]):
        theme (None | str):
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    budget: Budget | None
    cancel_reason: None | str
    cancelled_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    created_at: datetime.datetime
    depends_on: list[str]
    description: str
    ends_on: datetime.date | None
    expected_impact: Impact | None
    id: str
    indicator_ids: list[str]
    kind: ActionKind
    organisations: list[ActionReadOrganisationsItem]
    plan_id: str
    sector: None | str
    starts_on: datetime.date | None
    status: ActionStatus
    status_changed_on: datetime.date | None
    status_reasons: list[str]
    tasks: list[TaskRead]
    theme: None | str
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.budget import Budget  # noqa: PLC0415
        from ..models.impact import Impact  # noqa: PLC0415

        budget: dict[str, Any] | None
        if isinstance(self.budget, Budget):
            budget = self.budget.to_dict()
        else:
            budget = self.budget

        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at = self.created_at.isoformat()

        depends_on = self.depends_on

        description = self.description

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        expected_impact: dict[str, Any] | None
        if isinstance(self.expected_impact, Impact):
            expected_impact = self.expected_impact.to_dict()
        else:
            expected_impact = self.expected_impact

        id = self.id

        indicator_ids = self.indicator_ids

        kind = self.kind.value

        organisations = []
        for organisations_item_data in self.organisations:
            organisations_item = organisations_item_data.to_dict()
            organisations.append(organisations_item)

        plan_id = self.plan_id

        sector: None | str
        sector = self.sector

        starts_on: None | str
        if isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        status = self.status.value

        status_changed_on: None | str
        if isinstance(self.status_changed_on, datetime.date):
            status_changed_on = self.status_changed_on.isoformat()
        else:
            status_changed_on = self.status_changed_on

        status_reasons = self.status_reasons

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        theme: None | str
        theme = self.theme

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget": budget,
                "cancel_reason": cancel_reason,
                "cancelled_at": cancelled_at,
                "completed_at": completed_at,
                "created_at": created_at,
                "depends_on": depends_on,
                "description": description,
                "ends_on": ends_on,
                "expected_impact": expected_impact,
                "id": id,
                "indicator_ids": indicator_ids,
                "kind": kind,
                "organisations": organisations,
                "plan_id": plan_id,
                "sector": sector,
                "starts_on": starts_on,
                "status": status,
                "status_changed_on": status_changed_on,
                "status_reasons": status_reasons,
                "tasks": tasks,
                "theme": theme,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_read_organisations_item import ActionReadOrganisationsItem  # noqa: PLC0415
        from ..models.budget import Budget  # noqa: PLC0415
        from ..models.impact import Impact  # noqa: PLC0415
        from ..models.task_read import TaskRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_budget(data: object) -> Budget | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                budget_type_0 = Budget.from_dict(data)

                return budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Budget | None, data)

        budget = _parse_budget(d.pop("budget"))

        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        depends_on = cast(list[str], d.pop("depends_on"))

        description = d.pop("description")

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("ends_on"))

        def _parse_expected_impact(data: object) -> Impact | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                expected_impact_type_0 = Impact.from_dict(data)

                return expected_impact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Impact | None, data)

        expected_impact = _parse_expected_impact(d.pop("expected_impact"))

        id = d.pop("id")

        indicator_ids = cast(list[str], d.pop("indicator_ids"))

        kind = ActionKind(d.pop("kind"))

        organisations = []
        _organisations = d.pop("organisations")
        for organisations_item_data in _organisations:
            organisations_item = ActionReadOrganisationsItem.from_dict(organisations_item_data)

            organisations.append(organisations_item)

        plan_id = d.pop("plan_id")

        def _parse_sector(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sector = _parse_sector(d.pop("sector"))

        def _parse_starts_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        starts_on = _parse_starts_on(d.pop("starts_on"))

        status = ActionStatus(d.pop("status"))

        def _parse_status_changed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_changed_on_type_0 = datetime.date.fromisoformat(data)

                return status_changed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        status_changed_on = _parse_status_changed_on(d.pop("status_changed_on"))

        status_reasons = cast(list[str], d.pop("status_reasons"))

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskRead.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        def _parse_theme(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        theme = _parse_theme(d.pop("theme"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        action_read = cls(
            budget=budget,
            cancel_reason=cancel_reason,
            cancelled_at=cancelled_at,
            completed_at=completed_at,
            created_at=created_at,
            depends_on=depends_on,
            description=description,
            ends_on=ends_on,
            expected_impact=expected_impact,
            id=id,
            indicator_ids=indicator_ids,
            kind=kind,
            organisations=organisations,
            plan_id=plan_id,
            sector=sector,
            starts_on=starts_on,
            status=status,
            status_changed_on=status_changed_on,
            status_reasons=status_reasons,
            tasks=tasks,
            theme=theme,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        action_read.additional_properties = d
        return action_read

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
