"""Listing cities: filters and cursor pages."""

import uuid

from tests.support.journey import register_city


async def test_filters_combine(admin):
    tag = "t" + uuid.uuid4().hex[:8]
    await register_city(admin, name=f"{tag} Lisboa", country_code="PT", population=545_000, themes=["climate", tag], sdgs=[7])
    await register_city(admin, name=f"{tag} Quito", country_code="EC", population=2_800_000, themes=[tag], sdgs=[11])
    await register_city(admin, name=f"{tag} Osaka", country_code="JP", population=2_700_000, themes=[tag, "mobility"], sdgs=[11])

    async def names(**params):
        r = await admin.get("/v1/cities", params={"theme": tag} | params)
        assert r.status_code == 200, r.text
        return sorted(c["name"].split(" ", 1)[1] for c in r.json()["items"])

    assert await names() == ["Lisboa", "Osaka", "Quito"]
    assert await names(world_region="latin_america_caribbean") == ["Quito"]
    assert await names(country_code="jp") == ["Osaka"]
    assert await names(min_population=1_000_000) == ["Osaka", "Quito"]
    assert await names(max_population=1_000_000) == ["Lisboa"]
    assert await names(sdg=11, min_population=2_750_000) == ["Quito"]
    assert await names(q=f"{tag} OS") == ["Osaka"]
    r = await admin.get("/v1/cities", params={"sdg": 18})
    assert r.status_code == 422


async def test_pages_cover_every_city_once(admin):
    tag = "p" + uuid.uuid4().hex[:8]
    ids = {(await register_city(admin, name=f"{tag} {i:02d}", themes=[tag]))["id"] for i in range(7)}
    seen, token, pages = [], None, 0
    while True:
        params = {"theme": tag, "page_size": 3} | ({"page_token": token} if token else {})
        body = (await admin.get("/v1/cities", params=params)).json()
        seen += [c["id"] for c in body["items"]]
        pages += 1
        token = body["next_page_token"]
        if not token:
            break
    assert pages == 3 and len(seen) == 7 and set(seen) == ids
    r = await admin.get("/v1/cities", params={"page_token": "not-a-token"})
    assert r.status_code == 400
