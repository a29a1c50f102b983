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
_FTS = table("practices_fts", column("practice_id"))
_FTS_TABLE = literal_column("practices_fts")
_PG_CONFIG = literal_column("'english'::regconfig")
_PG_VECTOR = literal_column("practices.search_vector")
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


def _matches(sqlite: bool, q: str | None, *, ranked: bool) -> Any:
    """The published practices matching `q`: (id, score) when ranked, else (id, year) for the facets."""
    if q is None:
        return select(Practice.id.label("id"), literal(0.0, Float).label("score") if ranked else Practice.year)
    if sqlite:
        score = func.bm25(_FTS_TABLE, *_BM25_WEIGHTS)
        return (
            select(Practice.id.label("id"), score.label("score") if ranked else Practice.year)
            .select_from(_FTS)
            .join(Practice, Practice.id == _FTS.c.practice_id)
            .where(_FTS_TABLE.op("MATCH")(bindparam("fts_q", fts5_query(q))))
        )
    tsq = func.websearch_to_tsquery(_PG_CONFIG, bindparam("ts_q", q))
    column = (-func.ts_rank(_PG_VECTOR, tsq)).label("score") if ranked else Practice.year
    return select(Practice.id.label("id"), column).where(_PG_VECTOR.op("@@")(tsq))


async def search_practices(session: AsyncSession, q: str | None, filters: SearchFilters, page: PageParams) -> SearchPage:
    """Published practices matching `q` (web-search syntax; None: all), best first, with facets."""
    sqlite = is_sqlite(session.bind)
    if q is not None and sqlite and fts5_query(q) is None:
        return SearchPage(hits=[], more=False, total=0, facets={f: [] for f in ("theme", "sdg", "region", "sector", "year")})
    conditions = _conditions(filters)
    matches = _matches(sqlite, q, ranked=True).where(*conditions).subquery("matches")
    ranked = select(matches.c.id, matches.c.score)
    if page.after:
        s, i = page.after
        ranked = ranked.where(or_(matches.c.score > s, and_(matches.c.score == s, matches.c.id > i)))
    ranked = ranked.order_by(matches.c.score, matches.c.id).limit(page.page_size + 1)
    rows = (await session.execute(ranked)).all()
    more = len(rows) > page.page_size
    rows = rows[: page.page_size]
    ids = [r.id for r in rows]
    practices = {p.id: p for p in (await session.scalars(select(Practice).where(Practice.id.in_(ids)))).all()} if ids else {}
    snippets = await _snippets(session, sqlite, q, ids) if q is not None and ids else {}
    hits = [(practices[r.id], float(r.score), snippets.get(r.id)) for r in rows if r.id in practices]
    total, facets = await _facets(session, _matches(sqlite, q, ranked=False).where(*conditions))
    return SearchPage(hits=hits, more=more, total=total, facets=facets)


async def _snippets(session: AsyncSession, sqlite: bool, q: str, ids: list[str]) -> dict[str, str]:
    """Where the words matched, for one page only (highlighting every match would cost the most)."""
    if sqlite:
        query = (
            select(_FTS.c.practice_id, func.snippet(_FTS_TABLE, -1, "<mark>", "</mark>", " … ", 16))
            .select_from(_FTS)
            .where(_FTS_TABLE.op("MATCH")(bindparam("fts_q", fts5_query(q))), _FTS.c.practice_id.in_(ids))
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
        query = select(Practice.id, func.ts_headline(_PG_CONFIG, text, tsq, _HEADLINE_OPTIONS)).where(Practice.id.in_(ids))
    return {pid: snippet for pid, snippet in (await session.execute(query)).all()}


async def _facets(session: AsyncSession, matching: Any) -> tuple[int, dict[str, list[tuple[Any, int]]]]:
    """How many practices match, and their counts per theme, SDG, region, sector and year.

    One statement over a materialised CTE, so the full-text match runs once for all facets.
    """
    m = matching.cte("m").prefix_with("MATERIALIZED")
    tags = (
        select(PracticeTag.facet, PracticeTag.value, func.count().label("n"))
        .join(m, m.c.id == PracticeTag.practice_id)
        .where(PracticeTag.facet.in_([Facet.theme.value, Facet.sdg.value, Facet.region.value, Facet.sector.value]))
        .group_by(PracticeTag.facet, PracticeTag.value)
    )
    years = select(literal("year").label("facet"), cast(m.c.year, String).label("value"), func.count().label("n")).group_by(
        m.c.year
    )
    facets: dict[str, list[tuple[Any, int]]] = {f: [] for f in ("theme", "sdg", "region", "sector", "year")}
    total = 0
    for facet, value, n in (await session.execute(union_all(years, tags))).all():
        if facet == "year":
            total += n
            if value is None:
                continue
        facets[facet].append((int(value) if facet in ("sdg", "year") else value, n))
    for values in facets.values():
        values.sort(key=lambda vn: (-vn[1], vn[0]))
        del values[FACET_LIMIT:]
    return total, facets
