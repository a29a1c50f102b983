"""The showcase through the gateway, over real HTTP, without a key: what is published is read by anyone,
cacheable, and nothing else opens up."""

from __future__ import annotations

import uuid

from shared.identity import IDENTITY_HEADER


async def test_anyone_reads_a_published_practice_and_a_signatory_without_a_key(admin, anonymous):
    word = "showcased" + uuid.uuid4().hex[:6]
    body = {
        "title": f"Barrios {word} sostenibles",
        "language": "es",
        "summary": "Calles para caminar y bicicletas compartidas.",
        "challenge": "Calor y tráfico en el centro.",
        "solution": f"Supermanzanas {word} con sombra.",
        "results": "Menos coches, más árboles.",
        "themes": ["mobility"],
        "sdgs": [11],
        "sectors": ["transport"],
        "locations": [{"name": "Valencia", "country_code": "ES"}],
        "year": 2026,
    }
    r = await admin.post("/v1/knowledge/practices", json=body)
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    draft = await anonymous.get(f"/v1/showcase/practices/{pid}")
    assert draft.status_code == 404  # not published yet: the showcase does not show it
    assert (await admin.post(f"/v1/knowledge/practices/{pid}:submit")).status_code == 200
    assert (await admin.post(f"/v1/knowledge/practices/{pid}:publish")).status_code == 200

    found = await anonymous.get("/v1/showcase/practices", params={"q": f"barrio {word}"})
    assert found.status_code == 200, found.text
    assert [h["id"] for h in found.json()["items"]] == [pid]
    assert found.headers["cache-control"].startswith("public, max-age=") and found.headers["etag"]
    one = await anonymous.get(f"/v1/showcase/practices/{pid}")
    assert one.status_code == 200 and one.json()["language"] == "es"
    again = await anonymous.get(f"/v1/showcase/practices/{pid}", headers={"If-None-Match": one.headers["etag"]})
    assert again.status_code == 304

    key = "ES" + uuid.uuid4().hex[:6].upper()
    signatory = {"name": f"Villa {word}", "country_code": "ES", "population": 20_000, "adhesion_date": "2024-05-02"}
    assert (await admin.put(f"/v1/covenant/signatories/{key}", json=signatory)).status_code == 201
    shown = await anonymous.get(f"/v1/showcase/signatories/{key}")
    assert shown.status_code == 200 and shown.json()["name"] == f"Villa {word}"
    assert (await anonymous.get("/v1/showcase/pairings")).status_code == 200


async def test_the_showcase_opens_nothing_else(anonymous):
    # Writes and every other path still need a key; a forged identity is not taken from an anonymous caller
    assert (await anonymous.post("/v1/showcase/practices", json={})).status_code == 401
    assert (await anonymous.get("/v1/knowledge/practices")).status_code == 401
    forged = await anonymous.get("/v1/covenant/signatories", headers={IDENTITY_HEADER: "forged"})
    assert forged.status_code == 401
    r = await anonymous.get("/v1/showcase/practices", headers={IDENTITY_HEADER: "forged"})
    assert r.status_code == 200  # the header is dropped at the gateway; the showcase needs none
