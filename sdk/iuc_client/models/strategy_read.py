from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side import Side

if TYPE_CHECKING:
    from ..models.priority_read import PriorityRead


T = TypeVar("T", bound="StrategyRead")


@_attrs_define
class StrategyRead:
    """
    Attributes:
        created_at (datetime.datetime):
        description (str):
        id (str):
        period_end (int):
        period_start (int):
        priorities (list[PriorityRead]):
        region_id (str):
        side (Side): The two sides of the Atlantic the component connects.
        title (str):
        updated_at (datetime.datetime):
        version (int):
    """

    created_at: datetime.datetime
    description: str
    id: str
    period_end: int
    period_start: int
    priorities: list[PriorityRead]
    region_id: str
    side: Side
    title: str
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        period_end = self.period_end

        period_start = self.period_start

        priorities = []
        for priorities_item_data in self.priorities:
            priorities_item = priorities_item_data.to_dict()
            priorities.append(priorities_item)

        region_id = self.region_id

        side = self.side.value

        title = self.title

        updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "id": id,
                "period_end": period_end,
                "period_start": period_start,
                "priorities": priorities,
                "region_id": region_id,
                "side": side,
                "title": title,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.priority_read import PriorityRead  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        id = d.pop("id")

        period_end = d.pop("period_end")

        period_start = d.pop("period_start")

        priorities = []
        _priorities = d.pop("priorities")
        for priorities_item_data in _priorities:
            priorities_item = PriorityRead.from_dict(priorities_item_data)

            priorities.append(priorities_item)

        region_id = d.pop("region_id")

        side = Side(d.pop("side"))

        title = d.pop("title")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        strategy_read = cls(
            created_at=created_at,
            description=description,
            id=id,
            period_end=period_end,
            period_start=period_start,
            priorities=priorities,
            region_id=region_id,
            side=side,
            title=title,
            updated_at=updated_at,
            version=version,
        )

        strategy_read.additional_properties = d
        return strategy_read

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
