from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.applications_state import ApplicationsState
from ..models.applications_transition_read_kind import ApplicationsTransitionReadKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applications_field_change_read import ApplicationsFieldChangeRead


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
        changes (list[ApplicationsFieldChangeRead] | None | Unset): For an edit, the fields whose values it changed (old
            and new for scalar fields); null otherwise.
        kind (ApplicationsTransitionReadKind | Unset): transition: a change of state; edit: a PATCH of the application
            (its state unchanged). Default: ApplicationsTransitionReadKind.TRANSITION.
    """

    actor: None | str
    actor_role: str
    at: datetime.datetime
    from_state: ApplicationsState | None
    reason: None | str
    to_state: ApplicationsState
    changes: list[ApplicationsFieldChangeRead] | None | Unset = UNSET
    kind: ApplicationsTransitionReadKind | Unset = ApplicationsTransitionReadKind.TRANSITION
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

        changes: list[dict[str, Any]] | None | Unset
        if isinstance(self.changes, Unset):
            changes = UNSET
        elif isinstance(self.changes, list):
            changes = []
            for changes_type_0_item_data in self.changes:
                changes_type_0_item = changes_type_0_item_data.to_dict()
                changes.append(changes_type_0_item)

        else:
            changes = self.changes

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

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
        if changes is not UNSET:
            field_dict["changes"] = changes
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applications_field_change_read import ApplicationsFieldChangeRead  # noqa: PLC0415

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

        def _parse_changes(data: object) -> list[ApplicationsFieldChangeRead] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                changes_type_0 = []
                _changes_type_0 = data
                for changes_type_0_item_data in _changes_type_0:
                    changes_type_0_item = ApplicationsFieldChangeRead.from_dict(changes_type_0_item_data)

                    changes_type_0.append(changes_type_0_item)

                return changes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApplicationsFieldChangeRead] | None | Unset, data)

        changes = _parse_changes(d.pop("changes", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: ApplicationsTransitionReadKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ApplicationsTransitionReadKind(_kind)

        applications_transition_read = cls(
            actor=actor,
            actor_role=actor_role,
            at=at,
            from_state=from_state,
            reason=reason,
            to_state=to_state,
            changes=changes,
            kind=kind,
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
