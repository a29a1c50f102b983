from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.breakdown import Breakdown
    from ..models.party_read import PartyRead


T = TypeVar("T", bound="CandidateRead")


@_attrs_define
class CandidateRead:
    """
    Attributes:
        breakdown (Breakdown):
        explanation (str):
        partner (PartyRead):
        score (float):
    """

    breakdown: Breakdown
    explanation: str
    partner: PartyRead
    score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        breakdown = self.breakdown.to_dict()

        explanation = self.explanation

        partner = self.partner.to_dict()

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "breakdown": breakdown,
                "explanation": explanation,
                "partner": partner,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.breakdown import Breakdown  # noqa: PLC0415
        from ..models.party_read import PartyRead  # noqa: PLC0415

        d = dict(src_dict)
        breakdown = Breakdown.from_dict(d.pop("breakdown"))

        explanation = d.pop("explanation")

        partner = PartyRead.from_dict(d.pop("partner"))

        score = d.pop("score")

        candidate_read = cls(
            breakdown=breakdown,
            explanation=explanation,
            partner=partner,
            score=score,
        )

        candidate_read.additional_properties = d
        return candidate_read

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
