from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.component import Component
from ..models.review_visibility import ReviewVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion_read import CriterionRead


T = TypeVar("T", bound="CallRead")


@_attrs_define
class CallRead:
    """
    Attributes:
        closes_on (datetime.date):
        component (Component): The programme's three components.
        created_at (datetime.datetime):
        criteria (list[CriterionRead]): What its reviews score (the panel: GET /v1/calls/{call_id}/reviewers).
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
        close_reason (None | str | Unset): Why it was closed early.
        closed_at (datetime.datetime | None | Unset): When the coordination unit closed it early (closes_on is then that
            day); null otherwise.
    """

    closes_on: datetime.date
    component: Component
    created_at: datetime.datetime
    criteria: list[CriterionRead]
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
    close_reason: None | str | Unset = UNSET
    closed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closes_on = self.closes_on.isoformat()

        component = self.component.value

        created_at = self.created_at.isoformat()

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

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

        close_reason: None | str | Unset
        if isinstance(self.close_reason, Unset):
            close_reason = UNSET
        else:
            close_reason = self.close_reason

        closed_at: None | str | Unset
        if isinstance(self.closed_at, Unset):
            closed_at = UNSET
        elif isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closes_on": closes_on,
                "component": component,
                "created_at": created_at,
                "criteria": criteria,
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
        if close_reason is not UNSET:
            field_dict["close_reason"] = close_reason
        if closed_at is not UNSET:
            field_dict["closed_at"] = closed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion_read import CriterionRead  # noqa: PLC0415

        d = dict(src_dict)
        closes_on = datetime.date.fromisoformat(d.pop("closes_on"))

        component = Component(d.pop("component"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = CriterionRead.from_dict(criteria_item_data)

            criteria.append(criteria_item)

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

        def _parse_close_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        close_reason = _parse_close_reason(d.pop("close_reason", UNSET))

        def _parse_closed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closed_at = _parse_closed_at(d.pop("closed_at", UNSET))

        call_read = cls(
            closes_on=closes_on,
            component=component,
            created_at=created_at,
            criteria=criteria,
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
            close_reason=close_reason,
            closed_at=closed_at,
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
