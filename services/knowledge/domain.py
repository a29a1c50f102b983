"""The rules of the good-practice library: plain Python, no web framework, no database."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import snowballstemmer

from shared.reference import country


class PracticeKind(StrEnum):
    """A good practice (URBACT, Interreg Europe, Climate-ADAPT style) or the lessons a pairing learnt."""

    good_practice = "good_practice"
    lessons_learnt = "lessons_learnt"


class State(StrEnum):
    """Where a practice stands in the editorial workflow."""

    draft = "draft"
    pending = "pending"
    published = "published"
    archived = "archived"


class Verb(StrEnum):
    """What can be done to a practice."""

    submit = "submit"
    send_back = "send_back"
    publish = "publish"
    archive = "archive"


TRANSITIONS: dict[tuple[State, Verb], State] = {
    (State.draft, Verb.submit): State.pending,
    (State.pending, Verb.send_back): State.draft,
    (State.pending, Verb.publish): State.published,
    (State.published, Verb.archive): State.archived,
}

# The editorial decisions belong to the coordination unit.
ADMIN_ONLY = frozenset({Verb.send_back, Verb.publish, Verb.archive})

# States every holder of knowledge:read sees; the others only the authors and admins.
PUBLIC_STATES = frozenset({State.published, State.archived})

# States in which the authors may still change the text.
EDITABLE = frozenset({State.draft})


class Origin(StrEnum):
    """How a practice came in: typed in through the API, or harvested from an event."""

    api = "api"
    event = "event"


@dataclass(frozen=True)
class Provenance:
    """Who or what created a practice (a key through the API, or the harvester), and from which event."""

    origin: Origin
    created_by: str
    created_by_role: str
    event_id: str | None = None
    event_type: str | None = None
    event_source: str | None = None
    harvested_from: str | None = None  # the harvested source, e.g. action_plans/action/<id>
    harvest_notes: tuple[str, ...] = ()


class ResourceKind(StrEnum):
    """What a library resource is."""

    document = "document"
    link = "link"
    training_material = "training_material"


class Facet(StrEnum):
    """The tag families a practice or resource is filed under (and searched by)."""

    theme = "theme"
    sdg = "sdg"
    sector = "sector"
    region = "region"  # the programme world region of a location
    country = "country"
    city = "city"  # IUC city ids: whose practice it is


# Facets the search answers with counts; year is a column, not a tag.
SEARCH_FACETS = ("theme", "sdg", "region", "sector", "year")


class TransitionNotAllowed(Exception):
    """The verb does not apply to the practice's current state."""

    def __init__(self, state: State, verb: Verb) -> None:
        allowed = sorted(v.value for (s, v) in TRANSITIONS if s == state)
        super().__init__(
            f"A practice that is {state.value} does not allow '{verb.value}'"
            + (f"; possible now: {', '.join(allowed)}." if allowed else "; its state is final.")
        )
        self.state = state
        self.verb = verb


def next_state(state: State, verb: Verb) -> State:
    """The state after `verb`, or TransitionNotAllowed."""
    try:
        return TRANSITIONS[(state, verb)]
    except KeyError:
        raise TransitionNotAllowed(state, verb) from None


# --- completeness ------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """One broken rule, named so a caller can act on it."""

    rule: str
    detail: str
    pointer: str | None = None


@dataclass(frozen=True)
class PracticeText:
    """A practice as the review rules see it."""

    kind: PracticeKind
    title: str
    summary: str
    challenge: str
    solution: str
    results: str
    lessons_learnt: str
    themes: tuple[str, ...]
    locations: int


def review_violations(p: PracticeText) -> list[Violation]:
    """Every rule a practice breaks before it may go to review, not only the first."""
    out: list[Violation] = []

    def need(text: str, field: str, rule: str, what: str) -> None:
        if not text.strip():
            out.append(Violation(rule, f"The practice has no {what}.", f"/{field}"))

    need(p.summary, "summary", "summary_present", "summary")
    if p.kind == PracticeKind.good_practice:
        need(p.challenge, "challenge", "challenge_present", "challenge it answers")
        need(p.solution, "solution", "solution_present", "solution")
        need(p.results, "results", "results_present", "results")
    else:
        need(p.lessons_learnt, "lessons_learnt", "lessons_present", "lessons learnt")
    if not p.themes:
        out.append(Violation("theme_present", "The practice names no theme.", "/themes"))
    if p.locations == 0:
        out.append(Violation("location_present", "The practice names no city or region.", "/locations"))
    return out


# --- tags and places -----------------------------------------------------------------------

_SLUG_OK = re.compile(r"^[a-z0-9][a-z0-9_\-]{1,59}$")


def slug(text: str | None) -> str | None:
    """A theme or sector label as the library files it (`Circular economy` -> `circular_economy`), or None."""
    if not text:
        return None
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().strip().lower()
    out = re.sub(r"[^a-z0-9_\-]+", "_", plain).strip("_")
    return out if _SLUG_OK.match(out) else None


def world_region_of(country_code: str | None) -> str | None:
    """The programme world region of a country code, or None when it is not one."""
    if not country_code:
        return None
    c = country(country_code)
    return c.world_region.value if c else None


def country_name(country_code: str) -> str:
    """The display name of a country code (the code itself when unknown)."""
    c = country(country_code)
    return c.name if c else country_code


