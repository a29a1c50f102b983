"""The API docs pages in a real browser (Debian's Chromium) that can reach nothing but the gateway:
every operation is listed, and "Authorize" with a key or OAuth2 client credentials lets "Try it out" call the API."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
import pytest
from playwright.async_api import BrowserContext, Locator, Page, Request, async_playwright, expect

from deploy.stack import Stack
from tests.support.platform import create_client

CHROMIUM = "/usr/bin/chromium"
INSTALL_CHROMIUM = "apt-get install -y chromium"
# Every name resolves to nothing and every address but the loopback goes to a proxy that is not
# there: a page that needs a CDN cannot render (the first test shows that such a load fails).
NO_INTERNET = [
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>;127.0.0.1",
]
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 60_000  # a 600 kB document takes Swagger UI and ReDoc seconds to render on a busy 2-core machine
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

# Swagger UI renders only the operations near the viewport once a document has 150 rows or more
# (tags and operations): scroll through the page and note every operationId shown on the way.
COLLECT_SWAGGER_OPERATIONS = """async () => {
    const seen = new Set();
    // two animation frames, or 100 ms if the page gets none (a page Chromium counts as hidden)
    const frames = () => new Promise(r => { requestAnimationFrame(() => requestAnimationFrame(r)); setTimeout(r, 100); });
    let last = -1;
    for (let i = 0; i < 2000 && window.scrollY !== last; i++) {
        last = window.scrollY;
        await frames();
        document.querySelectorAll('.opblock-summary-operation-id').forEach(e => seen.add(e.textContent));
        window.scrollBy(0, window.innerHeight / 2);
    }
    return [...seen];
}"""


@dataclass
class Traffic:
    """Pages of one test, what they asked for, and what went wrong on them."""

    context: BrowserContext
    origin: str
    requests: list[Request] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    async def new_page(self) -> Page:
        page = await self.context.new_page()
        page.on("request", lambda r: self.requests.append(r))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url}: {r.failure}"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        return page

    def problems(self) -> tuple[list[str], list[str], list[str]]:
        """(requests outside the gateway, failed requests, console errors): all empty on a good page."""
        outside = [r.url for r in self.requests if not r.url.startswith((self.origin + "/", "data:", "blob:"))]
        return outside, self.failed, self.errors


def chromium() -> str:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"This test drives Debian's Chromium at {CHROMIUM}, which is not installed: run `{INSTALL_CHROMIUM}`.")
    return CHROMIUM


@pytest.fixture(scope="module")
async def context(stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BrowserContext]:
    """One headless Chromium with a fresh profile for the module, that can reach only the loopback."""
    executable = chromium()
    async with async_playwright() as pw:
        context = await pw.chromium.launch_persistent_context(
            tmp_path_factory.mktemp("chromium-profile"),  # a fresh --user-data-dir
            executable_path=executable,
            headless=True,
            args=FLAGS + NO_INTERNET,
            base_url=f"http://127.0.0.1:{stack.gateway_port}",
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


async def merged_document(stack: Stack) -> dict:
    """/openapi.json once every service is in it (the gateway asks again for those that were slow)."""
    deadline = time.monotonic() + 30
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{stack.gateway_port}", timeout=30) as http:
        while (doc := (await http.get("/openapi.json")).json()).get("x-iuc-unavailable-services"):
            assert time.monotonic() < deadline, f"services missing from /openapi.json: {doc['x-iuc-unavailable-services']}"
            await asyncio.sleep(0.5)
    return doc


def operation_ids(doc: dict) -> set[str]:
    return {op["operationId"] for item in doc["paths"].values() for method, op in item.items() if method in METHODS}


async def swagger_ui(traffic: Traffic) -> Page:
    page = await traffic.new_page()
    await page.goto("/docs")
    await expect(page.locator(".opblock").first).to_be_visible(timeout=TIMEOUT_MS)
    return page


async def open_authorizations(page: Page) -> tuple[Locator, Locator]:
    """The "Authorize" dialog: (its API key form, its OAuth2 client credentials form)."""
    await page.locator(".auth-wrapper .authorize").click()
    forms = page.locator(".dialog-ux .auth-container")
    return forms.filter(has_text="X-API-Key"), forms.filter(has_text="clientCredentials")


async def close_authorizations(page: Page) -> None:
    await page.locator(".dialog-ux .btn-done").first.click()
    await expect(page.locator(".dialog-ux")).to_have_count(0, timeout=TIMEOUT_MS)


async def open_list_cities(page: Page, doc: dict) -> Locator:
    """GET /v1/cities, found with the tag filter, opened, in "Try it out" mode."""
    await page.locator(".operation-filter-input").fill(doc["paths"]["/v1/cities"]["get"]["tags"][0])
    operation = page.locator(".opblock-get").filter(has=page.locator(".opblock-summary-path[data-path='/v1/cities']"))
    await operation.locator(".opblock-summary-control").click()
    await operation.locator(".try-out__btn").click()
    return operation


async def execute(page: Page, operation: Locator) -> Request:
    """Press Execute: the request the page sent, once it shows the 200 it got."""
    if await operation.locator(".btn-clear").count():
        await operation.locator(".btn-clear").click()
    async with page.expect_request(lambda r: r.url.split("?")[0].endswith("/v1/cities") and r.method == "GET") as sent:
        await operation.locator(".execute").click()
    status = operation.locator(".live-responses-table .response .response-col_status")
    await expect(status).to_have_text("200", timeout=TIMEOUT_MS)
    request = await sent.value
    assert (await request.response()).status == 200
    return request


async def test_the_browser_reaches_nothing_but_the_gateway(browser):
    page = await browser.new_page()
    with pytest.raises(Exception, match="ERR_"):
        await page.goto("https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js", timeout=5_000)
    gateway = await browser.new_page()
    assert (await gateway.goto("/healthz")).status == 200


async def test_swagger_ui_lists_every_operation_and_calls_one_with_a_key_then_an_oauth2_token(browser, stack):
    doc = await merged_document(stack)
    page = await swagger_ui(browser)
    await page.bring_to_front()
    # page.evaluate has no timeout of its own
    shown = await asyncio.wait_for(page.evaluate(COLLECT_SWAGGER_OPERATIONS), TIMEOUT_MS / 1000)
    assert set(shown) == operation_ids(doc)
    operation = await open_list_cities(page, doc)

    client_id, key = create_client(stack, "dashboard")
    api_key, _ = await open_authorizations(page)
    await api_key.locator("input").fill(key)
    await api_key.locator("button.authorize").click()
    await expect(api_key.locator("button", has_text="Logout")).to_be_visible(timeout=TIMEOUT_MS)
    await close_authorizations(page)
    assert (await execute(page, operation)).headers.get("x-api-key") == key

    # OAuth2 client credentials: Swagger UI sends the client as HTTP Basic, which the token endpoint takes.
    api_key, oauth2 = await open_authorizations(page)
    await api_key.locator("button", has_text="Logout").click()
    await oauth2.locator("#client_id_clientCredentials").fill(client_id)
    await oauth2.locator("#client_secret_clientCredentials").fill(key)
    async with page.expect_response(lambda r: r.url.endswith("/oauth/token")) as answered:
        await oauth2.locator("button.authorize").click()
    token = await answered.value
    assert token.status == 200, await token.text()
    assert (await token.request.all_headers())["authorization"].startswith("Basic ")
    await expect(oauth2.locator("button", has_text="Logout")).to_be_visible(timeout=TIMEOUT_MS)
    await close_authorizations(page)
    request = await execute(page, operation)
    assert request.headers.get("authorization") == f"Bearer {(await token.json())['access_token']}"
    assert "x-api-key" not in request.headers
    assert browser.problems() == ([], [], [])


async def test_the_reference_page_lists_every_operation(browser, stack):
    doc = await merged_document(stack)
    page = await browser.new_page()
    await page.goto("/reference")
    sections = page.locator("[data-section-id^='operation/']")
    await expect(sections.first).to_be_attached(timeout=TIMEOUT_MS)
    shown = await sections.evaluate_all("els => els.map(e => e.dataset.sectionId.slice('operation/'.length))")
    assert set(shown) == operation_ids(doc)
    assert browser.problems() == ([], [], [])


async def test_the_assets_are_served_with_their_types_and_a_policy_that_forbids_other_origins(stack):
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{stack.gateway_port}", timeout=30) as http:
        for page in ("/docs", "/reference"):
            r = await http.get(page)
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
            csp = r.headers["content-security-policy"]
            assert "default-src 'none'" in csp and "https:" not in csp and "*" not in csp
        types = {
            "/docs/static/swagger-ui-bundle.js": "text/javascript",
            "/docs/static/swagger-ui.css": "text/css",
            "/docs/static/redoc.standalone.js": "text/javascript",
            "/docs/static/favicon.png": "image/png",
            "/reference/logo-mini.svg": "image/svg+xml",
        }
        for path, media_type in types.items():
            r = await http.get(path)
            assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media_type, path
            assert r.headers["x-content-type-options"] == "nosniff"
        missing = await http.get("/docs/static/__init__.py")
        assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"


# The contract (HTTP, docs pages, SDK, CLI) does not depend on the database: these run once, in
# `make test`; `make test-postgres` leaves them out (`-m "not contract"`), `make test-contract-postgres` runs them there.
pytestmark = pytest.mark.contract
