from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.practice_kind import PracticeKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location import Location


T = TypeVar("T", bound="PracticeCreate")


@_attrs_define
class PracticeCreate:
    """
    Attributes:
        title (str):
        action_id (None | str | Unset): The action (action-plans service) it comes from.
        budget_amount (float | None | Unset):
        budget_currency (None | str | Unset):
        challenge (str | Unset):  Default: ''.
        kind (PracticeKind | Unset): A good practice (URBACT, Interreg Europe, Climate-ADAPT style) or the lessons a
            pairing learnt.
        language (None | str | Unset): The language of its texts (ISO 639-1 or 639-3), which search stems them in: en,
            es, pt, fr, de and it are stemmed, any other (or null, unknown) is searched word for word. Defaults to en.
            Default: 'en'.
        lessons_learnt (str | Unset):  Default: ''.
        locations (list[Location] | Unset):
        objectives (str | Unset):  Default: ''.
        pairing_id (None | str | Unset): The pairing (pairing service) it comes from.
        period_end (datetime.date | None | Unset):
        period_start (datetime.date | None | Unset):
        results (str | Unset):  Default: ''.
        sdgs (list[int] | Unset):
        sectors (list[str] | Unset):
        solution (str | Unset):  Default: ''.
        summary (str | Unset):  Default: ''.
        themes (list[str] | Unset):
        transferability (str | Unset):  Default: ''.
        year (int | None | Unset): The year of the results; defaults to this year.
    """

    title: str
    action_id: None | str | Unset = UNSET
    budget_amount: float | None | Unset = UNSET
    budget_currency: None | str | Unset = UNSET
    challenge: str | Unset = ""
    kind: PracticeKind | Unset = UNSET
    language: None | str | Unset = "en"
    lessons_learnt: str | Unset = ""
    locations: list[Location] | Unset = UNSET
    objectives: str | Unset = ""
    pairing_id: None | str | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    results: str | Unset = ""
    sdgs: list[int] | Unset = UNSET
    sectors: list[str] | Unset = UNSET
    solution: str | Unset = ""
    summary: str | Unset = ""
    themes: list[str] | Unset = UNSET
    transferability: str | Unset = ""
    year: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        action_id: None | str | Unset
        if isinstance(self.action_id, Unset):
            action_id = UNSET
        else:
            action_id = self.action_id

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

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

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

        pairing_id: None | str | Unset
        if isinstance(self.pairing_id, Unset):
            pairing_id = UNSET
        else:
            pairing_id = self.pairing_id

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

        transferability = self.transferability

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if budget_amount is not UNSET:
            field_dict["budget_amount"] = budget_amount
        if budget_currency is not UNSET:
            field_dict["budget_currency"] = budget_currency
        if challenge is not UNSET:
            field_dict["challenge"] = challenge
        if kind is not UNSET:
            field_dict["kind"] = kind
        if language is not UNSET:
            field_dict["language"] = language
        if lessons_learnt is not UNSET:
            field_dict["lessons_learnt"] = lessons_learnt
        if locations is not UNSET:
            field_dict["locations"] = locations
        if objectives is not UNSET:
            field_dict["objectives"] = objectives
        if pairing_id is not UNSET:
            field_dict["pairing_id"] = pairing_id
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
        if transferability is not UNSET:
            field_dict["transferability"] = transferability
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location import Location  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        def _parse_action_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_id = _parse_action_id(d.pop("action_id", UNSET))

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

        _kind = d.pop("kind", UNSET)
        kind: PracticeKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = PracticeKind(_kind)

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

        def _parse_pairing_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pairing_id = _parse_pairing_id(d.pop("pairing_id", UNSET))

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

        transferability = d.pop("transferability", UNSET)

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        practice_create = cls(
            title=title,
            action_id=action_id,
            budget_amount=budget_amount,
            budget_currency=budget_currency,
            challenge=challenge,
            kind=kind,
            language=language,
            lessons_learnt=lessons_learnt,
            locations=locations,
            objectives=objectives,
            pairing_id=pairing_id,
            period_end=period_end,
            period_start=period_start,
            results=results,
            sdgs=sdgs,
            sectors=sectors,
            solution=solution,
            summary=summary,
            themes=themes,
            transferability=transferability,
            year=year,
        )

        return practice_create
