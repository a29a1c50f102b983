from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.applications_state import ApplicationsState

T = TypeVar("T", bound="ApplicationsTransitionRead")


@_attrs_define
class ApplicationsTransitionRead:
    """
    Attributes:
        actor (None | str): The key that made the step; null in an applicant's view for steps of reviewers and the
            coordination unit.
        actor_role (str):
        at (datetime.datetime):
        from_state (ApplicationsState | None):
        reason (None | str):
        to_state (ApplicationsState): Where an application stands.
    """

    actor: None | str
    actor_role: str
    at: datetime.datetime
    from_state: ApplicationsState | None
    reason: None | str
    to_state: ApplicationsState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor: None | str
        actor = self.actor

        actor_role = self.actor_role

        at = self.at.isoformat()

        from_state: None | str
        if isinstance(self.from_state, ApplicationsState):
            from_state = self.from_state.value
        else:
            from_state = self.from_state

        reason: None | str
        reason = self.reason

        to_state = self.to_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor": actor,
                "actor_role": actor_role,
                "at": at,
                "from_state": from_state,
                "reason": reason,
                "to_state": to_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_actor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor = _parse_actor(d.pop("actor"))

        actor_role = d.pop("actor_role")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_from_state(data: object) -> ApplicationsState | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_state_type_0 = ApplicationsState(data)

                return from_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationsState | None, data)

        from_state = _parse_from_state(d.pop("from_state"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        to_state = ApplicationsState(d.pop("to_state"))

        applications_transition_read = cls(
            actor=actor,
            actor_role=actor_role,
            at=at,
            from_state=from_state,
            reason=reason,
            to_state=to_state,
        )

        applications_transition_read.additional_properties = d
        return applications_transition_read

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
