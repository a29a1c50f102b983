from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.component import Component
from ..models.review_visibility import ReviewVisibility
from ..models.world_region import WorldRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion_create import CriterionCreate


T = TypeVar("T", bound="CallCreate")


@_attrs_define
class CallCreate:
    """
    Attributes:
        closes_on (datetime.date):
        component (Component): The programme's three components.
        opens_on (datetime.date):
        title (str):
        criteria (list[CriterionCreate] | Unset): What the call's reviews score, each 0 to 5 (null where na_allowed); at
            most 20. Empty: reviews score free criteria, as before criteria existed. Set when the call is opened, or changed
            until it opens.
        description (str | Unset):  Default: ''.
        eligible_regions (list[WorldRegion] | Unset): Empty means every region.
        min_cooperation_months (int | Unset): The shortest cooperation the call asks for, in months; at least 18, the
            programme's minimum (fewer answers 422 with the rule min_cooperation_months). Pairing holds the call's pairings
            to it: their earliest completion and the period of their local action plans. Default: 18.
        population_threshold (int | Unset):  Default: 100000.
        review_visibility (ReviewVisibility | Unset): A call's policy for what applicants see of their reviews; reviewer
            identities never.
        reviewers (list[str] | Unset): The call's review panel: the ids of reviewer keys (at most 50). With a panel, a
            reviewer sees and reviews only the applications it is assigned; without one, every reviewer reviews every
            application, as before panels existed.
        themes (list[str] | Unset):
    """

    closes_on: datetime.date
    component: Component
    opens_on: datetime.date
    title: str
    criteria: list[CriterionCreate] | Unset = UNSET
    description: str | Unset = ""
    eligible_regions: list[WorldRegion] | Unset = UNSET
    min_cooperation_months: int | Unset = 18
    population_threshold: int | Unset = 100000
    review_visibility: ReviewVisibility | Unset = UNSET
    reviewers: list[str] | Unset = UNSET
    themes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        closes_on = self.closes_on.isoformat()

        component = self.component.value

        opens_on = self.opens_on.isoformat()

        title = self.title

        criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = []
            for criteria_item_data in self.criteria:
                criteria_item = criteria_item_data.to_dict()
                criteria.append(criteria_item)

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

        reviewers: list[str] | Unset = UNSET
        if not isinstance(self.reviewers, Unset):
            reviewers = self.reviewers

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
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
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
        if reviewers is not UNSET:
            field_dict["reviewers"] = reviewers
        if themes is not UNSET:
            field_dict["themes"] = themes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_create import CriterionCreate  # noqa: PLC0415

        d = dict(src_dict)
        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        component = Component(d.pop("component"))

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        title = d.pop("title")

        _criteria = d.pop("criteria", UNSET)
        criteria: list[CriterionCreate] | Unset = UNSET
        if _criteria is not UNSET:
            criteria = []
            for criteria_item_data in _criteria:
                criteria_item = CriterionCreate.from_dict(criteria_item_data)

                criteria.append(criteria_item)

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

        reviewers = cast(list[str], d.pop("reviewers", UNSET))

        themes = cast(list[str], d.pop("themes", UNSET))

        call_create = cls(
            closes_on=closes_on,
            component=component,
            opens_on=opens_on,
            title=title,
            criteria=criteria,
            description=description,
            eligible_regions=eligible_regions,
            min_cooperation_months=min_cooperation_months,
            population_threshold=population_threshold,
            review_visibility=review_visibility,
            reviewers=reviewers,
            themes=themes,
        )

        return call_create
