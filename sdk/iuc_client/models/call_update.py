from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.review_visibility import ReviewVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallUpdate")


@_attrs_define
class CallUpdate:
    """Fields of a call that change after it opened; absent fields stay as they are.

    Attributes:
        review_visibility (None | ReviewVisibility | Unset): What applicants (keys of the lead or a member city) see of
            their reviews: none (no reviews at all, the default), scores (each review's scores and recommendation) or full
            (also the comments). Never who reviewed. It may always become stricter; looser only before any application is
            reviewed.
    """

    review_visibility: None | ReviewVisibility | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        review_visibility: None | str | Unset
        if isinstance(self.review_visibility, Unset):
            review_visibility = UNSET
        elif isinstance(self.review_visibility, ReviewVisibility):
            review_visibility = self.review_visibility.value
        else:
            review_visibility = self.review_visibility

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if review_visibility is not UNSET:
            field_dict["review_visibility"] = review_visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_review_visibility(data: object) -> None | ReviewVisibility | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_visibility_type_0 = ReviewVisibility(data)

                return review_visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewVisibility | Unset, data)

        review_visibility = _parse_review_visibility(d.pop("review_visibility", UNSET))

        call_update = cls(
            review_visibility=review_visibility,
        )

        return call_update
