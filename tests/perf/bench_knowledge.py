"""Knowledge search latency over 10,000 published practices, through the gateway.

    python tests/perf/bench_knowledge.py [--postgres URL] [--record]

Starts the real platform as `make run` does (deploy.stack.Stack via perfkit.real_platform:
own nats-server, migrations, every service of shared/catalog.py and the gateway, fresh
databases in a temp dir, an admin API key), then writes 10,000 published practices
straight into the knowledge service's database with its own models (in bulk, 1,000 rows a
statement: the API would take minutes and is not what is measured; the full-text index is
filled by the migration's triggers on SQLite and the generated column on PostgreSQL, as
for practices written through the API), runs ANALYZE, and then sends a fixed list of
searches through the gateway over HTTP with the admin key:
`GET /v1/knowledge/search?q=...&theme=...` (20 hits a page, snippets and facet counts as
a client gets them), one after the other on one keep-alive connection.

The practices are generated with a fixed seed from 60 kinds of urban solution (green
roofs, district heating, participatory budgeting, ...), each with its own vocabulary, in
80 cities, with texts made of sentences about the city, the challenge, the solution, its
results and lessons. So a solution's own word or phrase matches a few hundred practices,
with a facet filter some tens, while words every practice uses ("city", "residents")
match thousands. The query classes:

- `word`: one distinctive word of a solution ("composting", "desalination");
- `phrase`: a quoted two-word phrase of a solution ("\\"green roofs\\"");
- `word + facets`: a solution's word with a theme, a region or a year filter;
- `place`: a city's name;
- `broad`: a word or two most practices use ("city", "residents climate");
- `broad + facets`: such words with a theme and a region filter;
- `browse`: no words, a theme filter (the library's facet browsing).

For each class and overall it reports p50, p95 and p99 latency (from sending the request
to the last byte of the answer) and the number of matches (`total`). `--postgres URL`
runs the services on fresh databases on that PostgreSQL server (dropped afterwards)
instead of SQLite. `--record` adds rows to docs/benchmarks.md. Not a pytest test: speed
is measured, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import aiohttp
import orjson
from knowledge_corpus import Library, Query, generate, queries
from perfkit import Conditions, OtherWork, append_row, database_kind, machine, real_platform, today
from sqlalchemy import insert, text

from deploy.stack import Stack
from services.knowledge.models import Practice, PracticeTag, PracticeTransition
from shared.db import is_sqlite, make_engine

PRACTICES = 10_000
CHUNK = 1_000
WARM_UP = 20
SECTION = "Knowledge search: 10,000 practices"
CLASSES = ("word", "phrase", "word + facets", "place", "broad", "broad + facets", "browse")

# --- loading ----------------------------------------------------------------------------


async def load(url: str, lib: Library) -> float:
    """Write the practices, tags and histories in bulk; ANALYZE; seconds taken."""
    engine = make_engine(url)
    t0 = time.perf_counter()
    try:
        async with engine.begin() as conn:
            for i in range(0, len(lib.practices), CHUNK):
                await conn.execute(insert(Practice), lib.practices[i : i + CHUNK])
            for i in range(0, len(lib.tags), CHUNK * 5):
                await conn.execute(insert(PracticeTag), lib.tags[i : i + CHUNK * 5])
            for i in range(0, len(lib.transitions), CHUNK * 2):
                await conn.execute(insert(PracticeTransition), lib.transitions[i : i + CHUNK * 2])
        if is_sqlite(url):
            async with engine.begin() as conn:
                await conn.execute(text("ANALYZE"))
        else:
            async with engine.connect() as conn:
                conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
                await conn.execute(text("VACUUM ANALYZE"))
    finally:
        await engine.dispose()
    return time.perf_counter() - t0


# --- measuring --------------------------------------------------------------------------


@dataclass
class Timing:
    query: Query
    ms: float
    total: int


@dataclass
class Result:
    load_seconds: float
    timings: list[Timing]
    other_cores: float


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    s = sorted(values)
    return s[max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))]


async def measure(stack: Stack, lib: Library, qs: list[Query]) -> Result:
    load_seconds = await load(stack.database_urls["knowledge"], lib)
    print(f"loaded {len(lib.practices):,} practices, {len(lib.tags):,} tags in {load_seconds:.1f} s")
    pids = {name: proc.pid for name, proc in stack.procs.items()}
    pids["nats-server"] = stack.nats.proc.pid
    headers = {"X-API-Key": stack.admin_api_key}
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(f"http://127.0.0.1:{stack.gateway_port}", headers=headers, timeout=timeout) as http:

        async def one(q: Query) -> Timing:
            t = time.perf_counter()
            async with http.get("/v1/knowledge/search", params=q.params) as resp:
                body = await resp.read()
                ms = (time.perf_counter() - t) * 1000
                if resp.status != 200:
                    raise RuntimeError(f"{q.params}: {resp.status} {body[:300]!r}")
            return Timing(q, ms, orjson.loads(body)["total"])

        for q in qs[:WARM_UP]:
            await one(q)
        other_work = OtherWork({"benchmark": os.getpid(), **pids})
        timings = [await one(q) for q in qs]
        return Result(load_seconds, timings, other_work.share())


def summary(ts: list[Timing]) -> tuple[float, float, float, float, int, int, int]:
    """p50, p95, p99, max ms; median, min, max matches."""
    ms = [t.ms for t in ts]
    totals = [t.total for t in ts]
    return (
        percentile(ms, 50),
        percentile(ms, 95),
        percentile(ms, 99),
        max(ms),
        int(statistics.median(totals)),
        min(totals),
        max(totals),
    )


def report(res: Result) -> None:
    print(f"{'class':<16} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}  matches median (min-max)")
    for cls in (*CLASSES, "all"):
        ts = [t for t in res.timings if cls in ("all", t.query.kind)]
        p50, p95, p99, mx, med, lo, hi = summary(ts)
        print(f"{cls:<16} {len(ts):>4} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f} {mx:>8.1f}  {med:,} ({lo:,}-{hi:,})")


HEADER = (
    "| date | machine | python | commit | database | practices | searches | p50 ms | p95 ms | p99 ms | max ms "
    "| matches median (min-max) | load before/after | other work |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
)
CLASS_HEADER = (
    "| date | commit | database | class | searches | p50 ms | p95 ms | p99 ms | matches median (min-max) |\n"
    "|---|---|---|---|---|---|---|---|---|\n"
)


def record(res: Result, database: str, conditions: Conditions) -> None:
    p50, p95, p99, mx, med, lo, hi = summary(res.timings)
    append_row(
        HEADER,
        f"| {today()} | {machine()} | {platform.python_version()} | {conditions.commit} | {database} | {PRACTICES:,} "
        f"| {len(res.timings)} | {p50:.0f} | {p95:.0f} | {p99:.0f} | {mx:.0f} | {med:,} ({lo:,}-{hi:,}) | {conditions.cells()} |",
        SECTION,
    )
    for cls in CLASSES:
        ts = [t for t in res.timings if t.query.kind == cls]
        p50, p95, p99, _mx, med, lo, hi = summary(ts)
        append_row(
            CLASS_HEADER,
            f"| {today()} | {conditions.commit} | {database} | {cls} | {len(ts)} | {p50:.0f} | {p95:.0f} | {p99:.0f} "
            f"| {med:,} ({lo:,}-{hi:,}) |",
            SECTION,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="run the services on fresh databases on this PostgreSQL server, "
        "e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/postgres",
    )
    parser.add_argument("--per-class", type=int, default=40, help="searches per query class")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the generated library and searches")
    parser.add_argument("--record", action="store_true", help="add the results to docs/benchmarks.md")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    lib = generate(PRACTICES, rng)
    qs = queries(rng, args.per_class)
    database = database_kind(args.postgres)
    conditions = Conditions.now()
    print(
        f"{machine()}; {database}; {PRACTICES:,} practices, {len(qs)} searches; "
        f"code {conditions.commit}, load average {conditions.load_before}"
    )
    with tempfile.TemporaryDirectory(prefix="iuc-bench-knowledge-") as tmp, real_platform(Path(tmp), args.postgres) as stack:
        res = asyncio.run(measure(stack, lib, qs))
    conditions.finish(res.other_cores)
    report(res)
    print(conditions.describe())

    if conditions.code_changed():
        print("not a valid measurement:\n  the platform's code changed during the run", file=sys.stderr)
        return 1
    if args.record:
        record(res, database, conditions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
