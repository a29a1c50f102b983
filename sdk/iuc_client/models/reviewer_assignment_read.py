from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReviewerAssignmentRead")


@_attrs_define
class ReviewerAssignmentRead:
    """
    Attributes:
        application_id (str):
        assigned_at (datetime.datetime):
        assigned_by (str):
        reviewer (str):
    """

    application_id: str
    assigned_at: datetime.datetime
    assigned_by: str
    reviewer: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        assigned_at = self.assigned_at.isoformat()

        assigned_by = self.assigned_by

        reviewer = self.reviewer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "assigned_at": assigned_at,
                "assigned_by": assigned_by,
                "reviewer": reviewer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("application_id")

        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))

        assigned_by = d.pop("assigned_by")

        reviewer = d.pop("reviewer")

        reviewer_assignment_read = cls(
            application_id=application_id,
            assigned_at=assigned_at,
            assigned_by=assigned_by,
            reviewer=reviewer,
        )

        reviewer_assignment_read.additional_properties = d
        return reviewer_assignment_read

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
