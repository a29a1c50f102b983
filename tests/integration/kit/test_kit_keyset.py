"""A keyset pages a real table in its declared order, mixed directions and ties included:
every row once, none skipped, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import Column, Integer, String, Table, insert, select

from shared.db import UTCDateTime, make_engine, make_sessionmaker, new_metadata
from shared.pagination import Keyset, PageParams, asc, desc

metadata = new_metadata()
rows_table = Table(
    "ranked",
    metadata,
    Column("id", String(10), primary_key=True),
    Column("name", String(20), nullable=False),
    Column("score", Integer, nullable=False),
    Column("at", UTCDateTime, nullable=False),
)
ORDER = Keyset("test.ranked", desc(rows_table.c.score), asc(rows_table.c.name), desc(rows_table.c.at), asc(rows_table.c.id))


async def test_paging_visits_every_row_once_in_the_declared_order(database_url):
    rng = random.Random(7)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    data = [
        {
            "id": f"r{i:04d}",
            "name": rng.choice(["Ávila", "Bari", "Cali", "bari"]),
            "score": rng.randint(0, 4),  # many ties: the later keys must break them
            "at": start + timedelta(hours=rng.randint(0, 5)),
        }
        for i in range(137)
    ]
    engine = make_engine(database_url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
            await conn.execute(insert(rows_table), data)
        sessions = make_sessionmaker(engine)
        async with sessions() as session:
            expected = [r.id for r in (await session.execute(select(rows_table).order_by(*ORDER.order_by()))).all()]
            seen: list[str] = []
            page = PageParams(page_size=10)
            while True:
                rows = (await session.execute(ORDER.apply(select(rows_table), page))).all()
                answer = ORDER.page(rows, page)
                seen += [r.id for r in answer["items"]]
                if answer["next_page_token"] is None:
                    break
                page = PageParams(page_size=10, page_token=answer["next_page_token"])
        assert seen == expected
        assert len(set(seen)) == len(data)
    finally:
        await engine.dispose()
