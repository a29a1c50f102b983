"""Cursor pagination: `?page_size=&page_token=` -> `{"items": [...], "next_page_token": ...}`.

One `Keyset` per list declares its sort (columns and directions). The same declaration
orders the query, builds the WHERE clause that resumes after a token, and builds and checks
the token, so the query and the cursor cannot disagree. A token is bound to its keyset: one
taken from another list, truncated, forged or holding values of the wrong type answers 400
(`invalid-page-token`) before any SQL runs. Decision 0006 says why this is ours and not
sqlakeyset.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

import orjson
from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import Select, and_, or_
from sqlalchemy.sql.elements import ColumnElement

from shared.problems import TYPE_BASE, Problem

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
INVALID_PAGE_TOKEN = TYPE_BASE + "invalid-page-token"


class Page(BaseModel, Generic[T]):
    """One page of a list and the token of the next, if any."""

    items: list[T]
    next_page_token: str | None = None


class PageParams(BaseModel):
    """The page a caller asks for: its size and the token of the page before, still opaque."""

    page_size: int = DEFAULT_PAGE_SIZE
    page_token: str | None = None


async def _page_params(
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")] = DEFAULT_PAGE_SIZE,
    page_token: Annotated[
        str | None, Query(min_length=1, max_length=2000, description="next_page_token of the previous page.")
    ] = None,
) -> PageParams:
    return PageParams(page_size=page_size, page_token=page_token)


PageQuery = Annotated[PageParams, Depends(_page_params)]


def invalid_token(detail: str) -> Problem:
    """The 400 a page token earns when it is not one this list issued."""
    return Problem(400, f"page_token is not a token of this list: {detail}", type_=INVALID_PAGE_TOKEN, title="Invalid page token")


def _to_wire(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _python_type(column: ColumnElement) -> type:
    kind = column.type
    # A TypeDecorator (UTCDateTime) says `object`; the type it decorates knows better.
    for candidate in (getattr(kind, "impl_instance", None), kind):
        try:
            found = candidate.python_type
        except (AttributeError, NotImplementedError):
            continue
        if found is not object:
            return found
    return str


def _from_wire(value: Any, kind: type, nullable: bool) -> Any:
    """The token value as the column's Python type; ValueError if it cannot be one."""
    if value is None:
        if nullable:
            return None
        raise ValueError("a value is missing")
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif kind is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif kind is Decimal:
        if isinstance(value, str):
            return Decimal(value)
    elif kind is datetime:
        if isinstance(value, str):
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError("a timestamp has no time zone")
            return parsed
    elif kind is date:
        if isinstance(value, str):
            return date.fromisoformat(value)
    elif isinstance(value, str):
        return value
    raise ValueError(f"{value!r} is not a {kind.__name__}")


@dataclass(frozen=True)
class SortKey:
    """One column of a list's order: what to sort by, which way, and where a row keeps it."""

    column: Any  # a mapped attribute or column expression
    descending: bool = False
    # The row's attribute (or Row key) holding the value; default the column's own key.
    attr: str | None = None
    # The Python type of a token value; default the column type's.
    type: type | None = None
    nullable: bool = False

    @property
    def name(self) -> str:
        return self.attr or self.column.key

    @property
    def kind(self) -> type:
        return self.type or _python_type(self.column)


def asc(column: Any, **kw: Any) -> SortKey:
    """Sort ascending by `column`."""
    return SortKey(column, False, **kw)


def desc(column: Any, **kw: Any) -> SortKey:
    """Sort descending by `column`."""
    return SortKey(column, True, **kw)


class Keyset:
    """The declared sort of one list: orders the query, resumes it after a token, makes tokens.

    The last key must make the order total (usually the primary key).
    """

    def __init__(self, name: str, *keys: SortKey | Any) -> None:
        if not keys:
            raise ValueError("a keyset needs at least one sort key")
        self.name = name
        self.keys: tuple[SortKey, ...] = tuple(k if isinstance(k, SortKey) else SortKey(k) for k in keys)

    # --- tokens --------------------------------------------------------------------------

    def token_for(self, row: Any) -> str:
        """The opaque token that resumes the list after `row`."""
        values = [_to_wire(self.value_of(row, key)) for key in self.keys]
        return base64.urlsafe_b64encode(orjson.dumps([self.name, *values])).decode().rstrip("=")

    @staticmethod
    def value_of(row: Any, key: SortKey) -> Any:
        if isinstance(row, dict):
            return row[key.name]
        mapping = getattr(row, "_mapping", None)
        if mapping is not None and key.name in mapping:
            return mapping[key.name]
        return getattr(row, key.name)

    def decode(self, token: str) -> list[Any]:
        """The sort values a token stands for; 400 `invalid-page-token` if it is not this list's."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            decoded = orjson.loads(raw)
        except (ValueError, binascii.Error, orjson.JSONDecodeError) as exc:
            raise invalid_token("it cannot be decoded.") from exc
        if not isinstance(decoded, list) or not decoded or decoded[0] != self.name:
            raise invalid_token("it was issued by another list or not by this API.")
        values = decoded[1:]
        if len(values) != len(self.keys):
            raise invalid_token("it has the wrong number of values.")
        try:
            return [_from_wire(v, key.kind, key.nullable) for v, key in zip(values, self.keys, strict=True)]
        except (ValueError, TypeError, ArithmeticError) as exc:
            raise invalid_token(str(exc)) from exc

    # --- queries -------------------------------------------------------------------------

    def order_by(self) -> list[Any]:
        """The ORDER BY clauses of this sort."""
        return [k.column.desc() if k.descending else k.column.asc() for k in self.keys]

    def after(self, values: Sequence[Any]) -> Any:
        """WHERE the row comes after `values` in this order, spelled out for every database.

        A leading bound on the first column (>= or <=) lets an index on it narrow the scan.
        """

        def beyond(key: SortKey, value: Any) -> Any:
            return key.column < value if key.descending else key.column > value

        alternatives = []
        for i, key in enumerate(self.keys):
            equal = [self.keys[j].column == values[j] for j in range(i)]
            alternatives.append(and_(*equal, beyond(key, values[i])))
        first = self.keys[0]
        bound = first.column <= values[0] if first.descending else first.column >= values[0]
        return and_(bound, or_(*alternatives)) if len(self.keys) > 1 else alternatives[0]

    def apply(self, query: Select, page: PageParams) -> Select:
        """The query ordered by this sort, resumed after the page token, one row more than a page."""
        if page.page_token:
            query = query.where(self.after(self.decode(page.page_token)))
        return query.order_by(*self.order_by()).limit(page.page_size + 1)

    def page(self, rows: Sequence[Any], page: PageParams, to_item: Callable[[Any], Any] | None = None) -> dict[str, Any]:
        """The page answer from `page_size + 1` fetched rows."""
        more = len(rows) > page.page_size
        rows = list(rows[: page.page_size])
        items = [to_item(r) for r in rows] if to_item else rows
        return {"items": items, "next_page_token": self.token_for(rows[-1]) if more and rows else None}

    def check(self, page: PageParams) -> None:
        """Refuse a bad token before any work (for lists that page without `apply`)."""
        if page.page_token:
            self.decode(page.page_token)
