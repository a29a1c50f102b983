"""The dashboard page's serving: its files with their types and caching, a policy that runs only our own scripts,
a clear 503 when the vendor build is missing, nothing else reachable, and nothing in the OpenAPI document."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from gateway.dashboard import dashboard_router
from gateway.dashboard.build import COPIES, _keep_one_side, is_stale, lock_digest
from gateway.dashboard.routes import STATIC
from gateway.dashboard.vendor import REQUIRED, STAMP_NAME
from gateway.headers import SecurityHeaders
from services.covenant.domain import REGIONAL_COVENANTS
from shared.problems import install_problem_handlers
from shared.reference import WorldRegion

IMPORT = re.compile(r"""(?:^|\s)(?:import|export)\s[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)\"""", re.MULTILINE)
URL_ATTRIBUTE = re.compile(r"""\s(?:src|href)="([^"]+)\"""")


def static_copy(tmp_path: Path, *, built: bool) -> Path:
    """Our own static files, with stand-ins for the vendor build when `built` (the unit tests run no npm)."""
    static = tmp_path / "static"
    shutil.copytree(STATIC, static, ignore=shutil.ignore_patterns("vendor"))
    if built:
        (static / "vendor").mkdir()
        for name in [*REQUIRED, *COPIES.values()]:
            (static / "vendor" / name).write_text("export {};\n" if name.endswith(".mjs") else "{}\n")
    return static


def client(static: Path) -> TestClient:
    app = FastAPI()
    install_problem_handlers(app)
    app.include_router(dashboard_router(static))
    return TestClient(SecurityHeaders(app))


@pytest.fixture
def built(tmp_path: Path) -> TestClient:
    return client(static_copy(tmp_path, built=True))


@pytest.fixture
def not_built(tmp_path: Path) -> TestClient:
    return client(static_copy(tmp_path, built=False))


def directives(csp: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in (part.strip() for part in csp.split(";")) if d}


def test_the_page_is_html_with_a_policy_of_our_own_origin_and_no_inline_script(built):
    r = built.get("/dashboard/")
    assert r.status_code == 200 and r.headers["content-type"] == "text/html; charset=utf-8"
    assert r.headers["cache-control"] == "no-cache" and r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    policy = directives(r.headers["content-security-policy"])
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]  # no 'unsafe-inline', no 'unsafe-eval', no hashes
    assert policy["connect-src"] == ["'self'"] and policy["frame-ancestors"] == ["'none'"]
    assert not [s for values in policy.values() for s in values if s not in {"'self'", "'none'", "data:", "blob:"}]


def test_the_page_has_no_inline_script_or_handler_and_names_only_its_own_files(built):
    html = built.get("/dashboard/").text
    assert re.findall(r"<script(?![^>]*\ssrc=)[^>]*>", html) == []
    assert re.findall(r"\son[a-z]+\s*=", html) == []
    urls = URL_ATTRIBUTE.findall(html)
    assert urls and all(u.startswith(("static/", "#")) for u in urls), urls


def test_every_file_the_page_and_its_modules_load_is_served_with_its_type(built):
    """From index.html through every ES module import: our own files exist, and the vendor names are built ones."""
    html = built.get("/dashboard/").text
    pending = [u for u in URL_ATTRIBUTE.findall(html) if u.startswith("static/")]
    seen: set[str] = set()
    types = {".mjs": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".txt": "text/plain"}
    while pending:
        url = pending.pop()
        if url in seen:
            continue
        seen.add(url)
        r = built.get(f"/dashboard/{url}")
        assert r.status_code == 200, url
        assert r.headers["content-type"].split(";")[0] == types[Path(url).suffix], url
        assert r.headers["x-content-type-options"] == "nosniff"
        if url.endswith(".mjs") and "/vendor/" not in url:
            base = url.rsplit("/", 1)[0]
            for found in IMPORT.findall(r.text):
                target = next(t for t in found if t)
                assert target.startswith("./") or target.startswith("../"), f"{url} imports {target} from elsewhere"
                pending.append(posixpath.normpath(posixpath.join(base, target)))
    assert "static/vendor/echarts.esm.min.mjs" in seen and "static/js/main.mjs" in seen


def test_vendor_files_are_cached_an_hour_our_own_are_revalidated(built):
    vendor = built.get("/dashboard/static/vendor/echarts.esm.min.mjs")
    assert vendor.headers["cache-control"] == "public, max-age=3600"
    outlines = built.get("/dashboard/static/vendor/countries-110m.geojson")
    assert outlines.status_code == 200 and outlines.headers["content-type"] == "application/geo+json"
    own = built.get("/dashboard/static/js/main.mjs")
    assert own.headers["cache-control"] == "no-cache" and own.headers["etag"]
    assert built.get("/dashboard/static/js/main.mjs", headers={"If-None-Match": own.headers["etag"]}).status_code == 304


def test_a_missing_vendor_build_is_a_503_that_says_how_to_build_it(not_built):
    page = not_built.get("/dashboard/")
    assert page.status_code == 503 and page.headers["content-type"].startswith("text/html")
    assert "python -m gateway.dashboard.build" in page.text and "echarts.esm.min.mjs" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    asset = not_built.get("/dashboard/static/vendor/echarts.esm.min.mjs")
    assert asset.status_code == 503 and asset.headers["content-type"] == "application/problem+json"
    assert "python -m gateway.dashboard.build" in asset.json()["detail"]
    assert not_built.get("/dashboard/static/js/main.mjs").status_code == 200  # our own files are there


@pytest.mark.parametrize(
    "path",
    [
        "static/../routes.py",
        "static/%2e%2e/routes.py",
        "static/js/../../build.py",
        "static/vendor/.package-lock.sha256",
        "static/nothing.mjs",
        "static/index",
        "static/",
        "static/js//main.mjs",
    ],
)
def test_nothing_but_the_static_files_is_reachable(built, path):
    r = built.get(f"/dashboard/{path}")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json", path


def test_the_address_without_a_slash_goes_to_the_page_with_its_filters(built):
    r = built.get("/dashboard?interval=week&call_id=c1", follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == "/dashboard/?interval=week&call_id=c1"


def test_the_dashboard_is_not_in_the_openapi_document(tmp_path):
    app = FastAPI()
    app.include_router(dashboard_router(static_copy(tmp_path, built=True)))
    assert not [p for p in app.openapi()["paths"] if p.startswith("/dashboard")]


def test_the_filters_offer_the_platforms_own_regions_and_covenants():
    source = (STATIC / "js" / "options.mjs").read_text()

    def keys(name: str) -> list[str]:
        block = re.search(rf"export const {name} = \{{(.*?)\}};", source, re.DOTALL).group(1)
        return re.findall(r"^\s*([a-z_]+):", block, re.MULTILINE)

    assert keys("WORLD_REGIONS") == [r.value for r in WorldRegion]
    assert keys("REGIONAL_COVENANTS") == list(REGIONAL_COVENANTS)


def test_a_ring_across_the_antimeridian_keeps_to_one_side():
    ring = [[179.0, 65.0], [-179.5, 66.0], [-179.0, 64.0], [178.0, 64.0], [179.0, 65.0]]
    assert _keep_one_side(ring) == [[179.0, 65.0], [180.0, 66.0], [180.0, 64.0], [178.0, 64.0], [179.0, 65.0]]
    plain = [[1.0, 1.0], [2.0, 1.0], [2.0, 2.0], [1.0, 1.0]]
    assert _keep_one_side(plain) == plain


def test_a_build_from_another_lock_file_is_stale(tmp_path):
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    for name in REQUIRED:
        (vendor / name).write_text("x")
    assert is_stale(vendor)  # no stamp
    (vendor / STAMP_NAME).write_text("0" * 64)
    assert is_stale(vendor)
    (vendor / STAMP_NAME).write_text(lock_digest())
    assert not is_stale(vendor)
    (vendor / REQUIRED[0]).unlink()
    assert is_stale(vendor)
