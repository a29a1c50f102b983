from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate:
    """
    Attributes:
        due_on (datetime.date):
        title (str):
        description (str | Unset):  Default: ''.
    """

    due_on: datetime.date
    title: str
    description: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "due_on": due_on,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        title = d.pop("title")

        description = d.pop("description", UNSET)

        task_create = cls(
            due_on=due_on,
            title=title,
            description=description,
        )

        return task_create
