"""Every list answers a page token it did not issue with 400 `invalid-page-token`, never 500:
well-formed but foreign JSON, another list's token, a truncated one, values of the wrong type."""

import base64

import orjson
import pytest

from tests.integration.applications.applicationssupport import (
    applications_app,
    assert_problem,
    draft_application,
    open_call,
    register_city,
)
from tests.support.service_app import caller

LISTS = ("/v1/cities", "/v1/calls", "/v1/applications")
NAMES = ("applications.cities", "applications.calls", "applications.applications")


def forged(*values) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(list(values))).decode().rstrip("=")


@pytest.fixture
async def tokens(database_url):
    """An admin client of the app with two of everything, and a real next_page_token of each list."""
    async with applications_app(database_url) as app, caller(app) as admin:
        cities = [await register_city(admin) for _ in range(2)]
        call = await open_call(admin)
        await open_call(admin)
        async with caller(app, "city", city_id=cities[0]["id"]) as c:
            for _ in range(2):
                await draft_application(c, call["id"], cities[0]["id"])
        real = {}
        for path in LISTS:
            body = (await admin.get(path, params={"page_size": 1})).json()
            assert body["next_page_token"], path
            real[path] = body["next_page_token"]
        yield admin, real


async def test_tokens_not_issued_by_the_list_are_400(tokens):
    admin, real = tokens
    for path, name in zip(LISTS, NAMES, strict=True):
        other = real[LISTS[(LISTS.index(path) + 1) % len(LISTS)]]
        width = len(orjson.loads(base64.urlsafe_b64decode(real[path] + "==="))) - 1
        bad = [
            "WzNd",  # [3]
            "W1tdXQ",  # [[]]
            "not-a-token",
            other,  # another list's
            real[path][: len(real[path]) // 2],  # truncated
            forged(name, *["x"] * (width + 1)),  # one value too many
            forged(name, *[3] * width),  # a number where the sort column is text
            forged(name, *[None] * width),
        ]
        for token in bad:
            body = assert_problem(await admin.get(path, params={"page_token": token}), 400)
            assert body["type"].endswith("invalid-page-token"), (path, token, body)
        assert (await admin.get(path, params={"page_token": real[path]})).status_code == 200
