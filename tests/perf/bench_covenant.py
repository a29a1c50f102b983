"""The covenant service under load: the real signatories file, batchUpsert against PUT, the change feed.

    python tests/perf/bench_covenant.py [--postgres URL] [--record]

Starts the real platform as `make run` does (deploy.stack.Stack via perfkit.real_platform:
own nats-server, migrations, every service of shared/catalog.py and the gateway, fresh
databases in a temp dir, an admin API key; the gateway's per-key rate limit raised so the
benchmark's key is never refused), then, through the gateway over HTTP:

1. imports shared/data/real/gcom_mycovenant_signatories_2024.csv (the `shared` folder
   beside the repository): `POST /v1/covenant/imports?format=mycovenant-signatories`
   (text/csv), polling `GET /v1/covenant/imports/{id}` until it has succeeded. It reports
   the seconds until `succeeded`, and the seconds until every event is published: the
   covenant service's outbox (read straight from its database) has no unpublished row and
   the IUC stream holds as many `iuc.covenant.>` events as the outbox has rows. Then the
   same file again: every row unchanged, no event added;
2. reads the change feed from the start, `GET /v1/covenant/signatories/changes?cursor=0&limit=1000`
   page after page until `has_more` is false;
3. upserts 1,000 generated signatories with one `POST /v1/covenant/signatories:batchUpsert`,
   another 1,000 with one `PUT /v1/covenant/signatories/{gcom_id}` each on one keep-alive
   connection (what an office's naive sync does), and another 1,000 with PUTs on 8
   concurrent connections; then sends each thousand again with a changed population, the
   same way (the update case). Each step reports the seconds of its requests and the
   seconds until its events are published too; the outbox is drained before each step,
   so no step publishes the previous one's events.

`--postgres URL` runs the services on fresh databases on that PostgreSQL server (dropped
afterwards) instead of SQLite. `--record` adds rows to docs/benchmarks.md. Not a pytest
test: speed is measured, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import aiohttp
import nats
from covenant_load import POLL_SECONDS, Cpu, Events, cpu_text, signatories
from perfkit import Conditions, OtherWork, append_row, database_kind, machine, real_platform, today
from sqlalchemy import text
from sqlalchemy.engine import make_url

from deploy.stack import Stack

SIGNATORIES = Path(__file__).resolve().parents[3] / "shared/data/real/gcom_mycovenant_signatories_2024.csv"
SYNC_ROWS = 1_000
PUT_CONCURRENCY = 8
SECTION = "Covenant: the signatories file, batchUpsert versus PUT, the change feed"


@dataclass
class Import:
    job: dict
    import_seconds: float  # sending the file -> succeeded
    events_seconds: float  # sending the file -> every event published
    consumers_seconds: float  # sending the file -> every consumer of the platform has handled them
    outbox_before: int
    outbox_after: int
    stream_before: int
    stream_after: int  # after the settle wait
    cpu: dict[str, float]

    @property
    def rows(self) -> int:
        return self.job["total"]


async def import_once(http: aiohttp.ClientSession, events: Events, body: bytes, meter: Cpu, args) -> Import:
    outbox_before, _ = await events.outbox()
    stream_before = await events.on_stream()
    snap = await meter.snapshot()
    t0 = time.perf_counter()
    async with http.post(
        "/v1/covenant/imports", params={"format": "mycovenant-signatories"}, data=body, headers={"Content-Type": "text/csv"}
    ) as resp:
        if resp.status != 202:
            raise RuntimeError(f"the import was refused: {resp.status} {await resp.text()}")
        job = await resp.json()
    while job["status"] in ("queued", "running"):
        if time.perf_counter() - t0 > args.timeout:
            raise TimeoutError(f"import still {job['status']} after {args.timeout:g} s")
        await asyncio.sleep(POLL_SECONDS)
        async with http.get(f"/v1/covenant/imports/{job['id']}") as resp:
            job = await resp.json()
    import_seconds = time.perf_counter() - t0
    await events.wait_published(t0, args.timeout)
    events_seconds = time.perf_counter() - t0
    await events.wait_quiet(t0, args.timeout)
    consumers_seconds = time.perf_counter() - t0
    cpu = await meter.since(snap)
    await asyncio.sleep(args.settle)  # anything published later would be a duplicate or a stray
    outbox_after, _ = await events.outbox()
    stream_after = await events.on_stream()
    return Import(
        job, import_seconds, events_seconds, consumers_seconds, outbox_before, outbox_after, stream_before, stream_after, cpu
    )


def report_import(label: str, r: Import) -> None:
    j = r.job
    print(
        f"{label}: {j['status']}; {r.rows:,} rows (created {j['created']:,}, updated {j['updated']:,}, "
        f"unchanged {j['unchanged']:,}, failed {j['failed']:,})\n"
        f"  succeeded after {r.import_seconds:.1f} s = {r.rows / r.import_seconds:,.0f} rows/s; "
        f"every event published after {r.events_seconds:.1f} s = {r.rows / r.events_seconds:,.0f} rows/s; "
        f"every consumer caught up after {r.consumers_seconds:.1f} s\n"
        f"  outbox rows {r.outbox_before:,} -> {r.outbox_after:,}; "
        f"iuc.covenant events on the stream {r.stream_before:,} -> {r.stream_after:,}\n"
        f"  CPU seconds: {cpu_text(r.cpu)}"
    )


# --- 2. the change feed -----------------------------------------------------------------


@dataclass
class Feed:
    changes: int
    pages: int
    seconds: float
    cpu: dict[str, float]


async def read_feed(http: aiohttp.ClientSession, meter: Cpu) -> Feed:
    snap = await meter.snapshot()
    cursor, changes, pages = "0", 0, 0
    t0 = time.perf_counter()
    while True:
        async with http.get("/v1/covenant/signatories/changes", params={"cursor": cursor, "limit": "1000"}) as resp:
            if resp.status != 200:
                raise RuntimeError(f"change feed page {pages + 1}: {resp.status} {await resp.text()}")
            page = await resp.json()
        pages += 1
        changes += len(page["items"])
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    seconds = time.perf_counter() - t0
    return Feed(changes, pages, seconds, await meter.since(snap))


# --- 3. batchUpsert against PUT ---------------------------------------------------------


@dataclass
class Sync:
    label: str
    rows: int
    seconds: float  # the request(s), first byte sent to last byte of the last answer
    published_seconds: float  # until every event of the step is published as well
    statuses: dict[int, int] = field(default_factory=dict)  # item or response status -> count
    cpu: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.rows / self.seconds


async def batch_upsert(http: aiohttp.ClientSession, items: list[dict]) -> tuple[float, dict[int, int]]:
    t0 = time.perf_counter()
    async with http.post("/v1/covenant/signatories:batchUpsert", json={"items": items}) as resp:
        body = await resp.json() if resp.status == 207 else await resp.text()
    seconds = time.perf_counter() - t0
    if resp.status != 207:
        raise RuntimeError(f"batchUpsert answered {resp.status}: {str(body)[:500]}")
    statuses: dict[int, int] = {}
    for item in body["items"]:
        statuses[item["status"]] = statuses.get(item["status"], 0) + 1
    return seconds, statuses


async def put_each(base: str, headers: dict, items: list[dict], connections: int) -> tuple[float, dict[int, int]]:
    """One PUT per item over `connections` keep-alive connections (its own session, so the limit holds)."""
    queue: asyncio.Queue[dict] = asyncio.Queue()
    for item in items:
        queue.put_nowait(item)
    statuses: dict[int, int] = {}
    errors: list[str] = []
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(
        base, headers=headers, connector=connector, timeout=aiohttp.ClientTimeout(total=120)
    ) as http:

        async def worker() -> None:
            while not queue.empty():
                item = queue.get_nowait()
                body = {k: v for k, v in item.items() if k != "gcom_id"}
                async with http.put(f"/v1/covenant/signatories/{item['gcom_id']}", json=body) as resp:
                    await resp.read()
                    statuses[resp.status] = statuses.get(resp.status, 0) + 1
                    if resp.status >= 300 and len(errors) < 3:
                        errors.append(f"{item['gcom_id']}: {resp.status} {(await resp.text())[:200]}")

        async with http.get("/healthz") as resp:  # open the connection before the clock starts
            await resp.read()
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        seconds = time.perf_counter() - t0
    if errors:
        print("  refused PUTs, e.g.: " + "; ".join(errors))
    return seconds, statuses


async def sync_steps(http: aiohttp.ClientSession, events: Events, meter: Cpu, base: str, headers: dict, args) -> list[Sync]:
    """Create 1,000 each way, then update the same rows each way; the outbox drained between steps."""
    ranges = {
        "batchUpsert": signatories("BM", 1, SYNC_ROWS, 1),
        "PUT x1": signatories("BM", 100_001, SYNC_ROWS, 2),
        f"PUT x{PUT_CONCURRENCY}": signatories("BM", 200_001, SYNC_ROWS, 3),
    }
    results = []
    for case in ("create", "update"):
        for how, items in ranges.items():
            if case == "update":
                items = [dict(i, population=i["population"] + 1) for i in items]
            await events.wait_quiet(time.perf_counter(), args.timeout)
            snap = await meter.snapshot()
            t0 = time.perf_counter()
            if how == "batchUpsert":
                seconds, statuses = await batch_upsert(http, items)
            else:
                seconds, statuses = await put_each(base, headers, items, 1 if how == "PUT x1" else PUT_CONCURRENCY)
            await events.wait_published(t0, args.timeout)
            published = time.perf_counter() - t0
            result = Sync(f"{how} {case}", len(items), seconds, published, statuses, await meter.since(snap))
            print(
                f"{result.label}: {result.rows:,} rows in {seconds:.2f} s = {result.rate:,.0f} rows/s, "
                f"every event published after {published:.2f} s; statuses {statuses}\n"
                f"  CPU seconds (with publishing the events): {cpu_text(result.cpu)}"
            )
            results.append(result)
    return results


# --- the run ----------------------------------------------------------------------------


@dataclass
class Results:
    first: Import
    second: Import
    feed: Feed
    syncs: list[Sync]
    signatories: int  # rows in the registry after the imports
    other_cores: float

    def sync(self, label: str) -> Sync:
        return next(s for s in self.syncs if s.label == label)


async def measure(stack: Stack, body: bytes, args) -> Results:
    pids = {name: proc.pid for name, proc in stack.procs.items()}
    pids["nats-server"] = stack.nats.proc.pid
    pids["benchmark"] = os.getpid()
    databases = [make_url(u).database for u in stack.database_urls.values()]
    meter = Cpu(pids, args.postgres, databases)
    other_work = OtherWork(pids)
    nc = await nats.connect(**stack.nats_credentials("observer"))  # reads the stream and its consumers only
    events = Events(stack, nc.jetstream())
    base = f"http://127.0.0.1:{stack.gateway_port}"
    headers = {"X-API-Key": stack.admin_api_key}
    try:
        async with aiohttp.ClientSession(base, headers=headers, timeout=aiohttp.ClientTimeout(total=120)) as http:
            first = await import_once(http, events, body, meter, args)
            report_import("first import", first)
            second = await import_once(http, events, body, meter, args)
            report_import("re-import", second)
            async with events.engine.connect() as conn:
                count = int(await conn.scalar(text("select count(*) from signatories")))
            await events.wait_quiet(time.perf_counter(), args.timeout)
            feed = await read_feed(http, meter)
            print(
                f"change feed: {feed.changes:,} changes ({count:,} signatories) in {feed.pages} pages, "
                f"{feed.seconds:.2f} s = {feed.changes / feed.seconds:,.0f} changes/s\n  CPU seconds: {cpu_text(feed.cpu)}"
            )
            syncs = await sync_steps(http, events, meter, base, headers, args)
            return Results(first, second, feed, syncs, count, other_work.share())
    finally:
        await events.engine.dispose()
        await nc.close()


HEADER_IMPORT = (
    "| date | machine | python | commit | database | rows | import s | rows/s | every event published s "
    "| rows/s to published | every consumer caught up s | outbox rows = events on stream | re-import s | re-import events before → after "
    "| change feed: changes | pages | s | changes/s | load before/after | other work |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
)
HEADER_SYNC = (
    "| date | machine | python | commit | database | rows | batchUpsert create s (rows/s); published s "
    f"| PUT x1 create s (rows/s); published s | PUT x1 / batch | PUT x{PUT_CONCURRENCY} create s (rows/s); published s "
    "| batchUpsert update s (rows/s); published s | PUT x1 update s (rows/s); published s "
    f"| PUT x{PUT_CONCURRENCY} update s (rows/s); published s | load before/after | other work |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
)


def record(res: Results, database: str, conditions: Conditions) -> None:
    f, s, feed = res.first, res.second, res.feed
    lead = f"| {today()} | {machine()} | {platform.python_version()} | {conditions.commit} | {database} "
    append_row(
        HEADER_IMPORT,
        lead + f"| {f.rows:,} | {f.import_seconds:.1f} | {f.rows / f.import_seconds:,.0f} | {f.events_seconds:.1f} "
        f"| {f.rows / f.events_seconds:,.0f} | {f.consumers_seconds:.1f} | {f.outbox_after:,} = {f.stream_after:,} | {s.import_seconds:.1f} "
        f"| {s.stream_before:,} → {s.stream_after:,} | {feed.changes:,} | {feed.pages} | {feed.seconds:.2f} "
        f"| {feed.changes / feed.seconds:,.0f} | {conditions.cells()} |",
        SECTION,
    )

    def cell(label: str) -> str:
        x = res.sync(label)
        return f"{x.seconds:.2f} ({x.rate:,.0f}); {x.published_seconds:.2f}"

    ratio = res.sync("PUT x1 create").seconds / res.sync("batchUpsert create").seconds
    append_row(
        HEADER_SYNC,
        lead + f"| {SYNC_ROWS:,} | {cell('batchUpsert create')} | {cell('PUT x1 create')} | {ratio:.1f} "
        f"| {cell(f'PUT x{PUT_CONCURRENCY} create')} | {cell('batchUpsert update')} | {cell('PUT x1 update')} "
        f"| {cell(f'PUT x{PUT_CONCURRENCY} update')} | {conditions.cells()} |",
        SECTION,
    )


def problems_of(res: Results, conditions: Conditions) -> list[str]:
    problems = ["the platform's code changed during the run"] if conditions.code_changed() else []
    f, s = res.first, res.second
    if f.job["status"] != "succeeded" or s.job["status"] != "succeeded":
        problems.append(f"an import did not succeed: {f.job['status']}, {s.job['status']}")
    if f.job["created"] + f.job["failed"] != f.rows:
        problems.append(f"the first import did not create every row it did not fail: {f.job}")
    if s.job["unchanged"] != f.job["created"] or s.job["created"] or s.job["updated"]:
        problems.append("the re-import did not find every row unchanged")
    if f.stream_after != f.outbox_after or s.stream_after != s.stream_before or s.outbox_after != s.outbox_before:
        problems.append(
            f"events: outbox {f.outbox_after:,} vs stream {f.stream_after:,} after the import; "
            f"re-import stream {s.stream_before:,} -> {s.stream_after:,}, outbox {s.outbox_before:,} -> {s.outbox_after:,}"
        )
    if res.feed.changes != res.signatories:
        problems.append(f"the change feed gave {res.feed.changes:,} changes for {res.signatories:,} signatories")
    for x in res.syncs:
        expected = {201 if x.label.endswith("create") else 200: x.rows}  # per item of a batch, per PUT otherwise
        if x.statuses != expected:
            problems.append(f"{x.label}: statuses {x.statuses}, expected {expected}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="run the services on fresh databases on this PostgreSQL server, "
        "e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/postgres",
    )
    parser.add_argument("--timeout", type=float, default=900.0, help="give up on a step after this many seconds")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds to wait before counting events after an import")
    parser.add_argument("--record", action="store_true", help="add the results to docs/benchmarks.md")
    args = parser.parse_args()

    if not SIGNATORIES.is_file():
        print(
            f"The signatories file is missing: {SIGNATORIES}\n"
            "It belongs in the `shared` folder beside the repository "
            "(shared/data/real/gcom_mycovenant_signatories_2024.csv).",
            file=sys.stderr,
        )
        return 2
    body = SIGNATORIES.read_bytes()
    database = database_kind(args.postgres)
    conditions = Conditions.now()
    print(
        f"{machine()}; {database}; {SIGNATORIES.name}, {len(body):,} bytes; "
        f"code {conditions.commit}, load average {conditions.load_before}"
    )
    with tempfile.TemporaryDirectory(prefix="iuc-bench-covenant-") as tmp, real_platform(Path(tmp), args.postgres) as stack:
        res = asyncio.run(measure(stack, body, args))
    conditions.finish(res.other_cores)
    print(conditions.describe())

    problems = problems_of(res, conditions)
    if problems:
        print("not a valid measurement:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    if args.record:
        record(res, database, conditions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
