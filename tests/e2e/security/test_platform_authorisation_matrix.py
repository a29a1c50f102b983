"""The authorisation matrix against the real stack: every write operation of the merged OpenAPI
document, called by every actor of its rows (matrix.py) with a valid request (requests.py and the
target builders), answers the status the rules give. A write operation without rows fails the
coverage test by name, so a new operation cannot ship without saying who may call it."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator

import httpx
import pytest

from deploy.stack import Stack
from tests.e2e.security import (
    targets_chains,
    targets_consent,
    targets_covenant,
    targets_pairing,
    targets_partners,
    targets_programme,
    targets_review,
    targets_revisions,
    targets_webhooks,
)
from tests.e2e.security.matrix import DASHBOARD_WRITES, ITEM_STATUSES, OPERATIONS, PUBLIC, expected, rows
from tests.e2e.security.requests import BUILDERS, Request
from tests.e2e.security.scenario import World, build_world, gateway_client
from tests.support.platform import client

WRITE_METHODS = {"post", "put", "patch", "delete"}
PROBLEM_JSON = "application/problem+json"
# their builders register themselves on import
assert targets_programme and targets_partners and targets_consent and targets_webhooks
assert targets_review and targets_revisions and targets_pairing and targets_covenant and targets_chains

# Does not depend on the database (who may call what: the gateway and the routes decide): runs once, in make test.
pytestmark = pytest.mark.dbfree


def write_operations(document: dict) -> dict[str, tuple[str, str]]:
    """operationId -> (method, path) of every write operation of an OpenAPI document."""
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in WRITE_METHODS
    }


@pytest.fixture(scope="session")
async def document(stack: Stack) -> dict:
    """The live merged document, once it has stopped growing (it holds the services that answered)."""
    async with client(stack, stack.admin_api_key) as c:
        last: dict = {}
        for _ in range(30):
            r = await c.get("/openapi.json")
            assert r.status_code == 200, r.text
            if last and r.json()["paths"].keys() == last["paths"].keys():
                return last
            last = r.json()
            await asyncio.sleep(0.5)
        raise AssertionError("the merged document kept changing")


@pytest.fixture(scope="session")
async def world(stack: Stack) -> AsyncIterator[World]:
    async with gateway_client(stack, {"X-API-Key": stack.admin_api_key}) as admin:
        w = await build_world(stack, admin)
        yield w
        for c in w.clients.values():
            await c.aclose()


async def test_every_write_operation_of_the_merged_document_has_matrix_rows(document: dict) -> None:
    operations = write_operations(document)
    missing = sorted(set(operations) - set(OPERATIONS))
    assert not missing, "write operations without rows in tests/e2e/security/matrix.py: " + ", ".join(
        f"{op} ({' '.join(operations[op])})" for op in missing
    )
    stale = sorted(set(OPERATIONS) - set(operations))
    assert not stale, f"matrix rows for operations the document no longer has: {', '.join(stale)}"
    assert not (unbuilt := sorted(set(OPERATIONS) - set(BUILDERS))), f"no request builder for {', '.join(unbuilt)}"


def test_every_operation_has_the_minimum_rows() -> None:
    """Refused without a key and to the dashboard (but for its own webhook subscriptions), granted to someone."""
    for op in OPERATIONS:
        table = expected(op)
        assert table.get("anonymous") == 401, op
        assert op in PUBLIC or op in DASHBOARD_WRITES or table.get("dashboard") == 403, op
        assert any(status not in (401, 403) for status in table.values()), f"{op}: nobody may call it"


# Refused by the gateway itself: the request never reaches a service, so one built request serves them all.
GATEWAY_REFUSED = frozenset({"anonymous", "garbage_key", "revoked_key", "forged"})


async def build(w: World, operation_id: str, actor: str, status: int) -> Request:
    """The row's request: on a resource of its own when it should succeed (see requests.py)."""
    if actor in GATEWAY_REFUSED and operation_id not in PUBLIC:
        return await w.once(f"request {operation_id}", lambda: BUILDERS[operation_id](w, operation_id, False, actor))
    return await BUILDERS[operation_id](w, operation_id, status < 400, actor)


async def send(w: World, actor: str, req: Request, status: int) -> httpx.Response:
    """The request with the actor's credentials (or the operation's own ones); a row that expects
    401 comes from an address of its own, so the throttle on failed credentials never answers it."""
    who = actor if req.actor_headers else "anonymous"
    if status == 401:
        async with w.stranger(who) as c:
            return await _send(c, req)
    return await _send(w.client_for(who), req)


async def _send(c: httpx.AsyncClient, req: Request) -> httpx.Response:
    kwargs = {"params": req.params, "headers": req.headers, "auth": req.basic_auth}
    if req.form is not None:
        kwargs["data"] = req.form
    elif req.content is not None:
        kwargs["content"] = req.content
    elif req.json is not None:
        kwargs["json"] = req.json
    return await c.request(req.method, req.path, **{k: v for k, v in kwargs.items() if v is not None})


@pytest.mark.parametrize(("operation_id", "actor", "status"), rows(), ids=[f"{op}-{actor}" for op, actor, _ in rows()])
async def test_authorisation_matrix(world: World, document: dict, operation_id: str, actor: str, status: int) -> None:
    if operation_id not in (operations := write_operations(document)):
        pytest.fail(f"{operation_id} has matrix rows but is not a write operation of the merged document", pytrace=False)
    method, path = operations[operation_id]
    req = await build(world, operation_id, actor, status)
    template = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))
    assert req.method == method and re.fullmatch(template, req.path), (
        f"{operation_id}: built {req.method} {req.path} for {method} {path}"
    )
    r = await send(world, actor, req, status)
    assert r.status_code == status, (
        f"{operation_id} as {actor}: {req.method} {req.path} -> {r.status_code}, expected {status}: {r.text[:600]}"
    )
    if status in (401, 403) and operation_id not in PUBLIC:
        assert r.headers["content-type"].startswith(PROBLEM_JSON), r.headers["content-type"]
    if (operation_id, actor) in ITEM_STATUSES:
        items = r.json()["items"]
        assert [i["status"] for i in items] == [ITEM_STATUSES[operation_id, actor]] * len(items), r.text[:600]
