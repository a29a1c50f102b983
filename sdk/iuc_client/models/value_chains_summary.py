from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValueChainsSummary")


@_attrs_define
class ValueChainsSummary:
    """
    Attributes:
        agreements (int):
        matches (int):
        opportunities (int):
        organisations (int):
    """

    agreements: int
    matches: int
    opportunities: int
    organisations: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreements = self.agreements

        matches = self.matches

        opportunities = self.opportunities

        organisations = self.organisations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreements": agreements,
                "matches": matches,
                "opportunities": opportunities,
                "organisations": organisations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agreements = d.pop("agreements")

        matches = d.pop("matches")

        opportunities = d.pop("opportunities")

        organisations = d.pop("organisations")

        value_chains_summary = cls(
            agreements=agreements,
            matches=matches,
            opportunities=opportunities,
            organisations=organisations,
        )

        value_chains_summary.additional_properties = d
        return value_chains_summary

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
