"""Webhook deliveries under load: 10,000 events to 10 endpoints of a real receiver.

    python tests/perf/bench_webhooks.py [--postgres URL] [--events 10000] [--rate 50] [--record]

Starts the real platform (perfkit.real_platform: own nats-server, every service, the gateway),
a receiver (aiohttp on 127.0.0.1, one path per endpoint, answering 200 at once) and subscribes ten
endpoints to `iuc.covenant.signatory.*` through the gateway. Then it writes signatories with
`POST /v1/covenant/signatories:batchUpsert`, `--rate` of them a second (each is one
`signatory.joined` event, so ten deliveries), until `--events` are written, and waits until every
delivery has arrived. `--rate 0` writes them all at once, 1,000 a request (the drain rate).

It reports deliveries per second (from the first event to the last delivery) and the time from each
event's `ce-time` (set when the event is recorded, in the transaction that commits it) to its arrival
at the receiver: p50, p99 and the maximum. A sample of the deliveries is verified with the
`standardwebhooks` library as they arrive. `--record` adds a row to docs/benchmarks.md. Not a pytest test: speed is
measured, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx
from aiohttp import web
from covenant_load import signatories
from perfkit import append_row, database_kind, machine, real_platform, today
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from deploy.stack import Stack, free_port

ENDPOINTS = 10
SECTION = "Webhooks: events to ten endpoints of a real receiver"
HEADER = (
    "| date | machine | database | events | endpoints | offered | deliveries | deliveries/s | p50 | p99 | max | verified |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|"
)


class Receiver:
    """Keeps (arrival, event time, endpoint, webhook-id) of every request, and verifies a sample of
    them with `standardwebhooks` as they arrive (as a receiver does: the library refuses a timestamp
    more than five minutes old, so a sample checked after a long run would fail on its age)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.arrivals: list[tuple[float, float, int, str]] = []
        self.secrets: dict[int, str] = {}
        self.sampled = 0
        self.verified = 0

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.text()
        n = int(request.match_info["n"])
        at = time.time()
        sent = datetime.fromisoformat(json.loads(body)["timestamp"]).timestamp()
        self.arrivals.append((at, sent, n, request.headers["webhook-id"]))
        if self.sampled < 200 and len(self.arrivals) % 97 == 0:
            self.sampled += 1
            try:
                Webhook(self.secrets[n]).verify(body, dict(request.headers))
                self.verified += 1
            except WebhookVerificationError:
                pass
        return web.Response(text="ok")

    async def start(self) -> web.AppRunner:
        app = web.Application()
        app.router.add_post("/hooks/{n}", self.handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", self.port).start()
        return runner


async def write_signatories(api: httpx.AsyncClient, events: int, rate: int) -> float:
    """Write `events` signatories at `rate` a second (0: 1,000 a request, at once); the start time."""
    rows = signatories("WH", 0, events, seed=15)
    for row in rows:
        row["commitments"] = row["commitments"][:1]
    started = time.time()
    if rate <= 0:
        for i in range(0, events, 1000):
            r = await api.post("/v1/covenant/signatories:batchUpsert", json={"items": rows[i : i + 1000]})
            assert r.status_code == 207, r.text
        return started
    step, per = 0.2, max(1, round(rate * 0.2))
    for n, i in enumerate(range(0, events, per)):
        r = await api.post("/v1/covenant/signatories:batchUpsert", json={"items": rows[i : i + per]})
        assert r.status_code == 207, r.text
        await asyncio.sleep(max(0.0, started + (n + 1) * step - time.time()))
    return started


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000)[int(q * 1000) - 1] if len(values) > 1 else values[0]


async def run(args: argparse.Namespace, stack: Stack) -> dict:
    receiver = Receiver()
    runner = await receiver.start()
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{stack.gateway_port}", headers={"X-API-Key": stack.admin_api_key}, timeout=120
    ) as api:
        for n in range(ENDPOINTS):
            r = await api.post(
                "/v1/webhooks/endpoints",
                json={"url": f"http://127.0.0.1:{receiver.port}/hooks/{n}", "event_types": ["iuc.covenant.signatory.*"]},
            )
            assert r.status_code == 201, r.text
            receiver.secrets[n] = r.json()["secret"]
        started = await write_signatories(api, args.events, args.rate)
        expected = args.events * ENDPOINTS
        for _ in range(int(args.timeout * 4)):
            if len(receiver.arrivals) >= expected:
                break
            await asyncio.sleep(0.25)
        await asyncio.sleep(1.0)  # anything sent twice would come now
    await runner.cleanup()
    arrivals = receiver.arrivals
    latencies = [at - sent for at, sent, _, _ in arrivals]
    distinct = len({(n, wid) for _, _, n, wid in arrivals})
    span = max(at for at, *_ in arrivals) - started
    # p99 of each 20 s of event time: a tail that grows over the run shows here
    windows: dict[int, list[float]] = {}
    for at, sent, _, _ in arrivals:
        windows.setdefault(int((sent - started) // 20), []).append(at - sent)
    by_window = {f"{w * 20}s": round(percentile(v, 0.99), 3) for w, v in sorted(windows.items())}
    return {
        "events": args.events,
        "offered": f"{args.rate * ENDPOINTS}/s" if args.rate > 0 else "burst",
        "deliveries": len(arrivals),
        "distinct": distinct,
        "expected": args.events * ENDPOINTS,
        "per_second": len(arrivals) / span,
        "p50": percentile(latencies, 0.5),
        "p99": percentile(latencies, 0.99),
        "max": max(latencies),
        "verified": f"{receiver.verified}/{receiver.sampled}",
        "p99_by_20s": by_window,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", metavar="URL", help="run the services on PostgreSQL at URL")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--rate", type=int, default=50, help="events a second (0: all at once)")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, real_platform(Path(tmp), args.postgres) as stack:
        result = asyncio.run(run(args, stack))
    print(json.dumps(result, indent=2))
    if result["distinct"] != result["deliveries"] or result["deliveries"] != result["expected"]:
        print(f"deliveries: {result['deliveries']} arrived, {result['distinct']} distinct, {result['expected']} expected")
    if args.record:
        row = (
            f"| {today()} | {machine()} | {database_kind(args.postgres)} | {result['events']:,} | {ENDPOINTS} | "
            f"{result['offered']} | {result['deliveries']:,} ({result['distinct']:,} distinct) | {result['per_second']:,.0f} | "
            f"{result['p50'] * 1000:,.0f} ms | {result['p99'] * 1000:,.0f} ms | {result['max'] * 1000:,.0f} ms | "
            f"{result['verified']} |"
        )
        append_row(HEADER, row, SECTION)


if __name__ == "__main__":
    main()
