"""The dashboard page in a real browser (Debian's Chromium) that can reach nothing but the gateway: sign in with a
dashboard key, the summary shows the insights service's figures, a filter changes a chart and the URL, the map
draws the seeded pairings, and a chart's CSV downloads. Screenshots of each view go to test-artifacts/dashboard/."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from playwright.async_api import BrowserContext, Page, async_playwright, expect

from deploy.stack import ROOT, Stack
from tests.e2e.test_gateway_docs_browser import FLAGS, NO_INTERNET, Traffic, chromium
from tests.support.journey import draft_application, open_call, register_city, review_and_accept, submit, unique
from tests.support.platform import client, create_client, create_key

TIMEOUT_MS = 60_000  # some forty charts on a busy 2-core machine
# `expect` has its own timeout (5 s), not the context's: with the real covenant file loaded, the
# page's forty series took longer than that in CI.
expect.set_options(timeout=TIMEOUT_MS)
ARTIFACTS = Path(os.environ.get("IUC_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "dashboard"
LAPTOP = {"width": 1366, "height": 768}
# Two EU cities and two in Latin America, with coordinates, so the map can join them.
EU = [("FR", 45.76, 4.83), ("ES", 41.39, 2.17)]
LAC = [("CO", 6.25, -75.56), ("MX", 20.67, -103.35)]


@dataclass
class Seeded:
    """What the test put on the platform: one call, its cities, and how its applications and pairings stand."""

    call: dict
    cities: dict[str, dict]  # id -> city
    accepted: int
    submitted: int
    proposals: list[dict]
    confirmed: dict


async def _city_applies(admin, call_id: str, country: str, lat: float, lon: float) -> tuple[dict, dict]:
    city = await register_city(admin, name=unique(f"Dash {country}"), country_code=country, latitude=lat, longitude=lon)
    application = await draft_application(admin, call_id, city["id"])
    assert (await submit(admin, application["id"])).status_code == 200
    return city, application


async def _eventually(what: str, probe, timeout: float = 60.0):
    """`await probe()` until it answers something true; fail with `what` and the last answer after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        answer = await probe()
        if answer:
            return answer
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: still {answer!r} after {timeout} s")
        await asyncio.sleep(0.5)


async def seed(stack: Stack, admin: httpx.AsyncClient, reviewer: httpx.AsyncClient, open_call_body: dict) -> Seeded:
    """A call with four accepted applications and one only submitted, a pairing round, one pairing confirmed."""
    call = await open_call(admin, open_call_body | {"title": unique("Dashboard call")})
    cities = {}
    for country, lat, lon in EU + LAC:
        city, application = await _city_applies(admin, call["id"], country, lat, lon)
        await review_and_accept(reviewer, admin, application["id"])
        cities[city["id"]] = city
    waiting, _ = await _city_applies(admin, call["id"], "IT", 45.46, 9.19)
    cities[waiting["id"]] = waiting

    async def profiles():
        r = await admin.get("/v1/pairing/city-profiles", params={"call_id": call["id"], "page_size": 100})
        return len(r.json()["items"]) >= 4

    await _eventually("pairing has not learned the accepted cities", profiles)
    r = await admin.post("/v1/pairing/rounds", json={"call_id": call["id"], "solver": "optimal"})
    assert r.status_code == 201, r.text
    proposals = r.json()["proposals"]
    assert len(proposals) == 2
    kept = proposals[0]
    for party in ("party_a", "party_b"):
        async with client(stack, create_key(stack, "city", city_id=kept[party]["id"])) as c:
            r = await c.post(f"/v1/pairing/pairings/{kept['id']}:accept")
            assert r.status_code == 200, r.text
    assert r.json()["state"] == "confirmed"
    return Seeded(call, cities, accepted=4, submitted=1, proposals=proposals, confirmed=kept)


