"""Optimistic concurrency: a version column, ETag on reads, If-Match on writes (stale -> 412)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Header, Request, Response
from sqlalchemy import Integer, Table, Update, bindparam, inspect, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import (
    InstanceState,
    Mapped,
    Mapper,
    Session,
    declared_attr,
    make_transient,
    make_transient_to_detached,
    mapped_column,
)
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from shared.problems import Problem


def etag(version: int) -> str:
    """The strong ETag of a resource version."""
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    """Put the ETag on a response."""
    response.headers["ETag"] = etag(version)


def if_match_failure(if_match: str | None, current_version: int | None) -> Problem | None:
    """The 412 a write with this If-Match earns, or None if it may go ahead.

    No header, or `*`, always may; `current_version` None means the resource does not exist,
    which no ETag matches (an item of a bulk write uses this for its own `if_match`).
    """
    if if_match is None or if_match.strip() == "*":
        return None
    wanted = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
    current = etag(current_version) if current_version is not None else None
    if current in wanted:
        return None
    if current is None:
        return Problem(412, "Nothing exists here yet to match If-Match.", current_etag=None)
    return Problem(
        412,
        f"The resource has changed: its current ETag is {current}. Read it again and retry.",
        current_etag=current,
    )


def check_if_match(if_match: str | Request | None, current_version: int) -> None:
    """Answer 412 if the caller's If-Match (the header's value, or the request carrying it)
    names another version than the stored one."""
    if isinstance(if_match, Request):
        if_match = if_match.headers.get("if-match")
    problem = if_match_failure(if_match, current_version)
    if problem is not None:
        raise problem


# A write's If-Match header, declared so the OpenAPI document shows it; routes hand its
# value to the service layer, which checks it against the row it has locked.
IfMatch = Annotated[
    str | None,
    Header(alias="If-Match", description="The ETag of the version this write is based on; a stale one answers 412."),
]


class Versioned:
    """A `version` column the database checks: SQLAlchemy's `version_id_col`.

    Every UPDATE of the row carries `WHERE version = :old` and sets `version = :old + 1`, so
    a write based on a stale read fails in the database (StaleDataError, answered 412 by the
    problem handlers) even when it slipped past `check_if_match`. The version moves when
    the row itself changes; a change only to child rows calls `touch(obj)` to move it too.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


def touch(obj: Versioned) -> None:
    """Count a change to `obj` (its child rows, say) as a new version at the next flush."""
    # Flagging the version column itself confuses the versioned UPDATE; flagging another
    # column of the row makes the flush write the row, and so check and move its version.
    state = inspect(obj)
    mapper = state.mapper
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if column is not mapper.version_id_col and not column.primary_key and prop.key in state.dict:
            flag_modified(obj, prop.key)
            return


async def flush_versioned(session: AsyncSession, obj: Versioned) -> None:
    """Flush a change to a versioned row, the version moving as `version_id_col` moves it.

    When the row's own columns are all there is to flush (the common write: a few fields of
    one row), this is the UPDATE the flush would send, `... WHERE id = :id AND version = :old`
    setting the next version (no row matched: StaleDataError, answered 412), without the unit
    of work around it, which cost about a third of such a write. Anything more (child rows,
    other objects, a row not yet stored) goes through `session.flush()`.
    """
    sync = session.sync_session
    state = inspect(obj)
    plan = _plan_of(state.mapper)
    changes = _column_changes(state, plan) if plan is not None and _alone_in_flush(sync, state) else None
    if not changes:
        await session.flush()
        return
    old = state.dict[plan.version_key]
    new = state.mapper.version_id_generator(old)
    values = changes | {
        key: default.arg(None) if default.is_callable else default.arg for key, default in plan.onupdate if key not in changes
    }
    params = {f"v_{k}": v for k, v in values.items()} | {f"pk_{c}": state.dict[k] for c, k in plan.pk}
    with session.no_autoflush:
        result = await session.execute(
            _versioned_update(plan, frozenset(values)), params | {"version_old": old, "version_new": new}
        )
    if result.rowcount != 1:
        raise StaleDataError(
            f"UPDATE statement on table '{plan.table.name}' expected to update 1 row(s); {result.rowcount} were matched."
        )
    for column_key, value in values.items():
        state.dict[plan.attr_of[column_key]] = value
    state.dict[plan.version_key] = new
    # Stored as it now is: the documented way to make a persistent state without SQL (the
    # flush would do the same to its objects afterwards).
    make_transient(obj)
    make_transient_to_detached(obj)
    sync.add(obj)


