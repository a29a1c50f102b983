"""Connect and read timeouts per service: gateway-wide settings, the bulk services' longer
default, and IUC_GATEWAY_<SERVICE>_* overrides."""

from __future__ import annotations

import time

import httpx
import pytest

from gateway.app import create_app
from gateway.config import GatewaySettings
from shared.catalog import ServiceEntry
from tests.unit.gateway.conftest import UPSTREAM_TIMEOUT, Served


def test_defaults_are_a_few_seconds_and_longer_for_the_bulk_services(monkeypatch):
    for var in ("IUC_GATEWAY_CONNECT_TIMEOUT", "IUC_GATEWAY_READ_TIMEOUT", "IUC_GATEWAY_PAIRING_READ_TIMEOUT"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("IUC_GATEWAY_COVENANT_READ_TIMEOUT", raising=False)
    settings = GatewaySettings()
    assert settings.upstream_timeouts("pairing") == (2.0, 10.0)
    assert settings.upstream_timeouts("covenant") == (2.0, 20.0)


def test_gateway_wide_and_per_service_variables(monkeypatch):
    monkeypatch.setenv("IUC_GATEWAY_CONNECT_TIMEOUT", "1.5")
    monkeypatch.setenv("IUC_GATEWAY_READ_TIMEOUT", "4")
    monkeypatch.setenv("IUC_GATEWAY_PAIRING_READ_TIMEOUT", "7")
    monkeypatch.setenv("IUC_GATEWAY_COVENANT_READ_TIMEOUT", "3")
    monkeypatch.setenv("IUC_GATEWAY_VALUE_CHAINS_CONNECT_TIMEOUT", "0.5")
    settings = GatewaySettings()
    assert settings.upstream_timeouts("pairing") == (1.5, 7.0)
    assert settings.upstream_timeouts("covenant") == (1.5, 3.0)  # its own variable beats the bulk default
    assert settings.upstream_timeouts("knowledge") == (1.5, 4.0)
    assert settings.upstream_timeouts("value_chains") == (0.5, 4.0)


@pytest.mark.parametrize("value", ["soon", "0", "-1"])
def test_a_bad_override_is_refused_at_start(monkeypatch, value):
    monkeypatch.setenv("IUC_GATEWAY_PAIRING_READ_TIMEOUT", value)
    with pytest.raises(ValueError, match="IUC_GATEWAY_PAIRING_READ_TIMEOUT"):
        GatewaySettings().upstream_timeouts("pairing")


async def test_a_per_service_read_timeout_applies_to_that_service_only(
    monkeypatch, gateway_db, echo_backend, identity_secret, admin_key, key_pepper, admin_headers, is_problem
):
    """/v1/things/slow takes 4 x UPSTREAM_TIMEOUT: 504 with the short gateway-wide timeout, 200 where
    the service's own variable gives it longer."""
    monkeypatch.setenv("IUC_GATEWAY_PATIENT_READ_TIMEOUT", str(UPSTREAM_TIMEOUT * 20))
    settings = GatewaySettings(
        database_url=gateway_db,
        IUC_IDENTITY_SECRET=identity_secret,
        IUC_ADMIN_API_KEY=admin_key,
        IUC_KEY_PEPPER=key_pepper.decode(),
        read_timeout=UPSTREAM_TIMEOUT,
    )
    services = [
        ServiceEntry("things", echo_backend.port, ("/v1/things",)),
        # The same stand-in as a second service that owns /v1/things/slow (the longest prefix wins).
        ServiceEntry("patient", echo_backend.port, ("/v1/things/slow",)),
    ]
    app = create_app(settings, services)
    async with Served(app) as gw, httpx.AsyncClient(base_url=gw.url, timeout=10) as c:
        started = time.monotonic()
        assert (await c.get("/v1/things/slow", headers=admin_headers)).json() == {"slow": True}
        assert time.monotonic() - started >= UPSTREAM_TIMEOUT * 4 * 0.9
        is_problem(await c.get("/v1/things/missing/1", headers=admin_headers), 404)  # things still answers
    # ... while "things" itself keeps the gateway-wide timeout (tests/unit/gateway/test_gateway_proxy.py: 504).
