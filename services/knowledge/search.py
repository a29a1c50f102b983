"""The search queries of the knowledge service, split from repository.py along the full-text
index: PostgreSQL full-text search (tsvector, websearch_to_tsquery, ts_rank, ts_headline) on
PostgreSQL and FTS5 (bm25) on SQLite, behind one function so callers never see which.

Each practice is indexed in its own language (docs/decisions/0051). A query names the language
its words are stemmed in (`lang`), or is stemmed for each practice in that practice's language.

Both rank so that a lower `score` is better (bm25 as SQLite gives it, minus ts_rank on
PostgreSQL), and pages are keyset on (score, id) (`SEARCH`); the wire shows the relevance as -score.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    String,
    bindparam,
    cast,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import lazyload

from services.knowledge.domain import (
    INDEX_WORD,
    SEARCH_CONFIGS,
    SEARCH_FACETS,
    Facet,
    SearchLanguage,
    State,
    fts5_query,
    query_words,
    search_config,
    stemmer,
)
from services.knowledge.models import Practice, PracticeTag
from services.knowledge.repository import practice_tagged
from shared.db import is_sqlite
from shared.pagination import Keyset, PageParams, SortKey

# bm25 weights per FTS5 column: practice_id (unindexed), title, summary + solution, the rest,
# and the configuration the row is stemmed in (matched by every query of that language: no weight).
_BM25_WEIGHTS = (0.0, 10.0, 4.0, 1.0, 0.0)
_FTS = table("practices_fts", column("practice_id"))
_FTS_TABLE = literal_column("practices_fts")
_FTS_TEXT = "{title lead body}"
_PG_VECTOR = literal_column("practices.search_vector")
# The configuration each practice is indexed in (the function migration 0003 made).
_PG_ROW_CONFIG = func.practice_search_config(Practice.language)
# A snippet is looked for in this much of a practice's text at most (SQLite stems it in Python).
_SNIPPET_CHARS = 20_000
_SNIPPET_WORDS = 16
_HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter= … "
# Facet values answered per facet, most frequent first.
FACET_LIMIT = 50

# The order of the hits: best score first (lower is better), then id. The columns are those
# every `_matches` query labels, named and not bound to one statement, since each search
# builds its own CTE of matches; a row of a page keeps them under the same names.
SEARCH = Keyset(
    "knowledge.search",
    SortKey(column("score", Float), attr="score", type=float),
    SortKey(column("id", String), attr="id", type=str),
)


@dataclass(frozen=True)
class SearchFilters:
    """What a search is narrowed to; several values of one facet mean any of them."""

    themes: Sequence[str] = ()
    sdgs: Sequence[int] = ()
    regions: Sequence[str] = ()
    sectors: Sequence[str] = ()
    countries: Sequence[str] = ()
    years: Sequence[int] = ()
    kind: str | None = None


@dataclass(frozen=True)
class Hit:
    """A practice found: how well it matched (higher is better) and where."""

    practice: Practice
    score: float
    snippet: str | None


@dataclass
class SearchPage:
    """One page of hits, with the total and facet counts of the whole result."""

    items: list[Hit]
    next_page_token: str | None
    total: int
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # facet -> [{value, count}]


def _conditions(filters: SearchFilters) -> list[ColumnElement]:
    conds: list[ColumnElement] = [Practice.state == State.published.value]
    for facet, values in (
        (Facet.theme, filters.themes),
        (Facet.sdg, [str(s) for s in filters.sdgs]),
        (Facet.region, filters.regions),
        (Facet.sector, filters.sectors),
        (Facet.country, filters.countries),
    ):
        if values:
            conds.append(practice_tagged(facet.value, values))
    if filters.years:
        conds.append(Practice.year.in_(list(filters.years)))
    if filters.kind:
        conds.append(Practice.kind == filters.kind)
    return conds


def _pg_config(config: str) -> Any:
    # One of domain.SEARCH_CONFIGS (fixed names, never input): safe as a literal.
    return literal_column(f"'{config}'::regconfig")


def fts5_match(q: str, lang: SearchLanguage | None) -> str | None:
    """The FTS5 MATCH expression of `q`: its words stemmed in `lang` (None: for each practice in
    its own language, one branch per configuration); None if no word is left."""
    if lang is not None:
        expr = fts5_query(q, stemmer(search_config(lang)))
        return None if expr is None else f"{_FTS_TEXT} : ({expr})"
    branches = []
    for config in SEARCH_CONFIGS:
        expr = fts5_query(q, stemmer(config))
        if expr is None:
            return None
        branches.append(f'(stemming : "{config}" AND {_FTS_TEXT} : ({expr}))')
    return " OR ".join(branches)


def _matches(sqlite: bool, q: str | None, lang: SearchLanguage | None) -> Any:
    """The published practices matching `q`: id, score and year."""
    if q is None:
        return select(Practice.id.label("id"), literal(0.0, Float).label("score"), Practice.year)
    if sqlite:
        score = func.bm25(_FTS_TABLE, *_BM25_WEIGHTS)
        return (
            select(Practice.id.label("id"), score.label("score"), Practice.year)
            .select_from(_FTS)
            .join(Practice, Practice.id == _FTS.c.practice_id)
            .where(_FTS_TABLE.op("MATCH")(bindparam("fts_q", fts5_match(q, lang))))
        )
    ts_q = bindparam("ts_q", q)
    if lang is not None:
        tsq = func.websearch_to_tsquery(_pg_config(search_config(lang)), ts_q)
        found = [_PG_VECTOR.op("@@")(tsq)]
    else:
        # Stemmed for each practice in its language: the GIN index finds the practices matching the
        # query stemmed in any language, then each is checked against the query stemmed in its own.
        tsq = func.websearch_to_tsquery(_PG_ROW_CONFIG, ts_q)
        tsqs = [func.websearch_to_tsquery(_pg_config(c), ts_q) for c in SEARCH_CONFIGS]
        anyone = tsqs[0]
        for other in tsqs[1:]:
            anyone = anyone.op("||")(other)
        found = [_PG_VECTOR.op("@@")(anyone), _PG_VECTOR.op("@@")(tsq)]
    score = -func.ts_rank(_PG_VECTOR, tsq)
    return select(Practice.id.label("id"), score.label("score"), Practice.year).where(*found)


async def search_practices(
    session: AsyncSession, q: str | None, filters: SearchFilters, page: PageParams, lang: SearchLanguage | None = None
) -> SearchPage:
    """Published practices matching `q` (web-search syntax; None: all), best first, with facets;
    `lang` stems the query's words in that language, None in each practice's own.

    One statement answers the page's ids, the total and every facet count, over a
    materialised CTE of the matches, so the full-text match runs once; then the page's
    practices and their snippets are loaded by id.
    """
    sqlite = is_sqlite(session.bind)
    if q is not None and sqlite and fts5_match(q, lang) is None:
        SEARCH.check(page)
        return SearchPage(items=[], next_page_token=None, total=0, facets={f: [] for f in SEARCH_FACETS})
    m = _matches(sqlite, q, lang).where(*_conditions(filters)).cte("m").prefix_with("MATERIALIZED")
    rows, total, facets = await _page_and_facets(session, m, page)
    found = SEARCH.page(rows, page)
    rows = found["items"]
    ids = [r["id"] for r in rows]
    # A hit shows no history: its transitions are not loaded.
    query = select(Practice).where(Practice.id.in_(ids)).options(lazyload(Practice.history))
    practices = {p.id: p for p in (await session.scalars(query)).all()} if ids else {}
    snippets = {}
    if q is not None and ids:
        snippets = _highlights(q, lang, practices.values()) if sqlite else await _headlines(session, q, lang, ids)
    hits = [
        Hit(practices[r["id"]], -r["score"] if r["score"] else 0.0, snippets.get(r["id"])) for r in rows if r["id"] in practices
    ]
    return SearchPage(items=hits, next_page_token=found["next_page_token"], total=total, facets=facets)


def _text(p: Any) -> list[Any]:
    """The texts a snippet is taken from, in the order of the index's columns (the title apart)."""
    return [p.summary, p.solution, p.challenge, p.objectives, p.results, p.transferability, p.lessons_learnt, p.place_names]


