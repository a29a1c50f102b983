"""Every filter of every list endpoint on the real data sets, through the gateway.

    python tests/perf/bench_lists.py [--postgres URL] [--repeat N] [--record]

Starts the real platform as `make run` does (deploy.stack.Stack via perfkit.real_platform:
own nats-server, migrations, every service of shared/catalog.py with its outbox relay, the
gateway, fresh databases in a temp dir, an admin API key; the gateway's per-key rate limit
raised so the benchmark's key is never refused), then loads, through the gateway over HTTP:

1. the real files of shared/data/real (the `shared` folder beside the repository, or
   `--data DIR`): the MyCovenant signatories (11,973 rows) with
   `POST /v1/covenant/imports?format=mycovenant-signatories`, the JRC emission inventories
   (61,207 rows) with `?format=jrc-emission-inventories`, and the GeoNames cities (24,046)
   with `POST /v1/cities/imports?format=geonames`, each polled until it has succeeded; then
   it waits until every service's outbox is published and every durable consumer of the
   IUC stream has caught up (the action-plans service opens a draft SECAP for each
   committed signatory: some 12,000 plans);
2. a little of everything else through the public API, so that every list has rows: a
   call; 24 imported cities (12 EU, 12 Latin American) given themes and SDGs, each with an
   application (16 accepted, the others left draft, submitted, rejected or withdrawn); a
   pairing round, two pairings confirmed, one declined, a forbidden pair, activities, a
   region profile; actions, indicators, measurements and a progress report in a local
   action plan; 24 practices (most published) and 8 resources; organisations on both
   sides, offers and requests (which the service matches), interest both ways, an
   agreement, a value chain, innovation strategies and region interests.

On PostgreSQL it then runs `VACUUM ANALYZE` on every database (what autovacuum would do
shortly after such a load); on SQLite nothing (the services never run ANALYZE, so SQLite
plans without statistics, as in production).

Then it reads the merged `/openapi.json` from the gateway and takes every GET operation
whose 200 answer is a page (an object with `items` and `next_page_token`). For every query
parameter of each (but the paging ones) it picks values: every value of an enum; for
strings a realistic value from the loaded data (a common and a rare one where that
matters, e.g. the country with most signatories and one with few); for integers a sensible
value. A path parameter is filled with the record that has most rows below it (the
signatory with most inventories, the group with most members, the seeded plan...). Each
endpoint also runs without any filter (a list that answers 422 without one of its filters,
like the pairing candidates, has no such case, and a filter it refuses alone is sent with
the first one it takes). Each (endpoint, filter value) is measured three ways, after one
untimed request each:

- `alone`: the filter, default page size (50);
- `100`: the filter with `page_size=100`;
- `page 2`: the filter with `page_size=100` and the `next_page_token` of its first page
  (when there is a second page).

Each way is sent `--repeat` times (20) one after the other on one keep-alive connection,
from sending the request to the last byte of the answer, and reported as p50 and p99
(nearest rank: with 20 samples p99 is the slowest); a way whose samples pass `--budget`
seconds (15) stops early, after at least 3. A filter whose p99 in any way is over 100 ms
is flagged SLOW.

`--postgres URL` runs the services on fresh databases on that PostgreSQL server (dropped
afterwards) instead of SQLite. `--record` adds rows to docs/benchmarks.md: one summary row,
and one row per (endpoint, filter value). `--keep DIR` runs in DIR instead of a temp dir
and leaves the SQLite databases there; `--hold S` keeps the loaded platform up S seconds
after measuring, or until a file `release` appears in its folder (to explain queries
against it). `--fix FILE` tries a fix without
touching the services: after measuring it runs each `service: statement` line of FILE on
that service's database (e.g. `covenant: CREATE INDEX ... ON commitments (...)`; ANALYZE
after it on PostgreSQL) and measures the slow cases again (with `--only`, every case),
printed beside the first numbers and never recorded. `--only REGEX` measures only the
endpoints whose path matches.
Not a pytest test: speed is measured, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import aiohttp
import lists_report
import nats
from lists_api import CITIES, DATA, INVENTORIES, SIGNATORIES, Api, Quiet, import_file
from lists_cases import Timing, api_facts, build_cases, measure_case, with_required
from lists_report import Result, line, record, report
from lists_seed import Seeded, seed_action_plans, seed_applications, seed_knowledge, seed_value_chains
from perfkit import Conditions, OtherWork, database_kind, machine, real_platform
from sqlalchemy import text
from sqlalchemy.engine import make_url

from deploy.stack import Stack
from shared.catalog import SERVICES
from shared.db import is_sqlite, make_engine

# --- the run ----------------------------------------------------------------------------


def read_fixes(path: Path) -> list[tuple[str, str]]:
    """(service, SQL statement) per line `service: statement` of the file; # starts a comment."""
    fixes = []
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        service, _, sql = line.partition(":")
        if service.strip() not in {e.name for e in SERVICES} or not sql.strip():
            raise SystemExit(f"{path}: not `service: statement`: {raw!r}")
        fixes.append((service.strip(), sql.strip().rstrip(";")))
    return fixes


