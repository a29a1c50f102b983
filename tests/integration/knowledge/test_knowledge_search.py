"""Full-text search with facets on a real database: the same answers on SQLite (FTS5) and PostgreSQL."""

from __future__ import annotations

from tests.integration.knowledge.knowledgesupport import knowledge_app, practice_body, publish
from tests.support.service_app import caller


async def _library(admin) -> dict[str, str]:
    """Four published practices to find, four others, and one draft; their ids by a short name."""
    ids = {}
    for n, (title, theme) in enumerate([("Participatory budgeting", "governance"), ("Energy cooperatives", "energy")] * 2):
        await publish(
            admin, practice_body(f"{title} {n}", solution="Residents decide together.", themes=[theme], sdgs=[16], year=2023)
        )
    ids["heat"] = (
        await publish(
            admin,
            practice_body(
                "Street trees against urban heat",
                solution="Shaded corridors with street trees and fountains cool the neighbourhood by three degrees.",
                themes=["climate", "nature_based_solutions"],
                sdgs=[11, 13],
                sectors=["public_space"],
                year=2025,
            ),
        )
    )["id"]
    ids["bikes"] = (await publish(admin, practice_body("Sevilla's bike network", sdgs=[3, 11], year=2026)))["id"]
    ids["cable"] = (
        await publish(
            admin,
            practice_body(
                "Cable cars for hillside neighbourhoods",
                city_id="city-med",
                country="CO",
                solution="Cable cars link informal settlements to the metro; street trees line the stations.",
                themes=["mobility", "inclusion"],
                sdgs=[10, 11],
                year=2026,
            ),
        )
    )["id"]
    ids["waste"] = (
        await publish(
            admin,
            practice_body(
                "Municipal composting",
                solution="Households separate organic waste; the compost feeds urban farms.",
                themes=["circular_economy"],
                sdgs=[12],
                sectors=["waste"],
                year=2024,
            ),
        )
    )["id"]
    draft = await admin.post(
        "/v1/knowledge/practices", json=practice_body("Unpublished trees", solution="street trees everywhere")
    )
    ids["draft"] = draft.json()["id"]
    return ids


async def test_search_ranks_by_relevance_counts_facets_and_never_shows_drafts(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin, caller(app, "partner") as partner:
        ids = await _library(admin)

        r = await partner.get("/v1/knowledge/search", params={"q": "street trees"})
        assert r.status_code == 200, r.text
        found = r.json()
        # The heat corridors name street trees in their title and their solution, the cable cars
        # only in passing; the draft is not in the library.
        assert [h["id"] for h in found["items"]] == [ids["heat"], ids["cable"]]
        assert found["total"] == 2
        assert found["items"][0]["score"] > found["items"][1]["score"] > 0
        assert "<mark>" in found["items"][0]["snippet"] and "trees" in found["items"][0]["snippet"].lower()
        facets = {f: {c["value"]: c["count"] for c in v} for f, v in found["facets"].items()}
        assert facets["sdg"] == {11: 2, 13: 1, 10: 1}
        assert facets["theme"] == {"climate": 1, "nature_based_solutions": 1, "mobility": 1, "inclusion": 1}
        assert facets["region"] == {"eu": 1, "latin_america_caribbean": 1}
        assert facets["year"] == {2025: 1, 2026: 1}
        assert facets["sector"] == {"public_space": 1, "transport": 1}

        # A word of the title counts more than one of the body.
        r = await partner.get("/v1/knowledge/search", params={"q": "cable metro"})
        assert [h["id"] for h in r.json()["items"]] == [ids["cable"]]
        r = await partner.get("/v1/knowledge/search", params={"q": "neighbourhoods OR neighbourhood"})
        assert [h["id"] for h in r.json()["items"]] == [ids["cable"], ids["heat"]]
        # Stemming: "composted" finds "composting".
        r = await partner.get("/v1/knowledge/search", params={"q": "composted"})
        assert [h["id"] for h in r.json()["items"]] == [ids["waste"]]


async def test_filters_phrases_exclusions_and_pages(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin:
        ids = await _library(admin)

        async def search(**params) -> list[str]:
            r = await admin.get("/v1/knowledge/search", params=params)
            assert r.status_code == 200, r.text
            return [h["id"] for h in r.json()["items"]]

        assert await search(q="trees", region="latin_america_caribbean") == [ids["cable"]]
        assert await search(q="trees", sdg=13) == [ids["heat"]]
        assert sorted(await search(sdg=11)) == sorted([ids["heat"], ids["bikes"], ids["cable"]])
        assert sorted(await search(theme=["circular_economy", "inclusion"])) == sorted([ids["waste"], ids["cable"]])
        assert await search(year=2024) == [ids["waste"]]
        assert await search(sector="waste", country="ES") == [ids["waste"]]
        assert await search(q='"street trees" -cable') == [ids["heat"]]
        assert sorted(await search(q="compost OR cable")) == sorted([ids["waste"], ids["cable"]])
        assert await search(q="nothing-like-this-anywhere") == []
        # Syntax that would break a naive FTS5 MATCH is only words here.
        assert await search(q='trees" ( * ^ : {') == await search(q="trees")
        r = await admin.get("/v1/knowledge/search", params={"q": '" - "'})
        assert r.status_code == 422

        seen, token = [], None
        while True:
            params = {"q": "city OR street OR waste OR bike", "page_size": 1} | ({"page_token": token} if token else {})
            page = (await admin.get("/v1/knowledge/search", params=params)).json()
            seen += [h["id"] for h in page["items"]]
            token = page["next_page_token"]
            if not token:
                break
        everything = await search(q="city OR street OR waste OR bike", page_size=50)
        assert seen == everything and len(seen) == len(set(seen)) == page["total"] >= 3
