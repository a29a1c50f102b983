from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction

if TYPE_CHECKING:
    from ..models.baseline import Baseline
    from ..models.goal_read import GoalRead
    from ..models.measurement_read import MeasurementRead


T = TypeVar("T", bound="IndicatorRead")


@_attrs_define
class IndicatorRead:
    """
    Attributes:
        action_ids (list[str]):
        baseline (Baseline):
        behind (None | str): Why the latest measurement is behind the goal trajectory, if it is.
        created_at (datetime.datetime):
        direction (Direction): Which way the indicator should move.
        goals (list[GoalRead]):
        id (str):
        latest (MeasurementRead | None):
        name (str):
        next_goal (GoalRead | None):
        plan_id (str):
        progress (float | None): Share of the way from the baseline to the next goal (may exceed 1).
        unit (str):
        version (int):
    """

    action_ids: list[str]
    baseline: Baseline
    behind: None | str
    created_at: datetime.datetime
    direction: Direction
    goals: list[GoalRead]
    id: str
    latest: MeasurementRead | None
    name: str
    next_goal: GoalRead | None
    plan_id: str
    progress: float | None
    unit: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.goal_read import GoalRead  # noqa: PLC0415
        from ..models.measurement_read import MeasurementRead  # noqa: PLC0415

        action_ids = self.action_ids

        baseline = self.baseline.to_dict()

        behind: None | str
        behind = self.behind

        created_at = self.created_at.isoformat()

        direction = self.direction.value

        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)

        id = self.id

        latest: dict[str, Any] | None
        if isinstance(self.latest, MeasurementRead):
            latest = self.latest.to_dict()
        else:
            latest = self.latest

        name = self.name

        next_goal: dict[str, Any] | None
        if isinstance(self.next_goal, GoalRead):
            next_goal = self.next_goal.to_dict()
        else:
            next_goal = self.next_goal

        plan_id = self.plan_id

        progress: float | None
        progress = self.progress

        unit = self.unit

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_ids": action_ids,
                "baseline": baseline,
                "behind": behind,
                "created_at": created_at,
                "direction": direction,
                "goals": goals,
                "id": id,
                "latest": latest,
                "name": name,
                "next_goal": next_goal,
                "plan_id": plan_id,
                "progress": progress,
                "unit": unit,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.baseline import Baseline  # noqa: PLC0415
        from ..models.goal_read import GoalRead  # noqa: PLC0415
        from ..models.measurement_read import MeasurementRead  # noqa: PLC0415

        d = dict(src_dict)
        action_ids = cast(list[str], d.pop("action_ids"))

        baseline = Baseline.from_dict(d.pop("baseline"))

        def _parse_behind(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        behind = _parse_behind(d.pop("behind"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        direction = Direction(d.pop("direction"))

        goals = []
        _goals = d.pop("goals")
        for goals_item_data in _goals:
            goals_item = GoalRead.from_dict(goals_item_data)

            goals.append(goals_item)

        id = d.pop("id")

        def _parse_latest(data: object) -> MeasurementRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_type_0 = MeasurementRead.from_dict(data)

                return latest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeasurementRead | None, data)

        latest = _parse_latest(d.pop("latest"))

        name = d.pop("name")

        def _parse_next_goal(data: object) -> GoalRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_goal_type_0 = GoalRead.from_dict(data)

                return next_goal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GoalRead | None, data)

        next_goal = _parse_next_goal(d.pop("next_goal"))

        plan_id = d.pop("plan_id")

        def _parse_progress(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        progress = _parse_progress(d.pop("progress"))

        unit = d.pop("unit")

        version = d.pop("version")

        indicator_read = cls(
            action_ids=action_ids,
            baseline=baseline,
            behind=behind,
            created_at=created_at,
            direction=direction,
            goals=goals,
            id=id,
            latest=latest,
            name=name,
            next_goal=next_goal,
            plan_id=plan_id,
            progress=progress,
            unit=unit,
            version=version,
        )

        indicator_read.additional_properties = d
        return indicator_read

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
