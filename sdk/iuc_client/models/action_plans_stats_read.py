from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.action_plans_stats_read_actions_by_status import ActionPlansStatsReadActionsByStatus
    from ..models.action_plans_stats_read_actions_by_theme import ActionPlansStatsReadActionsByTheme
    from ..models.action_plans_stats_read_plans_by_kind import ActionPlansStatsReadPlansByKind
    from ..models.action_plans_stats_read_plans_by_state import ActionPlansStatsReadPlansByState


T = TypeVar("T", bound="ActionPlansStatsRead")


@_attrs_define
class ActionPlansStatsRead:
    """
    Attributes:
        actions_by_status (ActionPlansStatsReadActionsByStatus):
        actions_by_theme (ActionPlansStatsReadActionsByTheme):
        plans_by_kind (ActionPlansStatsReadPlansByKind):
        plans_by_state (ActionPlansStatsReadPlansByState):
    """

    actions_by_status: ActionPlansStatsReadActionsByStatus
    actions_by_theme: ActionPlansStatsReadActionsByTheme
    plans_by_kind: ActionPlansStatsReadPlansByKind
    plans_by_state: ActionPlansStatsReadPlansByState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions_by_status = self.actions_by_status.to_dict()

        actions_by_theme = self.actions_by_theme.to_dict()

        plans_by_kind = self.plans_by_kind.to_dict()

        plans_by_state = self.plans_by_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions_by_status": actions_by_status,
                "actions_by_theme": actions_by_theme,
                "plans_by_kind": plans_by_kind,
                "plans_by_state": plans_by_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_plans_stats_read_actions_by_status import ActionPlansStatsReadActionsByStatus  # noqa: PLC0415
        from ..models.action_plans_stats_read_actions_by_theme import ActionPlansStatsReadActionsByTheme  # noqa: PLC0415
        from ..models.action_plans_stats_read_plans_by_kind import ActionPlansStatsReadPlansByKind  # noqa: PLC0415
        from ..models.action_plans_stats_read_plans_by_state import ActionPlansStatsReadPlansByState  # noqa: PLC0415

        d = dict(src_dict)
        actions_by_status = ActionPlansStatsReadActionsByStatus.from_dict(d.pop("actions_by_status"))

        actions_by_theme = ActionPlansStatsReadActionsByTheme.from_dict(d.pop("actions_by_theme"))

        plans_by_kind = ActionPlansStatsReadPlansByKind.from_dict(d.pop("plans_by_kind"))

        plans_by_state = ActionPlansStatsReadPlansByState.from_dict(d.pop("plans_by_state"))

        action_plans_stats_read = cls(
            actions_by_status=actions_by_status,
            actions_by_theme=actions_by_theme,
            plans_by_kind=plans_by_kind,
            plans_by_state=plans_by_state,
        )

        action_plans_stats_read.additional_properties = d
        return action_plans_stats_read

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