async def _headlines(session: AsyncSession, q: str, lang: SearchLanguage | None, ids: list[str]) -> dict[str, str]:
    """Where the words matched, for one page only (highlighting every match would cost the most)."""
    config = _PG_ROW_CONFIG if lang is None else _pg_config(search_config(lang))
    tsq = func.websearch_to_tsquery(config, bindparam("ts_q", q))
    text = func.concat_ws(" ", *_text(Practice))
    query = select(Practice.id, func.ts_headline(config, text, tsq, _HEADLINE_OPTIONS)).where(Practice.id.in_(ids))
    return {pid: snippet for pid, snippet in (await session.execute(query)).all()}


def _highlights(q: str, lang: SearchLanguage | None, practices: Any) -> dict[str, str]:
    """The snippets of a page on SQLite, made here from the practices' own words: FTS5 holds them stemmed."""
    out = {}
    for p in practices:
        stem = stemmer(search_config(lang or p.language))
        stems = {stem(w) for w in query_words(q)}
        text = " ".join(t for t in _text(p) if t)[:_SNIPPET_CHARS]
        found = highlight(text, stems, stem) or highlight(p.title, stems, stem)
        if found:
            out[p.id] = found
    return out


def highlight(text: str, stems: set[str], stem: Callable[[str], str], *, words: int = _SNIPPET_WORDS) -> str | None:
    """The stretch of `text` (`words` words) holding the most words whose stem is one of `stems`,
    those marked with <mark>...</mark>; None when no word matches."""
    tokens = list(INDEX_WORD.finditer(text))
    hits = [i for i, t in enumerate(tokens) if stem(t.group()) in stems]
    if not hits:
        return None
    # The hit that starts the window with the most hits in it.
    best = max(range(len(hits)), key=lambda k: bisect.bisect_left(hits, hits[k] + words) - k)
    first = max(0, min(hits[best], len(tokens) - words))
    last = min(len(tokens), first + words) - 1
    marked, parts, at = set(hits), [], tokens[first].start()
    for i in range(first, last + 1):
        t = tokens[i]
        parts += [text[at : t.start()], f"<mark>{t.group()}</mark>" if i in marked else t.group()]
        at = t.end()
    return ("… " if first else "") + "".join(parts) + (" …" if last < len(tokens) - 1 else "")


