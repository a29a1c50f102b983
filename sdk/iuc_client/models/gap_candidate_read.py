from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.score_read import ScoreRead


T = TypeVar("T", bound="GapCandidateRead")


@_attrs_define
class GapCandidateRead:
    """
    Attributes:
        explanation (str):
        name (str):
        organisation_id (str):
        region_id (str):
        score (ScoreRead):
    """

    explanation: str
    name: str
    organisation_id: str
    region_id: str
    score: ScoreRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        explanation = self.explanation

        name = self.name

        organisation_id = self.organisation_id

        region_id = self.region_id

        score = self.score.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "explanation": explanation,
                "name": name,
                "organisation_id": organisation_id,
                "region_id": region_id,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_read import ScoreRead  # noqa: PLC0415

        d = dict(src_dict)
        explanation = d.pop("explanation")

        name = d.pop("name")

        organisation_id = d.pop("organisation_id")

        region_id = d.pop("region_id")

        score = ScoreRead.from_dict(d.pop("score"))

        gap_candidate_read = cls(
            explanation=explanation,
            name=name,
            organisation_id=organisation_id,
            region_id=region_id,
            score=score,
        )

        gap_candidate_read.additional_properties = d
        return gap_candidate_read

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
