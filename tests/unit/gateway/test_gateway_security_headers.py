"""Security headers on every gateway answer: nosniff, no-store when authenticated, no framing,
HSTS only behind TLS, no Server banner; the docs pages keep their own policy."""

from __future__ import annotations

import httpx

from gateway.app import create_app
from gateway.config import GatewaySettings
from gateway.headers import SecurityHeaders
from shared.catalog import ServiceEntry

ECHO = "/v1/things/echo"


def asgi_answering(headers: list[tuple[bytes, bytes]]):
    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"{}"})

    return app


async def answer(app, headers: dict[str, str] | None = None) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        return await c.get("/v1/x", headers=headers or {})


async def test_every_answer_is_nosniff_unframeable_and_has_no_server_header():
    r = await answer(SecurityHeaders(asgi_answering([(b"server", b"uvicorn"), (b"Server", b"nginx/1.0")])))
    assert "server" not in r.headers
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert "cache-control" not in r.headers  # no credentials: nothing private
    assert "strict-transport-security" not in r.headers


async def test_an_authenticated_answer_is_no_store_unless_the_service_chose_its_caching():
    app = SecurityHeaders(asgi_answering([]))
    assert (await answer(app, {"X-API-Key": "k"})).headers["cache-control"] == "no-store"
    assert (await answer(app, {"Authorization": "Bearer t"})).headers["cache-control"] == "no-store"
    public = SecurityHeaders(asgi_answering([(b"cache-control", b"public, max-age=3600")]))
    assert (await answer(public, {"X-API-Key": "k"})).headers["cache-control"] == "public, max-age=3600"


async def test_a_page_with_its_own_policy_keeps_it_and_hsts_comes_only_behind_tls():
    own = [(b"content-security-policy", b"default-src 'self'; frame-ancestors 'self'"), (b"x-content-type-options", b"nosniff")]
    r = await answer(SecurityHeaders(asgi_answering(own), behind_tls=True))
    assert r.headers["content-security-policy"] == "default-src 'self'; frame-ancestors 'self'"
    assert "x-frame-options" not in r.headers and r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["strict-transport-security"] == "max-age=31536000; includeSubDomains"


async def test_the_gateway_sets_them_on_proxied_answers_errors_and_its_own_routes(client, admin_headers):
    r = await client.get(ECHO, headers=admin_headers)
    assert r.status_code == 200
    assert "server" not in r.headers  # the service's is dropped, and the gateway's server sends none
    assert (r.headers["x-content-type-options"], r.headers["cache-control"], r.headers["x-frame-options"]) == (
        "nosniff",
        "no-store",
        "DENY",
    )
    refused = await client.get(ECHO, headers={"X-API-Key": "iuc_wrong"})
    assert refused.status_code == 401 and refused.headers["cache-control"] == "no-store"
    health = await client.get("/healthz")
    assert health.headers["x-content-type-options"] == "nosniff" and "cache-control" not in health.headers
    docs = await client.get("/docs")
    assert "frame-ancestors 'self'" in docs.headers["content-security-policy"] and "x-frame-options" not in docs.headers
    asset = await client.get("/docs/static/swagger-ui-bundle.js")
    assert asset.status_code == 200 and asset.headers["x-content-type-options"] == "nosniff"
    assert "strict-transport-security" not in r.headers


async def test_hsts_is_sent_when_the_gateway_is_told_it_is_behind_tls():
    settings = GatewaySettings(database_url="sqlite+aiosqlite:///:memory:", behind_tls=True)
    app = create_app(settings, [ServiceEntry("things", 1, ("/v1/things",))])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        r = await c.get("/healthz")
    assert r.headers["strict-transport-security"] == "max-age=31536000; includeSubDomains"