async def wait_for_insights(dashboard: httpx.AsyncClient, seeded: Seeded) -> None:
    """Until the read model has applied the seeded events: the call's applications, and the pairings on the map."""
    r = await dashboard.get("/v1/insights/metrics")
    if r.status_code == 404:
        pytest.fail(f"/v1/insights is not served: is the insights service in shared/catalog.py? {r.text}")
    assert r.status_code == 200, r.text

    async def applications():
        r = await dashboard.get(
            "/v1/insights/series",
            params={"metric": "applications.by_state", "group_by": "state", "call_id": seeded.call["id"]},
        )
        assert r.status_code == 200, r.text
        last = {s["group"]: s["points"][-1]["value"] for s in r.json()["series"]}
        return last if last.get("accepted") == seeded.accepted and last.get("submitted") == seeded.submitted else None

    async def pairings():
        r = await dashboard.get("/v1/insights/map")
        assert r.status_code == 200, r.text
        ours = {p["id"] for p in seeded.proposals}
        lines = {
            f["properties"]["id"]: f["properties"]["state"] for f in r.json()["features"] if f["properties"]["kind"] == "pairing"
        }
        return ours <= lines.keys() and lines[seeded.confirmed["id"]] == "confirmed"

    await _eventually("the insights service has not counted the call's applications", applications)
    await _eventually("the insights map does not draw the seeded pairings", pairings)


@pytest.fixture(scope="module")
async def context(stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BrowserContext]:
    """One headless Chromium with a fresh profile, a laptop's screen, that can reach only the loopback."""
    executable = chromium()
    async with async_playwright() as pw:
        context = await pw.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-dashboard-profile"),
            executable_path=executable,
            headless=True,
            args=FLAGS + NO_INTERNET,
            base_url=f"http://127.0.0.1:{stack.gateway_port}",
            viewport=LAPTOP,
            accept_downloads=True,
        )
        context.set_default_timeout(TIMEOUT_MS)
        try:
            yield context
        finally:
            await context.close()


@pytest.fixture
async def browser(context: BrowserContext, stack: Stack) -> AsyncIterator[Traffic]:
    traffic = Traffic(context, f"http://127.0.0.1:{stack.gateway_port}")
    yield traffic
    for page in context.pages:
        await page.close()


def artifact(name: str) -> Path:
    """Where the screenshot `name` is saved (test-artifacts/dashboard/, or $IUC_TEST_ARTIFACTS/dashboard/)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / f"{name}.png"


async def screenshot(page: Page, name: str, *, full_page: bool = False) -> None:
    await page.screenshot(path=artifact(name), full_page=full_page)


async def sign_in(page: Page, key_id: str, key: str) -> dict:
    """Sign in with the keyboard alone, as the dialog opens focused on the key id; the token answer."""
    dialog = page.locator("#sign-in")
    await expect(dialog).to_be_visible()
    await expect(page.locator("#key-id")).to_be_focused()
    await page.keyboard.type(key_id)
    await page.keyboard.press("Tab")
    await expect(page.locator("#key-secret")).to_be_focused()
    await page.keyboard.type(key)
    async with page.expect_response(lambda r: r.url.endswith("/oauth/token")) as answered:
        await page.keyboard.press("Enter")
    token = await answered.value
    assert token.status == 200, await token.text()
    await expect(dialog).to_be_hidden()
    return await token.json()


async def loaded(page: Page) -> None:
    """Until the page has drawn everything for the filters in its URL."""
    await expect(page.locator("body")).to_have_attribute(
        "data-loaded", urlsplit(page.url).query and f"?{urlsplit(page.url).query}"
    )
    await expect(page.locator("#alert")).to_be_hidden()


def metric_card(page: Page, name: str):
    return page.locator(f"article[data-metric='{name}']")


async def table_rows(card) -> list[list[str]]:
    """The rows of a chart's table (the header row first), as the page shows them."""
    return await card.locator("table").first.evaluate("t => [...t.rows].map(r => [...r.cells].map(c => c.textContent.trim()))")


