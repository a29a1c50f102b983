"""The version column is checked by the database: of two writes based on the same read,
exactly one is stored; the other fails (412 in a service), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm.exc import StaleDataError

from shared.concurrency import Versioned, check_if_match, etag, touch
from shared.db import ServiceBase, make_engine, make_sessionmaker, new_metadata
from shared.problems import Problem


class Base(ServiceBase):
    __abstract__ = True
    metadata = new_metadata()


class Place(Versioned, Base):
    __tablename__ = "places"
    id: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(50))


@pytest.fixture
async def sessions(database_url):
    engine = make_engine(database_url)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    sessionmaker = make_sessionmaker(engine)
    async with sessionmaker() as session, session.begin():
        session.add(Place(id="p1", name="Lyon"))
    yield sessionmaker
    await engine.dispose()


async def test_the_version_starts_at_one_and_moves_with_each_write(sessions):
    async with sessions() as session, session.begin():
        place = await session.get(Place, "p1")
        assert place.version == 1
        place.name = "Lyon Métropole"
        await session.flush()
        assert place.version == 2
        touch(place)  # a change only to what hangs off the row still makes a new version
        await session.flush()
        assert place.version == 3


async def test_two_writes_from_one_read_exactly_one_wins(sessions):
    both_read = asyncio.Barrier(2)

    async def write(name: str, if_match: str) -> str:
        async with sessions() as session:
            try:
                async with session.begin():
                    place = await session.get(Place, "p1")
                    check_if_match(if_match, place.version)  # both pass: both read version 1
                    await both_read.wait()
                    place.name = name
            except StaleDataError:
                return "stale"
            except Problem as exc:
                return f"problem {exc.status}"
            return "stored"

    outcomes = await asyncio.gather(write("A", etag(1)), write("B", etag(1)))
    async with sessions() as session:
        place = (await session.scalars(select(Place))).one()
    assert place.version == 2  # one write, not two
    # Both passed the If-Match check; the database refused the second UPDATE (WHERE version = 1).
    assert sorted(outcomes) == ["stale", "stored"]
    assert place.name == ("A" if outcomes[0] == "stored" else "B")
