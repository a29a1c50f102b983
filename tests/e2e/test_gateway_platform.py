"""What the gateway adds: merged OpenAPI, AsyncAPI, health, request ids, identity."""

import httpx

from shared.identity import Identity, Role, sign_identity


async def test_merged_openapi_has_every_route_with_clean_unique_operation_ids(anonymous):
    doc = (await anonymous.get("/openapi.json")).json()
    assert "/v1/applications/{application_id}:submit" in doc["paths"]
    assert "/v1/cities/imports" in doc["paths"]
    ops = [
        op["operationId"]
        for path in doc["paths"].values()
        for op in path.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    assert len(ops) == len(set(ops))
    assert {"register_city", "list_cities", "submit_application", "accept_application"} <= set(ops)
    assert (await anonymous.get("/docs")).status_code == 200


async def test_asyncapi_lists_the_application_events(anonymous):
    doc = (await anonymous.get("/asyncapi.json")).json()
    assert doc["asyncapi"].startswith("3.")
    addresses = {c["address"] for c in doc["channels"].values()}
    assert "iuc.applications.application.accepted" in addresses
    assert "iuc.applications.city.registered" in addresses


async def test_readiness_is_aggregated(anonymous):
    r = await anonymous.get("/readyz")
    assert r.status_code == 200, r.text
    assert (await anonymous.get("/healthz")).status_code == 200


async def test_a_request_id_is_kept_and_forwarded(admin):
    r = await admin.get("/v1/cities", params={"page_size": 1}, headers={"X-Request-ID": "trace-me-123"})
    assert r.headers["x-request-id"] == "trace-me-123"
    r = await admin.get("/v1/cities/nope", headers={"X-Request-ID": "trace-me-456"})
    assert r.json()["request_id"] == "trace-me-456"


async def test_an_identity_header_cannot_be_forged(stack, anonymous):
    forged = sign_identity(
        Identity(subject="mallory", role=Role.admin, scopes=frozenset({"*"})), "not-the-platform-secret-but-long-enough-for-hs256"
    )
    r = await anonymous.get("/v1/cities", headers={"X-IUC-Identity": forged})
    assert r.status_code == 401
    port = stack.service_ports["applications"]
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as direct:
        r = await direct.get("/v1/cities", headers={"X-IUC-Identity": forged})
        assert r.status_code == 401
        r = await direct.get("/v1/cities", headers={"X-IUC-Identity": "admin"})
        assert r.status_code == 401
