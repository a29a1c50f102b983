"""Bad input that used to reach the database answers 422 naming the field, through the gateway."""

from __future__ import annotations

from tests.support.journey import unique


def pointers(r) -> list[str]:
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    return [e["pointer"] for e in r.json()["errors"]]


async def test_an_empty_practice_id_of_a_resource_is_invalid(admin):
    body = {"kind": "link", "title": unique("Guide"), "url": "https://example.org/guide", "practice_id": ""}
    assert pointers(await admin.post("/v1/knowledge/resources", json=body)) == ["/practice_id"]
    # An unknown one is named too, by the service's own check.
    assert pointers(await admin.post("/v1/knowledge/resources", json=body | {"practice_id": "no-such-practice"})) == [
        "/practice_id"
    ]


async def test_null_for_a_text_a_practice_always_has_is_invalid(admin):
    r = await admin.post("/v1/knowledge/practices", json={"title": unique("Superblocks"), "lessons_learnt": "Start small."})
    assert r.status_code == 201, r.text
    practice, etag = r.json(), r.headers["etag"]
    url = f"/v1/knowledge/practices/{practice['id']}"
    for field in ("lessons_learnt", "title", "summary", "themes", "locations"):
        assert pointers(await admin.patch(url, json={field: None}, headers={"If-Match": etag})) == [f"/{field}"]
    # Nothing was written, and leaving a field out keeps it.
    r = await admin.patch(url, json={"results": "Less traffic."}, headers={"If-Match": etag})
    assert r.status_code == 200, r.text
    assert r.json()["lessons_learnt"] == "Start small." and r.json()["results"] == "Less traffic."


async def test_a_geonames_id_beyond_the_column_is_invalid(admin):
    name = unique("Overflow")
    body = {"name": name, "country_code": "FR", "population": 200_000, "geonames_id": 22259697430353653671133184}
    assert pointers(await admin.post("/v1/cities", json=body)) == ["/geonames_id"]
    assert (await admin.get("/v1/cities", params={"q": name})).json()["items"] == []


async def test_a_city_with_thousands_of_themes_is_invalid(admin):
    # 16,454 themes made an event over NATS's 1 MiB: a city has at most 20.
    name = unique("Themes")
    themes = [f"theme-{i}" for i in range(16_454)]
    body = {"name": name, "country_code": "FR", "population": 200_000, "themes": themes}
    assert pointers(await admin.post("/v1/cities", json=body)) == ["/themes"]
    assert pointers(await admin.post("/v1/cities", json=body | {"themes": themes[:21]})) == ["/themes"]
    r = await admin.post("/v1/cities", json=body | {"themes": themes[:20]})
    assert r.status_code == 201, r.text
    assert len(r.json()["themes"]) == 20


async def test_infinity_is_not_a_number(admin):
    # Python's JSON parser reads `Infinity`; no answer could carry it back, so it is refused.
    content = '{"title": "' + unique("Infinite budget") + '", "budget_amount": Infinity}'
    r = await admin.post("/v1/knowledge/practices", content=content, headers={"Content-Type": "application/json"})
    assert pointers(r) == ["/budget_amount"]