async def test_the_dashboard_shows_the_seeded_programme_filters_maps_and_downloads(
    browser, stack, admin, reviewer, open_call_body, tmp_path
):
    seeded = await seed(stack, admin, reviewer, open_call_body)
    key_id, key = create_client(stack, "dashboard")
    async with client(stack, key) as dashboard:
        await wait_for_insights(dashboard, seeded)

    page = await browser.new_page()
    await page.goto("/dashboard/")
    await screenshot(page, "sign-in")
    async with page.expect_response(lambda r: r.url.endswith("/v1/insights/summary")) as summary_answer:
        token = await sign_in(page, key_id, key)
    summary = await (await summary_answer.value).json()
    await loaded(page)

    # Signed in: the token is in the page's memory only, and every API call carries it.
    assert await page.evaluate("() => [localStorage.length, sessionStorage.length]") == [0, 0]
    assert key not in page.url and token["access_token"] not in page.url
    api_calls = [r for r in browser.requests if "/v1/" in r.url]
    assert api_calls and all(r.headers.get("authorization") == f"Bearer {token['access_token']}" for r in api_calls)
    assert not [r for r in api_calls if "x-api-key" in r.headers]

    # The summary: the figures of the insights service, which count what was seeded.
    assert summary["applications"]["total"] >= seeded.accepted + seeded.submitted
    assert summary["pairing"]["confirmed"] >= 1 and summary["pairing"]["proposed"] >= len(seeded.proposals)
    figure = page.locator("#figure-applications dd")
    await expect(figure).to_have_text(f"{summary['applications']['total']:,}")
    await expect(page.locator("#figure-pairings-confirmed dd")).to_have_text(f"{summary['pairing']['confirmed']:,}")
    states = await table_rows(page.locator("#card-applications-by-state"))
    shown_states = {state: float(n) for state, n in states[1:]}
    assert shown_states == {state.replace("_", " ").capitalize(): n for state, n in summary["applications"]["by_state"].items()}
    await screenshot(page, "overview")
    await screenshot(page, "overview-full-page", full_page=True)

    # A filter: the call. The URL says so, and the applications chart counts only this call's applications.
    chart = metric_card(page, "applications.by_state")
    await expect(chart.locator("canvas").first).to_be_attached()
    before = await table_rows(chart)
    await page.locator("#f-call").select_option(seeded.call["id"])
    await page.locator("#f-interval").select_option("week")
    async with page.expect_request(lambda r: "/v1/insights/series?" in r.url and "applications.by_state" in r.url) as sent:
        await page.locator("#apply").click()
    query = parse_qs(urlsplit((await sent.value).url).query)
    assert query["call_id"] == [seeded.call["id"]] and query["interval"] == ["week"]
    await loaded(page)
    shown = parse_qs(urlsplit(page.url).query)
    assert shown["call_id"] == [seeded.call["id"]] and shown["interval"] == ["week"]
    after = await table_rows(chart)
    assert after != before
    latest_week = dict(zip(after[0][1:], after[-1][1:], strict=True))
    assert {state: n for state, n in latest_week.items() if n != "0"} == {
        "Accepted": str(seeded.accepted),
        "Submitted": str(seeded.submitted),
    }
    await chart.scroll_into_view_if_needed()
    await screenshot(page, "filtered-by-call")

    # The same view after a reload: the filters come back from the URL (and the page asks for the key again).
    await page.reload()
    token = await sign_in(page, key_id, key)
    await loaded(page)
    assert await page.locator("#f-call").input_value() == seeded.call["id"]
    assert await page.locator("#f-interval").input_value() == "week"
    assert await table_rows(metric_card(page, "applications.by_state")) == after

    # The map: a line for each seeded pairing, between the two cities' names.
    card = page.locator("#card-map")
    await card.scroll_into_view_if_needed()
    drawn = page.locator("#map-chart")
    assert int(await drawn.get_attribute("data-pairings")) >= len(seeded.proposals)
    rows = await table_rows(card)
    pairs = {frozenset(row[:2]): row[2] for row in rows[1:]}
    for proposal in seeded.proposals:
        names = frozenset(seeded.cities[proposal[p]["id"]]["name"] for p in ("party_a", "party_b"))
        assert pairs.get(names) == ("Confirmed" if proposal["id"] == seeded.confirmed["id"] else "Proposed"), names
    await card.screenshot(path=artifact("map"))

    # The CSV of the filtered chart, fetched with the token and saved as a file.
    link = chart.locator("a", has_text="Download CSV")
    href = await link.get_attribute("href")
    assert href.startswith("/v1/insights/series.csv?") and f"call_id={seeded.call['id']}" in href
    async with page.expect_download() as downloading, page.expect_request(lambda r: "/series.csv" in r.url) as fetched:
        await link.click()
    assert (await fetched.value).headers.get("authorization") == f"Bearer {token['access_token']}"
    download = await downloading.value
    assert download.suggested_filename.startswith("applications.by_state_") and download.suggested_filename.endswith(".csv")
    saved = tmp_path / download.suggested_filename
    await download.save_as(saved)
    table = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert table and set(table[0]) == {"period", "group", "value"}
    latest = max(row["period"] for row in table)
    assert {row["group"]: int(row["value"]) for row in table if row["period"] == latest and row["value"] != "0"} == {
        "accepted": seeded.accepted,
        "submitted": seeded.submitted,
    }

    # Signing out forgets the token: the page asks for the key again.
    await page.locator("#sign-out").click()
    await expect(page.locator("#sign-in")).to_be_visible()
    await screenshot(page, "signed-out")
    assert browser.problems() == ([], [], [])


