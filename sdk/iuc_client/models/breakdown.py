from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Breakdown")


@_attrs_define
class Breakdown:
    """
    Attributes:
        challenges (float):
        languages (float):
        population (float):
        sdgs (float):
        themes (float):
        total (float):
        interest (float | Unset): Regional rounds: 0.5 when one region asked to be paired with the other, 1 when both
            did. Default: 0.0.
        interest_bonus (float | Unset): What interest added to the total: a fifth (one-sided) or two fifths (mutual) of
            its gap to 1. Default: 0.0.
    """

    challenges: float
    languages: float
    population: float
    sdgs: float
    themes: float
    total: float
    interest: float | Unset = 0.0
    interest_bonus: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenges = self.challenges

        languages = self.languages

        population = self.population

        sdgs = self.sdgs

        themes = self.themes

        total = self.total

        interest = self.interest

        interest_bonus = self.interest_bonus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "challenges": challenges,
                "languages": languages,
                "population": population,
                "sdgs": sdgs,
                "themes": themes,
                "total": total,
            }
        )
        if interest is not UNSET:
            field_dict["interest"] = interest
        if interest_bonus is not UNSET:
            field_dict["interest_bonus"] = interest_bonus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        challenges = d.pop("challenges")

        languages = d.pop("languages")

        population = d.pop("population")

        sdgs = d.pop("sdgs")

        themes = d.pop("themes")

        total = d.pop("total")

        interest = d.pop("interest", UNSET)

        interest_bonus = d.pop("interest_bonus", UNSET)

        breakdown = cls(
            challenges=challenges,
            languages=languages,
            population=population,
            sdgs=sdgs,
            themes=themes,
            total=total,
            interest=interest,
            interest_bonus=interest_bonus,
        )

        breakdown.additional_properties = d
        return breakdown

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
