"""Wire models of the knowledge service: what callers send and receive."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Depends, Query
from pydantic import AfterValidator, AliasPath, BeforeValidator, ConfigDict, Field, StringConstraints, WithJsonSchema

from services.knowledge.domain import Facet, Origin, PracticeKind, SearchLanguage, State, known_country, search_language
from shared.reference.sdgs import is_sdg
from shared.schemas import NotNull, ReadModel, StrictInput, Text, rule_broken

Label = Annotated[
    str,
    StringConstraints(min_length=2, max_length=60, pattern=r"^[a-z0-9][a-z0-9_\-]*$"),
    BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v),
]


def _sdg(goal: int) -> int:
    if not is_sdg(goal):
        raise ValueError(f"{goal} is not one of the 17 Sustainable Development Goals (1-17)")
    return goal


def _country(code: str) -> str:
    if not known_country(code):
        raise rule_broken("unknown_country", f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    return code


def _query_language(code: str) -> SearchLanguage:
    lang = search_language(code)
    if lang is None:
        known = ", ".join(v.value for v in SearchLanguage)
        raise rule_broken("unknown_language", f"{code!r} is not a language the library stems (one of {known})")
    return lang


Sdg = Annotated[int, Field(ge=1, le=17), AfterValidator(_sdg)]
# ISO 639-1 or 639-3 (`es`, `spa`); the library stems en, es, pt, fr, de and it, any other is searched as written.
Language = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, max_length=3, pattern=r"^[a-zA-Z]{2,3}$")]
# The language a search stems its words in: one the library stems, else a 422 naming the rule.
QueryLanguage = Annotated[
    str,
    StringConstraints(max_length=3),
    AfterValidator(_query_language),
    WithJsonSchema({"type": "string", "enum": [v.value for v in SearchLanguage]}),
]
CountryCode = Annotated[str, StringConstraints(to_upper=True, max_length=2, pattern=r"^[A-Za-z]{2}$"), AfterValidator(_country)]
Currency = Annotated[str, StringConstraints(to_upper=True, max_length=3, pattern=r"^[A-Za-z]{3}$")]
RegionCode = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, max_length=12, pattern=r"^[A-Z0-9\-]{2,12}$")]
ShortText = Text(3, 300)
LongText = Annotated[str, Field(max_length=50_000)]


def _filed_under(facet: Facet, kind: type) -> BeforeValidator:
    """The values of one facet among a practice's or resource's tag rows, sorted (SDGs as numbers)."""

    def values(tags: Any) -> Any:
        if isinstance(tags, list) and all(hasattr(t, "facet") for t in tags):
            return sorted(kind(t.value) for t in tags if t.facet == facet.value)
        return tags

    return BeforeValidator(values)


# Read from the `tags` rows of a practice or resource, one facet each.
Themes = Annotated[list[str], Field(validation_alias="tags"), _filed_under(Facet.theme, str)]
Sdgs = Annotated[list[int], Field(validation_alias="tags"), _filed_under(Facet.sdg, int)]
Sectors = Annotated[list[str], Field(validation_alias="tags"), _filed_under(Facet.sector, str)]


class Location(StrictInput):
    """A city or region where the practice took place."""

    name: Text(1, 200)
    city_id: Text(1, 40) | None = Field(None, description="The IUC city id, when the place is a registered city.")
    country_code: CountryCode | None = Field(None, description="ISO 3166-1 alpha-2, e.g. ES, CO.")
    region_code: RegionCode | None = Field(
        None, description="NUTS 2024 (EU) or ISO 3166-2 (Latin America and the Caribbean) code."
    )


class LocationRead(ReadModel):
    name: str
    city_id: str | None
    country_code: str | None
    region_code: str | None
    world_region: str | None


# --- practices -----------------------------------------------------------------------------


class PracticeCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "Superblocks in a dense centre",
                    "summary": "Closing inner streets to through traffic.",
                    "themes": ["mobility"],
                    "sdgs": [11],
                    "year": 2024,
                }
            ]
        }
    )

    kind: PracticeKind = PracticeKind.good_practice
    title: ShortText
    language: Language | None = Field(
        "en",
        description="The language of its texts (ISO 639-1 or 639-3), which search stems them in: en, es, pt, fr, de and it "
        "are stemmed, any other (or null, unknown) is searched word for word. Defaults to en.",
    )
    summary: LongText = ""
    challenge: LongText = ""
    objectives: LongText = ""
    solution: LongText = ""
    results: LongText = ""
    transferability: LongText = ""
    lessons_learnt: LongText = ""
    themes: list[Label] = Field(default_factory=list, max_length=20)
    sdgs: list[Sdg] = Field(default_factory=list, max_length=17)
    sectors: list[Label] = Field(default_factory=list, max_length=20)
    locations: list[Location] = Field(default_factory=list, max_length=20)
    year: int | None = Field(None, ge=1990, le=2100, description="The year of the results; defaults to this year.")
    period_start: date | None = None
    period_end: date | None = None
    budget_amount: float | None = Field(None, ge=0)
    budget_currency: Currency | None = None
    action_id: str | None = Field(None, max_length=40, description="The action (action-plans service) it comes from.")
    pairing_id: str | None = Field(None, max_length=40, description="The pairing (pairing service) it comes from.")


class PracticeUpdate(StrictInput):
    """Fields to change; absent fields stay as they are."""

    title: NotNull(ShortText) = None
    language: Language | None = Field(None, description="The language of its texts (ISO 639-1 or 639-3); null: unknown.")
    summary: NotNull(LongText) = None
    challenge: NotNull(LongText) = None
    objectives: NotNull(LongText) = None
    solution: NotNull(LongText) = None
    results: NotNull(LongText) = None
    transferability: NotNull(LongText) = None
    lessons_learnt: NotNull(LongText) = None
    themes: NotNull(Annotated[list[Label], Field(max_length=20)]) = None
    sdgs: NotNull(Annotated[list[Sdg], Field(max_length=17)]) = None
    sectors: NotNull(Annotated[list[Label], Field(max_length=20)]) = None
    locations: NotNull(Annotated[list[Location], Field(max_length=20)]) = None
    year: int | None = Field(None, ge=1990, le=2100)
    period_start: date | None = None
    period_end: date | None = None
    budget_amount: float | None = Field(None, ge=0)
    budget_currency: Currency | None = None


class Provenance(ReadModel):
    """Who or what created the practice, and from which event."""

    origin: Origin
    created_by: str = Field(description="The API key id, or the consumer that harvested it.")
    created_by_role: str
    event_id: str | None = None
    event_type: str | None = None
    event_source: str | None = None
    harvested_from: str | None = Field(
        None, description="The source the draft was harvested from, e.g. action_plans/action/<id>."
    )
    harvest_notes: list[str] = []


class TransitionRead(ReadModel):
    from_state: str | None
    to_state: str
    actor: str
    actor_role: str
    reason: str | None
    at: datetime


def _invited_city_ids(rows: Any) -> Any:
    """The city ids of a practice's pending invitation rows."""
    if isinstance(rows, list) and all(hasattr(r, "city_id") for r in rows):
        return [r.city_id for r in rows]
    return rows


