from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.component import Component
from ..models.review_visibility import ReviewVisibility
from ..models.world_region import WorldRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallCreate")


@_attrs_define
class CallCreate:
    """
    Attributes:
        closes_on (datetime.date):
        component (Component): The programme's three components.
        opens_on (datetime.date):
        title (str):
        description (str | Unset):  Default: ''.
        eligible_regions (list[WorldRegion] | Unset): Empty means every region.
        min_cooperation_months (int | Unset): The shortest cooperation the call asks for, in months; at least 18, the
            programme's minimum (fewer answers 422 with the rule min_cooperation_months). Pairing holds the call's pairings
            to it: their earliest completion and the period of their local action plans. Default: 18.
        population_threshold (int | Unset):  Default: 100000.
        review_visibility (ReviewVisibility | Unset): A call's policy for what applicants see of their reviews; reviewer
            identities never.
        themes (list[str] | Unset):
    """

    closes_on: datetime.date
    component: Component
    opens_on: datetime.date
    title: str
    description: str | Unset = ""
    eligible_regions: list[WorldRegion] | Unset = UNSET
    min_cooperation_months: int | Unset = 18
    population_threshold: int | Unset = 100000
    review_visibility: ReviewVisibility | Unset = UNSET
    themes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        closes_on = self.closes_on.isoformat()

        component = self.component.value

        opens_on = self.opens_on.isoformat()

        title = self.title

        description = self.description

        eligible_regions: list[str] | Unset = UNSET
        if not isinstance(self.eligible_regions, Unset):
            eligible_regions = []
            for eligible_regions_item_data in self.eligible_regions:
                eligible_regions_item = eligible_regions_item_data.value
                eligible_regions.append(eligible_regions_item)

        min_cooperation_months = self.min_cooperation_months

        population_threshold = self.population_threshold

        review_visibility: str | Unset = UNSET
        if not isinstance(self.review_visibility, Unset):
            review_visibility = self.review_visibility.value

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = self.themes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closes_on": closes_on,
                "component": component,
                "opens_on": opens_on,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if eligible_regions is not UNSET:
            field_dict["eligible_regions"] = eligible_regions
        if min_cooperation_months is not UNSET:
            field_dict["min_cooperation_months"] = min_cooperation_months
        if population_threshold is not UNSET:
            field_dict["population_threshold"] = population_threshold
        if review_visibility is not UNSET:
            field_dict["review_visibility"] = review_visibility
        if themes is not UNSET:
            field_dict["themes"] = themes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        component = Component(d.pop("component"))

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        title = d.pop("title")

        description = d.pop("description", UNSET)

        _eligible_regions = d.pop("eligible_regions", UNSET)
        eligible_regions: list[WorldRegion] | Unset = UNSET
        if _eligible_regions is not UNSET:
            eligible_regions = []
            for eligible_regions_item_data in _eligible_regions:
                eligible_regions_item = WorldRegion(eligible_regions_item_data)

                eligible_regions.append(eligible_regions_item)

        min_cooperation_months = d.pop("min_cooperation_months", UNSET)

        population_threshold = d.pop("population_threshold", UNSET)

        _review_visibility = d.pop("review_visibility", UNSET)
        review_visibility: ReviewVisibility | Unset
        if isinstance(_review_visibility, Unset):
            review_visibility = UNSET
        else:
            review_visibility = ReviewVisibility(_review_visibility)

        themes = cast(list[str], d.pop("themes", UNSET))

        call_create = cls(
            closes_on=closes_on,
            component=component,
            opens_on=opens_on,
            title=title,
            description=description,
            eligible_regions=eligible_regions,
            min_cooperation_months=min_cooperation_months,
            population_threshold=population_threshold,
            review_visibility=review_visibility,
            themes=themes,
        )

        return call_create
