"""How long an optimal pairing round of 1,000 EU x 1,000 non-EU applicants takes end to end.

    python tests/perf/bench_pairing.py [--postgres URL] [--record]

Starts the real platform as `make run` does (deploy.stack.Stack: own nats-server,
migrations, every service and the gateway, fresh databases in a temp dir, an admin API
key). Takes the 1,000 largest EU and 1,000 largest non-EU cities of
shared/data/real/geonames_cities15000.csv (real names, countries and populations; themes,
SDGs and challenge texts drawn with a fixed seed), and publishes one
`iuc.applications.application.accepted` event per city on NATS, exactly as the
applications service would, so the pairing service learns them from events alone. When
the pairing service knows all 2,000, it times `POST /v1/pairing/rounds` through the
gateway: optimal, greedy, then optimal twice more (a re-match supersedes the previous
proposals). Each time is from sending the request to the last byte of the answer: loading
the candidates, scoring the 1,000,000 pairs, solving, storing 1,000 proposals and their
outbox events, committing and answering with every proposal. Not a pytest test: speed is
measured, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import aiohttp
import nats
import orjson
from perfkit import Conditions, OtherWork, append_row, cpu_seconds, database_kind, machine, real_platform, today

from shared.contracts.applications import ApplicationAcceptedV2, CityProfile
from shared.events import CloudEvent
from shared.reference import country, eu_member_codes

GEONAMES = Path(__file__).resolve().parents[3] / "shared/data/real/geonames_cities15000.csv"
PER_SIDE = 1_000
THEMES = ["climate", "mobility", "energy", "circular_economy", "housing", "water", "innovation", "digital", "health", "tourism"]
CHALLENGE_WORDS = (
    "heat islands flooding traffic congestion air quality waste recycling informal settlements water scarcity drought "
    "energy poverty tourism pressure ageing population unemployment coastal erosion green spaces public transport "
    "cycling lanes landslides noise sprawl retrofitting buildings district heating stormwater"
).split()


def cities() -> tuple[list[CityProfile], list[CityProfile]]:
    """The largest EU and non-EU cities of the GeoNames file (the file holds only 455 EU cities over 100,000), with drawn profiles."""
    rnd = random.Random(2026)
    eu_codes = eu_member_codes()
    rows = []
    with open(GEONAMES, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            c = country(row["country_code"])
            if c is not None and int(row["population"] or 0) > 0:
                rows.append((int(row["population"]), row, c))
    rows.sort(key=lambda r: -r[0])
    eu = [r for r in rows if r[1]["country_code"] in eu_codes][:PER_SIDE]
    world = [r for r in rows if r[1]["country_code"] not in eu_codes][:PER_SIDE]

    def profile(population: int, row: dict, c) -> CityProfile:
        return CityProfile(
            city_id=str(uuid.uuid4()),
            name=row["name"],
            country_code=row["country_code"],
            world_region=c.world_region.value,
            population=population,
            geonames_id=int(row["geonameid"]),
            languages=list(c.languages[:2]),
            themes=rnd.sample(THEMES, rnd.randint(1, 4)),
            sdgs=sorted(rnd.sample(range(1, 18), rnd.randint(1, 4))),
            challenges=" ".join(rnd.sample(CHALLENGE_WORDS, 10)),
        )

    return [profile(*r) for r in eu], [profile(*r) for r in world]


async def publish_acceptances(js, call_id: str, profiles: list[CityProfile]) -> None:
    """One application.accepted per city, as the applications service's relay publishes it."""
    for city in profiles:
        event = ApplicationAcceptedV2(
            application_id=str(uuid.uuid4()),
            call_id=call_id,
            city_id=city.city_id,
            component="city_pairing",
            call_themes=THEMES,
            themes=city.themes[:1],
            planned_cooperation_months=18,
            min_cooperation_months=18,
            city=city,
            reason="benchmark",
            accepted_at=datetime.now(UTC),
        )
        ce = CloudEvent.new(event, event.application_id)
        await js.publish(ce.nats_subject, ce.body(), headers=ce.headers())


async def known_profiles(http: aiohttp.ClientSession, call_id: str) -> int:
    n, token = 0, None
    while True:
        params = {"call_id": call_id, "page_size": "500"} | ({"page_token": token} if token else {})
        async with http.get("/v1/pairing/city-profiles", params=params) as resp:
            body = await resp.json()
        n += len(body["items"])
        token = body.get("next_page_token")
        if not token:
            return n


async def timed_round(http: aiohttp.ClientSession, call_id: str, solver: str) -> tuple[float, dict]:
    t0 = time.perf_counter()
    async with http.post("/v1/pairing/rounds", json={"call_id": call_id, "solver": solver}) as resp:
        raw = await resp.read()
        if resp.status != 201:
            raise RuntimeError(f"round refused: {resp.status} {raw[:500]!r}")
    return time.perf_counter() - t0, orjson.loads(raw)


