from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.panel_reviewer_read import PanelReviewerRead


T = TypeVar("T", bound="PanelRead")


@_attrs_define
class PanelRead:
    """
    Attributes:
        call_id (str):
        reviewers (list[PanelReviewerRead]):
    """

    call_id: str
    reviewers: list[PanelReviewerRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        reviewers = []
        for reviewers_item_data in self.reviewers:
            reviewers_item = reviewers_item_data.to_dict()
            reviewers.append(reviewers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "reviewers": reviewers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.panel_reviewer_read import PanelReviewerRead  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        reviewers = []
        _reviewers = d.pop("reviewers")
        for reviewers_item_data in _reviewers:
            reviewers_item = PanelReviewerRead.from_dict(reviewers_item_data)

            reviewers.append(reviewers_item)

        panel_read = cls(
            call_id=call_id,
            reviewers=reviewers,
        )

        panel_read.additional_properties = d
        return panel_read

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
