"""CORS for the programme's browser dashboards: only the configured origins, preflights
answered before any key check."""

from __future__ import annotations

import httpx

from gateway.app import create_app
from gateway.config import GatewaySettings
from shared.catalog import ServiceEntry

DASHBOARD = "https://dashboards.iuc.example.eu"


def gateway(cors_origins: str) -> httpx.AsyncClient:
    settings = GatewaySettings(database_url="sqlite+aiosqlite:///:memory:", cors_origins=cors_origins)
    app = create_app(settings, [ServiceEntry("things", 1, ("/v1/things",))])
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test")


async def test_a_configured_origin_may_call_with_a_key_header():
    async with gateway(f"{DASHBOARD}/, https://other.example.eu") as http:
        preflight = await http.options(
            "/v1/things",
            headers={
                "Origin": DASHBOARD,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "x-api-key, content-type, idempotency-key",
            },
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == DASHBOARD
        assert "X-API-Key" in preflight.headers["access-control-allow-headers"]
        assert "access-control-allow-credentials" not in preflight.headers

        health = await http.get("/healthz", headers={"Origin": DASHBOARD})
        assert health.headers["access-control-allow-origin"] == DASHBOARD
        assert "ETag" in health.headers["access-control-expose-headers"]


async def test_other_origins_and_an_unconfigured_gateway_get_no_cors_headers():
    async with gateway(DASHBOARD) as http:
        refused = await http.options(
            "/v1/things", headers={"Origin": "https://evil.example.com", "Access-Control-Request-Method": "GET"}
        )
        assert refused.status_code == 400 and "access-control-allow-origin" not in refused.headers
        assert (
            "access-control-allow-origin"
            not in (await http.get("/healthz", headers={"Origin": "https://evil.example.com"})).headers
        )
    async with gateway("") as http:
        assert "access-control-allow-origin" not in (await http.get("/healthz", headers={"Origin": DASHBOARD})).headers
