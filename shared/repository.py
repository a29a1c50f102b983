"""What every service's repository shares: fetching one row or answering 404."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.problems import Problem

M = TypeVar("M")


class NotFound(Problem):
    """The one "no such resource" of every service: 404 problem+json."""

    def __init__(self, what: str, key: Any) -> None:
        super().__init__(404, f"No {what} {key}.")


async def get_or_404(
    session: AsyncSession,
    model: type[M],
    key: Any,
    *,
    what: str | None = None,
    options: Sequence[Any] = (),
    for_update: bool = False,
) -> M:
    """The row of `model` with primary key `key`, or NotFound (404) naming `what` it is.

    `for_update` locks the row (PostgreSQL) for a read-check-write such as an If-Match write.
    """
    if for_update:
        query = _locking_read(model, options)
        row = (await session.scalars(query, {"pk": key})).unique().one_or_none()
    else:
        row = await session.get(model, key, options=list(options))
    if row is None:
        raise NotFound(what or _words(model.__name__), key)
    return row


# The locking reads, built once per model and options: building the statement (and the key of
# the compiled cache) again for every write cost more than running it. Options are known by
# identity, so give them as a module-level constant; the entry keeps them alive, so an id is
# never reused while it is cached.
_LOCKING_READS: dict[tuple, tuple[Select, Sequence[Any]]] = {}
_LOCKING_READS_MAX = 256


def _locking_read(model: type, options: Sequence[Any]) -> Select:
    key = (model, *map(id, options))
    cached = _LOCKING_READS.get(key)
    if cached is not None:
        return cached[0]
    pk = model.__mapper__.primary_key[0]  # type: ignore[attr-defined]
    # OF <table>: PostgreSQL refuses FOR UPDATE on the nullable side of an outer join, so
    # joined children (joinedload) can come in the same query while only the row is locked.
    query = select(model).where(pk == bindparam("pk")).options(*options).with_for_update(of=model)
    if len(_LOCKING_READS) >= _LOCKING_READS_MAX:  # options made anew on every call: do not grow
        _LOCKING_READS.clear()
    _LOCKING_READS[key] = (query, tuple(options))
    return query


def _words(name: str) -> str:
    """`CityImport` -> `city import`."""
    return "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()


async def count_by(session: AsyncSession, column: Any) -> dict[str, int]:
    """How many rows hold each value of `column` (a dashboard's tally; NULL counts as "none")."""
    rows = await session.execute(select(column, func.count()).group_by(column))
    return {("none" if key is None else str(key)): n for key, n in rows.all()}
