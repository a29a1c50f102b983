from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoreRead")


@_attrs_define
class ScoreRead:
    """
    Attributes:
        ecosystem (float):
        keywords (float):
        nace (float):
        regions (float):
        total (float):
        priorities (float | Unset): Bonus for parties whose region's innovation strategy prioritises their field.
            Default: 0.0.
    """

    ecosystem: float
    keywords: float
    nace: float
    regions: float
    total: float
    priorities: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ecosystem = self.ecosystem

        keywords = self.keywords

        nace = self.nace

        regions = self.regions

        total = self.total

        priorities = self.priorities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ecosystem": ecosystem,
                "keywords": keywords,
                "nace": nace,
                "regions": regions,
                "total": total,
            }
        )
        if priorities is not UNSET:
            field_dict["priorities"] = priorities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ecosystem = d.pop("ecosystem")

        keywords = d.pop("keywords")

        nace = d.pop("nace")

        regions = d.pop("regions")

        total = d.pop("total")

        priorities = d.pop("priorities", UNSET)

        score_read = cls(
            ecosystem=ecosystem,
            keywords=keywords,
            nace=nace,
            regions=regions,
            total=total,
            priorities=priorities,
        )

        score_read.additional_properties = d
        return score_read

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
