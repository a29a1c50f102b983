"""The search queries of the knowledge service, split from repository.py along the full-text
index: PostgreSQL full-text search (tsvector, websearch_to_tsquery, ts_rank, ts_headline) on
PostgreSQL and FTS5 (bm25, snippet) on SQLite, behind one function so callers never see which.

Both rank so that a lower `score` is better (bm25 as SQLite gives it, minus ts_rank on
PostgreSQL), and pages are keyset on (score, id) (`SEARCH`); the wire shows the relevance as -score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
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

from services.knowledge.domain import SEARCH_FACETS, Facet, State, fts5_query
from services.knowledge.models import Practice, PracticeTag
from services.knowledge.repository import practice_tagged
from shared.db import is_sqlite
from shared.pagination import Keyset, PageParams, SortKey

# bm25 weights per FTS5 column: practice_id (unindexed), title, summary + solution, the rest.
_BM25_WEIGHTS = (0.0, 10.0, 4.0, 1.0)
_FTS = table("practices_fts", column("rowid"), column("practice_id"))
_FTS_TABLE = literal_column("practices_fts")
_PG_CONFIG = literal_column("'english'::regconfig")
_PG_VECTOR = literal_column("practices.search_vector")
_NO_REF = cast(literal(None), Integer).label("ref")
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


def _matches(sqlite: bool, q: str | None) -> Any:
    """The published practices matching `q`: id, score, year, and on SQLite the FTS5 rowid (for the snippets)."""
    if q is None:
        return select(Practice.id.label("id"), literal(0.0, Float).label("score"), Practice.year, _NO_REF)
    if sqlite:
        score = func.bm25(_FTS_TABLE, *_BM25_WEIGHTS)
        return (
            select(Practice.id.label("id"), score.label("score"), Practice.year, _FTS.c.rowid.label("ref"))
            .select_from(_FTS)
            .join(Practice, Practice.id == _FTS.c.practice_id)
            .where(_FTS_TABLE.op("MATCH")(bindparam("fts_q", fts5_query(q))))
        )
    tsq = func.websearch_to_tsquery(_PG_CONFIG, bindparam("ts_q", q))
    score = -func.ts_rank(_PG_VECTOR, tsq)
    return select(Practice.id.label("id"), score.label("score"), Practice.year, _NO_REF).where(_PG_VECTOR.op("@@")(tsq))


async def search_practices(session: AsyncSession, q: str | None, filters: SearchFilters, page: PageParams) -> SearchPage:
    """Published practices matching `q` (web-search syntax; None: all), best first, with facets.

    One statement answers the page's ids, the total and every facet count, over a
    materialised CTE of the matches, so the full-text match runs once; then the page's
    practices and their snippets are loaded by id.
    """
    sqlite = is_sqlite(session.bind)
    if q is not None and sqlite and fts5_query(q) is None:
        SEARCH.check(page)
        return SearchPage(items=[], next_page_token=None, total=0, facets={f: [] for f in SEARCH_FACETS})
    m = _matches(sqlite, q).where(*_conditions(filters)).cte("m").prefix_with("MATERIALIZED")
    rows, total, facets = await _page_and_facets(session, m, page)
    found = SEARCH.page(rows, page)
    rows = found["items"]
    ids = [r["id"] for r in rows]
    # A hit shows no history: its transitions are not loaded.
    query = select(Practice).where(Practice.id.in_(ids)).options(lazyload(Practice.history))
    practices = {p.id: p for p in (await session.scalars(query)).all()} if ids else {}
    snippets = await _snippets(session, sqlite, q, rows) if q is not None and ids else {}
    hits = [
        Hit(practices[r["id"]], -r["score"] if r["score"] else 0.0, snippets.get(r["id"])) for r in rows if r["id"] in practices
    ]
    return SearchPage(items=hits, next_page_token=found["next_page_token"], total=total, facets=facets)


async def _snippets(session: AsyncSession, sqlite: bool, q: str, rows: list[dict[str, Any]]) -> dict[str, str]:
    """Where the words matched, for one page only (highlighting every match would cost the most).

    On SQLite the page's rows are picked by the FTS5 rowid, which FTS5 seeks in its index;
    a condition on practice_id (an unindexed column) would read every match first.
    """
    if sqlite:
        query = (
            select(_FTS.c.practice_id, func.snippet(_FTS_TABLE, -1, "<mark>", "</mark>", " … ", 16))
            .select_from(_FTS)
            .where(_FTS_TABLE.op("MATCH")(bindparam("fts_q", fts5_query(q))), _FTS.c.rowid.in_([r["ref"] for r in rows]))
        )
    else:
        text = func.concat_ws(
            " ",
            Practice.summary,
            Practice.solution,
            Practice.challenge,
            Practice.objectives,
            Practice.results,
            Practice.transferability,
            Practice.lessons_learnt,
            Practice.place_names,
        )
        tsq = func.websearch_to_tsquery(_PG_CONFIG, bindparam("ts_q", q))
        ids = [r["id"] for r in rows]
        query = select(Practice.id, func.ts_headline(_PG_CONFIG, text, tsq, _HEADLINE_OPTIONS)).where(Practice.id.in_(ids))
    return {pid: snippet for pid, snippet in (await session.execute(query)).all()}


async def _page_and_facets(
    session: AsyncSession, m: Any, page: PageParams
) -> tuple[list[dict[str, Any]], int, dict[str, list[dict[str, Any]]]]:
    """The page's rows ({id, score, ref: the FTS5 rowid}), one more than the page size to tell
    if more follow; how many practices match; and their counts per theme, SDG, region, sector and year.

    One statement over the materialised CTE `m`, so the full-text match runs once for all.
    Its rows are (facet, value, score, n, ref): 'hit' rows carry a practice id, its score,
    its place in the order (n) and the FTS5 rowid; the others a facet value and its count.
    """
    no_score = cast(literal(None), Float)
    ranked = SEARCH.apply(select(m.c.id, m.c.score, m.c.ref), page).subquery("ranked")
    hits = select(
        literal("hit").label("facet"),
        ranked.c.id.label("value"),
        ranked.c.score.label("score"),
        func.row_number().over(order_by=SEARCH.order_by()).label("n"),
        ranked.c.ref.label("ref"),
    )
    years = select(
        literal("year").label("facet"), cast(m.c.year, String).label("value"), no_score, func.count().label("n"), _NO_REF
    ).group_by(m.c.year)
    # The tags of the matches by their primary key (practice_id first): for a selective query
    # a few hundred index seeks, where joining would read a facet's whole index.
    tags = (
        select(PracticeTag.facet, PracticeTag.value, no_score, func.count().label("n"), _NO_REF)
        .where(
            PracticeTag.practice_id.in_(select(m.c.id)),
            PracticeTag.facet.in_([Facet.theme.value, Facet.sdg.value, Facet.region.value, Facet.sector.value]),
        )
        .group_by(PracticeTag.facet, PracticeTag.value)
    )
    counts: dict[str, list[tuple[Any, int]]] = {f: [] for f in SEARCH_FACETS}
    found: list[tuple[int, str, float, int | None]] = []
    total = 0
    for facet, value, score, n, ref in (await session.execute(union_all(hits, years, tags))).all():
        if facet == "hit":
            found.append((n, value, score, ref))
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
    rows = [{"id": pid, "score": score, "ref": ref} for _n, pid, score, ref in sorted(found, key=lambda f: f[0])]
    return rows, total, facets
