"""The platform on a 3-node JetStream cluster (issue 14): the stream leader SIGKILLed during a
Covenant import and brought back loses and doubles nothing; a process started without
IUC_STREAM_REPLICAS leaves the 3-replica streams alone; /readyz says when the stream has no
leader; two action_plans processes share one durable, each event handled by one of them.

Trials (`make trials`, pytest -m trial): each test takes a minute or two, bounded by deadlines.
"""

from __future__ import annotations

import asyncio
import csv
import io
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import nats
import pytest
from sqlalchemy import text

from deploy.stack import Stack, free_port
from shared.catalog import SERVICES
from shared.contracts.covenant import CommitmentMade
from shared.db import make_engine
from tests.e2e.test_covenant_import import covenant_import
from tests.support.databases import new_database_url
from tests.support.platform import client, logs, spawn_service, stop
from tests.support.streams import count_on_stream, events_on_stream

pytestmark = pytest.mark.trial

SIGNATORIES = Path(__file__).resolve().parents[3] / "shared" / "data" / "real" / "gcom_mycovenant_signatories_2024.csv"
SLICE = 1_500  # signatories per import: some 4,000 events each
COVENANT = "iuc.covenant.>"
COMMITMENT_TYPE = CommitmentMade.event_type()


def signatories(start: int, count: int) -> bytes:
    """Rows start..start+count of the real file, with its header."""
    with SIGNATORIES.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([rows[0], *rows[1 + start : 1 + start + count]])
    return out.getvalue().encode()