async def apply_fixes(stack: Stack, fixes: list[tuple[str, str]]) -> None:
    """Run each statement on its service's database (then ANALYZE it on PostgreSQL, as after the load)."""
    for service, sql in fixes:
        url = stack.database_urls[service]
        engine = make_engine(url)
        try:
            t0 = time.perf_counter()
            async with engine.begin() as conn:
                await conn.execute(text(sql))
            if not is_sqlite(url):
                async with engine.connect() as conn:
                    conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
                    await conn.execute(text("ANALYZE"))
            print(f"fix on {service} ({time.perf_counter() - t0:.2f} s): {sql}", flush=True)
        finally:
            await engine.dispose()


async def analyze(stack: Stack) -> None:
    """VACUUM ANALYZE every PostgreSQL database of the stack (nothing on SQLite)."""
    for url in stack.database_urls.values():
        if is_sqlite(url):
            continue
        engine = make_engine(url)
        try:
            async with engine.connect() as conn:
                conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
                await conn.execute(text("VACUUM ANALYZE"))
        finally:
            await engine.dispose()


async def table_rows(stack: Stack) -> dict[str, int]:
    """Rows of the tables the lists read, for the report."""
    wanted = {
        "covenant": ("signatories", "commitments", "signatory_badges", "inventories", "inventory_rows"),
        "applications": ("cities", "city_themes", "applications"),
        "action_plans": ("plans", "actions"),
        "knowledge": ("practices", "practice_tags"),
        "value_chains": ("organisations", "opportunities", "matches"),
        "pairing": ("party_profiles", "pairings"),
    }
    out = {}
    for service, tables in wanted.items():
        engine = make_engine(stack.database_urls[service])
        try:
            async with engine.connect() as conn:
                for t in tables:
                    out[f"{service}.{t}"] = int(await conn.scalar(text(f"select count(*) from {t}")))
        finally:
            await engine.dispose()
    return out


async def run(stack: Stack, args) -> Result:
    pids = {name: proc.pid for name, proc in stack.procs.items()}
    pids["nats-server"] = stack.nats.proc.pid
    pids["benchmark"] = os.getpid()
    nc = await nats.connect(**stack.nats_credentials("observer"))  # reads the stream and its consumers only
    quiet = Quiet(stack, nc.jetstream())
    base = f"http://127.0.0.1:{stack.gateway_port}"
    headers = {"X-API-Key": stack.admin_api_key}
    load: dict[str, float] = {}
    timeout = aiohttp.ClientTimeout(total=300)
    try:
        async with aiohttp.ClientSession(base, headers=headers, timeout=timeout) as http:
            api = Api(http)
            data: Path = args.data
            print("loading the real files:", flush=True)
            t0 = time.perf_counter()
            await import_file(
                api, "/v1/covenant/imports", "mycovenant-signatories", (data / SIGNATORIES).read_bytes(), args.timeout
            )
            await import_file(
                api, "/v1/covenant/imports", "jrc-emission-inventories", (data / INVENTORIES).read_bytes(), args.timeout
            )
            await import_file(api, "/v1/cities/imports", "geonames", (data / CITIES).read_bytes(), args.timeout)
            load["imports s"] = time.perf_counter() - t0
            load["events s"] = await quiet.wait(args.timeout)
            print(f"  every event published and handled {load['events s']:.1f} s later", flush=True)

            t0 = time.perf_counter()
            seeded = Seeded()
            await seed_applications(api, seeded)
            await quiet.wait(args.timeout)
            await seed_action_plans(api, seeded)
            await seed_knowledge(api, seeded)
            await seed_value_chains(api, seeded)
            await quiet.wait(args.timeout)
            load["seed s"] = time.perf_counter() - t0
            print(f"seeded the other services in {load['seed s']:.1f} s", flush=True)
            t0 = time.perf_counter()
            await analyze(stack)
            load["analyze s"] = time.perf_counter() - t0
            rows = await table_rows(stack)
            print("rows: " + ", ".join(f"{k} {n:,}" for k, n in rows.items()), flush=True)

            facts = await api_facts(api, stack, data)
            doc = await api.get("/openapi.json")
            cases, unknown = build_cases(doc, facts, seeded)
            if args.only:
                cases = [c for c in cases if re.search(args.only, c.path)]
            cases = await with_required(http, cases)
            endpoints = len({c.path for c in cases})
            print(f"{endpoints} list endpoints, {len(cases)} (endpoint, filter value) cases", flush=True)
            for u in unknown:
                print(f"  no realistic value known for {u}", flush=True)

            other_work = OtherWork(pids)
            timings = []
            for n, case in enumerate(cases, 1):
                t = await measure_case(http, case, args.repeat, args.budget)
                timings.append(t)
                print(f"[{n}/{len(cases)}] " + line(t), flush=True)
            share = other_work.share()
            after: list[Timing] = []
            if args.fix:
                await apply_fixes(stack, read_fixes(args.fix))
                for t in timings:
                    if t.slow or args.only:  # with --only, every case again
                        again = await measure_case(http, t.case, args.repeat, args.budget)
                        after.append(again)
                        print("after the fixes: " + line(again), flush=True)
            if args.hold:
                release = stack.var_dir.parent / "release"
                print_hold(stack, release)
                for _ in range(int(args.hold)):
                    if release.exists():
                        break
                    await asyncio.sleep(1)
            return Result(timings, load, rows, endpoints, share, unknown, after)
    finally:
        await quiet.close()
        await nc.close()


