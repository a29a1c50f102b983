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
        challenge (None | str | Unset):
        lessons_learnt (None | str | Unset):
        locations (list[Location] | None | Unset):
        objectives (None | str | Unset):
        period_end (datetime.date | None | Unset):
        period_start (datetime.date | None | Unset):
        results (None | str | Unset):
        sdgs (list[int] | None | Unset):
        sectors (list[str] | None | Unset):
        solution (None | str | Unset):
        summary (None | str | Unset):
        themes (list[str] | None | Unset):
        title (None | str | Unset):
        transferability (None | str | Unset):
        year (int | None | Unset):
    """

    budget_amount: float | None | Unset = UNSET
    budget_currency: None | str | Unset = UNSET
    challenge: None | str | Unset = UNSET
    lessons_learnt: None | str | Unset = UNSET
    locations: list[Location] | None | Unset = UNSET
    objectives: None | str | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    results: None | str | Unset = UNSET
    sdgs: list[int] | None | Unset = UNSET
    sectors: list[str] | None | Unset = UNSET
    solution: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    themes: list[str] | None | Unset = UNSET
    title: None | str | Unset = UNSET
    transferability: None | str | Unset = UNSET
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

        challenge: None | str | Unset
        if isinstance(self.challenge, Unset):
            challenge = UNSET
        else:
            challenge = self.challenge

        lessons_learnt: None | str | Unset
        if isinstance(self.lessons_learnt, Unset):
            lessons_learnt = UNSET
        else:
            lessons_learnt = self.lessons_learnt

        locations: list[dict[str, Any]] | None | Unset
        if isinstance(self.locations, Unset):
            locations = UNSET
        elif isinstance(self.locations, list):
            locations = []
            for locations_type_0_item_data in self.locations:
                locations_type_0_item = locations_type_0_item_data.to_dict()
                locations.append(locations_type_0_item)

        else:
            locations = self.locations

        objectives: None | str | Unset
        if isinstance(self.objectives, Unset):
            objectives = UNSET
        else:
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

        results: None | str | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        else:
            results = self.results

        sdgs: list[int] | None | Unset
        if isinstance(self.sdgs, Unset):
            sdgs = UNSET
        elif isinstance(self.sdgs, list):
            sdgs = self.sdgs

        else:
            sdgs = self.sdgs

        sectors: list[str] | None | Unset
        if isinstance(self.sectors, Unset):
            sectors = UNSET
        elif isinstance(self.sectors, list):
            sectors = self.sectors

        else:
            sectors = self.sectors

        solution: None | str | Unset
        if isinstance(self.solution, Unset):
            solution = UNSET
        else:
            solution = self.solution

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        themes: list[str] | None | Unset
        if isinstance(self.themes, Unset):
            themes = UNSET
        elif isinstance(self.themes, list):
            themes = self.themes

        else:
            themes = self.themes

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        transferability: None | str | Unset
        if isinstance(self.transferability, Unset):
            transferability = UNSET
        else:
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

        def _parse_challenge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        challenge = _parse_challenge(d.pop("challenge", UNSET))

        def _parse_lessons_learnt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lessons_learnt = _parse_lessons_learnt(d.pop("lessons_learnt", UNSET))

        def _parse_locations(data: object) -> list[Location] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                locations_type_0 = []
                _locations_type_0 = data
                for locations_type_0_item_data in _locations_type_0:
                    locations_type_0_item = Location.from_dict(locations_type_0_item_data)

                    locations_type_0.append(locations_type_0_item)

                return locations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Location] | None | Unset, data)

        locations = _parse_locations(d.pop("locations", UNSET))

        def _parse_objectives(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objectives = _parse_objectives(d.pop("objectives", UNSET))

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

        def _parse_results(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_sdgs(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sdgs_type_0 = cast(list[int], data)

                return sdgs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        sdgs = _parse_sdgs(d.pop("sdgs", UNSET))

        def _parse_sectors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sectors_type_0 = cast(list[str], data)

                return sectors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sectors = _parse_sectors(d.pop("sectors", UNSET))

        def _parse_solution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        solution = _parse_solution(d.pop("solution", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_themes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                themes_type_0 = cast(list[str], data)

                return themes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        themes = _parse_themes(d.pop("themes", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_transferability(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transferability = _parse_transferability(d.pop("transferability", UNSET))

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
