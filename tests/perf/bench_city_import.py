"""How long the real GeoNames file takes to import through the gateway, and to reach NATS.

    python tests/perf/bench_city_import.py [--postgres URL] [--record]

Starts the real platform as `make run` does (deploy.stack.Stack: own nats-server,
migrations, the applications service and the gateway, fresh databases in a temp dir, an
admin API key), then imports shared/data/real/geonames_cities15000.csv twice through the
gateway: `POST /v1/cities/imports?format=geonames` (text/csv), then polls
`GET /v1/cities/imports/{id}` until the import has succeeded or failed. For each import
it reports the rows, the seconds from sending the file until the import resource says
succeeded, rows per second, and the seconds until every city event the import caused is
on the IUC stream (counted from the stream's state, subjects iuc.applications.city.>).
The second import sends the same file: every row is unchanged, so no event may be added;
the event counts before and after it (after a few seconds' wait for stragglers) show it.

`--postgres URL` runs the services on fresh databases on that PostgreSQL server (dropped
afterwards) instead of SQLite. `--record` adds a row to docs/benchmarks.md. Not a pytest
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
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import aiohttp
import nats
from perfkit import Conditions, OtherWork, append_row, cpu_seconds, database_kind, machine, real_platform, today

from deploy.stack import Stack

GEONAMES = Path(__file__).resolve().parents[3] / "shared/data/real/geonames_cities15000.csv"
CITY_EVENTS = "iuc.applications.city.>"
POLL_SECONDS = 0.1


@dataclass
class Run:
    """One import of the file, as measured."""

    job: dict  # the import resource at the end
    import_seconds: float  # from sending the file to status succeeded/failed
    events_seconds: float  # from sending the file to the last of its events on the stream
    events_before: int
    events_after: int  # after the settle wait
    cpu: dict[str, float]  # process -> CPU seconds used during the import and its events

    @property
    def rows(self) -> int:
        return self.job["total"]

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.import_seconds


async def city_events(js) -> int:
    """How many city events the IUC stream holds, from its state (cheap)."""
    info = await js.stream_info("IUC", subjects_filter=CITY_EVENTS)
    return sum((info.state.subjects or {}).values())


async def import_once(http: aiohttp.ClientSession, js, body: bytes, pids: dict[str, int], args) -> Run:
    """Send the file, wait for the import and then for its events; time both."""
    before = await city_events(js)
    cpu0 = {name: cpu_seconds(pid) for name, pid in pids.items()}
    t0 = time.perf_counter()
    async with http.post(
        "/v1/cities/imports", params={"format": "geonames"}, data=body, headers={"Content-Type": "text/csv"}
    ) as resp:
        if resp.status != 202:
            raise RuntimeError(f"the import was refused: {resp.status} {await resp.text()}")
        job = await resp.json()
    while job["status"] in ("queued", "running"):
        if time.perf_counter() - t0 > args.timeout:
            raise TimeoutError(f"import still {job['status']} after {args.timeout:g} s: {job}")
        await asyncio.sleep(POLL_SECONDS)
        async with http.get(f"/v1/cities/imports/{job['id']}") as resp:
            job = await resp.json()
    import_seconds = time.perf_counter() - t0

    expected = before + job["created"] + job["updated"]  # one event per created or changed city
    while (n := await city_events(js)) < expected:
        if time.perf_counter() - t0 > args.timeout:
            raise TimeoutError(f"{n - before} of {expected - before} city events on the stream after {args.timeout:g} s")
        await asyncio.sleep(POLL_SECONDS)
    events_seconds = time.perf_counter() - t0
    cpu = {name: cpu_seconds(pid) - cpu0[name] for name, pid in pids.items()}
    await asyncio.sleep(args.settle)  # anything published later would be a duplicate or a stray
    return Run(job, import_seconds, events_seconds, before, await city_events(js), cpu)


async def measure(stack: Stack, body: bytes, args) -> tuple[list[Run], float]:
    """Both imports; and the other work on the machine meanwhile, in cores."""
    pids = {name: proc.pid for name, proc in stack.procs.items()}
    pids["nats-server"] = stack.nats.proc.pid
    other_work = OtherWork({"benchmark": os.getpid(), **pids})
    nc = await nats.connect(**stack.nats_credentials("observer"))  # reads the stream and its consumers only
    timeout = aiohttp.ClientTimeout(total=120)
    headers = {"X-API-Key": stack.admin_api_key}
    try:
        async with aiohttp.ClientSession(f"http://127.0.0.1:{stack.gateway_port}", headers=headers, timeout=timeout) as http:
            runs = []
            for label in ("first import", "re-import"):
                run = await import_once(http, nc.jetstream(), body, pids, args)
                report(label, run)
                runs.append(run)
            return runs, other_work.share()
    finally:
        await nc.close()


def report(label: str, run: Run) -> None:
    j = run.job
    print(
        f"{label}: {j['status']}; {run.rows:,} rows (created {j['created']:,}, updated {j['updated']:,}, "
        f"unchanged {j['unchanged']:,}, failed {j['failed']:,})\n"
        f"  import succeeded after {run.import_seconds:.1f} s = {run.rows_per_second:,.0f} rows/s; "
        f"every city event on the stream after {run.events_seconds:.1f} s\n"
        f"  city events on the stream: {run.events_before:,} before, {run.events_after:,} after "
        f"(+{run.events_after - run.events_before:,})\n"
        f"  CPU seconds: " + ", ".join(f"{name} {s:.1f}" for name, s in run.cpu.items())
    )


HEADER = (
    "| date | machine | python | commit | database | rows | import s | rows/s | events on stream s | city events before → after "
    "| re-import s | re-import rows/s | re-import events on stream s | re-import city events before → after "
    "| load before/after | other work |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
)


def record(first: Run, second: Run, database: str, conditions: Conditions) -> None:
    row = (
        f"| {today()} | {machine()} | {platform.python_version()} | {conditions.commit} | {database} | {first.rows:,} "
        f"| {first.import_seconds:.1f} | {first.rows_per_second:,.0f} | {first.events_seconds:.1f} "
        f"| {first.events_before:,} → {first.events_after:,} "
        f"| {second.import_seconds:.1f} | {second.rows_per_second:,.0f} | {second.events_seconds:.1f} "
        f"| {second.events_before:,} → {second.events_after:,} | {conditions.cells()} |"
    )
    append_row(HEADER, row, "City import: results")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="run the services on fresh databases on this PostgreSQL server, "
        "e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/postgres",
    )
    parser.add_argument("--timeout", type=float, default=900.0, help="give up on an import after this many seconds")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds to wait before counting events after an import")
    parser.add_argument("--record", action="store_true", help="add the result to docs/benchmarks.md")
    args = parser.parse_args()

    if not GEONAMES.is_file():
        print(
            f"The GeoNames file is missing: {GEONAMES}\n"
            "It belongs in the `shared` folder beside the repository (shared/data/real/geonames_cities15000.csv).",
            file=sys.stderr,
        )
        return 2
    body = GEONAMES.read_bytes()
    database = database_kind(args.postgres)
    conditions = Conditions.now()
    print(
        f"{machine()}; {database}; {GEONAMES.name}, {len(body):,} bytes; "
        f"code {conditions.commit}, load average {conditions.load_before}"
    )
    with tempfile.TemporaryDirectory(prefix="iuc-bench-import-") as tmp, real_platform(Path(tmp), args.postgres) as stack:
        (first, second), other = asyncio.run(measure(stack, body, args))
    conditions.finish(other)
    print(conditions.describe())

    problems = ["the platform's code changed during the run"] if conditions.code_changed() else []
    for label, run in (("first import", first), ("re-import", second)):
        if run.job["status"] != "succeeded" or run.job["failed"]:
            problems.append(f"{label} did not import every row: {run.job['status']}, {run.job['errors'][:3]}")
    if second.job["unchanged"] != second.rows or second.events_after != second.events_before:
        problems.append("the re-import changed cities or added events")
    if first.events_after != first.events_before + first.job["created"] + first.job["updated"]:
        problems.append("the first import left more events on the stream than cities it created or changed")
    if problems:
        print("not a valid measurement:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    if args.record:
        record(first, second, database, conditions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
