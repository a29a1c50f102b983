from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.priority_in import PriorityIn


T = TypeVar("T", bound="StrategyUpdate")


@_attrs_define
class StrategyUpdate:
    """Fields to change; absent fields stay as they are. `priorities` replaces the list.

    Attributes:
        description (str | Unset):
        priorities (list[PriorityIn] | Unset):
        title (str | Unset):
    """

    description: str | Unset = UNSET
    priorities: list[PriorityIn] | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        priorities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.priorities, Unset):
            priorities = []
            for priorities_item_data in self.priorities:
                priorities_item = priorities_item_data.to_dict()
                priorities.append(priorities_item)

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if priorities is not UNSET:
            field_dict["priorities"] = priorities
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.priority_in import PriorityIn  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _priorities = d.pop("priorities", UNSET)
        priorities: list[PriorityIn] | Unset = UNSET
        if _priorities is not UNSET:
            priorities = []
            for priorities_item_data in _priorities:
                priorities_item = PriorityIn.from_dict(priorities_item_data)

                priorities.append(priorities_item)

        title = d.pop("title", UNSET)

        strategy_update = cls(
            description=description,
            priorities=priorities,
            title=title,
        )

        return strategy_update
