from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.location_read import LocationRead


T = TypeVar("T", bound="RevisedContent")


@_attrs_define
class RevisedContent:
    """The practice's content as the revision would publish it.

    Attributes:
        budget_amount (float | None):
        budget_currency (None | str):
        challenge (str):
        language (None | str):
        lessons_learnt (str):
        locations (list[LocationRead]):
        objectives (str):
        period_end (datetime.date | None):
        period_start (datetime.date | None):
        results (str):
        sdgs (list[int]):
        sectors (list[str]):
        solution (str):
        summary (str):
        themes (list[str]):
        title (str):
        transferability (str):
        year (int | None):
    """

    budget_amount: float | None
    budget_currency: None | str
    challenge: str
    language: None | str
    lessons_learnt: str
    locations: list[LocationRead]
    objectives: str
    period_end: datetime.date | None
    period_start: datetime.date | None
    results: str
    sdgs: list[int]
    sectors: list[str]
    solution: str
    summary: str
    themes: list[str]
    title: str
    transferability: str
    year: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_amount: float | None
        budget_amount = self.budget_amount

        budget_currency: None | str
        budget_currency = self.budget_currency

        challenge = self.challenge

        language: None | str
        language = self.language

        lessons_learnt = self.lessons_learnt

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        objectives = self.objectives

        period_end: None | str
        if isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        period_start: None | str
        if isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        results = self.results

        sdgs = self.sdgs

        sectors = self.sectors

        solution = self.solution

        summary = self.summary

        themes = self.themes

        title = self.title

        transferability = self.transferability

        year: int | None
        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_amount": budget_amount,
                "budget_currency": budget_currency,
                "challenge": challenge,
                "language": language,
                "lessons_learnt": lessons_learnt,
                "locations": locations,
                "objectives": objectives,
                "period_end": period_end,
                "period_start": period_start,
                "results": results,
                "sdgs": sdgs,
                "sectors": sectors,
                "solution": solution,
                "summary": summary,
                "themes": themes,
                "title": title,
                "transferability": transferability,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_read import LocationRead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_budget_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        budget_amount = _parse_budget_amount(d.pop("budget_amount"))

        def _parse_budget_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        budget_currency = _parse_budget_currency(d.pop("budget_currency"))

        challenge = d.pop("challenge")

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        lessons_learnt = d.pop("lessons_learnt")

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = LocationRead.from_dict(locations_item_data)

            locations.append(locations_item)

        objectives = d.pop("objectives")

        def _parse_period_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.date.fromisoformat(data)

                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_end = _parse_period_end(d.pop("period_end"))

        def _parse_period_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        period_start = _parse_period_start(d.pop("period_start"))

        results = d.pop("results")

        sdgs = cast(list[int], d.pop("sdgs"))

        sectors = cast(list[str], d.pop("sectors"))

        solution = d.pop("solution")

        summary = d.pop("summary")

        themes = cast(list[str], d.pop("themes"))

        title = d.pop("title")

        transferability = d.pop("transferability")

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        revised_content = cls(
            budget_amount=budget_amount,
            budget_currency=budget_currency,
            challenge=challenge,
            language=language,
            lessons_learnt=lessons_learnt,
            locations=locations,
            objectives=objectives,
            period_end=period_end,
            period_start=period_start,
            results=results,
            sdgs=sdgs,
            sectors=sectors,
            solution=solution,
            summary=summary,
            themes=themes,
            title=title,
            transferability=transferability,
            year=year,
        )

        revised_content.additional_properties = d
        return revised_content

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
