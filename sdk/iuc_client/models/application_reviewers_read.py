from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conflict_read import ConflictRead
    from ..models.reviewer_assignment_read import ReviewerAssignmentRead


T = TypeVar("T", bound="ApplicationReviewersRead")


@_attrs_define
class ApplicationReviewersRead:
    """Who is assigned to review an application, and who declared a conflict of interest with it.

    Attributes:
        application_id (str):
        assignments (list[ReviewerAssignmentRead]):
        conflicts (list[ConflictRead]):
    """

    application_id: str
    assignments: list[ReviewerAssignmentRead]
    conflicts: list[ConflictRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        assignments = []
        for assignments_item_data in self.assignments:
            assignments_item = assignments_item_data.to_dict()
            assignments.append(assignments_item)

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = conflicts_item_data.to_dict()
            conflicts.append(conflicts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_id": application_id,
                "assignments": assignments,
                "conflicts": conflicts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conflict_read import ConflictRead  # noqa: PLC0415
        from ..models.reviewer_assignment_read import ReviewerAssignmentRead  # noqa: PLC0415

        d = dict(src_dict)
        application_id = d.pop("application_id")

        assignments = []
        _assignments = d.pop("assignments")
        for assignments_item_data in _assignments:
            assignments_item = ReviewerAssignmentRead.from_dict(assignments_item_data)

            assignments.append(assignments_item)

        conflicts = []
        _conflicts = d.pop("conflicts")
        for conflicts_item_data in _conflicts:
            conflicts_item = ConflictRead.from_dict(conflicts_item_data)

            conflicts.append(conflicts_item)

        application_reviewers_read = cls(
            application_id=application_id,
            assignments=assignments,
            conflicts=conflicts,
        )

        application_reviewers_read.additional_properties = d
        return application_reviewers_read

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
