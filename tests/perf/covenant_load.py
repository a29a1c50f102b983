"""What the covenant benchmark generates and watches: synthetic signatories for the sync steps,
CPU per process over a step (PostgreSQL backends included), and the events that reached the stream."""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta

from perfkit import cpu_seconds
from sqlalchemy import text
from sqlalchemy.engine import make_url

from deploy.stack import Stack
from shared.db import make_engine

COVENANT_EVENTS = "iuc.covenant.>"
POLL_SECONDS = 0.1

# A few EU countries with a rough box for coordinates (lat, lon).
COUNTRIES = {
    "DE": ((47.5, 54.8), (6.0, 14.8)),
    "FR": ((43.0, 50.9), (-1.5, 7.5)),
    "IT": ((37.0, 46.5), (7.0, 18.0)),
    "ES": ((36.2, 43.5), (-8.8, 3.2)),
    "PL": ((49.2, 54.7), (14.2, 24.0)),
    "NL": ((51.0, 53.4), (3.5, 7.1)),
    "BE": ((49.6, 51.4), (2.6, 6.3)),
    "AT": ((46.5, 48.9), (9.6, 17.1)),
    "PT": ((37.0, 42.1), (-9.4, -6.3)),
    "SE": ((55.4, 67.0), (11.2, 23.5)),
}
SYLLABLES = "ber lin au wald ho fen burg stadt mar sel villa nova san ta ro ma lu bli ana gor zow ter dam ka nor".split()


# --- measuring CPU ----------------------------------------------------------------------


class Cpu:
    """CPU seconds per process over a step: the platform's processes, the benchmark, and,
    with PostgreSQL, the server backends serving the benchmark's databases (a lower bound:
    a backend that exits during the step is not counted)."""

    def __init__(self, pids: dict[str, int], postgres_url: str | None, databases: list[str]):
        self.pids = pids
        self.postgres_url = postgres_url
        self.databases = databases

    async def _backends(self) -> dict[int, float]:
        if not self.postgres_url:
            return {}
        import asyncpg

        dsn = make_url(self.postgres_url).set(drivername="postgresql").render_as_string(hide_password=False)
        conn = await asyncpg.connect(dsn)
        try:
            rows = await conn.fetch("select pid from pg_stat_activity where datname = any($1::text[])", self.databases)
        finally:
            await conn.close()
        return {r["pid"]: cpu_seconds(r["pid"]) for r in rows}

    async def snapshot(self) -> tuple[dict[str, float], dict[int, float]]:
        return {name: cpu_seconds(pid) for name, pid in self.pids.items()}, await self._backends()

    async def since(self, snap: tuple[dict[str, float], dict[int, float]]) -> dict[str, float]:
        procs0, backends0 = snap
        procs1, backends1 = await self.snapshot()
        used = {name: procs1[name] - procs0[name] for name in self.pids}
        if self.postgres_url:
            used["postgres backends"] = sum(s - backends0.get(pid, 0.0) for pid, s in backends1.items())
        return used


def cpu_text(cpu: dict[str, float]) -> str:
    return ", ".join(f"{name} {s:.1f}" for name, s in cpu.items() if s >= 0.05)


# --- events -----------------------------------------------------------------------------


@dataclass
class Events:
    """What the covenant service has written to its outbox and what reached the stream."""

    stack: Stack
    js: object
    engine: object = None

    def __post_init__(self) -> None:
        self.engine = make_engine(self.stack.database_urls["covenant"])

    async def outbox(self) -> tuple[int, int]:
        """(rows, unpublished rows) of the covenant service's outbox."""
        async with self.engine.connect() as conn:
            total = await conn.scalar(text("select count(*) from outbox"))
            pending = await conn.scalar(text("select count(*) from outbox where published_at is null"))
        return int(total), int(pending)

    async def on_stream(self) -> int:
        info = await self.js.stream_info("IUC", subjects_filter=COVENANT_EVENTS)
        return sum((info.state.subjects or {}).values())

    async def behind(self) -> dict[str, int]:
        """Messages each durable consumer of the IUC stream has not yet acknowledged."""
        return {c.name: (c.num_pending or 0) + (c.num_ack_pending or 0) for c in await self.js.consumers_info("IUC")}

    async def wait_quiet(self, t0: float, timeout: float) -> None:
        """Wait until every event is published and every service's consumer has handled it."""
        await self.wait_published(t0, timeout)
        while any((behind := await self.behind()).values()):
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError(f"consumers still behind after {timeout:g} s: {behind}")
            await asyncio.sleep(POLL_SECONDS)

    async def wait_published(self, t0: float, timeout: float) -> int:
        """Wait until the outbox has nothing unpublished and the stream holds every row; the count."""
        while True:
            total, pending = await self.outbox()
            if pending == 0 and (n := await self.on_stream()) >= total:
                return n
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError(f"{pending:,} unpublished outbox rows after {timeout:g} s")
            await asyncio.sleep(POLL_SECONDS)


# --- 1. the import ----------------------------------------------------------------------


def signatories(prefix: str, start: int, count: int, seed: int) -> list[dict]:
    """`count` made-up signatories with gcom ids prefix + 6 digits from `start`."""
    rnd = random.Random(seed)
    out = []
    for n in range(start, start + count):
        code = rnd.choice(list(COUNTRIES))
        (lat0, lat1), (lon0, lon1) = COUNTRIES[code]
        name = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))).capitalize()
        out.append(
            {
                "gcom_id": f"{prefix}{n:06d}",
                "name": f"{name} {n}",
                "country_code": code,
                "population": int(rnd.lognormvariate(9.5, 1.3)) + 200,
                "latitude": round(rnd.uniform(lat0, lat1), 5),
                "longitude": round(rnd.uniform(lon0, lon1), 5),
                "adhesion_date": (date(2009, 1, 1) + timedelta(days=rnd.randint(0, 15 * 365))).isoformat(),
                "adhesion_type": "individual",
                "commitments": [
                    {"pillar": "mitigation", "generation": "CoM2030"},
                    {"pillar": "adaptation", "generation": "CoM2030"},
                ],
            }
        )
    return out
