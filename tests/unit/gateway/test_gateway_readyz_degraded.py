"""A service whose events wait (its outbox relay has not published for a while) answers /readyz
200 with status "degraded" and the reason; the gateway stays ready and shows that reason."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from gateway.app import create_app
from gateway.config import GatewaySettings
from shared.catalog import ServiceEntry
from tests.unit.gateway.conftest import ADMIN_KEY, SECRET, Served, migrated_database

REASON = "outbox stalled: the oldest unpublished event (outbox row 7) has waited 45 s, more than 30 s (IUC_RELAY_STALL_SECONDS)"


def stand_in(readiness: dict) -> FastAPI:
    app = FastAPI()

    @app.get("/readyz")
    async def readyz() -> dict:
        return readiness

    return app


@pytest.fixture(scope="module")
async def gateway(tmp_path_factory) -> AsyncIterator[Served]:
    degraded = {"status": "degraded", "service": "things", "reason": REASON, "checks": {"database": "ok"}}
    async with Served(stand_in(degraded)) as things, Served(stand_in({"status": "ready"})) as others:
        settings = GatewaySettings(
            database_url=migrated_database(tmp_path_factory.mktemp("gateway-degraded")),
            probe_timeout=2,
            IUC_IDENTITY_SECRET=SECRET,
            IUC_ADMIN_API_KEY=ADMIN_KEY,
        )
        services = [ServiceEntry("things", things.port, ("/v1/things",)), ServiceEntry("others", others.port, ("/v1/others",))]
        async with Served(create_app(settings, services)) as served:
            yield served


async def test_the_gateway_is_ready_and_names_the_degraded_service_and_why(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=5) as client:
        resp = await client.get("/readyz")

    assert resp.status_code == 200
    body = resp.json()
    assert body["status"] == "ready"
    assert body["checks"] == {"gateway_database": "ok", "things": f"degraded: {REASON}", "others": "ok"}
