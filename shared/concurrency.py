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


def check_if_match(request: Request, current_version: int) -> None:
    """Answer 412 if the caller's If-Match names another version than the stored one."""
    header = request.headers.get("if-match")
    if header is None or header.strip() == "*":
        return
    wanted = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    if etag(current_version) not in wanted:
        raise Problem(
            412,
            f"The resource has changed: its current ETag is {etag(current_version)}. Read it again and retry.",
            current_etag=etag(current_version),
        )
