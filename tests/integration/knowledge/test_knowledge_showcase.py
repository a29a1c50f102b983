"""The showcase's good practices: the published library for anyone without an identity, cacheable."""

from tests.integration.knowledge.knowledgesupport import knowledge_app, practice_body, publish
from tests.support.service_app import anonymous, caller


async def test_anyone_searches_and_reads_only_published_practices(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin, anonymous(app) as public:
        shown = await publish(admin, practice_body("Barrios sostenibles en bicicleta", language="es"))
        r = await admin.post("/v1/knowledge/practices", json=practice_body("A draft about bicycles"))
        draft = r.json()
        r = await public.get("/v1/showcase/practices", params={"q": "barrio sostenible"})
        assert r.status_code == 200, r.text
        assert [h["id"] for h in r.json()["items"]] == [shown["id"]] and r.json()["total"] == 1
        assert r.headers["cache-control"].startswith("public, max-age=")
        everything = await public.get("/v1/showcase/practices")
        assert [h["id"] for h in everything.json()["items"]] == [shown["id"]]
        one = await public.get(f"/v1/showcase/practices/{shown['id']}")
        assert one.status_code == 200 and one.json()["title"] == "Barrios sostenibles en bicicleta"
        assert not {"history", "provenance", "published_by", "version", "state"} & set(one.json())
        assert (
            await public.get(f"/v1/showcase/practices/{one.json()['id']}", headers={"If-None-Match": one.headers["etag"]})
        ).status_code == 304
        assert (await public.get(f"/v1/showcase/practices/{draft['id']}")).status_code == 404
        # The workflow's own routes still need an identity
        assert (await public.get("/v1/knowledge/search")).status_code == 401


async def test_an_archived_practice_leaves_the_showcase(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin, anonymous(app) as public:
        shown = await publish(admin, practice_body("Cool roofs"))
        before = await public.get(f"/v1/showcase/practices/{shown['id']}")
        r = await admin.post(f"/v1/knowledge/practices/{shown['id']}:archive", json={"reason": "superseded"})
        assert r.status_code == 200, r.text
        assert (
            await public.get(f"/v1/showcase/practices/{shown['id']}", headers={"If-None-Match": before.headers["etag"]})
        ).status_code == 404
