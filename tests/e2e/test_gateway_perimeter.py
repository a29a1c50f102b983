"""The perimeter on the running platform: partner keys bound to their organisations, failed keys
and forged identities throttled per client address, security headers, and processes that refuse
to start on unsafe defaults."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx
import pytest

from deploy.stack import ROOT, free_port
from shared.identity import Identity, Role, sign_identity
from tests.support.journey import unique
from tests.support.platform import client, create_key

# Does not depend on the database (the gateway's and the services' refusals): runs once, in make test.
pytestmark = pytest.mark.dbfree


def _organisation(name: str, region_id: str) -> dict:
    return {"name": unique(name), "kind": "sme", "size_band": "small", "region_id": region_id, "nace_codes": ["27.20"]} | {
        "keywords": ["battery storage"]
    }


def _from(stack, address: str, key: str | None = None) -> httpx.AsyncClient:
    """A client of the gateway whose connections come from `address` (any of 127.0.0.0/8), so its
    failed attempts are counted apart from the rest of the suite's."""
    return httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{stack.gateway_port}",
        transport=httpx.AsyncHTTPTransport(local_address=address),
        headers={"X-API-Key": key} if key else {},
        timeout=30,
    )


def _refused(r: httpx.Response, code: str) -> None:
    assert r.status_code == 403, r.text
    assert r.headers["content-type"].startswith("application/problem+json") and r.json()["code"] == code


async def test_a_partner_writes_only_for_its_own_organisations(stack, admin):
    x = (await admin.post("/v1/organisations", json=_organisation("Baterías X", "ES511"))).json()
    y = (await admin.post("/v1/organisations", json=_organisation("Energía Y", "CO-ANT"))).json()
    x_key = create_key(stack, "partner", organisation_ids=[x["id"]])
    y_key = create_key(stack, "partner", organisation_ids=[y["id"]])
    reader_key = create_key(stack, "partner")
    offer = {
        "kind": "technology_request",
        "organisation_id": y["id"],
        "title": "Storage for mini-grids",
        "keywords": ["battery storage"],
        "nace_codes": ["27.20"],
        "expires_on": "2031-01-31",
    }
    async with client(stack, x_key) as px, client(stack, y_key) as py, client(stack, reader_key) as reader:
        r = await py.post("/v1/opportunities", json=offer)
        assert r.status_code == 201, r.text
        opportunity = r.json()

        # Partner X on partner Y's organisation and opportunity.
        _refused(await px.patch(f"/v1/organisations/{y['id']}", json={"name": "Taken over"}), "not_your_organisation")
        _refused(await px.post(f"/v1/opportunities/{opportunity['id']}:withdraw"), "not_your_organisation")
        _refused(await px.post("/v1/opportunities", json=offer), "not_your_organisation")
        _refused(await px.post("/v1/organisations", json=_organisation("Made up", "ES511")), "coordination_unit_only")

        # An unbound partner key reads and writes nothing.
        assert (await reader.get(f"/v1/organisations/{y['id']}")).status_code == 200
        assert (await reader.get("/v1/opportunities", params={"organisation_id": y["id"]})).status_code == 200
        _refused(await reader.patch(f"/v1/organisations/{x['id']}", json={"name": "Mine"}), "partner_not_bound")
        _refused(await reader.post("/v1/opportunities", json=offer), "partner_not_bound")

        # Each on its own.
        r = await px.patch(f"/v1/organisations/{x['id']}", json={"description": "Second-life battery packs"})
        assert r.status_code == 200, r.text
        r = await py.post(f"/v1/opportunities/{opportunity['id']}:withdraw")
        assert r.status_code == 200 and r.json()["status"] == "withdrawn"
        assert (await admin.get(f"/v1/organisations/{y['id']}")).json()["name"] == y["name"]


async def test_failed_keys_from_one_address_are_throttled_also_for_the_right_key(stack, admin):
    async with _from(stack, "127.0.0.7", "iuc_not-a-key") as guesser, _from(stack, "127.0.0.7", stack.admin_api_key) as right:
        statuses = [(await guesser.get("/v1/cities")).status_code for _ in range(10)]
        assert statuses == [401] * 10
        r = await guesser.get("/v1/cities")
        assert r.status_code == 429 and r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["code"] == "auth_attempts_throttled" and 1 <= int(r.headers["retry-after"]) <= 60
        # The right key from that address waits too, or the 200 would tell the guesser its guess was right.
        assert (await right.get("/v1/cities", params={"page_size": 1})).status_code == 429
        form = {"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"}
        assert (await guesser.post("/oauth/token", data=form)).status_code == 429
    # Other addresses are not slowed down.
    assert (await admin.get("/v1/cities", params={"page_size": 1})).status_code == 200


