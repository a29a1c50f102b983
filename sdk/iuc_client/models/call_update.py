from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.review_visibility import ReviewVisibility
from ..models.world_region import WorldRegion
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion_create import CriterionCreate


T = TypeVar("T", bound="CallUpdate")


@_attrs_define
class CallUpdate:
    """Fields of a call to change; absent fields stay as they are (none of them can be null). Its terms change
    until it opens (then only closing it early, POST /v1/calls/{call_id}:close); its review visibility and panel
    after that too, by their own rules.

        Attributes:
            closes_on (datetime.date | Unset): Not before opens_on (422 date_order). Only until the call opens (409 with the
                rule call_open after).
            criteria (list[CriterionCreate] | Unset): Replaces the criteria; only until the call opens (409 after).
            description (str | Unset): What the call is about. Only until the call opens (409 with the rule call_open
                after).
            eligible_regions (list[WorldRegion] | Unset): Empty means every region. Only until the call opens (409 with the
                rule call_open after).
            min_cooperation_months (int | Unset): At least 18, the programme's minimum (fewer answers 422 with the rule
                min_cooperation_months, as when the call is opened). Only until the call opens (409 with the rule call_open
                after).
            opens_on (datetime.date | Unset): Not after closes_on (422 with the rule date_order, as when the call is
                opened). Only until the call opens (409 with the rule call_open after).
            population_threshold (int | Unset): Only until the call opens (409 with the rule call_open after).
            review_visibility (None | ReviewVisibility | Unset): What applicants (keys of the lead or a member city) see of
                their reviews: none (no reviews at all, the default), scores (each review's scores and recommendation) or full
                (also the comments). Never who reviewed. It may always become stricter; looser only before any application is
                reviewed.
            reviewers (list[str] | Unset): Replaces the panel; a reviewer still assigned to an application stays (409
                otherwise).
            themes (list[str] | Unset): Only until the call opens (409 with the rule call_open after).
            title (str | Unset): The call's title. Only until the call opens (409 with the rule call_open after).
    """

    closes_on: datetime.date | Unset = UNSET
    criteria: list[CriterionCreate] | Unset = UNSET
    description: str | Unset = UNSET
    eligible_regions: list[WorldRegion] | Unset = UNSET
    min_cooperation_months: int | Unset = UNSET
    opens_on: datetime.date | Unset = UNSET
    population_threshold: int | Unset = UNSET
    review_visibility: None | ReviewVisibility | Unset = UNSET
    reviewers: list[str] | Unset = UNSET
    themes: list[str] | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        closes_on: str | Unset = UNSET
        if not isinstance(self.closes_on, Unset):
            closes_on = self.closes_on.isoformat()

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

        opens_on: str | Unset = UNSET
        if not isinstance(self.opens_on, Unset):
            opens_on = self.opens_on.isoformat()

        population_threshold = self.population_threshold

        review_visibility: None | str | Unset
        if isinstance(self.review_visibility, Unset):
            review_visibility = UNSET
        elif isinstance(self.review_visibility, ReviewVisibility):
            review_visibility = self.review_visibility.value
        else:
            review_visibility = self.review_visibility

        reviewers: list[str] | Unset = UNSET
        if not isinstance(self.reviewers, Unset):
            reviewers = self.reviewers

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = self.themes

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if closes_on is not UNSET:
            field_dict["closes_on"] = closes_on
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if description is not UNSET:
            field_dict["description"] = description
        if eligible_regions is not UNSET:
            field_dict["eligible_regions"] = eligible_regions
        if min_cooperation_months is not UNSET:
            field_dict["min_cooperation_months"] = min_cooperation_months
        if opens_on is not UNSET:
            field_dict["opens_on"] = opens_on
        if population_threshold is not UNSET:
            field_dict["population_threshold"] = population_threshold
        if review_visibility is not UNSET:
            field_dict["review_visibility"] = review_visibility
        if reviewers is not UNSET:
            field_dict["reviewers"] = reviewers
        if themes is not UNSET:
            field_dict["themes"] = themes
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_create import CriterionCreate  # noqa: PLC0415

        d = dict(src_dict)
        _closes_on = d.pop("closes_on", UNSET)
        closes_on: datetime.date | Unset
        if isinstance(_closes_on, Unset):
            closes_on = UNSET
        else:
            closes_on = datetime.date.fromisoformat(_closes_on)

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

        _opens_on = d.pop("opens_on", UNSET)
        opens_on: datetime.date | Unset
        if isinstance(_opens_on, Unset):
            opens_on = UNSET
        else:
            opens_on = datetime.date.fromisoformat(_opens_on)

        population_threshold = d.pop("population_threshold", UNSET)

        def _parse_review_visibility(data: object) -> None | ReviewVisibility | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_visibility_type_0 = ReviewVisibility(data)

                return review_visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewVisibility | Unset, data)

        review_visibility = _parse_review_visibility(d.pop("review_visibility", UNSET))

        reviewers = cast(list[str], d.pop("reviewers", UNSET))

        themes = cast(list[str], d.pop("themes", UNSET))

        title = d.pop("title", UNSET)

        call_update = cls(
            closes_on=closes_on,
            criteria=criteria,
            description=description,
            eligible_regions=eligible_regions,
            min_cooperation_months=min_cooperation_months,
            opens_on=opens_on,
            population_threshold=population_threshold,
            review_visibility=review_visibility,
            reviewers=reviewers,
            themes=themes,
            title=title,
        )

        return call_update
