from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submission_change_read_action import SubmissionChangeReadAction
from ..models.submission_change_read_resource import SubmissionChangeReadResource

if TYPE_CHECKING:
    from ..models.submission_change_read_changes import SubmissionChangeReadChanges


T = TypeVar("T", bound="SubmissionChangeRead")


@_attrs_define
class SubmissionChangeRead:
    """
    Attributes:
        action (SubmissionChangeReadAction):
        actor (str): The API key (or client) that made the change.
        actor_role (str):
        changed_at (datetime.datetime):
        changes (SubmissionChangeReadChanges): field -> {"from": old, "to": new}; a deletion has the whole record under
            "from".
        id (str):
        resource (SubmissionChangeReadResource):
        resource_id (str):
    """

    action: SubmissionChangeReadAction
    actor: str
    actor_role: str
    changed_at: datetime.datetime
    changes: SubmissionChangeReadChanges
    id: str
    resource: SubmissionChangeReadResource
    resource_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        actor = self.actor

        actor_role = self.actor_role

        changed_at = self.changed_at.isoformat()

        changes = self.changes.to_dict()

        id = self.id

        resource = self.resource.value

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "actor_role": actor_role,
                "changed_at": changed_at,
                "changes": changes,
                "id": id,
                "resource": resource,
                "resource_id": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submission_change_read_changes import SubmissionChangeReadChanges  # noqa: PLC0415

        d = dict(src_dict)
        action = SubmissionChangeReadAction(d.pop("action"))

        actor = d.pop("actor")

        actor_role = d.pop("actor_role")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        changes = SubmissionChangeReadChanges.from_dict(d.pop("changes"))

        id = d.pop("id")

        resource = SubmissionChangeReadResource(d.pop("resource"))

        resource_id = d.pop("resource_id")

        submission_change_read = cls(
            action=action,
            actor=actor,
            actor_role=actor_role,
            changed_at=changed_at,
            changes=changes,
            id=id,
            resource=resource,
            resource_id=resource_id,
        )

        submission_change_read.additional_properties = d
        return submission_change_read

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
