from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location import Location


T = TypeVar("T", bound="PracticeUpdate")


@_attrs_define
class PracticeUpdate:
    """Fields to change; absent fields stay as they are.

    Attributes:
        budget_amount (float | None | Unset):
        budget_currency (None | str | Unset):
        challenge (str | Unset):
        language (None | str | Unset): The language of its texts (ISO 639-1 or 639-3); null: unknown.
        lessons_learnt (str | Unset):
        locations (list[Location] | Unset):
        objectives (str | Unset):
        period_end (datetime.date | None | Unset):
        period_start (datetime.date | None | Unset):
        results (str | Unset):
        sdgs (list[int] | Unset):
        sectors (list[str] | Unset):
        solution (str | Unset):
        summary (str | Unset):
        themes (list[str] | Unset):
        title (str | Unset):
        transferability (str | Unset):
        year (int | None | Unset):
    """

    budget_amount: float | None | Unset = UNSET
    budget_currency: None | str | Unset = UNSET
    challenge: str | Unset = UNSET
    language: None | str | Unset = UNSET
    lessons_learnt: str | Unset = UNSET
    locations: list[Location] | Unset = UNSET
    objectives: str | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    results: str | Unset = UNSET
    sdgs: list[int] | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    solution: str | Unset = UNSET
    summary: str | Unset = UNSET
    themes: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    transferability: str | Unset = UNSET
    year: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        budget_amount: float | None | Unset
        if isinstance(self.budget_amount, Unset):
            budget_amount = UNSET
        else:
            budget_amount = self.budget_amount

        budget_currency: None | str | Unset
        if isinstance(self.budget_currency, Unset):
            budget_currency = UNSET
        else:
            budget_currency = self.budget_currency

        challenge = self.challenge

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        lessons_learnt = self.lessons_learnt

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        objectives = self.objectives

        period_end: None | str | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        elif isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        results = self.results

        sdgs: list[int] | Unset = UNSET
        if not isinstance(self.sdgs, Unset):
            sdgs = self.sdgs

        sectors: list[str] | Unset = UNSET
        if not isinstance(self.sectors, Unset):
            sectors = self.sectors

        solution = self.solution

        summary = self.summary

        themes: list[str] | Unset = UNSET
        if not isinstance(self.themes, Unset):
            themes = self.themes

        title = self.title

        transferability = self.transferability

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if budget_amount is not UNSET:
            field_dict["budget_amount"] = budget_amount
        if budget_currency is not UNSET:
            field_dict["budget_currency"] = budget_currency
        if challenge is not UNSET:
            field_dict["challenge"] = challenge
        if language is not UNSET:
            field_dict["language"] = language
        if lessons_learnt is not UNSET:
            field_dict["lessons_learnt"] = lessons_learnt
        if locations is not UNSET:
            field_dict["locations"] = locations
        if objectives is not UNSET:
            field_dict["objectives"] = objectives
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if results is not UNSET:
            field_dict["results"] = results
        if sdgs is not UNSET:
            field_dict["sdgs"] = sdgs
        if sectors is not UNSET:
            field_dict["sectors"] = sectors
        if solution is not UNSET:
            field_dict["solution"] = solution
        if summary is not UNSET:
            field_dict["summary"] = summary
        if themes is not UNSET:
            field_dict["themes"] = themes
        if title is not UNSET:
            field_dict["title"] = title
        if transferability is not UNSET:
            field_dict["transferability"] = transferability
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location import Location  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_budget_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        budget_amount = _parse_budget_amount(d.pop("budget_amount", UNSET))

        def _parse_budget_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_currency = _parse_budget_currency(d.pop("budget_currency", UNSET))

        challenge = d.pop("challenge", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        lessons_learnt = d.pop("lessons_learnt", UNSET)

        _locations = d.pop("locations", UNSET)
        locations: list[Location] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = Location.from_dict(locations_item_data)

                locations.append(locations_item)

        objectives = d.pop("objectives", UNSET)

        def _parse_period_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.date.fromisoformat(data)

                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_end = _parse_period_end(d.pop("period_end", UNSET))

        def _parse_period_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

        results = d.pop("results", UNSET)

        sdgs = cast(list[int], d.pop("sdgs", UNSET))

        sectors = cast(list[str], d.pop("sectors", UNSET))

        solution = d.pop("solution", UNSET)

        summary = d.pop("summary", UNSET)

        themes = cast(list[str], d.pop("themes", UNSET))

        title = d.pop("title", UNSET)

        transferability = d.pop("transferability", UNSET)

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        practice_update = cls(
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

        return practice_update
