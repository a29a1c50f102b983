"""One keyset per list: its tokens, the 400s for tokens it did not issue, the page it builds."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime

import httpx
import orjson
import pytest
from fastapi import FastAPI
from sqlalchemy import Column, Date, Integer, MetaData, String, Table, select
from sqlalchemy.dialects import sqlite

from shared.db import UTCDateTime
from shared.pagination import INVALID_PAGE_TOKEN, Keyset, PageParams, PageQuery, asc, desc
from shared.problems import Problem, install_problem_handlers

things = Table(
    "things",
    MetaData(),
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
    Column("score", Integer, nullable=False),
    Column("on", Date, nullable=False),
    Column("at", UTCDateTime, nullable=False),
)
BY_NAME = Keyset("test.things", asc(things.c.name), asc(things.c.id))
MIXED = Keyset("test.mixed", desc(things.c.score), asc(things.c.on), asc(things.c.at), asc(things.c.id))


def raw(values) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(values)).decode().rstrip("=")


def row(**kw):
    base = {"id": "t1", "name": "Évora", "score": 3, "on": date(2026, 1, 2), "at": datetime(2026, 1, 2, 3, 4, tzinfo=UTC)}
    return {**base, **kw}


def test_a_token_resumes_after_its_row_and_is_safe_in_a_query_string():
    token = MIXED.token_for(row())
    assert "=" not in token and "+" not in token and "/" not in token
    assert MIXED.decode(token) == [3, date(2026, 1, 2), datetime(2026, 1, 2, 3, 4, tzinfo=UTC), "t1"]
    assert BY_NAME.decode(BY_NAME.token_for(row())) == ["Évora", "t1"]


@pytest.mark.parametrize(
    "token",
    [
        "WzNd",  # [3]: well-formed JSON, but no list's token
        "W1tdXQ",  # [[]]
        raw(["test.mixed", 3, "2026-01-02", "2026-01-02T03:04:00+00:00", "t1"]),  # another list's
        raw(["test.things", "Évora"]),  # truncated: a value missing
        raw(["test.things", "Évora", "t1", "extra"]),
        raw(["test.things", 5, "t1"]),  # a number where the name is text
        raw(["test.things", None, "t1"]),
        raw({"a": 1}),
        "not a token!",
        "ünïcode",
        "abc",  # bad base64 length
        base64.urlsafe_b64encode(b"not json").decode(),
    ],
)
def test_a_token_this_list_did_not_issue_is_a_400(token):
    with pytest.raises(Problem) as info:
        BY_NAME.decode(token)
    assert info.value.status == 400
    assert info.value.type == INVALID_PAGE_TOKEN


@pytest.mark.parametrize(
    "values",
    [
        ["test.mixed", "3", "2026-01-02", "2026-01-02T03:04:00+00:00", "t1"],  # score as text
        ["test.mixed", True, "2026-01-02", "2026-01-02T03:04:00+00:00", "t1"],  # a bool is no integer
        ["test.mixed", 3, "yesterday", "2026-01-02T03:04:00+00:00", "t1"],
        ["test.mixed", 3, "2026-01-02", "2026-01-02T03:04:00", "t1"],  # no time zone
        ["test.mixed", 3, "2026-01-02", 12, "t1"],
    ],
)
def test_a_value_of_the_wrong_type_is_a_400(values):
    with pytest.raises(Problem) as info:
        MIXED.decode(raw(values))
    assert info.value.status == 400


def sql(query) -> str:
    return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def test_apply_orders_resumes_and_fetches_one_more():
    token = MIXED.token_for(row())
    text = sql(BY_NAME.apply(select(things), PageParams(page_size=10, page_token=BY_NAME.token_for(row()))))
    assert "ORDER BY things.name ASC, things.id ASC" in text
    assert "LIMIT 11" in text
    assert "things.name >= 'Évora'" in text  # the leading bound an index can use
    assert "things.name > 'Évora' OR things.name = 'Évora' AND things.id > 't1'" in text
    mixed = str(MIXED.apply(select(things), PageParams(page_size=10, page_token=token)).compile(dialect=sqlite.dialect()))
    assert 'ORDER BY things.score DESC, things."on" ASC, things.at ASC, things.id ASC' in mixed
    assert "things.score <= ?" in mixed and "things.score < ?" in mixed
    assert "WHERE" not in sql(MIXED.apply(select(things), PageParams(page_size=10)))


def test_page_with_more_rows_than_asked_has_a_token_of_its_last_item():
    rows = [row(id=f"t{i}", name=f"n{i}") for i in range(1, 5)]  # page_size + 1 fetched
    page = BY_NAME.page(rows, PageParams(page_size=3), to_item=lambda r: r["name"])
    assert page["items"] == ["n1", "n2", "n3"]
    assert BY_NAME.decode(page["next_page_token"]) == ["n3", "t3"]


@pytest.mark.parametrize("n", [0, 2, 3])
def test_the_last_page_has_no_token(n):
    rows = [row(id=f"t{i}") for i in range(n)]
    assert BY_NAME.page(rows, PageParams(page_size=3)) == {"items": rows, "next_page_token": None}


async def test_page_query_bounds_are_checked_by_the_route():
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/things")
    async def list_things(page: PageQuery) -> dict:
        BY_NAME.check(page)
        return {"size": page.page_size}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        assert (await client.get("/things")).json() == {"size": 50}
        assert (await client.get("/things", params={"page_size": 0})).status_code == 422
        assert (await client.get("/things", params={"page_size": 501})).status_code == 422
        r = await client.get("/things", params={"page_token": "WzNd"})
        assert r.status_code == 400 and r.json()["type"] == INVALID_PAGE_TOKEN
        assert r.headers["content-type"].startswith("application/problem+json")
