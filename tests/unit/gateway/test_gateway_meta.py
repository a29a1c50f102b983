"""The gateway's own routes: health, readiness, merged OpenAPI, AsyncAPI, docs."""

from __future__ import annotations


async def test_healthz_needs_no_key(client):
    resp = await client.get("/healthz")
    assert resp.status_code == 200 and resp.json()["status"] == "ok"


async def test_readyz_names_the_services_that_are_not_ready(client, is_problem):
    body = is_problem(await client.get("/readyz"), 503)
    assert body["checks"]["things"] == "ok"
    assert body["checks"]["gateway_database"] == "ok"
    assert body["checks"]["closed"].startswith("unreachable")
    assert "closed" in body["detail"]


async def test_openapi_merges_the_public_paths_of_services_that_answer(client):
    resp = await client.get("/openapi.json")
    assert resp.status_code == 200
    doc = resp.json()
    assert doc["openapi"].startswith("3.1")
    assert "/v1/things/echo" in doc["paths"]
    assert "/internal/only" not in doc["paths"] and "/readyz" not in doc["paths"]
    assert doc["paths"]["/v1/things/missing/{thing_id}"]["get"]["operationId"] == "read_missing_thing"
    assert doc["components"]["securitySchemes"]["ApiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "description": doc["components"]["securitySchemes"]["ApiKey"]["description"],
    }
    assert doc["security"] == [{"ApiKey": []}, {"OAuth2": []}]
    assert doc["x-iuc-unavailable-services"] == ["closed"]


async def test_asyncapi_needs_no_key(client):
    resp = await client.get("/asyncapi.json")
    assert resp.status_code == 200
    assert resp.json()["asyncapi"] == "3.0.0"


async def test_docs_answer_html(client):
    resp = await client.get("/docs")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/html")
    assert "/openapi.json" in resp.text


async def test_an_unknown_path_outside_v1_is_a_404_problem(client, is_problem):
    resp = await client.get("/admin")
    is_problem(resp, 404)
    assert resp.headers["x-request-id"]
