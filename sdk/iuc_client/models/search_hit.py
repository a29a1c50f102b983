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
    from ..models.location_read import LocationRead


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        id (str):
        kind (PracticeKind): A good practice (URBACT, Interreg Europe, Climate-ADAPT style) or the lessons a pairing
            learnt.
        language (None | str):
        locations (list[LocationRead]):
        published_at (datetime.datetime | None):
        score (float): Relevance, higher is better (0 without a query).
        sdgs (list[int]):
        sectors (list[str]):
        state (KnowledgeState): Where a practice stands in the editorial workflow.
        summary (str):
        themes (list[str]):
        title (str):
        year (int | None):
        snippet (None | str | Unset): Where the words matched, the words marked with <mark>...</mark>.
    """

    id: str
    kind: PracticeKind
    language: None | str
    locations: list[LocationRead]
    published_at: datetime.datetime | None
    score: float
    sdgs: list[int]
    sectors: list[str]
    state: KnowledgeState
    summary: str
    themes: list[str]
    title: str
    year: int | None
    snippet: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind.value

        language: None | str
        language = self.language

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        score = self.score

        sdgs = self.sdgs

        sectors = self.sectors

        state = self.state.value

        summary = self.summary

        themes = self.themes

        title = self.title

        year: int | None
        year = self.year

        snippet: None | str | Unset
        if isinstance(self.snippet, Unset):
            snippet = UNSET
        else:
            snippet = self.snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "language": language,
                "locations": locations,
                "published_at": published_at,
                "score": score,
                "sdgs": sdgs,
                "sectors": sectors,
                "state": state,
                "summary": summary,
                "themes": themes,
                "title": title,
                "year": year,
            }
        )
        if snippet is not UNSET:
            field_dict["snippet"] = snippet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_read import LocationRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kind = PracticeKind(d.pop("kind"))

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = LocationRead.from_dict(locations_item_data)

            locations.append(locations_item)

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

        score = d.pop("score")

        sdgs = cast(list[int], d.pop("sdgs"))

        sectors = cast(list[str], d.pop("sectors"))

        state = KnowledgeState(d.pop("state"))

        summary = d.pop("summary")

        themes = cast(list[str], d.pop("themes"))

        title = d.pop("title")

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

        def _parse_snippet(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snippet = _parse_snippet(d.pop("snippet", UNSET))

        search_hit = cls(
            id=id,
            kind=kind,
            language=language,
            locations=locations,
            published_at=published_at,
            score=score,
            sdgs=sdgs,
            sectors=sectors,
            state=state,
            summary=summary,
            themes=themes,
            title=title,
            year=year,
            snippet=snippet,
        )

        search_hit.additional_properties = d
        return search_hit

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