async def _page_and_facets(
    session: AsyncSession, m: Any, page: PageParams
) -> tuple[list[dict[str, Any]], int, dict[str, list[dict[str, Any]]]]:
    """The page's rows ({id, score}), one more than the page size to tell
    if more follow; how many practices match; and their counts per theme, SDG, region, sector and year.

    One statement over the materialised CTE `m`, so the full-text match runs once for all.
    Its rows are (facet, value, score, n): 'hit' rows carry a practice id, its score and
    its place in the order (n); the others a facet value and its count.
    """
    no_score = cast(literal(None), Float)
    ranked = SEARCH.apply(select(m.c.id, m.c.score), page).subquery("ranked")
    hits = select(
        literal("hit").label("facet"),
        ranked.c.id.label("value"),
        ranked.c.score.label("score"),
        func.row_number().over(order_by=SEARCH.order_by()).label("n"),
    )
    years = select(
        literal("year").label("facet"), cast(m.c.year, String).label("value"), no_score, func.count().label("n")
    ).group_by(m.c.year)
    # The tags of the matches by their primary key (practice_id first): for a selective query
    # a few hundred index seeks, where joining would read a facet's whole index.
    tags = (
        select(PracticeTag.facet, PracticeTag.value, no_score, func.count().label("n"))
        .where(
            PracticeTag.practice_id.in_(select(m.c.id)),
            PracticeTag.facet.in_([Facet.theme.value, Facet.sdg.value, Facet.region.value, Facet.sector.value]),
        )
        .group_by(PracticeTag.facet, PracticeTag.value)
    )
    counts: dict[str, list[tuple[Any, int]]] = {f: [] for f in SEARCH_FACETS}
    found: list[tuple[int, str, float]] = []
    total = 0
    for facet, value, score, n in (await session.execute(union_all(hits, years, tags))).all():
        if facet == "hit":
            found.append((n, value, score))
            continue
        if facet == "year":
            total += n
            if value is None:
                continue
        counts[facet].append((int(value) if facet in ("sdg", "year") else value, n))
    facets = {}
    for facet, values in counts.items():
        values.sort(key=lambda vn: (-vn[1], vn[0]))
        facets[facet] = [{"value": v, "count": n} for v, n in values[:FACET_LIMIT]]
    rows = [{"id": pid, "score": score} for _n, pid, score in sorted(found, key=lambda f: f[0])]
    return rows, total, facets