def print_hold(stack: Stack, release: Path) -> None:
    print(
        f"holding the platform for inspection (create {release} to end): gateway http://127.0.0.1:{stack.gateway_port}",
        flush=True,
    )
    for name, url in stack.database_urls.items():
        print(f"  {name}: {make_url(url).render_as_string(hide_password=True)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="run the services on fresh databases on this PostgreSQL server, "
        "e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/postgres",
    )
    parser.add_argument("--repeat", type=int, default=20, help="requests per case and way (default 20)")
    parser.add_argument(
        "--budget", type=float, default=15.0, help="seconds per case and way before stopping early (min 3 requests)"
    )
    parser.add_argument(
        "--timeout", type=float, default=900.0, help="give up on an import or on waiting for events after this many seconds"
    )
    parser.add_argument("--data", type=Path, default=DATA, help=f"folder of the real files (default {DATA})")
    parser.add_argument("--keep", type=Path, help="run in this folder and keep it (SQLite databases, logs)")
    parser.add_argument(
        "--hold",
        type=float,
        default=0.0,
        help="keep the loaded platform up this many seconds after measuring, or until a file `release` appears in its folder",
    )
    parser.add_argument("--only", metavar="REGEX", help="measure only the endpoints whose path matches (not for --record)")
    parser.add_argument(
        "--fix",
        type=Path,
        metavar="FILE",
        help="after measuring, run the SQL of FILE (lines `service: statement`) on the services' databases "
        "and measure the slow cases again (printed, never recorded)",
    )
    parser.add_argument("--record", action="store_true", help="add the results to docs/benchmarks.md")
    args = parser.parse_args()
    if args.only and args.record:
        parser.error("--only measures a part of the lists: not for --record")
    lists_report.REPEAT = args.repeat

    missing = [n for n in (SIGNATORIES, INVENTORIES, CITIES) if not (args.data / n).is_file()]
    if missing:
        print(
            f"Missing in {args.data}: {', '.join(missing)}\n"
            "They belong in the `shared` folder beside the repository (shared/data/real/), or pass --data DIR.",
            file=sys.stderr,
        )
        return 2
    database = database_kind(args.postgres)
    conditions = Conditions.now()
    print(f"{machine()}; {database}; code {conditions.commit}, load average {conditions.load_before}", flush=True)
    env = {"IUC_GATEWAY_READ_TIMEOUT": "300"}
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        with real_platform(args.keep, args.postgres, **env) as stack:
            res = asyncio.run(run(stack, args))
    else:
        with (
            tempfile.TemporaryDirectory(prefix="iuc-bench-lists-") as tmp,
            real_platform(Path(tmp), args.postgres, **env) as stack,
        ):
            res = asyncio.run(run(stack, args))
    conditions.finish(res.other_cores)
    report(res)
    print(conditions.describe())

    problems = ["the platform's code changed during the run"] if conditions.code_changed() else []
    problems += [f"{t.case.path} {t.case.filter}={t.case.label}: {t.error}" for t in res.timings if t.error]
    if problems:
        print("not a valid measurement:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    if args.record:
        record(res, database, conditions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
