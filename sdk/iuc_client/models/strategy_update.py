from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.priority_in import PriorityIn


T = TypeVar("T", bound="StrategyUpdate")


@_attrs_define
class StrategyUpdate:
    """Fields to change; absent fields stay as they are. `priorities` replaces the list.

    Attributes:
        description (None | str | Unset):
        priorities (list[PriorityIn] | None | Unset):
        title (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    priorities: list[PriorityIn] | None | Unset = UNSET
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        priorities: list[dict[str, Any]] | None | Unset
        if isinstance(self.priorities, Unset):
            priorities = UNSET
        elif isinstance(self.priorities, list):
            priorities = []
            for priorities_type_0_item_data in self.priorities:
                priorities_type_0_item = priorities_type_0_item_data.to_dict()
                priorities.append(priorities_type_0_item)

        else:
            priorities = self.priorities

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_priorities(data: object) -> list[PriorityIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                priorities_type_0 = []
                _priorities_type_0 = data
                for priorities_type_0_item_data in _priorities_type_0:
                    priorities_type_0_item = PriorityIn.from_dict(priorities_type_0_item_data)

                    priorities_type_0.append(priorities_type_0_item)

                return priorities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PriorityIn] | None | Unset, data)

        priorities = _parse_priorities(d.pop("priorities", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        strategy_update = cls(
            description=description,
            priorities=priorities,
            title=title,
        )

        return strategy_update
