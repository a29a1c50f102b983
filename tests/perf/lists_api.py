"""The gateway as bench_lists.py talks to it: a small client, the file imports, waiting for the platform to be quiet."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import aiohttp
from sqlalchemy import text

from deploy.stack import Stack
from shared.catalog import SERVICES
from shared.db import make_engine

# What every part of bench_lists.py shares: the real files and the measuring rules.
DATA = Path(__file__).resolve().parents[3] / "shared/data/real"
SIGNATORIES = "gcom_mycovenant_signatories_2024.csv"
INVENTORIES = "jrc_com_emission_inventories_2019.csv"
CITIES = "geonames_cities15000.csv"
POLL_SECONDS = 0.2
SLOW_MS = 100.0
PAGE_PARAMS = ("page_size", "page_token")
SECTION = "List filters on the real data sets"
WAYS = ("alone", "100", "page 2")


# --- talking to the gateway -------------------------------------------------------------


class Api:
    """The gateway with the admin key; every call checks its status."""

    def __init__(self, http: aiohttp.ClientSession):
        self.http = http

    async def call(self, method: str, path: str, expect: tuple[int, ...] = (200, 201), **kw) -> Any:
        async with self.http.request(method, path, **kw) as resp:
            body = await resp.read()
            if resp.status not in expect:
                raise RuntimeError(f"{method} {path} {kw.get('params') or ''}: {resp.status} {body[:400]!r}")
            ctype = resp.headers.get("content-type", "")
            return await resp.json() if "json" in ctype and body else body

    async def get(self, path: str, **params) -> Any:
        return await self.call("GET", path, params={k: str(v) for k, v in params.items()})

    async def post(self, path: str, body: dict | None = None, expect: tuple[int, ...] = (200, 201)) -> Any:
        return await self.call("POST", path, expect=expect, json=body if body is not None else {})

    async def put(self, path: str, body: dict) -> Any:
        return await self.call("PUT", path, json=body)

    async def patch(self, path: str, body: dict) -> Any:
        return await self.call("PATCH", path, json=body)


async def import_file(api: Api, path: str, fmt: str, body: bytes, timeout: float) -> dict:
    """Send a CSV file to an import endpoint and poll the job until it is done."""
    t0 = time.perf_counter()
    job = await api.call("POST", path, expect=(202,), params={"format": fmt}, data=body, headers={"Content-Type": "text/csv"})
    while job["status"] in ("queued", "running"):
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError(f"{fmt} import still {job['status']} after {timeout:g} s")
        await asyncio.sleep(POLL_SECONDS)
        job = await api.get(f"{path}/{job['id']}")
    print(
        f"  {fmt}: {job['status']} in {time.perf_counter() - t0:.1f} s; {job['total']:,} rows "
        f"(created {job['created']:,}, updated {job['updated']:,}, unchanged {job['unchanged']:,}, failed {job['failed']:,})",
        flush=True,
    )
    if job["status"] != "succeeded":
        raise RuntimeError(f"the {fmt} import did not succeed: {str(job)[:800]}")
    return job


class Quiet:
    """Waits until every service's outbox is published and every IUC consumer has caught up."""

    def __init__(self, stack: Stack, js):
        self.js = js
        self.engines = {e.name: make_engine(stack.database_urls[e.name]) for e in SERVICES}

    async def unpublished(self) -> int:
        n = 0
        for engine in self.engines.values():
            async with engine.connect() as conn:
                n += int(await conn.scalar(text("select count(*) from outbox where published_at is null")))
        return n

    async def behind(self) -> int:
        return sum((c.num_pending or 0) + (c.num_ack_pending or 0) for c in await self.js.consumers_info("IUC"))

    async def wait(self, timeout: float) -> float:
        t0 = time.perf_counter()
        calm = 0
        while calm < 3:  # three quiet polls in a row: a batch handler may be between runs
            calm = calm + 1 if await self.unpublished() == 0 and await self.behind() == 0 else 0
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError(f"events still moving after {timeout:g} s")
            await asyncio.sleep(0.5)
        return time.perf_counter() - t0

    async def close(self) -> None:
        for engine in self.engines.values():
            await engine.dispose()
