"""The search queries of the knowledge service, split from repository.py along the full-text
index: PostgreSQL full-text search (tsvector, websearch_to_tsquery, ts_rank, ts_headline) on
PostgreSQL and FTS5 (bm25, snippet) on SQLite, behind one function so callers never see which.

Both rank so that a lower `score` is better (bm25 as SQLite gives it, minus ts_rank on
PostgreSQL), and pages are keyset on (score, id); the wire shows the relevance as -score.
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
    and_,
    bindparam,
    cast,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from services.knowledge.domain import Facet, State, fts5_query
from services.knowledge.models import Practice, PracticeTag
from services.knowledge.repository import practice_tagged
from shared.db import is_sqlite
from shared.pagination import PageParams

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


@dataclass
class SearchPage:
    """One page of hits, with the total and facet counts of the whole result."""

    hits: list[tuple[Practice, float, str | None]]  # practice, score (lower is better), snippet
    more: bool
    total: int
    facets: dict[str, list[tuple[Any, int]]] = field(default_factory=dict)


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
        return SearchPage(hits=[], more=False, total=0, facets={f: [] for f in ("theme", "sdg", "region", "sector", "year")})
    m = _matches(sqlite, q).where(*_conditions(filters)).cte("m").prefix_with("MATERIALIZED")
    rows, total, facets = await _page_and_facets(session, m, page)
    more = len(rows) > page.page_size
    rows = rows[: page.page_size]
    ids = [pid for pid, _score, _ref in rows]
    practices = {p.id: p for p in (await session.scalars(select(Practice).where(Practice.id.in_(ids)))).all()} if ids else {}
    snippets = await _snippets(session, sqlite, q, rows) if q is not None and ids else {}
    hits = [(practices[pid], float(score), snippets.get(pid)) for pid, score, _ref in rows if pid in practices]
    return SearchPage(hits=hits, more=more, total=total, facets=facets)


async def _snippets(session: AsyncSession, sqlite: bool, q: str, rows: list[tuple[str, float, int | None]]) -> dict[str, str]:
    """Where the words matched, for one page only (highlighting every match would cost the most).

    On SQLite the page's rows are picked by the FTS5 rowid, which FTS5 seeks in its index;
    a condition on practice_id (an unindexed column) would read every match first.
    """
    if sqlite:
        query = (
            select(_FTS.c.practice_id, func.snippet(_FTS_TABLE, -1, "<mark>", "</mark>", " … ", 16))
            .select_from(_FTS)
            .where(_FTS_TABLE.op("MATCH")(bindparam("fts_q", fts5_query(q))), _FTS.c.rowid.in_([ref for _i, _s, ref in rows]))
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
        ids = [pid for pid, _s, _r in rows]
        query = select(Practice.id, func.ts_headline(_PG_CONFIG, text, tsq, _HEADLINE_OPTIONS)).where(Practice.id.in_(ids))
    return {pid: snippet for pid, snippet in (await session.execute(query)).all()}


async def _page_and_facets(
    session: AsyncSession, m: Any, page: PageParams
) -> tuple[list[tuple[str, float, int | None]], int, dict[str, list[tuple[Any, int]]]]:
    """The page's (id, score, FTS5 rowid), one more than the page size to tell if more follow;
    how many practices match; and their counts per theme, SDG, region, sector and year.

    One statement over the materialised CTE `m`, so the full-text match runs once for all.
    Its rows are (facet, value, score, n, ref): 'hit' rows carry a practice id, its score,
    its place in the order (n) and the FTS5 rowid; the others a facet value and its count.
    """
    no_score = cast(literal(None), Float)
    ranked = select(m.c.id, m.c.score, m.c.ref)
    if page.after:
        s, i = page.after
        ranked = ranked.where(or_(m.c.score > s, and_(m.c.score == s, m.c.id > i)))
    ranked = ranked.order_by(m.c.score, m.c.id).limit(page.page_size + 1).subquery("ranked")
    hits = select(
        literal("hit").label("facet"),
        ranked.c.id.label("value"),
        ranked.c.score.label("score"),
        func.row_number().over(order_by=(ranked.c.score, ranked.c.id)).label("n"),
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
    facets: dict[str, list[tuple[Any, int]]] = {f: [] for f in ("theme", "sdg", "region", "sector", "year")}
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
        facets[facet].append((int(value) if facet in ("sdg", "year") else value, n))
    for values in facets.values():
        values.sort(key=lambda vn: (-vn[1], vn[0]))
        del values[FACET_LIMIT:]
    return [(pid, score, ref) for _n, pid, score, ref in sorted(found, key=lambda f: f[0])], total, facets