async def test_forged_identities_sent_straight_to_a_service_are_throttled(stack, admin):
    forged = sign_identity(Identity(subject="mallory", role=Role.admin, scopes=frozenset({"*"})), "guessed-" + "s" * 40)
    base = f"http://127.0.0.1:{stack.service_ports['knowledge']}"
    transport = httpx.AsyncHTTPTransport(local_address="127.0.0.8")
    async with httpx.AsyncClient(base_url=base, transport=transport, headers={"X-IUC-Identity": forged}) as direct:
        statuses = [(await direct.get("/v1/knowledge/practices")).status_code for _ in range(12)]
    assert statuses == [401] * 10 + [429] * 2
    assert (await admin.get("/v1/knowledge/practices", params={"page_size": 1})).status_code == 200  # the gateway's still pass


async def test_answers_carry_the_security_headers_and_no_server_banner(stack, admin, anonymous):
    r = await admin.get("/v1/cities", params={"page_size": 1})
    assert r.status_code == 200
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["cache-control"] == "no-store"
    assert r.headers["x-frame-options"] == "DENY" and "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "server" not in r.headers and "strict-transport-security" not in r.headers  # not behind TLS here
    health = await anonymous.get("/healthz")
    assert "server" not in health.headers and health.headers["x-content-type-options"] == "nosniff"
    docs = await anonymous.get("/docs")
    assert docs.status_code == 200 and "script-src 'self'" in docs.headers["content-security-policy"]
    assert "cdn" not in docs.text.lower()  # the assets are ours (gateway/docs_pages.py)
    assert (await anonymous.get("/docs/static/swagger-ui-bundle.js")).status_code == 200


def _start(app_path: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    port = free_port()
    cmd = [sys.executable, "-m", "uvicorn", app_path, "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def _quiet_env(stack, **extra: str) -> dict[str, str]:
    """The stack's environment for a process of a test's own: no NATS, no consumers, a database of its own."""
    # Text logs: the refusals are checked as an operator at a terminal reads them (JSON escapes the quotes).
    env = stack.env() | {"IUC_NATS_URL": "nats://127.0.0.1:1", "IUC_KNOWLEDGE_RUN_CONSUMERS": "false", "IUC_LOG_FORMAT": "text"}
    env["IUC_KNOWLEDGE_DATABASE_URL"] = f"sqlite+aiosqlite:///{stack.var_dir / 'refused-knowledge.db'}"
    env.pop("IUC_DEV_MODE", None)
    return env | extra


def test_a_service_with_the_development_secret_refuses_to_start_unless_told_it_is_development(stack):
    env = _quiet_env(stack)
    env.pop("IUC_IDENTITY_SECRET")
    refused = _start("services.knowledge.app:app", env)
    assert refused.returncode != 0
    assert "knowledge refuses to start: IUC_IDENTITY_SECRET is not set" in refused.stderr, refused.stderr[-2000:]

    # With the development flag it starts.
    port = free_port()
    cmd = [sys.executable, "-m", "uvicorn", "services.knowledge.app:app", "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env | {"IUC_DEV_MODE": "true"}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the service did not start with IUC_DEV_MODE=true"
            time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_the_gateway_refuses_a_guessable_admin_key(stack):
    refused = _start("gateway.app:app", _quiet_env(stack, IUC_ADMIN_API_KEY="change-me-admin-key"))
    assert refused.returncode != 0
    assert "gateway refuses to start: IUC_ADMIN_API_KEY has 19 characters" in refused.stderr, refused.stderr[-2000:]
    assert 'python -c "import secrets; print(secrets.token_urlsafe(32))"' in refused.stderr
    weak = _start("gateway.app:app", _quiet_env(stack, IUC_ADMIN_API_KEY="a" * 40))
    assert weak.returncode != 0 and "looks guessable" in weak.stderr