@dataclass(frozen=True)
class _Plan:
    """What `flush_versioned` needs to know of a mapped class, worked out once."""

    table: Table
    version_key: str  # the version's attribute
    version_column: str
    all_keys: frozenset[str]
    pk: tuple[tuple[str, str], ...]  # (column key, attribute key)
    attr_of: dict[str, str]  # column key -> attribute key, of the columns an UPDATE may set
    column_of: dict[str, str]  # attribute key -> column key, the same columns
    watched: frozenset[str]  # every attribute but the writable columns: a change to one needs the flush
    onupdate: tuple[tuple[str, Any], ...]  # (column key, its onupdate default)
    updates: dict[frozenset[str], Update] = field(default_factory=dict)  # by the set of columns set


_PLANS: dict[Mapper, _Plan | None] = {}
_UPDATES_PER_TABLE = 256


def _plan_of(mapper: Mapper) -> _Plan | None:
    if mapper in _PLANS:
        return _PLANS[mapper]
    table, version = mapper.local_table, mapper.version_id_col
    plan = None
    if version is not None and mapper.version_id_generator is not False and mapper.inherits is None:
        writable = {
            prop.key: prop.columns[0].key
            for prop in mapper.column_attrs
            if len(prop.columns) == 1
            and prop.columns[0].table is table
            and prop.columns[0] is not version
            and not prop.columns[0].primary_key
        }
        onupdate = [(c.key, c.onupdate) for c in table.columns if c.onupdate is not None]
        sql_onupdate = any(c.server_onupdate is not None for c in table.columns) or any(
            not (d.is_scalar or d.is_callable) for _, d in onupdate
        )
        if not sql_onupdate and all(key in writable.values() for key, _ in onupdate):
            plan = _Plan(
                table=table,
                version_key=mapper.get_property_by_column(version).key,
                version_column=version.key,
                all_keys=frozenset(mapper.attrs.keys()),
                pk=tuple((c.key, mapper.get_property_by_column(c).key) for c in mapper.primary_key),
                attr_of={c: a for a, c in writable.items()},
                column_of=writable,
                watched=frozenset(mapper.attrs.keys()) - writable.keys(),
                onupdate=tuple(onupdate),
            )
    _PLANS[mapper] = plan
    return plan


def _alone_in_flush(sync: Session, state: InstanceState) -> bool:
    """The object is the only thing the session would flush, in a plain transaction."""
    mapper = state.mapper
    if not state.persistent or sync.new or sync.deleted or sync.in_nested_transaction():
        return False  # (a savepoint's rollback expires what its flushes wrote: let the flush do it)
    if sync.dispatch.before_flush or sync.dispatch.after_flush or mapper.dispatch.before_update or mapper.dispatch.after_update:
        return False
    if not sync.get_bind(mapper).dialect.supports_sane_rowcount:
        return False
    dirty = sync.dirty
    return len(dirty) == 1 and state.obj() in dirty


def _column_changes(state: InstanceState, plan: _Plan) -> dict[str, Any] | None:
    """Column key -> new value, as the flush would write them; None if anything else changed."""
    modified = plan.all_keys - state.unmodified
    if not modified.isdisjoint(plan.watched):
        return None  # a relationship, the key or the version
    changes: dict[str, Any] = {}
    for key in modified:
        if state.attrs[key].history.added:  # set to another value, or flagged (touch)
            changes[plan.column_of[key]] = state.dict[key]
    return changes


def _versioned_update(plan: _Plan, keys: frozenset[str]) -> Update:
    stmt = plan.updates.get(keys)
    if stmt is None:
        if len(plan.updates) >= _UPDATES_PER_TABLE:
            plan.updates.clear()
        table, version = plan.table, plan.table.c[plan.version_column]
        stmt = plan.updates[keys] = (
            update(table)
            .where(*(table.c[c] == bindparam(f"pk_{c}") for c, _ in plan.pk), version == bindparam("version_old"))
            .values({table.c[k]: bindparam(f"v_{k}") for k in keys} | {version: bindparam("version_new")})
        )
    return stmt
