"""Write-path cost: one PUT of a signatory and one PATCH of a city, through the gateway.

Starts the real platform (own nats-server, SQLite files or `--postgres`), then drives, with
`--concurrency` keep-alive connections (8 by default) through the gateway:
- `PUT /v1/covenant/signatories/{id}` creating new signatories, then replacing existing ones
  with a changed population (each a real change: a new version and an event);
- `PATCH /v1/cities/{id}` changing a registered city's population.
Reports rows/s, latency and the CPU the owning service spent per request (its process's
user+system time over the window / requests). Target (issue 11): >= 600 rows/s with 8
connections, <= 1.5 ms of service CPU per write.

    python tests/perf/bench_writes.py [--postgres URL] [--duration 10] [--record]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perfkit import (
    Conditions,
    OtherWork,
    append_row,
    cpu_seconds,
    database_kind,
    machine,
    real_platform,
    today,
)

TARGET_ROWS_PER_S = 600
TARGET_CPU_MS = 1.5


@dataclass
class Result:
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    service_cpu: float = 0.0
    others_cpu: dict[str, float] = field(default_factory=dict)  # the other processes' CPU seconds in the window
    error_statuses: dict[int, int] = field(default_factory=dict)  # status -> how many, to tell a 412 race from a 500
    first_error: str = ""

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.service_cpu / max(self.requests, 1)

    def ms(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def signatory_body(i: int, population: int) -> dict:
    return {
        "name": f"Benchstadt {i}",
        "country_code": "DE",
        "population": population,
        "adhesion_date": "2024-05-02",
        "commitments": [{"pillar": "mitigation", "generation": "CoM2030"}],
    }


async def drive(
    session: aiohttp.ClientSession,
    requests,
    concurrency: int,
    warmup: float,
    duration: float,
    pid: int,
    ok: set[int],
    profile_to: Path | None = None,
    others: dict[str, int] | None = None,
) -> Result:
    """`concurrency` workers taking (method, url, json) from `requests`; counts what completes in the window."""
    result = Result(seconds=duration)
    start = time.perf_counter() + warmup
    stop = start + duration

    async def worker() -> None:
        while True:
            t0 = time.perf_counter()
            if t0 >= stop:
                return
            method, url, body = next(requests)
            async with session.request(method, url, json=body) as resp:
                text = await resp.read()
                good = resp.status in ok
            t1 = time.perf_counter()
            if t0 >= start and t1 <= stop:
                result.requests += good
                result.errors += not good
                result.latencies.append(t1 - t0)
                if not good:
                    result.error_statuses[resp.status] = result.error_statuses.get(resp.status, 0) + 1
                    result.first_error = result.first_error or text.decode(errors="replace")[:300]

    async def sample_cpu() -> float:
        await asyncio.sleep(max(0.0, start - time.perf_counter()))
        if profile_to is not None:  # py-spy (pip install py-spy) samples the service over the window
            spy = await asyncio.create_subprocess_exec(
                "py-spy",
                "record",
                "--pid",
                str(pid),
                "--duration",
                str(int(duration)),
                "--rate",
                "250",
                "--gil",  # only samples that hold the GIL: where the CPU goes, not where the service waits
                "--format",
                "raw",
                "--output",
                str(profile_to),
                stdout=asyncio.subprocess.DEVNULL,
            )
        before = cpu_seconds(pid)
        others_before = {name: cpu_seconds(p) for name, p in (others or {}).items()}
        await asyncio.sleep(max(0.0, stop - time.perf_counter()))
        used = cpu_seconds(pid) - before
        result.others_cpu = {name: cpu_seconds(p) - others_before[name] for name, p in (others or {}).items()}
        if profile_to is not None:
            await spy.wait()
        return used

    result.service_cpu, *_ = await asyncio.gather(sample_cpu(), *(worker() for _ in range(concurrency)))
    return result


async def run(gateway: str, key: str, pids: dict[str, int], args: argparse.Namespace) -> dict[str, Result]:
    def profile(name: str) -> Path | None:
        return Path(args.profile) / f"{name}.txt" if args.profile else None

    # Where the rest of the CPU of a write goes (printed, not recorded): the gateway, the relay, NATS, this client.
    others = {name: pid for name, pid in pids.items() if name in ("gateway", "nats", "bench")}

    def around(service: str) -> dict[str, int]:
        return others | {"relay": pids[f"{service}-relay"]}

    connector = aiohttp.TCPConnector(limit=args.concurrency)
    headers = {"X-API-Key": key}
    results: dict[str, Result] = {}
    async with aiohttp.ClientSession(connector=connector, headers=headers) as session:
        new_ids = (f"DE{n:07d}" for n in itertools.count(1_000_000))
        creates = (("PUT", f"{gateway}/v1/covenant/signatories/{i}", signatory_body(int(i[2:]), 100_000)) for i in new_ids)
        results["PUT signatory (create)"] = await drive(
            session,
            creates,
            args.concurrency,
            args.warmup,
            args.duration,
            pids["covenant"],
            {200, 201},
            profile("put-create"),
            around("covenant"),
        )
        existing = [f"DE{n:07d}" for n in range(1_000_000, 1_000_000 + args.pool)]
        for gcom in existing:  # make sure the pool exists (the create run may not have reached it)
            async with session.put(f"{gateway}/v1/covenant/signatories/{gcom}", json=signatory_body(int(gcom[2:]), 100_000)) as r:
                assert r.status in (200, 201), await r.text()
        population = itertools.count(100_001)
        updates = (
            ("PUT", f"{gateway}/v1/covenant/signatories/{g}", signatory_body(int(g[2:]), next(population)))
            for g in itertools.cycle(existing)
        )
        results["PUT signatory (replace)"] = await drive(
            session,
            updates,
            args.concurrency,
            args.warmup,
            args.duration,
            pids["covenant"],
            {200},
            profile("put-replace"),
            around("covenant"),
        )
        city_ids = []
        for n in range(args.pool):
            body = {"name": f"Bench City {n}", "country_code": "PT", "population": 200_000 + n}
            async with session.post(f"{gateway}/v1/cities", json=body) as r:
                assert r.status == 201, await r.text()
                city_ids.append((await r.json())["id"])
        patches = (("PATCH", f"{gateway}/v1/cities/{c}", {"population": next(population)}) for c in itertools.cycle(city_ids))
        results["PATCH city"] = await drive(
            session,
            patches,
            args.concurrency,
            args.warmup,
            args.duration,
            pids["applications"],
            {200},
            profile("patch-city"),
            around("applications"),
        )
    return results


HEADER = (
    "| date | machine | commit | database | write | connections | rows/s | p50/p99 ms | service CPU ms/write "
    "| errors | load before/after | other work |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", help="a PostgreSQL URL (postgresql+asyncpg://...); default SQLite files")
    parser.add_argument("--duration", type=float, default=10.0, help="measured seconds per write kind")
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--pool", type=int, default=200, help="existing signatories and cities the updates cycle through")
    parser.add_argument("--profile", help="a folder: py-spy samples each write's service into <kind>.txt (collapsed stacks)")
    parser.add_argument("--record", action="store_true", help="add the result to docs/benchmarks.md")
    args = parser.parse_args()

    conditions = Conditions.now()
    with tempfile.TemporaryDirectory(prefix="iuc-bench-writes-") as tmp, real_platform(Path(tmp), args.postgres) as stack:
        pids = {name: proc.pid for name, proc in stack.procs.items()}
        pids |= {"nats": stack.nats.proc.pid} if stack.nats and stack.nats.proc else {}
        pids["bench"] = os.getpid()
        gateway = f"http://127.0.0.1:{stack.gateway_port}"
        meter = OtherWork({**pids, "bench": 0})
        results = asyncio.run(run(gateway, stack.admin_api_key, pids, args))
        conditions.finish(meter.share())
    db = database_kind(args.postgres)
    print(f"{db}, {args.concurrency} connections; {conditions.describe()}")
    for name, r in results.items():
        verdict = "ok" if r.rps >= TARGET_ROWS_PER_S and r.cpu_ms <= TARGET_CPU_MS else "below target"
        print(
            f"{name:26} {r.rps:7,.0f} rows/s  p50 {r.ms(0.5):5.1f} ms  p99 {r.ms(0.99):5.1f} ms  "
            f"service CPU {r.cpu_ms:4.2f} ms/write  errors {r.errors}  [{verdict}]"
        )
        per_write = ", ".join(f"{name} {1000 * cpu / max(r.requests, 1):.2f}" for name, cpu in r.others_cpu.items())
        print(f"{'':26} other CPU ms/write: {per_write}")
        if r.errors:
            print(f"{'':26} errors by status {r.error_statuses}; the first: {r.first_error}")
        if args.record:
            row = (
                f"| {today()} | {machine()} | {conditions.commit} | {db} | {name} | {args.concurrency} | {r.rps:,.0f} "
                f"| {r.ms(0.5):.1f}/{r.ms(0.99):.1f} | {r.cpu_ms:.2f} | {r.errors} | {conditions.cells()} |"
            )
            append_row(HEADER, row, "Write path: PUT signatory and PATCH city through the gateway (issue 11)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
