"""Optimistic concurrency: a version column, ETag on reads, If-Match on writes (stale -> 412)."""

from __future__ import annotations

from fastapi import Request, Response

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


def check_if_match(request: Request, current_version: int) -> None:
    """Answer 412 if the caller's If-Match names another version than the stored one."""
    problem = if_match_failure(request.headers.get("if-match"), current_version)
    if problem is not None:
        raise problem
