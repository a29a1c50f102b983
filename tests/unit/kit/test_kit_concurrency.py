"""ETag on reads, If-Match on writes: a stale If-Match answers 412."""

from __future__ import annotations

import pytest
from fastapi import Response
from starlette.requests import Request

from shared.concurrency import check_if_match, etag, if_match_failure, set_etag
from shared.problems import Problem


def request_with(if_match: str | None) -> Request:
    headers = [(b"if-match", if_match.encode())] if if_match is not None else []
    return Request({"type": "http", "method": "PATCH", "path": "/v1/things/1", "headers": headers})


def test_etag_of_a_version():
    assert etag(3) == '"3"'
    response = Response()
    set_etag(response, 4)
    assert response.headers["etag"] == '"4"'


@pytest.mark.parametrize("header", [None, "*", ' "3" ', '"3"', '"1", "3"'])
def test_matching_missing_or_star_if_match_passes(header):
    check_if_match(request_with(header), 3)


@pytest.mark.parametrize("header", ['"2"', '"1", "2"', "3", '"33"'])
def test_stale_if_match_is_412(header):
    with pytest.raises(Problem) as info:
        check_if_match(request_with(header), 3)
    assert info.value.status == 412
    assert info.value.extra["current_etag"] == '"3"'


def test_an_if_match_on_something_that_does_not_exist_is_412_unless_star():
    problem = if_match_failure('"1"', None)
    assert problem is not None and problem.status == 412 and problem.extra["current_etag"] is None
    assert if_match_failure("*", None) is None and if_match_failure(None, None) is None
