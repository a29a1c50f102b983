from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.direction import Direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.baseline import Baseline
    from ..models.goal_in import GoalIn


T = TypeVar("T", bound="IndicatorCreate")


@_attrs_define
class IndicatorCreate:
    """
    Attributes:
        baseline (Baseline):
        direction (Direction): Which way the indicator should move.
        name (str):
        unit (str):
        goals (list[GoalIn] | Unset):
    """

    baseline: Baseline
    direction: Direction
    name: str
    unit: str
    goals: list[GoalIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        baseline = self.baseline.to_dict()

        direction = self.direction.value

        name = self.name

        unit = self.unit

        goals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = []
            for goals_item_data in self.goals:
                goals_item = goals_item_data.to_dict()
                goals.append(goals_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "baseline": baseline,
                "direction": direction,
                "name": name,
                "unit": unit,
            }
        )
        if goals is not UNSET:
            field_dict["goals"] = goals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.baseline import Baseline  # noqa: PLC0415
        from ..models.goal_in import GoalIn  # noqa: PLC0415

        d = dict(src_dict)
        baseline = Baseline.from_dict(d.pop("baseline"))

        direction = Direction(d.pop("direction"))

        name = d.pop("name")

        unit = d.pop("unit")

        _goals = d.pop("goals", UNSET)
        goals: list[GoalIn] | Unset = UNSET
        if _goals is not UNSET:
            goals = []
            for goals_item_data in _goals:
                goals_item = GoalIn.from_dict(goals_item_data)

                goals.append(goals_item)

        indicator_create = cls(
            baseline=baseline,
            direction=direction,
            name=name,
            unit=unit,
            goals=goals,
        )

        return indicator_create