@pytest.fixture(scope="module")
def cluster_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The platform against a 3-node cluster, every process given all three URLs and 3 replicas."""
    tmp = tmp_path_factory.mktemp("cluster")
    names = [e.name for e in SERVICES] + ["gateway"]
    stack = Stack(
        var_dir=tmp / "var",
        log_dir=tmp / "logs",
        nats_nodes=3,
        gateway_port=free_port(),
        service_ports={e.name: free_port() for e in SERVICES},
        admin_api_key="iuc_test_admin_" + secrets.token_urlsafe(32),
        database_urls={n: new_database_url(f"cluster_{n}", tmp) for n in names},
        extra_env={"IUC_KEY_PEPPER": secrets.token_urlsafe(32), "IUC_STREAM_REPLICAS": "3"},
    )
    stack.start()
    yield stack
    stack.stop()


async def stream_state(stack: Stack, stream: str = "IUC"):
    nc = await nats.connect(**stack.nats_credentials("observer"))
    try:
        return await nc.jetstream(timeout=5).stream_info(stream)
    finally:
        await nc.close()


async def until(check, what: str, timeout: float, stack: Stack):
    deadline = time.monotonic() + timeout
    while True:
        try:
            found = await check()
        except Exception as exc:  # noqa: BLE001 - e.g. no leader yet: poll on
            found = None
            last = exc
        else:
            last = found
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout}s (last {last!r})\n{logs(stack)}")
        await asyncio.sleep(0.5)


async def drained(stack: Stack, timeout: float = 240) -> int:
    """The number of covenant events once the relay has stopped adding any (and its outbox is empty)."""

    async def settled():
        before = await count_on_stream(stack.nats.url, COVENANT)
        await asyncio.sleep(2)
        return before if before == await count_on_stream(stack.nats.url, COVENANT) and not await unpublished(stack) else None

    return await until(settled, "the covenant relay published everything", timeout, stack)


async def scalar(stack: Stack, service: str, sql: str) -> int:
    engine = make_engine(stack.database_urls[service])
    try:
        async with engine.connect() as conn:
            return int((await conn.execute(text(sql))).scalar_one())
    finally:
        await engine.dispose()


async def unpublished(stack: Stack) -> int:
    return await scalar(stack, "covenant", "SELECT count(*) FROM outbox WHERE published_at IS NULL")


async def check_every_event_once(stack: Stack) -> tuple[int, int]:
    """Every outbox row of covenant is on the stream once; every commitment's signatory has one
    SECAP. Returns (events, SECAPs)."""
    expected = await scalar(stack, "covenant", "SELECT count(*) FROM outbox")
    events = await events_on_stream(stack.nats.url, COVENANT)
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids)) == expected, (len(ids), len(set(ids)), expected)
    committed = {e.data["signatory_id"] for e in events if e.type == COMMITMENT_TYPE}
    commitments = sum(e.type == COMMITMENT_TYPE for e in events)

    async def secaps_done():
        handled = await scalar(stack, "action_plans", f"SELECT count(*) FROM inbox WHERE type = '{COMMITMENT_TYPE}'")
        return handled == commitments

    await until(secaps_done, f"action_plans handled {commitments} commitments", 240, stack)
    secaps = await scalar(stack, "action_plans", "SELECT count(*) FROM plans WHERE kind = 'secap'")
    assert secaps == len(committed)
    return len(ids), secaps


async def test_the_stream_leader_killed_mid_import_loses_and_doubles_nothing(cluster_stack: Stack):
    stack = cluster_stack
    info = await until(lambda: stream_state(stack), "IUC has a leader", 60, stack)
    assert info.config.num_replicas == 3 and info.cluster.leader and len(info.cluster.replicas) == 2
    assert (await stream_state(stack, "IUC_DLQ")).config.num_replicas == 3

    async with client(stack, stack.admin_api_key) as admin:
        importing = asyncio.create_task(covenant_import(admin, "mycovenant-signatories", signatories(0, SLICE)))
        try:
            # Once events flow, SIGKILL whichever node leads the stream, and start it again.
            await until(lambda: count_on_stream(stack.nats.url, COVENANT), "events on the stream", 120, stack)
            leader = (await stream_state(stack)).cluster.leader
            node = stack.nats.node(leader)
            node.proc.kill()
            node.proc.wait()
            killed_at = time.monotonic()
            new = await until(lambda: _new_leader(stack, leader), "a new leader", 60, stack)  # elected by the two left
            elected_after = time.monotonic() - killed_at
            await asyncio.sleep(3)  # publishing goes on without the old leader for a while
            node.start()
            job = await asyncio.wait_for(importing, 600)
        finally:
            importing.cancel()
    assert job["status"] == "succeeded" and job["total"] == SLICE, job
    events = await drained(stack)
    total, secaps = await check_every_event_once(stack)
    assert total == events
    print(f"\nleader {leader} killed, {new} leads {elected_after:.1f}s later; {total} events, {secaps} SECAPs")

    # The node that was killed catches up: every replica current again.
    await until(lambda: _all_current(stack), "every replica current", 120, stack)

    # A process started without IUC_STREAM_REPLICAS leaves both streams at 3 replicas, loudly.
    proc, _ = spawn_service(stack, "knowledge-unset", "knowledge", env_drop=("IUC_STREAM_REPLICAS",))
    try:

        async def warned():
            log = (stack.log_dir / "knowledge-unset.log").read_text()
            return "stream IUC_DLQ kept as it is" in log and "num_replicas is 3 on the stream, 1 here" in log

        await until(warned, "the warning of a process configured with 1 replica", 60, stack)
    finally:
        stop(proc)
    for stream in ("IUC", "IUC_DLQ"):
        assert (await stream_state(stack, stream)).config.num_replicas == 3

    # Two nodes down: the stream has no leader, and /readyz says so; back up, ready again.
    url = f"http://127.0.0.1:{stack.service_ports['knowledge']}/readyz"
    others = stack.nats.nodes[1:]
    for n in others:
        n.proc.kill()
        n.proc.wait()
    try:

        async def not_ready():
            async with httpx.AsyncClient(timeout=10) as http:
                r = await http.get(url)
            return r if r.status_code == 503 and r.json()["checks"].get("stream", "").startswith("no leader") else None

        r = await until(not_ready, "/readyz reports the stream without a leader", 60, stack)
        assert r.headers["content-type"].startswith("application/problem+json")
    finally:
        for n in others:
            n.start()

    async def ready():
        async with httpx.AsyncClient(timeout=10) as http:
            return (await http.get(url)).status_code == 200

    await until(ready, "/readyz ready again", 90, stack)


async def _new_leader(stack: Stack, old: str) -> str | None:
    info = await stream_state(stack)
    return info.cluster.leader if info.cluster.leader and info.cluster.leader != old else None


async def _all_current(stack: Stack) -> bool:
    info = await stream_state(stack)
    return bool(info.cluster.leader) and len(info.cluster.replicas) == 2 and all(r.current for r in info.cluster.replicas)


async def test_two_action_plans_processes_share_one_durable(cluster_stack: Stack):
    stack = cluster_stack
    await drained(stack)
    second, _ = spawn_service(stack, "action_plans-2", "action_plans")
    try:
        nc = await nats.connect(**stack.nats_credentials("observer"))
        try:
            js = nc.jetstream(timeout=5)

            async def both_pulling():
                return (await js.consumer_info("IUC", "action-plans")).num_waiting >= 2

            await until(both_pulling, "two processes pulling from the durable", 60, stack)
            before = await js.consumer_info("IUC", "action-plans")
            commitments_before = await count_on_stream(stack.nats.url, CommitmentMade.nats_subject())
            async with client(stack, stack.admin_api_key) as admin:
                job = await covenant_import(admin, "mycovenant-signatories", signatories(SLICE, SLICE))
            assert job["status"] == "succeeded" and job["created"] == SLICE, job
            await drained(stack)
            total, secaps = await check_every_event_once(stack)
            commitments = await count_on_stream(stack.nats.url, CommitmentMade.nats_subject()) - commitments_before
            after = await js.consumer_info("IUC", "action-plans")
        finally:
            await nc.close()
    finally:
        stop(second)
    # The durable delivered each new commitment exactly once, to one of the two processes (a
    # second delivery, to the other or the same, would count twice), and all are acknowledged.
    deliveries = after.delivered.consumer_seq - before.delivered.consumer_seq
    print(f"\ntwo action_plans processes: {deliveries} deliveries of {commitments} commitments; {total} events, {secaps} SECAPs")
    assert commitments > 0 and deliveries == commitments
    assert after.num_ack_pending == 0 and after.num_pending == 0 and after.num_redelivered == 0
    assert "Traceback" not in (stack.log_dir / "action_plans-2.log").read_text()
