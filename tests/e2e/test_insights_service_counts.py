"""The insights read model against the services' own counts, on the session stack (issue 16).

Insights is fed by events only, so its figures trail the services by the time the events take;
each test waits until they agree, and fails with both sides when they never do. By the time these
run, the session stack holds what the earlier e2e modules wrote (the real signatories and
inventories files among them), and each test adds data of its own so there is something to count."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from datetime import date

import httpx

from deploy.stack import Stack
from tests.support.journey import confirmed_pairing, unique
from tests.support.platform import client, create_key, logs

AGREE_WITHIN = 120.0  # seconds: thousands of covenant events may still be on their way


def nonzero(tally: dict) -> dict[str, float]:
    """A tally without its empty buckets (the services list some statuses at 0, insights does not)."""
    return {k: float(v) for k, v in tally.items() if v}


async def agree(read: Callable[[], Awaitable[tuple[object, object]]], what: str, stack: Stack) -> None:
    """Wait until both sides `read` gives are equal."""
    deadline = time.monotonic() + AGREE_WITHIN
    while True:
        ours, theirs = await read()
        if ours == theirs:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: insights {ours!r} != the service's {theirs!r}\n{logs(stack)}")
        await asyncio.sleep(0.5)


def new_key() -> str:
    """A signatory key (a GCoM id) no other test uses."""
    return f"PT8{random.randrange(10**5):05d}"


def signatory(name: str) -> dict:
    return {
        "name": name,
        "country_code": "PT",
        "population": 120_000,
        "adhesion_date": date(2021, 3, 1).isoformat(),
        "commitments": [{"pillar": "mitigation", "generation": "CoM2030"}],
    }


async def covenant_sides(admin: httpx.AsyncClient) -> tuple[dict, dict]:
    summary = (await admin.get("/v1/insights/summary")).json()["covenant"]
    stats = (await admin.get("/v1/covenant/stats")).json()
    ours = {k: nonzero(summary[k]) for k in ("by_status", "by_regional_covenant", "by_badge")} | {"total": summary["signatories"]}
    theirs = {k: nonzero(stats[k]) for k in ("by_status", "by_regional_covenant", "by_badge")} | {"total": stats["total"]}
    return ours, theirs


async def test_the_covenant_figures_agree_with_the_registry(stack: Stack, admin: httpx.AsyncClient) -> None:
    r = await admin.put(f"/v1/covenant/signatories/{new_key()}", json=signatory(unique("Insights Town")))
    assert r.status_code == 201, r.text
    await agree(lambda: covenant_sides(admin), "signatories by status, covenant and badge", stack)

    # the series of the same stock ends where the summary is
    total = (await admin.get("/v1/covenant/stats")).json()["total"]
    r = await admin.get("/v1/insights/series", params={"metric": "covenant.signatories", "interval": "month"})
    assert r.status_code == 200, r.text
    last = sum(line["points"][-1]["value"] for line in r.json()["series"])
    assert last == total

    # the CSV holds the same numbers, one row per period and group
    r = await admin.get(
        "/v1/insights/series.csv", params={"metric": "covenant.signatories", "interval": "month", "group_by": "status"}
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv"), r.text
    rows = [line.split(",") for line in r.text.strip().splitlines()[1:]]
    period = max(p for p, _, _ in rows)
    assert sum(float(v) for p, _, v in rows if p == period) == total


async def test_a_covenant_office_sees_its_own_covenant_only(stack: Stack, admin: httpx.AsyncClient) -> None:
    r = await admin.put(f"/v1/covenant/signatories/{new_key()}", json=signatory(unique("Office Town")))
    assert r.status_code == 201, r.text
    async with client(stack, create_key(stack, "covenant_office", regional_covenant="europe")) as office:

        async def sides() -> tuple[object, object]:
            stats = (await admin.get("/v1/covenant/stats")).json()
            mine = (await office.get("/v1/insights/summary")).json()
            return (mine["covenant"]["signatories"], mine["pairing"]), (stats["by_regional_covenant"].get("europe", 0), None)

        await agree(sides, "an office's signatories", stack)
        r = await office.get("/v1/insights/series", params={"metric": "covenant.signatories", "regional_covenant": "asia"})
        assert r.status_code == 403, r.text
        assert r.headers["content-type"].startswith("application/problem+json")


async def test_the_knowledge_and_value_chain_figures_agree(stack: Stack, admin: httpx.AsyncClient) -> None:
    async def sides() -> tuple[object, object]:
        summary = (await admin.get("/v1/insights/summary")).json()
        knowledge = (await admin.get("/v1/knowledge/stats")).json()
        chains = (await admin.get("/v1/value-chains/stats")).json()
        ours = {
            "practices": summary["knowledge"]["practices_published"],
            "by_theme": nonzero(summary["knowledge"]["by_theme"]),
            "organisations": summary["value_chains"]["organisations"],
        }
        theirs = {
            "practices": knowledge["practices_by_state"].get("published", 0),
            "by_theme": nonzero(knowledge["published_by_theme"]),
            "organisations": sum(chains["organisations_by_kind"].values()),
        }
        return ours, theirs

    await agree(sides, "practices published and organisations", stack)


# The application states insights sees: it learns of an application when it is submitted, and the
# review steps in between (under review, more information requested) carry no event of their own.
_BEFORE_A_DECISION = ("submitted", "under_review", "more_info_requested")


async def applications_sides(admin: httpx.AsyncClient) -> tuple[dict, dict]:
    summary = (await admin.get("/v1/insights/summary")).json()["applications"]
    stats = (await admin.get("/v1/applications/stats")).json()
    by_state = stats["applications_by_state"]
    theirs = {s: float(by_state.get(s, 0)) for s in ("accepted", "rejected", "withdrawn")}
    theirs["submitted"] = float(sum(by_state.get(s, 0) for s in _BEFORE_A_DECISION))
    ours = {s: float(summary["by_state"].get(s, 0)) for s in theirs}
    return (ours, summary["total"]), (theirs, sum(stats["applications_by_call"].values()))


async def pairing_sides(admin: httpx.AsyncClient) -> tuple[dict, dict]:
    summary = (await admin.get("/v1/insights/summary")).json()["pairing"]
    stats = (await admin.get("/v1/pairing/stats")).json()
    by_state = stats["pairings_by_state"]
    ours = {k: summary[k] for k in ("declined", "dissolved", "completed")} | {
        "active": summary["active"],
        "activities": summary["activities"],
    }
    theirs = {k: by_state.get(k, 0) for k in ("declined", "dissolved", "completed")} | {
        "active": by_state.get("confirmed", 0),
        "activities": sum(stats["activities_by_kind"].values()),
    }
    return ours, theirs


async def test_the_applications_and_pairing_figures_agree_with_those_services(
    stack: Stack, admin: httpx.AsyncClient, reviewer: httpx.AsyncClient, open_call_body: dict
) -> None:
    # a pairing of our own, confirmed, with an activity held: something of each kind to count
    lyon, _, pairing_id = await confirmed_pairing(stack, admin, reviewer, open_call_body)
    async with client(stack, create_key(stack, "city", city_id=lyon["id"])) as city:
        r = await city.post(
            f"/v1/pairing/pairings/{pairing_id}/activities",
            json={
                "kind": "study_tour",
                "title": "Heat plans seen on the ground",
                "host_party_id": lyon["id"],
                "starts_on": "2026-03-02",
                "ends_on": "2026-03-05",
                "participants": 6,
            },
        )
        assert r.status_code == 201, r.text
    await agree(lambda: applications_sides(admin), "applications by state", stack)
    await agree(lambda: pairing_sides(admin), "pairings by state and activities", stack)
    pairs = (await admin.get("/v1/insights/summary")).json()["pairing"]
    assert pairs["active"] >= 1 and pairs["activities"] >= 1, pairs


async def test_the_action_plan_figures_agree_with_the_service(admin: httpx.AsyncClient, stack: Stack) -> None:
    # plans are announced from their first submission: drafts are the service's alone
    async def sides() -> tuple[object, object]:
        summary = (await admin.get("/v1/insights/summary")).json()["action_plans"]
        stats = (await admin.get("/v1/action-plans/stats")).json()
        theirs = {k: v for k, v in stats["plans_by_state"].items() if k != "draft"}
        return nonzero(summary["plans_by_state"]), nonzero(theirs)

    await agree(sides, "action plans by state", stack)


async def test_the_services_counts_are_read_with_stats_read_only(stack: Stack) -> None:
    # a partner reads value chains but not the dashboards' counts
    async with client(stack, create_key(stack, "partner")) as partner:
        assert (await partner.get("/v1/organisations")).status_code == 200
        r = await partner.get("/v1/value-chains/stats")
        assert r.status_code == 403 and "stats:read" in r.json()["detail"], r.text
    # a key narrowed to stats:read reads every service's counts and none of the records
    async with client(stack, create_key(stack, "dashboard", scopes=["stats:read"])) as counts:
        for path in (
            "/v1/applications/stats",
            "/v1/pairing/stats",
            "/v1/action-plans/stats",
            "/v1/covenant/stats",
            "/v1/value-chains/stats",
            "/v1/knowledge/stats",
        ):
            r = await counts.get(path)
            assert r.status_code == 200, (path, r.text)
        r = await counts.get("/v1/applications")
        assert r.status_code == 403 and r.headers["content-type"].startswith("application/problem+json"), r.text


async def test_the_map_joins_the_cities_of_every_pairing_it_draws(admin: httpx.AsyncClient) -> None:
    r = await admin.get("/v1/insights/map")
    assert r.status_code == 200, r.text
    document = r.json()
    assert document["type"] == "FeatureCollection"
    cities = {
        f["properties"]["id"]: f["geometry"]["coordinates"] for f in document["features"] if f["properties"]["kind"] == "city"
    }
    for feature in document["features"]:
        if feature["properties"]["kind"] == "pairing":
            a, b = feature["properties"]["cities"]
            assert feature["geometry"]["coordinates"] == [cities[a], cities[b]], feature
        lon, lat = feature["geometry"]["coordinates"] if feature["geometry"]["type"] == "Point" else (0, 0)
        assert -180 <= lon <= 180 and -90 <= lat <= 90, feature
