"""Shared by the benchmark scripts: the real platform in a temp dir, machine facts, recording.

Not a test module (pytest collects only test_*.py); the scripts import it as a sibling.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import platform
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "docs" / "benchmarks.md"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from deploy.stack import Stack, free_port
from gateway.keys import generate_key
from shared.catalog import SERVICES

# --- the machine ------------------------------------------------------------------------


def machine() -> str:
    """Cores and CPU model, e.g. '2 cores, Intel(R) Xeon(R) Processor'."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}"


def load_average() -> str:
    """The 1-minute load average, to judge whether other work shared the machine."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "?"


def today() -> str:
    """The UTC date, as `date -u +%F` prints it."""
    return datetime.now(UTC).date().isoformat()


def cpu_seconds(pid: int | None = None) -> float:
    """CPU time (user + system) a process has used so far; Linux /proc, else 0."""
    try:
        fields = Path(f"/proc/{pid or 'self'}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


PLATFORM_CODE = ("services", "gateway", "shared", "deploy", "pyproject.toml")


def build() -> tuple[str, str]:
    """The platform code the benchmark runs: (label, fingerprint).

    The label is the commit, with '+' when the platform's tracked files (PLATFORM_CODE)
    differ from it; the fingerprint also covers those differences, so comparing it before
    and after a run tells whether the code changed under the benchmark.
    """
    paths = ["--", *PLATFORM_CODE]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
        diff = subprocess.run(["git", "diff", "HEAD", *paths], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "?", "?"
    label = head.stdout.strip() + ("+" if diff else "")
    return label, label + ":" + hashlib.sha256(diff).hexdigest()


def _machine_busy_seconds() -> float:
    """CPU time all cores spent on anything but idling, from /proc/stat (else 0)."""
    try:
        first = Path("/proc/stat").read_text().splitlines()[0].split()
        user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in first[1:9])
        return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


class OtherWork:
    """How much CPU processes outside the benchmark used while it ran.

    The machine's busy time (/proc/stat) minus the CPU time of the benchmark's own
    processes, as a share of one core. Anything the benchmark causes in processes it does
    not list (e.g. a PostgreSQL server) counts as other work too.
    """

    def __init__(self, pids: dict[str, int]):
        self.pids = dict(pids)
        self.t0 = time.monotonic()
        self.busy0 = _machine_busy_seconds()
        self.own0 = self._own()

    def _own(self) -> float:
        return sum(cpu_seconds(pid) for pid in self.pids.values())

    def share(self) -> float:
        """Other work since the meter started, in cores (0.25 = a quarter of one core)."""
        elapsed = time.monotonic() - self.t0
        other = (_machine_busy_seconds() - self.busy0) - (self._own() - self.own0)
        return max(0.0, other) / elapsed if elapsed > 0 else 0.0


@dataclass
class Conditions:
    """What besides the code under test shapes a run: which code it was, and other work."""

    commit: str  # build() label
    fingerprint: str
    load_before: str
    load_after: str = "?"
    other_cores: float = 0.0  # OtherWork.share() over the measured part

    @classmethod
    def now(cls) -> Conditions:
        label, fingerprint = build()
        return cls(label, fingerprint, load_average())

    def finish(self, other_cores: float) -> None:
        self.load_after = load_average()
        self.other_cores = other_cores

    def code_changed(self) -> bool:
        """True if the platform code differs from what it was when the run started."""
        return build()[1] != self.fingerprint

    def describe(self) -> str:
        return (
            f"code {self.commit}; load average (1 min) before/after {self.load_before}/{self.load_after}; "
            f"other work on the machine {self.other_cores:.2f} cores"
        )

    def cells(self) -> str:
        """The last two cells of a results row."""
        return f"{self.load_before}/{self.load_after} | {self.other_cores:.2f} cores"


# --- the real platform ------------------------------------------------------------------


def _admin_dsn(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _postgres(url: str, statements: list[str]) -> None:
    import asyncpg

    async def run() -> None:
        conn = await asyncpg.connect(_admin_dsn(url))
        try:
            for sql in statements:
                await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(run())


# The gateway's per-key limit stays switched on, so its cost is part of every measurement,
# but high enough that one benchmark key is never refused.
BENCH_RATE_LIMIT = "100000000/minute"


@contextmanager
def real_platform(tmp: Path, postgres_url: str | None = None, **extra_env: str) -> Iterator[Stack]:
    """The whole platform (own nats-server, migrations, services, gateway) on free ports.

    Databases are fresh SQLite files under `tmp`, or, with `postgres_url`, new databases
    (iuc_bench_*) on that server that are dropped again afterwards. The stack has an admin
    API key (`stack.admin_api_key`) and a random identity secret (`stack.identity_secret`).
    """
    names = [e.name for e in SERVICES] + ["gateway"]
    if postgres_url:
        from sqlalchemy.engine import make_url

        dbs = {n: f"iuc_bench_{n}_{uuid.uuid4().hex[:10]}" for n in names}
        _postgres(postgres_url, [f'CREATE DATABASE "{d}"' for d in dbs.values()])
        urls = {n: make_url(postgres_url).set(database=d).render_as_string(hide_password=False) for n, d in dbs.items()}
    else:
        dbs = {}
        urls = {n: f"sqlite+aiosqlite:///{tmp / (n + '.db')}" for n in names}
    stack = Stack(
        var_dir=tmp / "var",
        log_dir=tmp / "logs",
        gateway_port=free_port(),
        service_ports={e.name: free_port() for e in SERVICES},
        admin_api_key=generate_key(),
        database_urls=urls,
        extra_env={"IUC_GATEWAY_RATE_LIMIT": BENCH_RATE_LIMIT, **extra_env},
    )
    try:
        stack.start()
        yield stack
    except BaseException:
        for f in sorted((tmp / "logs").glob("*.log")):  # the logs vanish with the temp dir
            tail = f.read_text(errors="replace").splitlines()[-20:]
            if tail:
                print(f"--- {f.name}\n" + "\n".join(tail), flush=True)
        raise
    finally:
        stack.stop()
        if dbs:
            _postgres(postgres_url, [f'DROP DATABASE IF EXISTS "{d}" WITH (FORCE)' for d in dbs.values()])


def database_kind(postgres_url: str | None) -> str:
    """'sqlite' or 'postgresql <server version>', for the results table."""
    if not postgres_url:
        return "sqlite"
    import asyncpg

    async def version() -> str:
        conn = await asyncpg.connect(_admin_dsn(postgres_url))
        try:
            return str(await conn.fetchval("SHOW server_version")).split()[0]
        finally:
            await conn.close()

    return f"postgresql {asyncio.run(version())}"


# --- recording --------------------------------------------------------------------------


def append_row(header: str, row: str, section: str) -> None:
    """Add a row to the table in docs/benchmarks.md whose header is `header`.

    The row goes right after the table's last row, so each benchmark keeps its own table
    in its own section; a missing table is created at the end under `section`.
    """
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmarks\n"
    lines = text.splitlines()
    first = header.splitlines()[0]
    if first in lines:
        end = lines.index(first)
        while end < len(lines) and lines[end].startswith("|"):
            end += 1
        lines.insert(end, row)
        text = "\n".join(lines) + "\n"
    else:
        text = text.rstrip("\n") + f"\n\n## {section}\n\n{header.rstrip()}\n{row}\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text)
    print(f"recorded in {RESULTS.relative_to(ROOT)}")
