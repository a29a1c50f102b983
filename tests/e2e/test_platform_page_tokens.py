"""Every list of the merged OpenAPI answers 400 problem+json (`invalid-page-token`) to a page
token it did not issue: forged, truncated, wrongly typed, or taken from another list."""

from __future__ import annotations

import base64

import orjson

from tests.support.journey import register_city

PROBLEM = "application/problem+json"
INVALID = "https://iuc.example.eu/problems/invalid-page-token"
# Lists that need one of two query parameters, which the document cannot mark required.
ONE_OF = {"/v1/pairing/candidates": {"city_id": "does-not-exist"}}


def token(values) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(values)).decode().rstrip("=")


async def list_routes(admin) -> list[tuple[str, dict]]:
    """Every GET in the merged document that takes a page_token: its path with made-up ids (the
    token is checked before the parent is looked up) and its required query parameters."""
    spec = (await admin.get("/openapi.json")).json()
    routes = []
    for path, ops in spec["paths"].items():
        get = ops.get("get")
        params = get.get("parameters", []) if get else []
        if any(p.get("name") == "page_token" for p in params):
            required = {p["name"]: "does-not-exist" for p in params if p.get("in") == "query" and p.get("required")}
            required |= ONE_OF.get(path, {})
            routes.append((path.replace("{", "").replace("}", "-does-not-exist"), required))
    return sorted(routes)


async def test_every_list_refuses_tokens_it_did_not_issue(admin):
    for _ in range(2):
        await register_city(admin)
    first = (await admin.get("/v1/cities", params={"page_size": 1})).json()
    cities_token = first["next_page_token"]
    assert cities_token
    routes = await list_routes(admin)
    assert len(routes) >= 25, routes  # every service's lists are in the merged document
    bad = {
        "[3]": "WzNd",
        "[[]]": "W1tdXQ",
        "not base64 JSON": "not-a-token",
        "truncated": cities_token[: len(cities_token) // 2],
        "wrong types": token(["applications.cities", 3, {"a": 1}]),
        "forged name": token(["no.such.list", "x", "y"]),
    }
    failures = []
    for path, required in routes:
        cases = dict(bad)
        if path != "/v1/cities":
            cases["another list's"] = cities_token
        for label, value in cases.items():
            r = await admin.get(path, params={**required, "page_token": value})
            ok = (
                r.status_code == 400 and r.headers.get("content-type", "").startswith(PROBLEM) and r.json().get("type") == INVALID
            )
            if not ok:
                failures.append(f"{path} with {label} token: {r.status_code} {r.text[:200]}")
    assert not failures, "\n".join(failures)
