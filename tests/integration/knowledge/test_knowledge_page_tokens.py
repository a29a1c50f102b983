"""Every list of the knowledge service refuses a page token it did not issue: 400 problem+json, never 500."""

from __future__ import annotations

import base64

import orjson

from tests.integration.knowledge.knowledgesupport import knowledge_app, practice_body, publish
from tests.support.service_app import caller

PRACTICES, RESOURCES, SEARCH = "/v1/knowledge/practices", "/v1/knowledge/resources", "/v1/knowledge/search"
# The search pages a query; the practices and resources lists page everything.
QUERY = {PRACTICES: {}, RESOURCES: {}, SEARCH: {"q": "street trees"}}


def forged(*values) -> str:
    """A well-formed token holding `values`, as a caller could make one up."""
    return base64.urlsafe_b64encode(orjson.dumps(list(values))).decode().rstrip("=")


# Tokens of the right list whose values have the wrong type or number.
MISTYPED = {
    PRACTICES: [forged("knowledge.practices", 5), forged("knowledge.practices", "a", "b")],
    RESOURCES: [forged("knowledge.resources", True), forged("knowledge.resources")],
    SEARCH: [forged("knowledge.search", "best", "x"), forged("knowledge.search", 1.5, 7), forged("knowledge.search", 1.5)],
}


async def test_foreign_forged_truncated_and_mistyped_tokens_are_400_on_every_list(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin:
        for n in range(2):
            await publish(admin, practice_body(f"Street trees {n}", solution="Street trees shade the squares."))
            r = await admin.post(
                "/v1/knowledge/resources", json={"kind": "link", "title": f"Guide {n}", "url": "https://example.org/"}
            )
            assert r.status_code == 201, r.text
        issued = {}
        for path, query in QUERY.items():
            r = await admin.get(path, params=query | {"page_size": 1})
            assert r.status_code == 200, r.text
            issued[path] = r.json()["next_page_token"]
            assert issued[path]

        for path, query in QUERY.items():
            foreign = [token for other, token in issued.items() if other != path]
            own = issued[path]
            for token in ["WzNd", "W1tdXQ", "bm90IGpzb24", "%%%", own[:-3], own[:8], *foreign, *MISTYPED[path]]:
                r = await admin.get(path, params=query | {"page_token": token})
                assert r.status_code == 400, (path, token, r.text)
                assert r.headers["content-type"].startswith("application/problem+json")
                assert r.json()["type"].endswith("invalid-page-token"), r.json()

        # A token of this list from another query is still one of its tokens: it resumes after its row.
        r = await admin.get(SEARCH, params={"q": "shade", "page_token": issued[SEARCH]})
        assert r.status_code == 200, r.text
