from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side import Side

if TYPE_CHECKING:
    from ..models.gap_candidate_read import GapCandidateRead


T = TypeVar("T", bound="GapRead")


@_attrs_define
class GapRead:
    """
    Attributes:
        candidates (list[GapCandidateRead]): Organisations of the missing side that could fill the gap, best first.
        missing_side (Side): The two sides of the Atlantic the component connects.
        position (int):
        stage_key (str):
        stage_name (str):
    """

    candidates: list[GapCandidateRead]
    missing_side: Side
    position: int
    stage_key: str
    stage_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        missing_side = self.missing_side.value

        position = self.position

        stage_key = self.stage_key

        stage_name = self.stage_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "candidates": candidates,
                "missing_side": missing_side,
                "position": position,
                "stage_key": stage_key,
                "stage_name": stage_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gap_candidate_read import GapCandidateRead  # noqa: PLC0415

        d = dict(src_dict)
        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = GapCandidateRead.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        missing_side = Side(d.pop("missing_side"))

        position = d.pop("position")

        stage_key = d.pop("stage_key")

        stage_name = d.pop("stage_name")

        gap_read = cls(
            candidates=candidates,
            missing_side=missing_side,
            position=position,
            stage_key=stage_key,
            stage_name=stage_name,
        )

        gap_read.additional_properties = d
        return gap_read

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
