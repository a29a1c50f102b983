"""Cursor tokens, the page parameters, and building a page."""

from __future__ import annotations

import base64

import httpx
import pytest
from fastapi import FastAPI

from shared.pagination import PageParams, PageQuery, decode_cursor, encode_cursor, make_page
from shared.problems import Problem, install_problem_handlers


@pytest.mark.parametrize("values", [["2025-01-02T03:04:05Z", "0193-abc"], [1, None, True], [], ["é ü / + ="]])
def test_cursor_round_trip(values):
    token = encode_cursor(values)
    assert "=" not in token and "+" not in token and "/" not in token  # safe in a query string
    assert decode_cursor(token) == values


@pytest.mark.parametrize(
    "token",
    [
        "not a token!",
        base64.urlsafe_b64encode(b"not json").decode(),
        base64.urlsafe_b64encode(b'{"a": 1}').decode(),  # JSON, but not a key list
        base64.urlsafe_b64encode(b'"text"').decode(),
        "ünïcode",
        "abc",  # bad base64 length
    ],
)
def test_a_token_we_did_not_issue_is_a_400(token):
    with pytest.raises(Problem) as info:
        decode_cursor(token)
    assert info.value.status == 400


def test_make_page_with_more_rows_than_the_page():
    rows = [{"id": i, "name": f"n{i}"} for i in range(1, 5)]  # page_size + 1 fetched
    page = make_page(rows, PageParams(page_size=3, after=None), key=lambda r: [r["id"]], to_item=lambda r: r["name"])
    assert page["items"] == ["n1", "n2", "n3"]
    assert decode_cursor(page["next_page_token"]) == [3]


@pytest.mark.parametrize("n", [0, 2, 3])
def test_make_page_on_the_last_page_has_no_token(n):
    rows = list(range(n))
    page = make_page(rows, PageParams(page_size=3, after=None), key=lambda r: [r])
    assert page == {"items": rows, "next_page_token": None}


async def test_page_query_parameters_over_http():
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/v1/things")
    async def list_things(page: PageQuery) -> dict:
        return {"page_size": page.page_size, "after": page.after}

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        assert (await c.get("/v1/things")).json() == {"page_size": 50, "after": None}
        ok = await c.get("/v1/things", params={"page_size": 2, "page_token": encode_cursor(["x", 3])})
        assert ok.json() == {"page_size": 2, "after": ["x", 3]}
        bad = await c.get("/v1/things", params={"page_token": "garbage!"})
        assert bad.status_code == 400 and bad.headers["content-type"] == "application/problem+json"
        too_big = await c.get("/v1/things", params={"page_size": 501})
        assert too_big.status_code == 422
