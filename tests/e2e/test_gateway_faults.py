"""The gateway process in front of a hung service, and two gateway processes sharing Redis.

Real processes throughout: `python -m uvicorn gateway.app:app` pointed (IUC_KNOWLEDGE_URL) at
a tiny uvicorn upstream of the test's own, which the test hangs with SIGSTOP and revives with
SIGCONT; Redis is the one on this machine (127.0.0.1:6379), with a key prefix per test.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from deploy.stack import ROOT, _stop, free_port, wait_for_http
from tests.support.databases import new_database_url

UPSTREAM = """
from fastapi import FastAPI

app = FastAPI()


@app.get("/readyz")
async def readyz():
    return {"status": "ready"}


@app.get("/v1/knowledge/{path:path}")
async def anything(path: str):
    return {"path": path}
"""

# The outcome does not depend on the database (upstream faults): runs once, in make test.
pytestmark = pytest.mark.dbfree

READ_TIMEOUT = 1.0
BREAKER_FAILURES = 3
BREAKER_RESET = 2.0
ADMIN_KEY = "iuc_test_admin_" + secrets.token_urlsafe(32)


class Upstream:
    def __init__(self, tmp: Path) -> None:
        (tmp / "faults_upstream.py").write_text(UPSTREAM)
        self.port = free_port()
        cmd = [sys.executable, "-m", "uvicorn", "faults_upstream:app", "--app-dir", str(tmp), "--port", str(self.port)]
        cmd += ["--host", "127.0.0.1", "--no-access-log", "--log-level", "warning"]
        self.proc = subprocess.Popen(cmd, cwd=ROOT)
        wait_for_http(f"http://127.0.0.1:{self.port}/readyz", timeout=30, proc=self.proc)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Upstream]:
    up = Upstream(tmp_path_factory.mktemp("faults-upstream"))
    yield up
    up.proc.send_signal(signal.SIGCONT)
    _stop(up.proc)


@pytest.fixture(scope="module")
def gateway_env(tmp_path_factory: pytest.TempPathFactory, upstream: Upstream) -> dict[str, str]:
    """What every gateway process of this module shares: a migrated key store, the secrets, the upstream."""
    tmp = tmp_path_factory.mktemp("faults-gateway")
    env = dict(os.environ)
    env |= {
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        "IUC_GATEWAY_DATABASE_URL": new_database_url("faults_gateway", tmp),
        "IUC_IDENTITY_SECRET": secrets.token_urlsafe(32),
        "IUC_ADMIN_API_KEY": ADMIN_KEY,
        "IUC_KEY_PEPPER": secrets.token_urlsafe(32),
        "IUC_KNOWLEDGE_URL": upstream.url,
        "IUC_GATEWAY_KNOWLEDGE_READ_TIMEOUT": str(READ_TIMEOUT),
        "IUC_GATEWAY_BREAKER_FAILURES": str(BREAKER_FAILURES),
        "IUC_GATEWAY_BREAKER_RESET_SECONDS": str(BREAKER_RESET),
    }
    subprocess.run([sys.executable, "-m", "shared.migrate", "gateway", "upgrade"], cwd=ROOT, env=env, check=True)
    return env


@pytest.fixture
def start_gateway(gateway_env: dict[str, str]) -> Iterator:
    """`start_gateway(**env)`: a gateway process; the base URL. Stopped after the test."""
    procs: list[subprocess.Popen] = []

    def start(**extra: str) -> str:
        port = free_port()
        cmd = [sys.executable, "-m", "uvicorn", "gateway.app:app", "--host", "127.0.0.1", "--port", str(port), "--no-access-log"]
        proc = subprocess.Popen(cmd, cwd=ROOT, env=gateway_env | extra)
        procs.append(proc)
        wait_for_http(f"http://127.0.0.1:{port}/healthz", timeout=60, proc=proc)
        return f"http://127.0.0.1:{port}"

    yield start
    for proc in procs:
        _stop(proc)


async def test_a_hung_service_costs_the_read_timeout_then_the_breaker_answers_at_once(upstream, start_gateway):
    base = start_gateway()
    headers = {"X-API-Key": ADMIN_KEY}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as c:
        assert (await c.get("/v1/knowledge/a")).json() == {"path": "a"}
        upstream.proc.send_signal(signal.SIGSTOP)
        try:
            for _ in range(BREAKER_FAILURES):
                started = time.monotonic()
                resp = await c.get("/v1/knowledge/a")
                waited = time.monotonic() - started
                assert resp.status_code == 504, resp.text
                assert resp.headers["content-type"].startswith("application/problem+json")
                # The configured read timeout, not the old 30 s (a generous ceiling for a loaded machine).
                assert READ_TIMEOUT * 0.9 <= waited < READ_TIMEOUT + 4
            started = time.monotonic()
            resp = await c.get("/v1/knowledge/a")
            assert resp.status_code == 503 and "is failing" in resp.json()["detail"]
            assert 1 <= int(resp.headers["retry-after"]) <= BREAKER_RESET
            assert time.monotonic() - started < READ_TIMEOUT  # at once: the breaker, not a timeout
        finally:
            upstream.proc.send_signal(signal.SIGCONT)
        # Recovered: after the cool-down one probe goes through and closes the breaker.
        deadline = time.monotonic() + 15
        while (resp := await c.get("/v1/knowledge/b")).status_code != 200:
            assert resp.status_code == 503, resp.text
            assert time.monotonic() < deadline, "the breaker never closed again"
            await asyncio.sleep(0.2)
        assert resp.json() == {"path": "b"}
        assert all([(await c.get(f"/v1/knowledge/{i}")).status_code == 200 for i in range(5)])


async def test_two_gateways_sharing_redis_hold_one_key_limit_together(upstream, start_gateway):
    shared = {
        "IUC_GATEWAY_RATE_LIMIT_STORAGE": "redis://127.0.0.1:6379/0",
        "IUC_GATEWAY_RATE_LIMIT_PREFIX": "iuc-e2e-" + secrets.token_hex(6),
        "IUC_GATEWAY_RATE_LIMIT": "10/minute",
    }
    bases = [start_gateway(**shared), start_gateway(**shared)]
    headers = {"X-API-Key": ADMIN_KEY}
    async with httpx.AsyncClient(headers=headers, timeout=30) as c:
        statuses = [(await c.get(bases[i % 2] + "/v1/knowledge/x")).status_code for i in range(14)]
    assert statuses.count(200) == 10 and statuses.count(429) == 4, statuses
    assert statuses[:10] == [200] * 10
