from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_state import TaskState

T = TypeVar("T", bound="TaskRead")


@_attrs_define
class TaskRead:
    """
    Attributes:
        action_id (str):
        completed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        description (str):
        due_on (datetime.date):
        id (str):
        overdue (bool):
        state (TaskState):
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    action_id: str
    completed_at: datetime.datetime | None
    created_at: datetime.datetime
    description: str
    due_on: datetime.date
    id: str
    overdue: bool
    state: TaskState
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at = self.created_at.isoformat()

        description = self.description

        due_on = self.due_on.isoformat()

        id = self.id

        overdue = self.overdue

        state = self.state.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "completed_at": completed_at,
                "created_at": created_at,
                "description": description,
                "due_on": due_on,
                "id": id,
                "overdue": overdue,
                "state": state,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_id = d.pop("action_id")

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

        description = d.pop("description")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        id = d.pop("id")

        overdue = d.pop("overdue")

        state = TaskState(d.pop("state"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        task_read = cls(
            action_id=action_id,
            completed_at=completed_at,
            created_at=created_at,
            description=description,
            due_on=due_on,
            id=id,
            overdue=overdue,
            state=state,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        task_read.additional_properties = d
        return task_read

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
