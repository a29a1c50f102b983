from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.region_pair_count import RegionPairCount


T = TypeVar("T", bound="PairingSummary")


@_attrs_define
class PairingSummary:
    """
    Attributes:
        active (int):
        activities (int):
        by_region_pair (list[RegionPairCount]): Confirmed pairings (ever) by the regions of their parties.
        completed (int):
        confirmed (int):
        declined (int):
        dissolved (int):
        proposed (int):
    """

    active: int
    activities: int
    by_region_pair: list[RegionPairCount]
    completed: int
    confirmed: int
    declined: int
    dissolved: int
    proposed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        activities = self.activities

        by_region_pair = []
        for by_region_pair_item_data in self.by_region_pair:
            by_region_pair_item = by_region_pair_item_data.to_dict()
            by_region_pair.append(by_region_pair_item)

        completed = self.completed

        confirmed = self.confirmed

        declined = self.declined

        dissolved = self.dissolved

        proposed = self.proposed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "activities": activities,
                "by_region_pair": by_region_pair,
                "completed": completed,
                "confirmed": confirmed,
                "declined": declined,
                "dissolved": dissolved,
                "proposed": proposed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region_pair_count import RegionPairCount  # noqa: PLC0415

        d = dict(src_dict)
        active = d.pop("active")

        activities = d.pop("activities")

        by_region_pair = []
        _by_region_pair = d.pop("by_region_pair")
        for by_region_pair_item_data in _by_region_pair:
            by_region_pair_item = RegionPairCount.from_dict(by_region_pair_item_data)

            by_region_pair.append(by_region_pair_item)

        completed = d.pop("completed")

        confirmed = d.pop("confirmed")

        declined = d.pop("declined")

        dissolved = d.pop("dissolved")

        proposed = d.pop("proposed")

        pairing_summary = cls(
            active=active,
            activities=activities,
            by_region_pair=by_region_pair,
            completed=completed,
            confirmed=confirmed,
            declined=declined,
            dissolved=dissolved,
            proposed=proposed,
        )

        pairing_summary.additional_properties = d
        return pairing_summary

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
