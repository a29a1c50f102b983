from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_plans_summary_actions_by_status import ActionPlansSummaryActionsByStatus
    from ..models.action_plans_summary_actions_by_theme import ActionPlansSummaryActionsByTheme
    from ..models.action_plans_summary_indicators_by_trajectory import ActionPlansSummaryIndicatorsByTrajectory
    from ..models.action_plans_summary_plans_by_state import ActionPlansSummaryPlansByState


T = TypeVar("T", bound="ActionPlansSummary")


@_attrs_define
class ActionPlansSummary:
    """
    Attributes:
        actions_by_status (ActionPlansSummaryActionsByStatus):
        actions_by_theme (ActionPlansSummaryActionsByTheme): Actions by theme, as they stand (those that have a theme).
        indicators_by_trajectory (ActionPlansSummaryIndicatorsByTrajectory): Indicators on_track, behind or with no_goal
            to compare with.
        late_share (float): Late actions among those not completed or cancelled.
        plans_by_state (ActionPlansSummaryPlansByState):
    """

    actions_by_status: ActionPlansSummaryActionsByStatus
    actions_by_theme: ActionPlansSummaryActionsByTheme
    indicators_by_trajectory: ActionPlansSummaryIndicatorsByTrajectory
    late_share: float
    plans_by_state: ActionPlansSummaryPlansByState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions_by_status = self.actions_by_status.to_dict()

        actions_by_theme = self.actions_by_theme.to_dict()

        indicators_by_trajectory = self.indicators_by_trajectory.to_dict()

        late_share = self.late_share

        plans_by_state = self.plans_by_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions_by_status": actions_by_status,
                "actions_by_theme": actions_by_theme,
                "indicators_by_trajectory": indicators_by_trajectory,
                "late_share": late_share,
                "plans_by_state": plans_by_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_plans_summary_actions_by_status import ActionPlansSummaryActionsByStatus  # noqa: PLC0415
        from ..models.action_plans_summary_actions_by_theme import ActionPlansSummaryActionsByTheme  # noqa: PLC0415
        from ..models.action_plans_summary_indicators_by_trajectory import ActionPlansSummaryIndicatorsByTrajectory  # noqa: PLC0415
        from ..models.action_plans_summary_plans_by_state import ActionPlansSummaryPlansByState  # noqa: PLC0415

        d = dict(src_dict)
        actions_by_status = ActionPlansSummaryActionsByStatus.from_dict(d.pop("actions_by_status"))

        actions_by_theme = ActionPlansSummaryActionsByTheme.from_dict(d.pop("actions_by_theme"))

        indicators_by_trajectory = ActionPlansSummaryIndicatorsByTrajectory.from_dict(d.pop("indicators_by_trajectory"))

        late_share = d.pop("late_share")

        plans_by_state = ActionPlansSummaryPlansByState.from_dict(d.pop("plans_by_state"))

        action_plans_summary = cls(
            actions_by_status=actions_by_status,
            actions_by_theme=actions_by_theme,
            indicators_by_trajectory=indicators_by_trajectory,
            late_share=late_share,
            plans_by_state=plans_by_state,
        )

        action_plans_summary.additional_properties = d
        return action_plans_summary

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
