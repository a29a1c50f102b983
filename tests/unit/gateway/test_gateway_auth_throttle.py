"""Failed keys, tokens and /oauth/token attempts throttled per client address: 429 problem+json
with Retry-After, also for the right key, until the window has room again."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from gateway.app import create_app
from gateway.config import GatewaySettings
from shared.catalog import ServiceEntry
from tests.unit.gateway.conftest import Served

ECHO = "/v1/things/echo"


@pytest.fixture
async def throttled(
    gateway_db: str, echo_backend: Served, identity_secret: str, admin_key: str, key_pepper: bytes
) -> AsyncIterator[httpx.AsyncClient]:
    """A gateway of the test's own that allows 3 failed attempts a minute per address."""
    settings = GatewaySettings(
        database_url=gateway_db,
        IUC_IDENTITY_SECRET=identity_secret,
        IUC_ADMIN_API_KEY=admin_key,
        IUC_KEY_PEPPER=key_pepper.decode(),
        auth_failure_limit="3/minute",
    )
    app = create_app(settings, [ServiceEntry("things", echo_backend.port, ("/v1/things",))])
    async with Served(app) as served, httpx.AsyncClient(base_url=served.url, timeout=5) as c:
        yield c


async def test_after_three_wrong_keys_every_attempt_from_the_address_waits(throttled, admin_headers, is_problem):
    for _ in range(3):
        assert (await throttled.get(ECHO, headers={"X-API-Key": "iuc_guess"})).status_code == 401
    body = is_problem(await throttled.get(ECHO, headers={"X-API-Key": "iuc_guess"}), 429)
    assert body["code"] == "auth_attempts_throttled"
    # The right key too: a guesser must not learn from a 200 which guess was right.
    r = await throttled.get(ECHO, headers=admin_headers)
    assert r.status_code == 429 and 1 <= int(r.headers["retry-after"]) <= 60
    assert (await throttled.get(ECHO, headers={"Authorization": "Bearer x.y.z"})).status_code == 429
    form = {"grant_type": "client_credentials", "client_id": "a", "client_secret": "b"}
    assert (await throttled.post("/oauth/token", data=form)).status_code == 429
    # Nothing with no credentials is an attempt.
    assert (await throttled.get("/healthz")).status_code == 200
    assert (await throttled.get(ECHO)).status_code == 401


async def test_wrong_client_secrets_and_bad_tokens_count_and_good_answers_do_not(throttled, admin_headers):
    for _ in range(5):
        assert (await throttled.get(ECHO, headers=admin_headers)).status_code == 200
    form = {"grant_type": "client_credentials", "client_id": "a", "client_secret": "wrong"}
    assert (await throttled.post("/oauth/token", data=form)).status_code == 401
    assert (await throttled.get(ECHO, headers={"Authorization": "Bearer not.a.token"})).status_code == 401
    assert (await throttled.post("/oauth/token", data=form | {"grant_type": "password"})).status_code == 400  # not a guess
    assert (await throttled.get(ECHO, headers=admin_headers)).status_code == 200
    assert (await throttled.post("/oauth/token", data=form)).status_code == 401
    assert (await throttled.get(ECHO, headers=admin_headers)).status_code == 429
