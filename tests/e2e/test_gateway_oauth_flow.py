"""OAuth2 client credentials through the real gateway: a partner system exchanges its key
for a bearer token and calls the API with it."""

from __future__ import annotations

import httpx

from deploy.stack import Stack
from tests.support.platform import create_client, revoke_key

GRANT = {"grant_type": "client_credentials"}


def gateway(stack: Stack, **kw) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=f"http://127.0.0.1:{stack.gateway_port}", timeout=30, **kw)


async def test_a_client_gets_a_token_and_calls_the_api_with_it(stack):
    client_id, secret = create_client(stack, "dashboard")
    async with gateway(stack) as http:
        r = await http.post("/oauth/token", data=GRANT, auth=(client_id, secret))
        assert r.status_code == 200, r.text
        answer = r.json()
        assert (answer["token_type"], answer["expires_in"]) == ("Bearer", 3600)
        assert "stats:read" in answer["scope"].split()
        assert r.headers["cache-control"] == "no-store"

        bearer = {"Authorization": f"Bearer {answer['access_token']}"}
        cities = await http.get("/v1/cities", params={"page_size": 1}, headers=bearer)
        assert cities.status_code == 200 and "items" in cities.json()


async def test_a_token_with_fewer_scopes_is_held_to_them(stack):
    client_id, secret = create_client(stack, "admin")
    async with gateway(stack) as http:
        r = await http.post("/oauth/token", data={**GRANT, "scope": "cities:read"}, auth=(client_id, secret))
        assert r.status_code == 200 and r.json()["scope"] == "cities:read"
        bearer = {"Authorization": f"Bearer {r.json()['access_token']}"}
        assert (await http.get("/v1/cities", headers=bearer)).status_code == 200
        city = {"name": "Cuenca", "country_code": "EC", "population": 330000}
        refused = await http.post("/v1/cities", json=city, headers=bearer)
        assert refused.status_code == 403 and refused.headers["content-type"] == "application/problem+json"


async def test_bad_clients_and_bad_tokens_are_refused_clearly(stack):
    client_id, secret = create_client(stack, "partner")
    async with gateway(stack) as http:
        wrong = await http.post("/oauth/token", data=GRANT, auth=(client_id, secret + "x"))
        assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
        assert wrong.headers["www-authenticate"].startswith("Basic")
        too_much = await http.post("/oauth/token", data={**GRANT, "scope": "covenant:write"}, auth=(client_id, secret))
        assert too_much.status_code == 400 and too_much.json()["error"] == "invalid_scope"
        grant = await http.post("/oauth/token", data={"grant_type": "password"}, auth=(client_id, secret))
        assert grant.status_code == 400 and grant.json()["error"] == "unsupported_grant_type"

        forged = await http.get("/v1/cities", headers={"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"})
        assert forged.status_code == 401 and forged.headers["content-type"] == "application/problem+json"
        assert 'error="invalid_token"' in forged.headers["www-authenticate"]
        nothing = await http.get("/v1/cities")
        assert nothing.status_code == 401
        assert set(nothing.headers.get_list("www-authenticate")) == {"ApiKey", 'Bearer realm="iuc"'}


async def test_a_revoked_key_gets_no_more_tokens(stack):
    client_id, secret = create_client(stack, "partner")
    async with gateway(stack) as http:
        assert (await http.post("/oauth/token", data=GRANT, auth=(client_id, secret))).status_code == 200
        revoke_key(stack, client_id)
        refused = await http.post("/oauth/token", data=GRANT, auth=(client_id, secret))
        assert refused.status_code == 401 and refused.json()["error"] == "invalid_client"
