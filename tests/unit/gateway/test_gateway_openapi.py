"""Merging the services' OpenAPI documents: a pure function on dicts."""

from __future__ import annotations

import logging

from gateway.openapi import merge_openapi, owns


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def doc(paths: dict, schemas: dict) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {"title": "x", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def get(op_id: str, schema: str) -> dict:
    return {"get": {"operationId": op_id, "responses": {"200": {"content": {"application/json": {"schema": ref(schema)}}}}}}


CITY_A = {"type": "object", "properties": {"city_id": {"type": "string"}}}
CITY_B = {"type": "object", "properties": {"city_id": {"type": "string"}, "score": {"type": "number"}}}
ERROR = {"type": "object", "properties": {"detail": {"type": "string"}}}

DOCS = {
    "applications": doc(
        {"/v1/cities/{city_id}": get("read_city", "City"), "/healthz": get("healthz", "Error")},
        {"City": CITY_A, "Error": ERROR, "Page": {"type": "array", "items": ref("City")}},
    ),
    "action_plans": doc(
        {"/v1/plans/{plan_id}/city": get("read_plan_city", "City"), "/v1/plans": get("list_plans", "Page")},
        {"City": CITY_B, "Error": ERROR, "Page": {"type": "array", "items": ref("City")}},
    ),
}
PREFIXES = {"applications": ("/v1/cities",), "action_plans": ("/v1/plans",)}


def schema_of(merged: dict, path: str) -> dict:
    return merged["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


def test_only_public_paths_are_kept():
    merged = merge_openapi(DOCS, PREFIXES)
    assert set(merged["paths"]) == {"/v1/cities/{city_id}", "/v1/plans/{plan_id}/city", "/v1/plans"}


def test_a_schema_name_two_services_define_differently_is_prefixed_and_refs_follow():
    merged = merge_openapi(DOCS, PREFIXES)
    schemas = merged["components"]["schemas"]
    assert "City" not in schemas
    assert schemas["ApplicationsCity"] == CITY_A
    assert schemas["ActionPlansCity"] == CITY_B
    assert schema_of(merged, "/v1/cities/{city_id}") == ref("ApplicationsCity")
    assert schema_of(merged, "/v1/plans/{plan_id}/city") == ref("ActionPlansCity")


def test_a_schema_that_differs_only_through_a_ref_is_prefixed_too():
    schemas = merge_openapi(DOCS, PREFIXES)["components"]["schemas"]
    assert schemas["ApplicationsPage"]["items"] == ref("ApplicationsCity")
    assert schemas["ActionPlansPage"]["items"] == ref("ActionPlansCity")


def test_an_identical_schema_is_kept_once():
    schemas = merge_openapi(DOCS, PREFIXES)["components"]["schemas"]
    assert schemas["Error"] == ERROR
    assert "ApplicationsError" not in schemas


def test_every_ref_resolves():
    merged = merge_openapi(DOCS, PREFIXES)
    refs = []

    def walk(node):
        if isinstance(node, dict):
            if "$ref" in node:
                refs.append(node["$ref"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(merged)
    for r in refs:
        section, name = r.removeprefix("#/components/").split("/")
        assert name in merged["components"][section], r


def test_operation_ids_are_kept_and_a_clash_is_renamed_with_a_warning(caplog):
    docs = {
        "applications": doc({"/v1/cities": get("list_items", "Error")}, {"Error": ERROR}),
        "action_plans": doc({"/v1/plans": get("list_items", "Error")}, {"Error": ERROR}),
    }
    with caplog.at_level(logging.WARNING, logger="iuc.gateway.openapi"):
        merged = merge_openapi(docs, PREFIXES)
    assert merged["paths"]["/v1/cities"]["get"]["operationId"] == "list_items"
    assert merged["paths"]["/v1/plans"]["get"]["operationId"] == "action_plans_list_items"
    assert "list_items" in caplog.text


def test_an_api_key_or_an_oauth2_token_applies_to_every_operation():
    merged = merge_openapi(DOCS, PREFIXES)
    schemes = merged["components"]["securitySchemes"]
    assert schemes["ApiKey"]["name"] == "X-API-Key"
    flow = schemes["OAuth2"]["flows"]["clientCredentials"]
    assert flow["tokenUrl"] == "/oauth/token" and "covenant:write" in flow["scopes"] and "*" not in flow["scopes"]
    assert merged["security"] == [{"ApiKey": []}, {"OAuth2": []}]  # either one
    assert merged["openapi"] == "3.1.0"


def test_a_prefix_owns_sub_paths_and_custom_verbs_only():
    assert owns(("/v1/calls",), "/v1/calls")
    assert owns(("/v1/calls",), "/v1/calls/{call_id}")
    assert owns(("/v1/calls",), "/v1/calls:search")
    assert not owns(("/v1/calls",), "/v1/callsign")
