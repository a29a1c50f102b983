from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.priority_in import PriorityIn


T = TypeVar("T", bound="StrategyCreate")


@_attrs_define
class StrategyCreate:
    """
    Attributes:
        period_end (int):
        period_start (int):
        priorities (list[PriorityIn]):
        region_id (str): A NUTS 2024 code of the EU (ES51, EL30) or an ISO 3166 code of a Latin American or Caribbean
            country or subdivision (CO, CO-ANT).
        title (str):
        description (str | Unset):  Default: ''.
    """

    period_end: int
    period_start: int
    priorities: list[PriorityIn]
    region_id: str
    title: str
    description: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        period_end = self.period_end

        period_start = self.period_start

        priorities = []
        for priorities_item_data in self.priorities:
            priorities_item = priorities_item_data.to_dict()
            priorities.append(priorities_item)

        region_id = self.region_id

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period_end": period_end,
                "period_start": period_start,
                "priorities": priorities,
                "region_id": region_id,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.priority_in import PriorityIn  # noqa: PLC0415

        d = dict(src_dict)
        period_end = d.pop("period_end")

        period_start = d.pop("period_start")

        priorities = []
        _priorities = d.pop("priorities")
        for priorities_item_data in _priorities:
            priorities_item = PriorityIn.from_dict(priorities_item_data)

            priorities.append(priorities_item)

        region_id = d.pop("region_id")

        title = d.pop("title")

        description = d.pop("description", UNSET)

        strategy_create = cls(
            period_end=period_end,
            period_start=period_start,
            priorities=priorities,
            region_id=region_id,
            title=title,
            description=description,
        )

        return strategy_create
