"""Cursor pagination: `?page_size=&page_token=` -> `{"items": [...], "next_page_token": ...}`."""

from __future__ import annotations

import base64
from typing import Annotated, Any, Generic, TypeVar

import orjson
from fastapi import Depends, Query
from pydantic import BaseModel

from shared.problems import Problem

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


class Page(BaseModel, Generic[T]):
    """One page of a list and the token of the next, if any."""

    items: list[T]
    next_page_token: str | None = None


def encode_cursor(values: list[Any]) -> str:
    """An opaque token for the sort key of the last item on a page."""
    return base64.urlsafe_b64encode(orjson.dumps(values)).decode().rstrip("=")


def decode_cursor(token: str) -> list[Any]:
    """The sort key a token stands for; a token that is not ours answers 400."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        values = orjson.loads(raw)
    except (ValueError, orjson.JSONDecodeError) as exc:
        raise Problem(400, "page_token is not a token this API issued.") from exc
    if not isinstance(values, list):
        raise Problem(400, "page_token is not a token this API issued.")
    return values


class PageParams(BaseModel):
    """The page a caller asks for."""

    page_size: int
    after: list[Any] | None


async def _page_params(
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")] = DEFAULT_PAGE_SIZE,
    page_token: Annotated[str | None, Query(description="next_page_token of the previous page.")] = None,
) -> PageParams:
    return PageParams(page_size=page_size, after=decode_cursor(page_token) if page_token else None)


PageQuery = Annotated[PageParams, Depends(_page_params)]


def make_page(rows: list[Any], params: PageParams, key: Any, to_item: Any = None) -> dict[str, Any]:
    """Build a page from `page_size + 1` fetched rows; `key(row)` gives the sort key list."""
    more = len(rows) > params.page_size
    rows = rows[: params.page_size]
    items = [to_item(r) for r in rows] if to_item else rows
    return {"items": items, "next_page_token": encode_cursor(key(rows[-1])) if more and rows else None}