async def test_an_expired_token_asks_for_the_key_again_and_the_page_goes_on_with_the_new_one(browser, stack):
    key_id, key = create_client(stack, "dashboard")
    page = await browser.new_page()
    await page.clock.install()  # the page's own clock, moved ahead below: the token's life is an hour
    await page.goto("/dashboard/")
    first = await sign_in(page, key_id, key)
    await loaded(page)
    await expect(page.locator("#signed-in")).to_be_visible()

    # The token's life runs out: the page forgets it and asks again before a chart fails.
    await page.clock.fast_forward(int(first["expires_in"]) * 1000)
    await expect(page.locator("#sign-in")).to_be_visible()
    await expect(page.locator("#sign-in-reason")).to_have_text("Your session has ended: sign in again.")
    await expect(page.locator("#signed-in")).to_be_hidden()
    await screenshot(page, "session-ended")

    # Signed in again, the next call carries the new token, not the old one.
    second = await sign_in(page, key_id, key)
    assert second["access_token"] != first["access_token"]
    await expect(page.locator("#signed-in")).to_be_visible()
    async with page.expect_request(lambda r: "/v1/insights/series?" in r.url) as sent:
        await page.locator("#apply").click()
    assert (await sent.value).headers.get("authorization") == f"Bearer {second['access_token']}"
    await loaded(page)
    assert await page.evaluate("() => [localStorage.length, sessionStorage.length]") == [0, 0]
    assert browser.problems() == ([], [], [])


async def test_the_page_and_its_files_are_served_with_a_policy_of_the_gateway_only(stack):
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{stack.gateway_port}", timeout=30) as http:
        page = await http.get("/dashboard/")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), page.text
        csp = page.headers["content-security-policy"]
        assert "script-src 'self';" in csp and "https:" not in csp and "*" not in csp and "unsafe" not in csp
        for path, media_type in {
            "/dashboard/static/js/main.mjs": "text/javascript",
            "/dashboard/static/vendor/echarts.esm.min.mjs": "text/javascript",
            "/dashboard/static/vendor/countries-110m.geojson": "application/geo+json",
            "/dashboard/static/dashboard.css": "text/css",
        }.items():
            r = await http.get(path)
            assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media_type, path
        assert "/dashboard/" not in (await http.get("/openapi.json")).json()["paths"]