async def measure(stack, args) -> dict:
    eu, world = cities()
    call_id = str(uuid.uuid4())
    pids = {name: proc.pid for name, proc in stack.procs.items()} | {"nats-server": stack.nats.proc.pid}
    nc = await nats.connect(**stack.nats_credentials("applications"))  # publishes applications' events
    headers = {"X-API-Key": stack.admin_api_key}
    timeout = aiohttp.ClientTimeout(total=300)
    try:
        t0 = time.perf_counter()
        await publish_acceptances(nc.jetstream(), call_id, eu + world)
        async with aiohttp.ClientSession(f"http://127.0.0.1:{stack.gateway_port}", headers=headers, timeout=timeout) as http:
            while (n := await known_profiles(http, call_id)) < len(eu) + len(world):
                if time.perf_counter() - t0 > args.timeout:
                    raise TimeoutError(f"the pairing service knows {n} of {len(eu) + len(world)} cities")
                await asyncio.sleep(1.0)
            learn_seconds = time.perf_counter() - t0
            print(f"the pairing service learned {n:,} cities from events in {learn_seconds:.1f} s")
            other_work = OtherWork({"benchmark": os.getpid(), **pids})
            cpu0 = cpu_seconds(pids["pairing"])
            runs = []
            for solver in ("optimal", "greedy", "optimal", "optimal"):
                seconds, body = await timed_round(http, call_id, solver)
                print(
                    f"{solver}: {seconds:.2f} s end to end (service {body['elapsed_ms']:.0f} ms before commit), "
                    f"{len(body['proposals']):,} proposals, total score {body['total_score']:.2f}, "
                    f"blocking pairs {body['report']['blocking_pair_count']:,}"
                )
                runs.append((solver, seconds, body))
            pairing_cpu = cpu_seconds(pids["pairing"]) - cpu0
            return {"learn_seconds": learn_seconds, "runs": runs, "other": other_work.share(), "pairing_cpu": pairing_cpu}
    finally:
        await nc.close()


HEADER = (
    "| date | machine | python | commit | database | applicants | optimal round s (first; median of 3) | service ms before commit "
    "| proposals | optimal total | greedy total | optimal / greedy | greedy round s | learned from events s "
    "| load before/after | other work |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", metavar="URL", help="run the services on fresh databases on this PostgreSQL server")
    parser.add_argument("--timeout", type=float, default=600.0, help="give up waiting for the profiles after this many seconds")
    parser.add_argument("--record", action="store_true", help="add the result to docs/benchmarks.md")
    args = parser.parse_args()
    if not GEONAMES.is_file():
        print(f"The GeoNames file is missing: {GEONAMES}", file=sys.stderr)
        return 2
    database = database_kind(args.postgres)
    conditions = Conditions.now()
    print(f"{machine()}; {database}; code {conditions.commit}, load average {conditions.load_before}")
    with tempfile.TemporaryDirectory(prefix="iuc-bench-pairing-") as tmp, real_platform(Path(tmp), args.postgres) as stack:
        result = asyncio.run(measure(stack, args))
    conditions.finish(result["other"])
    print(conditions.describe() + f"; pairing service CPU {result['pairing_cpu']:.1f} s over the four rounds")
    optimal = [(s, b) for solver, s, b in result["runs"] if solver == "optimal"]
    greedy_s, greedy = next((s, b) for solver, s, b in result["runs"] if solver == "greedy")
    first_s, first = optimal[0]
    problems = ["the platform's code changed during the run"] if conditions.code_changed() else []
    if len(first["proposals"]) != PER_SIDE:
        problems.append(f"the optimal round proposed {len(first['proposals'])} pairs, not {PER_SIDE}")
    if problems:
        print("not a valid measurement:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    median = statistics.median(s for s, _ in optimal)
    ratio = first["total_score"] / greedy["total_score"]
    print(f"optimal total {first['total_score']:.2f} vs greedy {greedy['total_score']:.2f}: {ratio:.4f}")
    if args.record:
        row = (
            f"| {today()} | {machine()} | {platform.python_version()} | {conditions.commit} | {database} "
            f"| {PER_SIDE:,} x {PER_SIDE:,} | {first_s:.2f}; {median:.2f} | {first['elapsed_ms']:.0f} | {len(first['proposals']):,} "
            f"| {first['total_score']:.2f} | {greedy['total_score']:.2f} | {ratio:.4f} | {greedy_s:.2f} "
            f"| {result['learn_seconds']:.1f} | {conditions.cells()} |"
        )
        append_row(HEADER, row, "Pairing round: results")
    return 0


if __name__ == "__main__":
    sys.exit(main())