class PublicPracticeRead(ReadModel):
    """A practice's content: all the showcase shows of a published one (no workflow, no authors)."""

    id: str
    kind: PracticeKind
    title: str
    language: str | None = Field(description="The language of its texts (ISO 639-1 or 639-3), which search stems them in.")
    summary: str
    challenge: str
    objectives: str
    solution: str
    results: str
    transferability: str
    lessons_learnt: str
    themes: Themes
    sdgs: Sdgs
    sectors: Sectors
    locations: list[LocationRead]
    year: int | None
    period_start: date | None
    period_end: date | None
    budget_amount: float | None
    budget_currency: str | None
    published_at: datetime | None


class PracticeRead(PublicPracticeRead):
    """A practice with its workflow, as the API shows it to those who may read it."""

    state: State
    invited_city_ids: Annotated[
        list[str],
        Field(
            validation_alias="pending_invitations",
            description="Cities invited to the locations that have not answered yet: named only once they accept.",
        ),
        BeforeValidator(_invited_city_ids),
    ] = []
    action_id: str | None
    plan_id: str | None
    pairing_id: str | None
    call_id: str | None
    provenance: Provenance
    history: list[TransitionRead]
    submitted_at: datetime | None
    published_by: str | None
    archived_at: datetime | None
    version: int
    created_at: datetime
    updated_at: datetime


