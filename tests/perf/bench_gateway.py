"""Throughput through the gateway versus straight to a service, measured in one run.

    python tests/perf/bench_gateway.py [--duration 10] [--rounds 2] [--record]

Starts a stand-in service (bench_backend.py) and the real gateway as uvicorn processes
(uvloop, httptools, no access log), then drives each with 32 concurrent keep-alive
connections for a fixed time after a warm-up, alternating direct and gateway rounds so
both see the same machine. Only 200 answers count. `--record` appends the result to
docs/benchmarks.md. Not a pytest test: speed is measured, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import aiohttp

from gateway.keys import generate_key
from shared.identity import Identity, Role, sign_identity

RESULTS = ROOT / "docs" / "benchmarks.md"
PATH = "/v1/cities/0192f0c4-lisboa"


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


def cpu_seconds(pid: int | None = None) -> float:
    """CPU time (user + system) a process has used so far; Linux /proc, else 0."""
    try:
        fields = Path(f"/proc/{pid or 'self'}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(url)


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


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}"


def record(direct: Result, through: Result, args: argparse.Namespace) -> None:
    header = (
        "| date | machine | python | backend | concurrency | window | direct req/s | gateway req/s | ratio "
        "| direct p50/p99 ms | gateway p50/p99 ms | gateway CPU µs/req |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
    )
    if not RESULTS.exists() or "| date |" not in RESULTS.read_text():
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        with RESULTS.open("a") as f:
            f.write("\n" + header)
    gateway_cpu = 1e6 * through.cpu.get("gateway", 0.0) / max(through.requests, 1)
    row = (
        f"| {date.today().isoformat()} | {machine()} | {platform.python_version()} | {args.backend} "
        f"| {args.concurrency} | {args.rounds}x{args.duration:g} s | {direct.rps:,.0f} | {through.rps:,.0f} "
        f"| {through.rps / direct.rps:.2f} | {direct.ms(0.5):.1f}/{direct.ms(0.99):.1f} "
        f"| {through.ms(0.5):.1f}/{through.ms(0.99):.1f} | {gateway_cpu:.0f} |\n"
    )
    with RESULTS.open("a") as f:
        f.write(row)
    print(f"recorded in {RESULTS.relative_to(ROOT)}")


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


async def measure(args: argparse.Namespace, direct_url: str, gateway_url: str, secret: str, key: str, pids):
    token = sign_identity(Identity(subject="bench", role=Role.admin, scopes=frozenset({"*"})), secret, ttl_seconds=3600)
    direct_headers = {"X-IUC-Identity": token}
    gateway_headers = {"X-API-Key": key}
    direct, through = [], []
    for i in range(args.rounds):
        d = await drive(direct_url + PATH, direct_headers, args.concurrency, args.warmup, args.duration, pids)
        g = await drive(gateway_url + PATH, gateway_headers, args.concurrency, args.warmup, args.duration, pids)
        print(f"round {i + 1}: direct {d.rps:8,.0f} req/s   gateway {g.rps:8,.0f} req/s   ratio {g.rps / d.rps:.2f}")
        direct.append(d)
        through.append(g)
    return combine(direct), combine(through)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=10.0, help="measured seconds per round and target")
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument(
        "--backend",
        choices=["service", "minimal"],
        default="service",
        help="service: a FastAPI app like ours (default); minimal: raw ASGI, shows the gateway's own cost",
    )
    parser.add_argument("--record", action="store_true", help="append the result to docs/benchmarks.md")
    args = parser.parse_args()

    secret, key = secrets.token_urlsafe(32), generate_key()
    backend_port, gateway_port = free_port(), free_port()
    procs: list[subprocess.Popen] = []
    with tempfile.TemporaryDirectory(prefix="iuc-bench-") as tmp:
        env = dict(os.environ)
        env.update(
            PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
            IUC_IDENTITY_SECRET=secret,
            IUC_ADMIN_API_KEY=key,
            IUC_APPLICATIONS_URL=f"http://127.0.0.1:{backend_port}",
            IUC_GATEWAY_DATABASE_URL=f"sqlite+aiosqlite:///{tmp}/gateway.db",
            IUC_LOG_LEVEL="WARNING",
        )
        subprocess.run(
            [sys.executable, "-m", "shared.migrate", "gateway", "upgrade", "--url", env["IUC_GATEWAY_DATABASE_URL"]],
            cwd=ROOT,
            env=env,
            check=True,
        )
        try:
            backend = "bench_backend:app" if args.backend == "service" else "bench_backend:minimal_app"
            procs.append(uvicorn(backend, backend_port, env, "--app-dir", str(Path(__file__).parent)))
            procs.append(uvicorn("gateway.app:app", gateway_port, env))
            direct_url, gateway_url = f"http://127.0.0.1:{backend_port}", f"http://127.0.0.1:{gateway_port}"
            wait_http(direct_url + "/healthz", procs[0])
            wait_http(gateway_url + "/healthz", procs[1])
            try:  # the load generator gets the same fast loop as the servers
                from uvloop import run
            except ImportError:
                run = asyncio.run
            print(
                f"{machine()}; {args.backend} backend; {args.concurrency} connections, "
                f"{args.rounds} rounds of {args.duration:g} s each"
            )
            pids = {"load generator": os.getpid(), "service": procs[0].pid, "gateway": procs[1].pid}
            direct, through = run(measure(args, direct_url, gateway_url, secret, key, pids))
        finally:
            for p in procs:
                p.send_signal(signal.SIGINT)
            for p in procs:
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()
    ratio = through.rps / direct.rps
    print(f"direct : {direct.rps:8,.0f} req/s  p50 {direct.ms(0.5):.1f} ms  p99 {direct.ms(0.99):.1f} ms  errors {direct.errors}")
    print(
        f"gateway: {through.rps:8,.0f} req/s  p50 {through.ms(0.5):.1f} ms  p99 {through.ms(0.99):.1f} ms  errors {through.errors}"
    )
    print(f"ratio  : {ratio:.2f} (target >= 0.40)")
    print(f"CPU µs per request, direct : {cpu_per_request(direct)}")
    print(f"CPU µs per request, gateway: {cpu_per_request(through)}")
    if direct.errors or through.errors or not direct.requests or not through.requests:
        print("non-200 answers: not a valid measurement", file=sys.stderr)
        return 1
    if args.record:
        record(direct, through, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
