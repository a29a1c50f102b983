"""The merged document finished by the gateway: unique titles, the gateway's own errors on
every proxied operation, and the gateway's own routes merged in."""

from __future__ import annotations

from gateway.openapi import GATEWAY_PREFIXES, platform_document
from shared.catalog import ServiceEntry

SERVICES = (ServiceEntry("applications", 1, ("/v1/cities",)), ServiceEntry("knowledge", 2, ("/v1/knowledge",)))


def state(*values: str) -> dict:
    return {"type": "string", "enum": list(values), "title": "State"}


def doc(path: str, op_id: str, values: tuple[str, ...]) -> dict:
    answer = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/State"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "x", "version": "1"},
        "paths": {path: {"get": {"operationId": op_id, "tags": [op_id], "responses": {"200": answer}}}},
        "components": {"schemas": {"State": state(*values)}},
    }


DOCS = {"applications": doc("/v1/cities", "list_cities", ("a", "b")), "knowledge": doc("/v1/knowledge", "search", ("c",))}
OWN = {
    "openapi": "3.1.0",
    "info": {"title": "gateway", "version": "1"},
    "paths": {
        "/oauth/token": {"post": {"operationId": "oauth_token", "tags": ["oauth2"], "responses": {"200": {"description": "ok"}}}},
        "/healthz": {"get": {"operationId": "gateway_healthz", "responses": {"200": {"description": "ok"}}}},
    },
}


def test_clashing_schemas_are_renamed_and_titled_by_their_new_names():
    schemas = platform_document(DOCS, OWN, SERVICES)["components"]["schemas"]
    assert schemas["ApplicationsState"]["title"] == "ApplicationsState"
    assert schemas["KnowledgeState"]["title"] == "KnowledgeState"
    assert "State" not in schemas


def test_proxied_operations_document_the_gateway_errors_and_its_own_routes_do_not():
    merged = platform_document(DOCS, OWN, SERVICES)
    cities = merged["paths"]["/v1/cities"]["get"]["responses"]
    assert {"401", "429", "502", "503", "504"} <= set(cities)
    assert "Retry-After" in cities["429"]["headers"] and "Retry-After" in cities["503"]["headers"]
    assert set(merged["paths"]) == {"/v1/cities", "/v1/knowledge", *GATEWAY_PREFIXES}
    assert set(merged["paths"]["/oauth/token"]["post"]["responses"]) == {"200"}
    assert merged["components"]["securitySchemes"]["ClientBasic"]["scheme"] == "basic"
    # One tag per service (described by the service's own document); the gateway keeps its own.
    assert merged["paths"]["/v1/cities"]["get"]["tags"] == ["applications"]
    assert {t["name"] for t in merged["tags"]} == {"applications", "knowledge", "oauth2"}


def test_a_service_that_did_not_answer_leaves_the_others_whole():
    merged = platform_document({"knowledge": DOCS["knowledge"]}, None, SERVICES)
    assert set(merged["paths"]) == {"/v1/knowledge"}
    assert merged["components"]["schemas"]["State"]["title"] == "State"


def test_an_open_operation_is_under_the_showcase_tag_and_documents_no_401():
    services = (*SERVICES, ServiceEntry("pairing", 3, ("/v1/showcase/pairings",)))
    pairings = doc("/v1/showcase/pairings", "showcase_pairings", ("x",))
    pairings["paths"]["/v1/showcase/pairings"]["get"]["security"] = []
    merged = platform_document({**DOCS, "pairing": pairings}, OWN, services)
    op = merged["paths"]["/v1/showcase/pairings"]["get"]
    assert op["tags"] == ["showcase"] and op["security"] == []
    assert "401" not in op["responses"] and {"429", "502", "503", "504"} <= set(op["responses"])
    showcase = next(t for t in merged["tags"] if t["name"] == "showcase")
    assert "without a key" in showcase["description"]
    assert merged["paths"]["/v1/cities"]["get"]["tags"] == ["applications"]
