"""`/dashboard/`: the programme dashboard page and its files, served from this package.

The page is static: our own HTML, CSS and ES modules in `static/`, and the third-party files that
`python -m gateway.dashboard.build` puts in `static/vendor/` (ECharts, the world's country outlines). It signs
in through `/oauth/token` and reads `/v1/insights/*` with a bearer token, so nothing here knows a key.
Its Content-Security-Policy allows our own origin only, and no inline script: a page that holds a token
runs only the files listed here.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from gateway.dashboard.vendor import missing_files
from shared.problems import Problem

PREFIX = "/dashboard"
STATIC = Path(__file__).resolve().parent / "static"

# The types of the files served; a file of any other kind is never reachable.
MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".geojson": "application/geo+json",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
}

CSP = (
    "default-src 'none'; "
    "script-src 'self'; "
    "style-src 'self'; "
    "img-src 'self' data: blob:; "  # ECharts draws on canvas; a downloaded CSV is a blob
    "connect-src 'self'; "  # /oauth/token, /v1/insights/*, the map outlines
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"  # the filters form is a GET to the page itself
)
PAGE_HEADERS = {
    "Content-Security-Policy": CSP,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",  # revalidated every time: a new release is seen at once
}
# Our own files change with every release (revalidate, cheap with the ETag); the vendor files only with
# package-lock.json, so browsers may keep them an hour, as the docs pages' files.
OWN_CACHE = "no-cache"
VENDOR_CACHE = "public, max-age=3600"

NOT_BUILT_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dashboard not built - IUC Platform</title></head>
<body><main><h1>The dashboard is not built</h1>
<p>This gateway has no copy of the dashboard's chart library and map ({missing}).
Build it once on the machine that serves the gateway, then reload this page:</p>
<pre><code>.venv/bin/python -m gateway.dashboard.build</code></pre>
<p>(<code>make install</code> runs it.) The API itself works without it.</p></main></body></html>
"""


def dashboard_router(static: Path = STATIC) -> APIRouter:
    """`/dashboard/` (the page) and `/dashboard/static/...` (its files from `static`), outside the OpenAPI document."""
    router = APIRouter(include_in_schema=False)
    static = static.resolve()
    vendor = static / "vendor"

    @router.get(PREFIX)
    async def dashboard_without_slash(request: Request) -> Response:
        """The page's files are relative to `/dashboard/`: send the browser there, keeping the filters."""
        query = request.url.query
        return RedirectResponse(f"{PREFIX}/" + (f"?{query}" if query else ""), status_code=308)

    @router.api_route(PREFIX + "/", methods=["GET", "HEAD"])
    async def dashboard_page(request: Request) -> Response:
        """The dashboard page, or a 503 page that says how to build it."""
        missing = missing_files(vendor)
        if missing:
            return HTMLResponse(NOT_BUILT_PAGE.format(missing=", ".join(missing)), status_code=503, headers=PAGE_HEADERS)
        return _file(request, static / "index.html", PAGE_HEADERS)

    @router.api_route(PREFIX + "/static/{path:path}", methods=["GET", "HEAD"])
    async def dashboard_asset(request: Request, path: str) -> Response:
        """One of the page's scripts, style sheets, map files or licences."""
        return _asset(request, static, path)

    return router


def _asset(request: Request, static: Path, path: str) -> Response:
    file = _resolve(static, path)
    vendor = file.is_relative_to(static / "vendor")
    if not file.is_file():
        if vendor and missing_files(static / "vendor"):
            raise Problem(503, "The dashboard's vendor files are not built: run `python -m gateway.dashboard.build`.")
        raise Problem(404, f"The dashboard has no file {path!r}.")
    return _file(request, file, {"Cache-Control": VENDOR_CACHE if vendor else OWN_CACHE, "X-Content-Type-Options": "nosniff"})


def _file(request: Request, file: Path, headers: dict[str, str]) -> Response:
    """The file, or 304 when the browser's copy has its ETag (what `no-cache` revalidation asks)."""
    answer = FileResponse(file, media_type=MEDIA_TYPES[file.suffix], headers=headers, stat_result=os.stat(file))
    etag = answer.headers["etag"]
    if etag in (t.strip().removeprefix("W/") for t in request.headers.get("if-none-match", "").split(",")):
        return Response(status_code=304, headers=headers | {"ETag": etag})
    return answer


def _resolve(static: Path, path: str) -> Path:
    """The file under static/ that `path` names; 404 for anything else (other types, dot files, `..`)."""
    parts = path.split("/")
    if not path or any(not p or p.startswith(".") or "\\" in p for p in parts):
        raise Problem(404, f"The dashboard has no file {path!r}.")
    file = (static / path).resolve()
    if not file.is_relative_to(static) or file.suffix not in MEDIA_TYPES:
        raise Problem(404, f"The dashboard has no file {path!r}.")
    return file
