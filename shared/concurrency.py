"""Optimistic concurrency: a version column, ETag on reads, If-Match on writes (stale -> 412)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Header, Request, Response
from sqlalchemy import Integer, inspect
from sqlalchemy.orm import Mapped, declared_attr, mapped_column
from sqlalchemy.orm.attributes import flag_modified

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
