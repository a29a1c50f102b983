"""The whole platform as real processes for end-to-end tests, and helpers to drive it."""

from __future__ import annotations

import secrets
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import httpx

from deploy.stack import ROOT, Stack, free_port, wait_for_http
from shared.catalog import SERVICES
from tests.support.databases import new_database_url


def start_stack(tmp: Path) -> Stack:
    """Start NATS, every service and the gateway on free ports with fresh databases."""
    names = [e.name for e in SERVICES] + ["gateway"]
    stack = Stack(
        var_dir=tmp / "var",
        log_dir=tmp / "logs",
        gateway_port=free_port(),
        service_ports={e.name: free_port() for e in SERVICES},
        admin_api_key="iuc_test_admin_" + secrets.token_urlsafe(32),
        database_urls={n: new_database_url(f"e2e_{n}", tmp) for n in names},
        # A process that dies (a test SIGKILLs a relay) is started again, as under `make run`.
        supervise=True,
        # A pepper of the stack's own, so its keys never depend on the repository's var/key-pepper.
        extra_env={
            "IUC_TEST_CLOCK_CONTROL": "true",
            "IUC_KEY_PEPPER": secrets.token_urlsafe(32),
            # The contract fuzz sends some 9,000 requests a minute with the admin key, over the
            # default per-key limit (6000/minute), and then tests 429s instead of the operations.
            # The limit itself is tested on the gateway (tests/unit/gateway/test_gateway_ratelimit.py).
            "IUC_GATEWAY_RATE_LIMIT": "60000/minute;3000/second",
        },
    )
    return stack.start()


def create_key(
    stack: Stack,
    role: str,
    *,
    city_id: str | None = None,
    regional_covenant: str | None = None,
    organisation_ids: Sequence[str] = (),
    scopes: Sequence[str] = (),
) -> str:
    """Create an API key with the documented command and return it (the role's scopes, or `scopes`)."""
    return create_client(
        stack, role, city_id=city_id, regional_covenant=regional_covenant, organisation_ids=organisation_ids, scopes=scopes
    )[1]


def create_client(
    stack: Stack,
    role: str,
    *,
    city_id: str | None = None,
    regional_covenant: str | None = None,
    organisation_ids: Sequence[str] = (),
    scopes: Sequence[str] = (),
) -> tuple[str, str]:
    """Create an API key with the documented command: (its id, the key), which are also an
    OAuth2 client's client_id and client_secret. A partner key acts for `organisation_ids`."""
    cmd = [sys.executable, "-m", "gateway.keys", "create", "--name", f"test-{role}", "--role", role]
    if city_id:
        cmd += ["--city-id", city_id]
    if regional_covenant:
        cmd += ["--regional-covenant", regional_covenant]
    for organisation_id in organisation_ids:
        cmd += ["--organisation-id", organisation_id]
    if scopes:
        cmd += ["--scopes", ",".join(scopes)]
    lines = subprocess.run(cmd, cwd=ROOT, env=stack.env(), check=True, capture_output=True, text=True).stdout.strip().splitlines()
    return lines[0].split()[0], lines[-1].strip()


def revoke_key(stack: Stack, key_id: str) -> None:
    """Revoke an API key with the documented command."""
    cmd = [sys.executable, "-m", "gateway.keys", "revoke", key_id]
    subprocess.run(cmd, cwd=ROOT, env=stack.env(), check=True, capture_output=True)


def client(stack: Stack, key: str | None) -> httpx.AsyncClient:
    """An HTTP client for the gateway, authenticated with `key`."""
    headers = {"X-API-Key": key} if key else {}
    return httpx.AsyncClient(base_url=f"http://127.0.0.1:{stack.gateway_port}", headers=headers, timeout=30)


def webhook_endpoint_ids(stack: Stack) -> set[str]:
    """The ids of every webhook endpoint on the stack (through the gateway, as the admin)."""
    ids: set[str] = set()
    params: dict[str, str] = {"page_size": "100"}
    headers = {"X-API-Key": stack.admin_api_key}
    with httpx.Client(base_url=f"http://127.0.0.1:{stack.gateway_port}", headers=headers, timeout=30) as c:
        while True:
            r = c.get("/v1/webhooks/endpoints", params=params)
            r.raise_for_status()
            page = r.json()
            ids |= {e["id"] for e in page["items"]}
            if not page.get("next_page_token"):
                return ids
            params["page_token"] = page["next_page_token"]


def delete_webhook_endpoints(stack: Stack, ids: set[str]) -> None:
    """Delete these webhook endpoints (a test's own, so the session's later events are not sent to them)."""
    headers = {"X-API-Key": stack.admin_api_key}
    with httpx.Client(base_url=f"http://127.0.0.1:{stack.gateway_port}", headers=headers, timeout=30) as c:
        for endpoint_id in sorted(ids):
            r = c.delete(f"/v1/webhooks/endpoints/{endpoint_id}")
            assert r.status_code in (204, 404), r.text


def logs(stack: Stack) -> str:
    """The tail of every process log, for failure messages."""
    return stack.log_tails(40)


def shift_clock(stack: Stack, service: str, days: float) -> None:
    """Run a service's clock `days` ahead of the real one (test-only control on its own port)."""
    r = httpx.put(f"http://127.0.0.1:{stack.service_ports[service]}/_test/clock", json={"offset_days": days}, timeout=10)
    r.raise_for_status()


def spawn_service(stack: Stack, name: str, service: str, env_drop: tuple[str, ...] = ()) -> tuple[subprocess.Popen, int]:
    """Another process of `service` (its own port, the same database and NATS identity): a second replica."""
    entry = next(e for e in SERVICES if e.name == service)
    env = {k: v for k, v in stack.process_env(stack.env(), service).items() if k not in env_drop}
    port = free_port()
    proc = stack.spawn(name, entry.app_path, port, env)
    wait_for_http(f"http://127.0.0.1:{port}/readyz", proc=proc)
    return proc, port


def stop(proc: subprocess.Popen) -> None:
    """Stop a process the test started, SIGTERM first."""
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
