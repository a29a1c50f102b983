from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reviewer_assignment_read import ReviewerAssignmentRead
    from ..models.shortfall import Shortfall


T = TypeVar("T", bound="AssignReviewersRead")


@_attrs_define
class AssignReviewersRead:
    """
    Attributes:
        assigned (list[ReviewerAssignmentRead]):
        short (list[Shortfall]):
    """

    assigned: list[ReviewerAssignmentRead]
    short: list[Shortfall]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned = []
        for assigned_item_data in self.assigned:
            assigned_item = assigned_item_data.to_dict()
            assigned.append(assigned_item)

        short = []
        for short_item_data in self.short:
            short_item = short_item_data.to_dict()
            short.append(short_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned": assigned,
                "short": short,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reviewer_assignment_read import ReviewerAssignmentRead  # noqa: PLC0415
        from ..models.shortfall import Shortfall  # noqa: PLC0415

        d = dict(src_dict)
        assigned = []
        _assigned = d.pop("assigned")
        for assigned_item_data in _assigned:
            assigned_item = ReviewerAssignmentRead.from_dict(assigned_item_data)

            assigned.append(assigned_item)

        short = []
        _short = d.pop("short")
        for short_item_data in _short:
            short_item = Shortfall.from_dict(short_item_data)

            short.append(short_item)

        assign_reviewers_read = cls(
            assigned=assigned,
            short=short,
        )

        assign_reviewers_read.additional_properties = d
        return assign_reviewers_read

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
