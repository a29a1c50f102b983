from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.component import Component
from ..models.review_visibility import ReviewVisibility

T = TypeVar("T", bound="CallRead")


@_attrs_define
class CallRead:
    """
    Attributes:
        closes_on (datetime.date):
        component (Component): The programme's three components.
        created_at (datetime.datetime):
        description (str):
        eligible_regions (list[str]):
        id (str):
        min_cooperation_months (int):
        opens_on (datetime.date):
        population_threshold (int):
        review_visibility (ReviewVisibility): A call's policy for what applicants see of their reviews; reviewer
            identities never.
        themes (list[str]):
        title (str):
        version (int):
    """

    closes_on: datetime.date
    component: Component
    created_at: datetime.datetime
    description: str
    eligible_regions: list[str]
    id: str
    min_cooperation_months: int
    opens_on: datetime.date
    population_threshold: int
    review_visibility: ReviewVisibility
    themes: list[str]
    title: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closes_on = self.closes_on.isoformat()

        component = self.component.value

        created_at = self.created_at.isoformat()

        description = self.description

        eligible_regions = self.eligible_regions

        id = self.id

        min_cooperation_months = self.min_cooperation_months

        opens_on = self.opens_on.isoformat()

        population_threshold = self.population_threshold

        review_visibility = self.review_visibility.value

        themes = self.themes

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closes_on": closes_on,
                "component": component,
                "created_at": created_at,
                "description": description,
                "eligible_regions": eligible_regions,
                "id": id,
                "min_cooperation_months": min_cooperation_months,
                "opens_on": opens_on,
                "population_threshold": population_threshold,
                "review_visibility": review_visibility,
                "themes": themes,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        component = Component(d.pop("component"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        description = d.pop("description")

        eligible_regions = cast(list[str], d.pop("eligible_regions"))

        id = d.pop("id")

        min_cooperation_months = d.pop("min_cooperation_months")

        opens_on = datetime.date.fromisoformat(d.pop("opens_on"))

        population_threshold = d.pop("population_threshold")

        review_visibility = ReviewVisibility(d.pop("review_visibility"))

        themes = cast(list[str], d.pop("themes"))

        title = d.pop("title")

        version = d.pop("version")

        call_read = cls(
            closes_on=closes_on,
            component=component,
            created_at=created_at,
            description=description,
            eligible_regions=eligible_regions,
            id=id,
            min_cooperation_months=min_cooperation_months,
            opens_on=opens_on,
            population_threshold=population_threshold,
            review_visibility=review_visibility,
            themes=themes,
            title=title,
            version=version,
        )

        call_read.additional_properties = d
        return call_read

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