class PracticePage(ReadModel):
    items: list[PracticeRead]
    next_page_token: str | None = None


class Reason(StrictInput):
    reason: Text(3, 2000)


class OptionalReason(StrictInput):
    reason: Text(0, 2000) | None = None


# --- search --------------------------------------------------------------------------------


def _of_hit(name: str) -> Any:
    return Field(validation_alias=AliasPath("practice", name))


# Read from a search.Hit: the practice found, its relevance and snippet.
class SearchHit(ReadModel):
    id: str = _of_hit("id")
    kind: PracticeKind = _of_hit("kind")
    state: State = _of_hit("state")
    title: str = _of_hit("title")
    language: str | None = _of_hit("language")
    summary: str = _of_hit("summary")
    themes: Themes = _of_hit("tags")
    sdgs: Sdgs = _of_hit("tags")
    sectors: Sectors = _of_hit("tags")
    locations: list[LocationRead] = _of_hit("locations")
    year: int | None = _of_hit("year")
    published_at: datetime | None = _of_hit("published_at")
    score: float = Field(description="Relevance, higher is better (0 without a query).")
    snippet: str | None = Field(None, description="Where the words matched, the words marked with <mark>...</mark>.")


class FacetCount(ReadModel):
    value: str | int
    count: int


class SearchResult(ReadModel):
    items: list[SearchHit]
    next_page_token: str | None = None
    total: int = Field(description="Practices matching the query and filters.")
    facets: dict[str, list[FacetCount]] = Field(description="Counts per theme, sdg, region, sector and year for this query.")


# --- reference and stats ---------------------------------------------------------------------


class SdgRead(ReadModel):
    goal: int
    short: dict[str, str]
    title: dict[str, str]


class KnowledgeStats(ReadModel):
    practices_by_state: dict[str, int]
    practices_by_kind: dict[str, int]
    harvested_drafts: int = Field(description="Drafts harvested from events that no editor has submitted yet.")
    published_by_theme: dict[str, int]
    published_by_sdg: dict[str, int]
    published_by_region: dict[str, int]
    published_by_year: dict[str, int]
    resources_by_kind: dict[str, int]


# --- the query of a search (GET /v1/knowledge/search and the showcase's) ------------------------

Labels = Annotated[list[str] | None, Query(max_length=20)]


def search_arguments(
    q: Annotated[str | None, Query(max_length=500, description='Words, "phrases", -excluded, a OR b.')] = None,
    theme: Labels = None,
    sdg: Annotated[list[int] | None, Query(max_length=17)] = None,
    region: Labels = None,
    sector: Labels = None,
    country: Labels = None,
    year: Annotated[list[int] | None, Query(max_length=50)] = None,
    kind: PracticeKind | None = None,
    lang: Annotated[
        QueryLanguage | None,
        Query(description="The language the query's words are stemmed in (ISO 639-1); absent: each practice's own."),
    ] = None,
) -> dict[str, Any]:
    """The query and filters of a search, as service.search_knowledge takes them (the showcase's search too)."""
    return {
        "q": q,
        "lang": lang,
        "themes": theme or [],
        "sdgs": sdg or [],
        "regions": region or [],
        "sectors": sector or [],
        "countries": country or [],
        "years": year or [],
        "kind": kind,
    }


SearchArguments = Annotated[dict[str, Any], Depends(search_arguments)]
SEARCH_HELP = """Each practice is indexed in its own `language`: English, Spanish, Portuguese, French, German and
Italian texts are stemmed (`barrio sostenible` finds `barrios sostenibles`), any other language is
matched word for word. Without `lang`, the query's words are stemmed for each practice in that
practice's language. With `lang` (`en`, `es`, `pt`, `fr`, `de`, `it`) they are stemmed in that
language for every practice: `cycled` with `lang=es` does not find `cycling`. Any other `lang`
answers 422 naming the rule `unknown_language`."""
