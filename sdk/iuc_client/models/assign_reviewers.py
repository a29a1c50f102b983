from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssignReviewers")


@_attrs_define
class AssignReviewers:
    """
    Attributes:
        reviewers_per_application (int): How many reviewers each application of the call ends up with.
    """

    reviewers_per_application: int

    def to_dict(self) -> dict[str, Any]:
        reviewers_per_application = self.reviewers_per_application

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reviewers_per_application": reviewers_per_application,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reviewers_per_application = d.pop("reviewers_per_application")

        assign_reviewers = cls(
            reviewers_per_application=reviewers_per_application,
        )

        return assign_reviewers
