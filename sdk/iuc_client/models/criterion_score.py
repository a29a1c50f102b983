from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CriterionScore")


@_attrs_define
class CriterionScore:
    """
    Attributes:
        mean (float | None): The mean over the reviews that scored it (N/A left out); null if none did.
        name (str):
        not_applicable (int):
        scored (int):
        weight (float):
    """

    mean: float | None
    name: str
    not_applicable: int
    scored: int
    weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mean: float | None
        mean = self.mean

        name = self.name

        not_applicable = self.not_applicable

        scored = self.scored

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mean": mean,
                "name": name,
                "not_applicable": not_applicable,
                "scored": scored,
                "weight": weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean = _parse_mean(d.pop("mean"))

        name = d.pop("name")

        not_applicable = d.pop("not_applicable")

        scored = d.pop("scored")

        weight = d.pop("weight")

        criterion_score = cls(
            mean=mean,
            name=name,
            not_applicable=not_applicable,
            scored=scored,
            weight=weight,
        )

        criterion_score.additional_properties = d
        return criterion_score

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
