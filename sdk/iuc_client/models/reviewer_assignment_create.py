from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReviewerAssignmentCreate")


@_attrs_define
class ReviewerAssignmentCreate:
    """
    Attributes:
        reviewer (str): A key of the call's panel.
    """

    reviewer: str

    def to_dict(self) -> dict[str, Any]:
        reviewer = self.reviewer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reviewer": reviewer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reviewer = d.pop("reviewer")

        reviewer_assignment_create = cls(
            reviewer=reviewer,
        )

        return reviewer_assignment_create
