from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_state import KnowledgeState
from ..models.practice_kind import PracticeKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.knowledge_transition_read import KnowledgeTransitionRead
    from ..models.location_read import LocationRead
    from ..models.provenance import Provenance


T = TypeVar("T", bound="PracticeRead")


@_attrs_define
class PracticeRead:
    """A practice with its workflow, as the API shows it to those who may read it.

    Attributes:
        action_id (None | str):
        archived_at (datetime.datetime | None):
        budget_amount (float | None):
        budget_currency (None | str):
        call_id (None | str):
        challenge (str):
        created_at (datetime.datetime):
        history (list[KnowledgeTransitionRead]):
        id (str):
        kind (PracticeKind): A good practice (URBACT, Interreg Europe, Climate-ADAPT style) or the lessons a pairing
            learnt.
        language (None | str): The language of its texts (ISO 639-1 or 639-3), which search stems them in.
        lessons_learnt (str):
        locations (list[LocationRead]):
        objectives (str):
        pairing_id (None | str):
        period_end (datetime.date | None):
        period_start (datetime.date | None):
        plan_id (None | str):
        provenance (Provenance): Who or what created the practice, and from which event.
        published_at (datetime.datetime | None):
        published_by (None | str):
        results (str):
        sdgs (list[int]):
        sectors (list[str]):
        solution (str):
        state (KnowledgeState): Where a practice stands in the editorial workflow.
        submitted_at (datetime.datetime | None):
        summary (str):
        themes (list[str]):
        title (str):
        transferability (str):
        updated_at (datetime.datetime):
        version (int):
        year (int | None):
        invited_city_ids (list[str] | Unset): Cities invited to the locations that have not answered yet: named only
            once they accept.
    """

    action_id: None | str
    archived_at: datetime.datetime | None
    budget_amount: float | None
    budget_currency: None | str
    call_id: None | str
    challenge: str
    created_at: datetime.datetime
    history: list[KnowledgeTransitionRead]
    id: str
    kind: PracticeKind
    language: None | str
    lessons_learnt: str
    locations: list[LocationRead]
    objectives: str
    pairing_id: None | str
    period_end: datetime.date | None
    period_start: datetime.date | None
    plan_id: None | str
    provenance: Provenance
    published_at: datetime.datetime | None
    published_by: None | str
    results: str
    sdgs: list[int]
    sectors: list[str]
    solution: str
    state: KnowledgeState
    submitted_at: datetime.datetime | None
    summary: str
    themes: list[str]
    title: str
    transferability: str
    updated_at: datetime.datetime
    version: int
    year: int | None
    invited_city_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id: None | str
        action_id = self.action_id

        archived_at: None | str
        if isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat()
        else:
            archived_at = self.archived_at

        budget_amount: float | None
        budget_amount = self.budget_amount

        budget_currency: None | str
        budget_currency = self.budget_currency

        call_id: None | str
        call_id = self.call_id

        challenge = self.challenge

        created_at = self.created_at.isoformat()

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        id = self.id

        kind = self.kind.value

        language: None | str
        language = self.language

        lessons_learnt = self.lessons_learnt

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        objectives = self.objectives

        pairing_id: None | str
        pairing_id = self.pairing_id

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

        plan_id: None | str
        plan_id = self.plan_id

        provenance = self.provenance.to_dict()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        published_by = self.published_by

        results = self.results

        sdgs = self.sdgs

        sectors = self.sectors

        solution = self.solution

        state = self.state.value

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        summary = self.summary

        themes = self.themes

        title = self.title

        transferability = self.transferability

        updated_at = self.updated_at.isoformat()

        version = self.version

        year: int | None
        year = self.year

        invited_city_ids: list[str] | Unset = UNSET
        if not isinstance(self.invited_city_ids, Unset):
            invited_city_ids = self.invited_city_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "archived_at": archived_at,
                "budget_amount": budget_amount,
                "budget_currency": budget_currency,
                "call_id": call_id,
                "challenge": challenge,
                "created_at": created_at,
                "history": history,
                "id": id,
                "kind": kind,
                "language": language,
                "lessons_learnt": lessons_learnt,
                "locations": locations,
                "objectives": objectives,
                "pairing_id": pairing_id,
                "period_end": period_end,
                "period_start": period_start,
                "plan_id": plan_id,
                "provenance": provenance,
                "published_at": published_at,
                "published_by": published_by,
                "results": results,
                "sdgs": sdgs,
                "sectors": sectors,
                "solution": solution,
                "state": state,
                "submitted_at": submitted_at,
                "summary": summary,
                "themes": themes,
                "title": title,
                "transferability": transferability,
                "updated_at": updated_at,
                "version": version,
                "year": year,
            }
        )
        if invited_city_ids is not UNSET:
            field_dict["invited_city_ids"] = invited_city_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.knowledge_transition_read import KnowledgeTransitionRead  # noqa: PLC0415
        from ..models.location_read import LocationRead  # noqa: PLC0415
        from ..models.provenance import Provenance  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action_id = _parse_action_id(d.pop("action_id"))

        def _parse_archived_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        archived_at = _parse_archived_at(d.pop("archived_at"))

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

        def _parse_call_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        call_id = _parse_call_id(d.pop("call_id"))

        challenge = d.pop("challenge")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = KnowledgeTransitionRead.from_dict(history_item_data)

            history.append(history_item)

        id = d.pop("id")

        kind = PracticeKind(d.pop("kind"))

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

        def _parse_pairing_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pairing_id = _parse_pairing_id(d.pop("pairing_id"))

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

        def _parse_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        provenance = Provenance.from_dict(d.pop("provenance"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))

        results = d.pop("results")

        sdgs = cast(list[int], d.pop("sdgs"))

        sectors = cast(list[str], d.pop("sectors"))

        solution = d.pop("solution")

        state = KnowledgeState(d.pop("state"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        summary = d.pop("summary")

        themes = cast(list[str], d.pop("themes"))

        title = d.pop("title")

        transferability = d.pop("transferability")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        invited_city_ids = cast(list[str], d.pop("invited_city_ids", UNSET))

        practice_read = cls(
            action_id=action_id,
            archived_at=archived_at,
            budget_amount=budget_amount,
            budget_currency=budget_currency,
            call_id=call_id,
            challenge=challenge,
            created_at=created_at,
            history=history,
            id=id,
            kind=kind,
            language=language,
            lessons_learnt=lessons_learnt,
            locations=locations,
            objectives=objectives,
            pairing_id=pairing_id,
            period_end=period_end,
            period_start=period_start,
            plan_id=plan_id,
            provenance=provenance,
            published_at=published_at,
            published_by=published_by,
            results=results,
            sdgs=sdgs,
            sectors=sectors,
            solution=solution,
            state=state,
            submitted_at=submitted_at,
            summary=summary,
            themes=themes,
            title=title,
            transferability=transferability,
            updated_at=updated_at,
            version=version,
            year=year,
            invited_city_ids=invited_city_ids,
        )

        practice_read.additional_properties = d
        return practice_read

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
