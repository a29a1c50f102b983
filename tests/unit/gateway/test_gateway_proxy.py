"""The proxy over real HTTP: auth, identity forwarding, request ids, upstream faults."""

from __future__ import annotations

import jwt

from gateway import repository
from shared.identity import AUDIENCE, ISSUER, verify_identity

ECHO = "/v1/things/echo"


async def test_a_call_without_key_is_401_with_a_challenge(client, is_problem):
    resp = await client.get(ECHO)
    is_problem(resp, 401)
    assert resp.headers.get_list("www-authenticate") == ["ApiKey", 'Bearer realm="iuc"']


async def test_a_wrong_key_is_401(client, is_problem):
    resp = await client.get(ECHO, headers={"X-API-Key": "iuc_not-a-key-we-ever-issued"})
    is_problem(resp, 401)


async def test_a_revoked_key_is_401_once_the_cache_forgets_it(client, gateway_server, store_key, is_problem):
    row, key = await store_key("leaving partner", "partner")
    assert (await client.get(ECHO, headers={"X-API-Key": key})).status_code == 200
    async with store_key.sessionmaker() as session, session.begin():
        repository.revoke(await repository.key_by_id(session, row.id))
    gateway_server.gateway.proxy.auth.forget()
    is_problem(await client.get(ECHO, headers={"X-API-Key": key}), 401)


async def test_a_forged_identity_is_replaced_by_the_gateways_own(client, store_key, identity_secret):
    row, key = await store_key("Lisboa city hall", "city", city_id="city-lisboa")
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": "me", "role": "admin", "scopes": ["*"]}
    forged = jwt.encode(claims, "a-guessed-secret-that-is-long-enough-for-hs256")
    resp = await client.get(ECHO, headers={"X-API-Key": key, "X-IUC-Identity": forged})
    assert resp.status_code == 200
    seen = resp.json()
    token = seen["headers"]["x-iuc-identity"]
    assert token != forged
    identity = verify_identity(token, identity_secret)
    assert identity.subject == row.id
    assert identity.role == "city" and identity.city_id == "city-lisboa"
    assert seen["identity"]["name"] == "Lisboa city hall"


async def test_the_key_itself_never_reaches_a_service(client, admin_key):
    seen = (await client.get(ECHO, headers={"X-API-Key": admin_key})).json()
    assert "x-api-key" not in seen["headers"]
    assert admin_key not in str(seen)


async def test_the_request_id_round_trips(client, admin_headers):
    resp = await client.get(ECHO, headers={**admin_headers, "X-Request-ID": "trace-me-42"})
    assert resp.headers["x-request-id"] == "trace-me-42"
    assert resp.json()["request_id"] == "trace-me-42"


async def test_a_request_id_is_made_when_the_caller_has_none(client, admin_headers):
    resp = await client.get(ECHO, headers=admin_headers)
    assert resp.headers["x-request-id"]
    assert resp.json()["request_id"] == resp.headers["x-request-id"]
    assert resp.headers.get_list("x-request-id") == [resp.headers["x-request-id"]]


async def test_method_query_body_and_headers_are_forwarded(client, admin_headers):
    resp = await client.post(
        ECHO + "?page_size=2&q=caf%C3%A9",
        headers={
            **admin_headers,
            "Idempotency-Key": "k-1",
            "Connection": "keep-alive, X-Secret-Hop",
            "X-Secret-Hop": "1",
        },
        content=b'{"name": "Lisboa"}',
    )
    seen = resp.json()
    assert seen["method"] == "POST"
    assert seen["query"] == "page_size=2&q=caf%C3%A9"
    assert seen["body"] == '{"name": "Lisboa"}'
    assert seen["headers"]["idempotency-key"] == "k-1"
    assert "x-secret-hop" not in seen["headers"]
    assert seen["headers"]["x-forwarded-proto"] == "http"


async def test_a_chunked_upload_is_streamed_through(client, admin_headers):
    async def body():
        yield b"part one, "
        yield b"part two"

    resp = await client.put(ECHO, headers=admin_headers, content=body())
    assert resp.json()["body"] == "part one, part two"


async def test_a_large_answer_is_streamed_back_intact(client, admin_headers):
    resp = await client.get("/v1/things/big", headers=admin_headers)
    assert resp.status_code == 200
    assert len(resp.content) == 3 * 1024 * 1024
    assert resp.content[:256] == bytes(range(256)) and resp.content[-1] == 255


async def test_head_answers_headers_only(client, admin_headers):
    resp = await client.head(ECHO, headers=admin_headers)
    assert resp.status_code == 200 and resp.content == b""
    assert int(resp.headers["content-length"]) > 0


async def test_a_services_own_errors_pass_through_unchanged(client, admin_headers, is_problem):
    body = is_problem(await client.get("/v1/things/missing/t-9", headers=admin_headers), 404)
    assert body["thing_id"] == "t-9"
    resp = await client.get("/v1/things/teapot", headers=admin_headers)
    assert resp.status_code == 418 and resp.json() == {"short": "and stout"}
    assert resp.headers["x-brew"] == "earl-grey"


async def test_redirects_are_passed_back_not_followed(client, admin_headers):
    resp = await client.get("/v1/things/moved", headers=admin_headers)
    assert resp.status_code == 307
    assert resp.headers["location"] == "/v1/things/echo"


async def test_an_unknown_v1_path_is_404(client, admin_headers, is_problem):
    is_problem(await client.get("/v1/nothing-here", headers=admin_headers), 404)
    is_problem(await client.get("/v1/thingsandmore", headers=admin_headers), 404)


async def test_a_service_that_is_down_is_503(client, admin_headers, is_problem):
    body = is_problem(await client.get("/v1/closed/anything", headers=admin_headers), 503)
    assert "closed" in body["detail"]
    assert body["request_id"]


async def test_a_service_slower_than_the_timeout_is_504(client, admin_headers, is_problem):
    is_problem(await client.get("/v1/things/slow", headers=admin_headers), 504)


async def test_a_fault_in_the_gateway_itself_is_a_500_problem(client, gateway_server, admin_headers, is_problem, monkeypatch):
    async def broken(_key):
        raise RuntimeError("a bug")

    monkeypatch.setattr(gateway_server.gateway.proxy.auth, "token_for", broken)
    body = is_problem(await client.get(ECHO, headers=admin_headers), 500)
    assert "a bug" not in str(body)
