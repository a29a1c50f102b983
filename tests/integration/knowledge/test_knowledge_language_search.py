"""Search stems each practice in its own language, and a query in the language it names: the same
answers on SQLite (Snowball stems in FTS5) and PostgreSQL (text search configurations)."""

from __future__ import annotations

from tests.integration.knowledge.knowledgesupport import knowledge_app, practice_body, publish
from tests.support.service_app import caller

SPANISH = practice_body(
    "Barrios sostenibles para la movilidad",
    language="es",
    summary="Las ciudades sostenibles empiezan en sus barrios.",
    challenge="Calles llenas de coches y aceras estrechas.",
    objectives="Reducir los viajes en coche a la mitad.",
    solution="Carriles para bicicletas y calles compartidas en cada barrio.",
    results="Los viajes en bicicleta se duplicaron.",
    transferability="Sirve en ciudades compactas.",
    lessons_learnt="Construir la red completa de una vez.",
)
ENGLISH = practice_body(
    "Sustainable streets for cycling",
    language="en",
    summary="Streets rebuilt around people who walk and cycle.",
    solution="Protected lanes for cyclists on every main street.",
)


async def _ids(client, **params) -> list[str]:
    r = await client.get("/v1/knowledge/search", params=params)
    assert r.status_code == 200, r.text
    return [h["id"] for h in r.json()["items"]]


async def test_each_practice_is_found_by_other_forms_of_its_words_in_its_language(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin:
        es = (await publish(admin, SPANISH))["id"]
        en = (await publish(admin, ENGLISH))["id"]

        # "barrio sostenible bicicleta" stems as "barrios sostenibles ... bicicletas" do in Spanish.
        r = await admin.get("/v1/knowledge/search", params={"q": "barrio sostenible bicicleta"})
        assert [h["id"] for h in r.json()["items"]] == [es]
        hit = r.json()["items"][0]
        assert hit["language"] == "es"
        assert "<mark>" in hit["snippet"] and "bicicletas" in hit["snippet"].replace("<mark>", "").replace("</mark>", "")
        # "sustainability" and "cycled" stem as "Sustainable ... cycling" do in English.
        assert await _ids(admin, q="sustainability") == [en]
        assert await _ids(admin, q="cycled") == [en]
        # A phrase is stemmed word by word and still needs its words in order.
        assert await _ids(admin, q='"barrio sostenible"') == [es]
        assert await _ids(admin, q='"sostenible barrio"') == []
        assert await _ids(admin, q="movilidad -bicicleta") == []


async def test_a_query_language_stems_the_query_in_that_language_only(database_url):
    async with knowledge_app(database_url) as app, caller(app, "partner") as partner, caller(app) as admin:
        es = (await publish(admin, SPANISH))["id"]
        en = (await publish(admin, ENGLISH))["id"]

        # In Spanish "cycled" is not "cycling": the query does not stem as English.
        assert await _ids(partner, q="cycled", lang="es") == []
        assert await _ids(partner, q="cycled", lang="en") == [en]
        assert await _ids(partner, q="barrio sostenible", lang="es") == [es]
        # In English "barrio" stays "barrio", and the Spanish practice holds "barri".
        assert await _ids(partner, q="barrio sostenible", lang="en") == []

        r = await partner.get("/v1/knowledge/search", params={"q": "barrio", "lang": "xx"})
        assert r.status_code == 422, r.text
        problem = r.json()
        assert r.headers["content-type"].startswith("application/problem+json")
        assert [(e["pointer"], e["code"]) for e in problem["errors"]] == [("query:lang", "unknown_language")]


async def test_iso_639_3_codes_other_languages_and_a_changed_language(database_url):
    async with knowledge_app(database_url) as app, caller(app) as admin:
        pt = (
            await publish(
                admin,
                practice_body("Cidades sustentáveis", language="por", summary="Hortas urbanas nas cidades sustentáveis."),
            )
        )["id"]
        nl = (await publish(admin, practice_body("Fietsers in de stad", language="nl", summary="Veilige routes voor fietsers.")))[
            "id"
        ]
        assert await _ids(admin, q="cidade sustentável") == [pt]
        # Dutch is not stemmed: its words are found as written, other forms are not.
        assert await _ids(admin, q="fietsers") == [nl]
        assert await _ids(admin, q="fietser") == []

        # The index follows a change of language: a draft written as English, then marked Spanish.
        r = await admin.post("/v1/knowledge/practices", json=practice_body("Huertos urbanos", language="en"))
        assert r.status_code == 201 and r.json()["language"] == "en", r.text
        pid = r.json()["id"]
        r = await admin.patch(f"/v1/knowledge/practices/{pid}", json={"language": "es"}, headers={"If-Match": r.headers["ETag"]})
        assert r.status_code == 200 and r.json()["language"] == "es", r.text
        assert (await admin.post(f"/v1/knowledge/practices/{pid}:submit")).status_code == 200
        assert (await admin.post(f"/v1/knowledge/practices/{pid}:publish")).status_code == 200
        assert await _ids(admin, q="huerta urbana") == [pid]
        # Without a language the API files a practice as English.
        r = await admin.post("/v1/knowledge/practices", json={"title": "No language given"})
        assert r.status_code == 201 and r.json()["language"] == "en", r.text
