"""Throughput through the gateway versus straight to a service, measured in one run.

    python tests/perf/bench_gateway.py [--backend applications|service|minimal]
                                       [--postgres URL] [--duration 10] [--rounds 2] [--record]

Backends:
  applications  (default) the real platform, started as `make run` starts it
                (deploy.stack.Stack: own nats-server, migrations, fresh databases, the
                applications service and the gateway); one city is registered through
                the gateway, then `GET /v1/cities/{id}` is measured;
  service       a stand-in FastAPI service (bench_backend.py) behind the real gateway;
  minimal       raw ASGI stand-in, the cheapest service possible: the gateway's worst case.

Every server is a uvicorn process (uvloop, httptools, no access log). The load generator
drives each target with 32 concurrent keep-alive connections for a fixed time after a
warm-up, alternating direct and gateway rounds so both see the same machine. "Direct"
sends a valid signed X-IUC-Identity itself; "gateway" sends X-API-Key. Only 200 answers
count. `--record` adds the result to docs/benchmarks.md. Not a pytest test: speed is
measured, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import aiohttp
from perfkit import (
    BENCH_RATE_LIMIT,
    ROOT,
    Conditions,
    OtherWork,
    append_row,
    cpu_seconds,
    database_kind,
    machine,
    real_platform,
    today,
)

from deploy.stack import free_port, wait_for_http
from gateway.keys import generate_key
from shared.identity import Identity, Role, sign_identity

TARGET_RATIO = 0.4
STANDIN_PATH = "/v1/cities/0192f0c4-lisboa"
# The city the applications backend registers and then reads.
CITY = {"name": "Lisboa", "country_code": "PT", "population": 545923, "latitude": 38.72, "longitude": -9.14}


@dataclass
class Target:
    """What the load generator drives: one path, straight to the service and via the gateway."""

    direct_url: str
    gateway_url: str
    secret: str  # identity secret the service verifies
    key: str  # API key the gateway accepts
    pids: dict[str, int]  # process name -> pid, for CPU accounting


@dataclass
class Result:
    requests: int
    errors: int
    seconds: float
    latencies: list[float]
    cpu: dict[str, float] = field(default_factory=dict)  # process -> CPU seconds used in the window

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def ms(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


# --- the targets --------------------------------------------------------------------------


def uvicorn(app: str, port: int, env: dict[str, str], *extra: str) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        app,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--loop",
        "uvloop",
        "--http",
        "httptools",
        "--no-access-log",
        "--log-level",
        "warning",
        *extra,
    ]
    return subprocess.Popen(cmd, cwd=ROOT, env=env)


@contextmanager
def standin(backend: str, tmp: Path) -> Iterator[Target]:
    """A stand-in service (bench_backend.py) and the real gateway in front of it."""
    secret, key = secrets.token_urlsafe(32), generate_key()
    backend_port, gateway_port = free_port(), free_port()
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        IUC_IDENTITY_SECRET=secret,
        IUC_ADMIN_API_KEY=key,
        IUC_APPLICATIONS_URL=f"http://127.0.0.1:{backend_port}",
        IUC_GATEWAY_DATABASE_URL=f"sqlite+aiosqlite:///{tmp}/gateway.db",
        IUC_LOG_LEVEL="WARNING",
        IUC_GATEWAY_RATE_LIMIT=BENCH_RATE_LIMIT,
    )
    subprocess.run(
        [sys.executable, "-m", "shared.migrate", "gateway", "upgrade", "--url", env["IUC_GATEWAY_DATABASE_URL"]],
        cwd=ROOT,
        env=env,
        check=True,
    )
    procs: list[subprocess.Popen] = []
    try:
        app = "bench_backend:app" if backend == "service" else "bench_backend:minimal_app"
        procs.append(uvicorn(app, backend_port, env, "--app-dir", str(Path(__file__).parent)))
        procs.append(uvicorn("gateway.app:app", gateway_port, env))
        direct_url, gateway_url = f"http://127.0.0.1:{backend_port}", f"http://127.0.0.1:{gateway_port}"
        wait_for_http(direct_url + "/healthz", proc=procs[0])
        wait_for_http(gateway_url + "/healthz", proc=procs[1])
        pids = {"load generator": os.getpid(), "service": procs[0].pid, "gateway": procs[1].pid}
        yield Target(direct_url + STANDIN_PATH, gateway_url + STANDIN_PATH, secret, key, pids)
    finally:
        for p in procs:
            p.send_signal(signal.SIGINT)
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


def register_city(gateway_url: str, key: str) -> str:
    """Register the benchmark's city through the gateway; its id."""
    req = urllib.request.Request(
        gateway_url + "/v1/cities",
        data=json.dumps(CITY).encode(),
        headers={"X-API-Key": key, "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        if resp.status != 201:
            raise RuntimeError(f"registering the city answered {resp.status}")
        return json.loads(resp.read())["id"]


@contextmanager
def applications(tmp: Path, postgres_url: str | None) -> Iterator[Target]:
    """The real platform; the target is one registered city, read from the applications service."""
    with real_platform(tmp, postgres_url) as stack:
        direct_url = f"http://127.0.0.1:{stack.service_ports['applications']}"
        gateway_url = f"http://127.0.0.1:{stack.gateway_port}"
        city_id = register_city(gateway_url, stack.admin_api_key)
        path = f"/v1/cities/{city_id}"
        pids = {
            "load generator": os.getpid(),
            "applications": stack.procs["applications"].pid,
            "gateway": stack.procs["gateway"].pid,
            "nats-server": stack.nats.proc.pid,
        }
        yield Target(direct_url + path, gateway_url + path, stack.identity_secret, stack.admin_api_key, pids)


# --- the load -----------------------------------------------------------------------------


async def drive(
    url: str, headers: dict[str, str], concurrency: int, warmup: float, duration: float, pids: dict[str, int]
) -> Result:
    """`concurrency` workers on keep-alive connections; counts what completes inside the window."""
    connector = aiohttp.TCPConnector(limit=concurrency, force_close=False)
    async with aiohttp.ClientSession(connector=connector, headers=headers) as session:
        start = time.perf_counter() + warmup
        stop = start + duration
        counts = [0, 0]
        latencies: list[float] = []

        clock = time.perf_counter  # the loop's clock ticks in whole milliseconds under uvloop

        async def worker() -> None:
            while True:
                t0 = clock()
                if t0 >= stop:
                    return
                async with session.get(url) as resp:
                    await resp.read()
                    ok = resp.status == 200
                t1 = clock()
                if t0 >= start and t1 <= stop:
                    counts[0 if ok else 1] += 1
                    latencies.append(t1 - t0)

        async def sample_cpu() -> dict[str, float]:
            await asyncio.sleep(max(0.0, start - time.perf_counter()))
            before = {name: cpu_seconds(pid) for name, pid in pids.items()}
            await asyncio.sleep(max(0.0, stop - time.perf_counter()))
            return {name: cpu_seconds(pid) - before[name] for name, pid in pids.items()}

        cpu, *_ = await asyncio.gather(sample_cpu(), *(worker() for _ in range(concurrency)))
    return Result(counts[0], counts[1], duration, latencies, cpu)


def combine(results: list[Result]) -> Result:
    return Result(
        sum(r.requests for r in results),
        sum(r.errors for r in results),
        sum(r.seconds for r in results),
        [x for r in results for x in r.latencies],
        {name: sum(r.cpu.get(name, 0.0) for r in results) for name in results[0].cpu},
    )


def cpu_per_request(r: Result) -> str:
    return ", ".join(f"{name} {1e6 * s / max(r.requests, 1):.0f}" for name, s in r.cpu.items())


async def measure(args: argparse.Namespace, target: Target) -> tuple[Result, Result]:
    token = sign_identity(Identity(subject="bench", role=Role.admin, scopes=frozenset({"*"})), target.secret, ttl_seconds=3600)
    direct_headers = {"X-IUC-Identity": token}
    gateway_headers = {"X-API-Key": target.key}
    direct, through = [], []
    for i in range(args.rounds):
        d = await drive(target.direct_url, direct_headers, args.concurrency, args.warmup, args.duration, target.pids)
        g = await drive(target.gateway_url, gateway_headers, args.concurrency, args.warmup, args.duration, target.pids)
        print(f"round {i + 1}: direct {d.rps:8,.0f} req/s   gateway {g.rps:8,.0f} req/s   ratio {g.rps / d.rps:.2f}")
        direct.append(d)
        through.append(g)
    return combine(direct), combine(through)


# --- results ------------------------------------------------------------------------------

HEADER = (
    "| date | machine | python | commit | backend | concurrency | window | direct req/s | gateway req/s | ratio "
    "| direct p50/p99 ms | gateway p50/p99 ms | gateway CPU µs/req | load before/after | other work |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
)


def record(direct: Result, through: Result, args: argparse.Namespace, backend: str, conditions: Conditions) -> None:
    gateway_cpu = 1e6 * through.cpu.get("gateway", 0.0) / max(through.requests, 1)
    row = (
        f"| {today()} | {machine()} | {platform.python_version()} | {conditions.commit} | {backend} "
        f"| {args.concurrency} | {args.rounds}x{args.duration:g} s | {direct.rps:,.0f} | {through.rps:,.0f} "
        f"| {through.rps / direct.rps:.2f} | {direct.ms(0.5):.1f}/{direct.ms(0.99):.1f} "
        f"| {through.ms(0.5):.1f}/{through.ms(0.99):.1f} | {gateway_cpu:.0f} | {conditions.cells()} |"
    )
    append_row(HEADER, row, "Gateway throughput: results")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=10.0, help="measured seconds per round and target")
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument(
        "--backend",
        choices=["applications", "service", "minimal"],
        default="applications",
        help="applications: the real platform (default); service: a FastAPI stand-in; minimal: raw ASGI stand-in",
    )
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="applications backend only: run the services on fresh databases on this PostgreSQL server, "
        "e.g. postgresql+asyncpg://postgres@127.0.0.1:5432/postgres",
    )
    parser.add_argument("--record", action="store_true", help="add the result to docs/benchmarks.md")
    args = parser.parse_args()
    if args.postgres and args.backend != "applications":
        parser.error("--postgres needs --backend applications")

    backend = args.backend
    if backend == "applications":
        backend += f" ({database_kind(args.postgres)})"
    conditions = Conditions.now()
    with tempfile.TemporaryDirectory(prefix="iuc-bench-") as tmp:
        targets = applications(Path(tmp), args.postgres) if args.backend == "applications" else standin(args.backend, Path(tmp))
        with targets as target:
            try:  # the load generator gets the same fast loop as the servers
                from uvloop import run
            except ImportError:
                run = asyncio.run
            print(
                f"{machine()}; {backend} backend; {args.concurrency} connections, "
                f"{args.rounds} rounds of {args.duration:g} s each; code {conditions.commit}, load average {conditions.load_before}"
            )
            other_work = OtherWork(target.pids)
            direct, through = run(measure(args, target))
            conditions.finish(other_work.share())
    ratio = through.rps / direct.rps
    print(f"direct : {direct.rps:8,.0f} req/s  p50 {direct.ms(0.5):.1f} ms  p99 {direct.ms(0.99):.1f} ms  errors {direct.errors}")
    print(
        f"gateway: {through.rps:8,.0f} req/s  p50 {through.ms(0.5):.1f} ms  p99 {through.ms(0.99):.1f} ms  errors {through.errors}"
    )
    print(f"ratio  : {ratio:.2f} (target >= {TARGET_RATIO:.2f}: {'met' if ratio >= TARGET_RATIO else 'NOT met'})")
    print(f"CPU µs per request, direct : {cpu_per_request(direct)}")
    print(f"CPU µs per request, gateway: {cpu_per_request(through)}")
    print(conditions.describe())
    if conditions.code_changed():
        print("the platform's code changed during the run: not a valid measurement", file=sys.stderr)
        return 1
    if direct.errors or through.errors or not direct.requests or not through.requests:
        print("non-200 answers: not a valid measurement", file=sys.stderr)
        return 1
    if args.record:
        record(direct, through, args, backend, conditions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
