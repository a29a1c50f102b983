"""Oversized bodies on the running platform: refused with 413 before they are read, at the gateway
and at a service's own port, while no process grows by more than 64 MB (issue 13).

Timings are printed (`-s`), never asserted: docs/benchmarks.md records them.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import psutil
import pytest

from shared.limits import CSV_IMPORT, JSON_BODY, MiB
from shared.problems import PROBLEM_JSON
from tests.e2e.test_covenant_import import covenant_import
from tests.support.uploads import PeakMemory, answer_while_sending, filler

# Does not depend on the database (bodies are refused before any database is touched): runs once, in make test.
pytestmark = pytest.mark.dbfree

PRACTICES = "/v1/knowledge/practices"
HUGE = 200 * 1000 * 1000  # the 200 MB of the issue
MAX_GROWTH = 64 * 1000 * 1000
SIGNATORIES = Path(__file__).resolve().parents[3] / "shared" / "data" / "real" / "gcom_mycovenant_signatories_2024.csv"


def assert_413(resp_or_answer, limit: int = JSON_BODY) -> dict:
    status = getattr(resp_or_answer, "status_code", None) or resp_or_answer.status
    assert status == 413, getattr(resp_or_answer, "text", resp_or_answer.body)
    assert resp_or_answer.headers["content-type"].startswith(PROBLEM_JSON)
    problem = resp_or_answer.json()
    assert problem["status"] == 413 and problem["limit_bytes"] == limit
    assert problem["detail"].startswith("The request body is larger than ")
    return problem


def bytes_read(pid: int) -> int:
    """Everything a process has read so far, sockets included (/proc/<pid>/io rchar)."""
    return psutil.Process(pid).io_counters().read_chars


def pids(stack, *names: str) -> dict[str, int]:
    return {name: stack.procs[name].pid for name in names}


async def test_a_declared_200_mb_body_is_refused_before_the_gateway_reads_it(stack):
    knowledge = stack.procs["knowledge"].pid
    read_before = bytes_read(knowledge)
    # Sent slowly, as from afar: the answer comes while the client has sent almost nothing.
    answer = await answer_while_sending(
        stack.gateway_port,
        PRACTICES,
        {"X-API-Key": stack.admin_api_key, "Content-Type": "application/json"},
        length=HUGE,
        pace=0.01,
    )
    assert_413(answer)
    assert answer.headers["connection"] == "close"
    assert answer.sent < 8 * MiB
    print(
        f"\n413 for a declared 200 MB body through the gateway: {answer.seconds * 1000:.1f} ms, {answer.sent} bytes sent by then"
    )

    # A client that writes all 200 MB before it reads (httpx) still gets the 413; the service hears nothing.
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{stack.gateway_port}", timeout=60) as c:
        resp = await c.post(
            PRACTICES, content=b" " * HUGE, headers={"X-API-Key": stack.admin_api_key, "Content-Type": "application/json"}
        )
    assert_413(resp)
    print(f"413 after httpx sent all 200 MB: {time.perf_counter() - started:.2f} s")
    assert bytes_read(knowledge) - read_before < JSON_BODY


async def test_a_chunked_200_mb_body_is_cut_at_the_gateway_and_at_the_service(stack):
    for name, port in (("gateway", stack.gateway_port), ("knowledge", stack.service_ports["knowledge"])):
        with PeakMemory(pids(stack, "gateway", "knowledge")) as memory:
            started = time.perf_counter()
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
                resp = await c.post(PRACTICES, content=filler(HUGE), headers={"X-API-Key": stack.admin_api_key})
            seconds = time.perf_counter() - started
        assert_413(resp)
        growth = memory.growth()
        print(f"\nchunked 200 MB to the {name}: 413 after {seconds:.2f} s; RSS growth {growth}")
        assert all(g < MAX_GROWTH for g in growth.values()), growth


async def test_four_parallel_200_mb_uploads_grow_no_process_by_64_mb(stack):
    declared = b" " * HUGE  # one copy for the two uploads that say their length

    async def upload(port: int, chunked: bool) -> httpx.Response:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=120) as c:
            content = filler(HUGE) if chunked else declared
            return await c.post(PRACTICES, content=content, headers={"X-API-Key": stack.admin_api_key})

    for name, port in (("gateway", stack.gateway_port), ("knowledge", stack.service_ports["knowledge"])):
        with PeakMemory(pids(stack, "gateway", "knowledge")) as memory:
            answers = await asyncio.gather(*(upload(port, chunked=n % 2 == 0) for n in range(4)))
        for resp in answers:
            assert_413(resp)
        growth = memory.growth()
        print(f"\nfour parallel 200 MB uploads to the {name}: RSS growth {growth}")
        assert all(g < MAX_GROWTH for g in growth.values()), growth


async def test_a_covenant_file_over_its_limit_is_refused_unread_and_a_real_one_imports(stack, admin):
    headers = {"X-API-Key": stack.admin_api_key, "Content-Type": "text/csv"}
    for port in (stack.gateway_port, stack.service_ports["covenant"]):
        answer = await answer_while_sending(
            port, "/v1/covenant/imports?format=mycovenant-signatories", headers, length=CSV_IMPORT + 1, pace=0.01
        )
        assert_413(answer, CSV_IMPORT)
        assert answer.json()["detail"] == "The request body is larger than 32 MiB, the limit for this operation."
        assert answer.sent < CSV_IMPORT // 4  # answered long before the file was through
    # Chunked, no length said: cut once it passes the limit.
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{stack.gateway_port}", timeout=60) as c:
        resp = await c.post(
            "/v1/covenant/imports", params={"format": "mycovenant-signatories"}, content=filler(CSV_IMPORT + 1), headers=headers
        )
    assert_413(resp, CSV_IMPORT)

    job = await covenant_import(admin, "mycovenant-signatories", SIGNATORIES.read_bytes())
    assert (job["status"], job["total"], job["failed"]) == ("succeeded", 11_973, 0), job