def known_country(country_code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code (or XK)."""
    return country(country_code) is not None


@dataclass(frozen=True)
class Place:
    """A city or region where a practice took place."""

    name: str
    city_id: str | None = None
    country_code: str | None = None
    region_code: str | None = None

    def as_dict(self) -> dict:
        """The stored and published form, with the derived world region."""
        return {
            "name": self.name,
            "city_id": self.city_id,
            "country_code": self.country_code,
            "region_code": self.region_code,
            "world_region": world_region_of(self.country_code),
        }


def tags_of(
    themes: list[str] | tuple[str, ...],
    sdgs: list[int] | tuple[int, ...],
    sectors: list[str] | tuple[str, ...],
    places: list[dict],
) -> set[tuple[str, str]]:
    """Every (facet, value) a practice is filed under."""
    out = {(Facet.theme.value, t) for t in themes}
    out |= {(Facet.sdg.value, str(s)) for s in sdgs}
    out |= {(Facet.sector.value, s) for s in sectors}
    for p in places:
        if p.get("world_region"):
            out.add((Facet.region.value, p["world_region"]))
        if p.get("country_code"):
            out.add((Facet.country.value, p["country_code"]))
        if p.get("city_id"):
            out.add((Facet.city.value, p["city_id"]))
    return out


# --- search --------------------------------------------------------------------------------

_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
# Words as FTS5's unicode61 tokenizer splits them: letters and digits, `_` a separator.
INDEX_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fts5_query(q: str, stem: Callable[[str], str] | None = None) -> str | None:
    """A user's web-search style query (words, "phrases", -exclusions, OR) as an FTS5 MATCH
    expression, with every term quoted so no input is ever FTS5 syntax; None if nothing is left.

    The same input PostgreSQL reads with websearch_to_tsquery, so both databases find the same.
    `stem` turns each word into the form the index holds (see `stemmed_text`).
    """
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for m in _TOKEN.finditer(q):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare is not None:
            if bare == "OR":
                pending_or = bool(positive)
                continue
            neg = "-" if bare.startswith("-") and len(bare) > 1 else ""
            phrase = bare.lstrip("-") if neg else bare
        words = [stem(w) for w in INDEX_WORD.findall(phrase or "")] if stem else _WORD.findall(phrase or "")
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if neg:
            negative.append(term)
        elif pending_or and positive:
            positive[-1] = f"{positive[-1]} OR {term}"
        else:
            positive.append(term)
        pending_or = False
    if not positive:
        return None
    expr = " AND ".join(f"({p})" if " OR " in p else p for p in positive)
    for n in negative:
        expr = f"{expr} NOT {n}"
    return expr


def search_words(q: str) -> bool:
    """True if the query holds at least one word to search for."""
    return fts5_query(q) is not None


def query_words(q: str) -> list[str]:
    """The words of a query that must or may match (not the -excluded ones), as typed."""
    out: list[str] = []
    for m in _TOKEN.finditer(q):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare is not None:
            if bare == "OR" or (bare.startswith("-") and len(bare) > 1):
                continue
            phrase = bare
        if not neg:
            out += INDEX_WORD.findall(phrase or "")
    return out


# --- languages -----------------------------------------------------------------------------


class SearchLanguage(StrEnum):
    """The languages the library stems (ISO 639-1), each a PostgreSQL text search configuration."""

    en = "en"
    es = "es"
    pt = "pt"
    fr = "fr"
    de = "de"
    it = "it"


# The configuration of texts in any other language, or none known: words as written, lower case.
SIMPLE = "simple"

# Practices name their language as resources do: ISO 639-1, or ISO 639-2/3 (both bibliographic
# and terminology codes). PostgreSQL's configurations and Snowball's stemmers share these names.
LANGUAGE_CONFIGS: dict[str, str] = {
    "en": "english", "eng": "english",
    "es": "spanish", "spa": "spanish",
    "pt": "portuguese", "por": "portuguese",
    "fr": "french", "fra": "french", "fre": "french",
    "de": "german", "deu": "german", "ger": "german",
    "it": "italian", "ita": "italian",
}  # fmt: skip

# Every configuration a practice may be indexed with, `simple` last.
SEARCH_CONFIGS: tuple[str, ...] = (*dict.fromkeys(LANGUAGE_CONFIGS.values()), SIMPLE)


def search_config(language: str | None) -> str:
    """The text search configuration of a language code (`es`, `spa` -> `spanish`); `simple` when unknown."""
    return LANGUAGE_CONFIGS.get((language or "").strip().lower(), SIMPLE)


def search_language(code: str) -> SearchLanguage | None:
    """The query language a caller names (`es`, exactly as listed), or None when the library does not stem it."""
    try:
        return SearchLanguage(code)
    except ValueError:
        return None


# A Snowball stemmer keeps the word it works on in itself: one per thread, since SQLite's triggers
# stem in the threads of aiosqlite while queries are stemmed in the event loop's.
_SNOWBALL = threading.local()


@lru_cache(maxsize=len(SEARCH_CONFIGS))
def stemmer(config: str) -> Callable[[str], str]:
    """How a word of a text in this configuration is indexed: lower case, then its Snowball stem."""
    if config == SIMPLE or config not in SEARCH_CONFIGS:
        return str.lower

    @lru_cache(maxsize=20_000)  # a library's vocabulary is small; stemming in pure Python is not free
    def stem(word: str) -> str:
        snowball = getattr(_SNOWBALL, config, None)
        if snowball is None:
            snowball = snowballstemmer.stemmer(config)
            setattr(_SNOWBALL, config, snowball)
        return snowball.stemWord(word.lower())

    return stem


def stemmed_text(language: str | None, text: str | None) -> str:
    """A text as the SQLite index holds it: every word stemmed in the language, one token per word,
    so phrases still match word for word."""
    stem = stemmer(search_config(language))
    return " ".join(stem(w) for w in INDEX_WORD.findall(unicodedata.normalize("NFC", text or "")))
