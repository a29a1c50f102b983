"""The API's documentation pages, served whole by the gateway: Swagger UI at `/docs`, ReDoc at `/reference`.

Their scripts and styles come from an installed package (fastapi-standalone-docs, decision 0014) and are
served under `/docs/static/`, so the pages render on a network without internet access, and their
Content-Security-Policy forbids loading anything from elsewhere: a page that holds an API key runs only
our own scripts.
"""

from __future__ import annotations

import base64
import hashlib
import re
from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response

from shared.problems import Problem

STATIC_URL = "/docs/static"
_PACKAGE_STATIC = Path(str(files("fastapi_standalone_docs") / "static"))

# The only files served, each with its type: nothing else in the package directory is reachable.
ASSETS: dict[str, tuple[str, str]] = {
    "swagger-ui-bundle.js": ("swagger/swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui.css": ("swagger/swagger-ui.css", "text/css; charset=utf-8"),
    "swagger-ui.LICENSE": ("swagger/LICENSE", "text/plain; charset=utf-8"),
    "redoc.standalone.js": ("redoc/redoc.standalone.js", "text/javascript; charset=utf-8"),
    "redoc.LICENSE.txt": ("redoc/redoc.standalone.js.LICENSE.txt", "text/plain; charset=utf-8"),
    "logo-mini.svg": ("redoc/logo-mini.svg", "image/svg+xml"),
    "favicon.png": ("fastapi/favicon.png", "image/png"),
}

SWAGGER_UI_PARAMETERS = {
    "dom_id": "#swagger-ui",
    "layout": "BaseLayout",
    "deepLinking": True,  # /docs#/<tag>/<operationId> links to one operation
    "displayOperationId": True,  # the name a generated client gives the method
    "filter": True,
    "showExtensions": True,
    "showCommonExtensions": True,
    "persistAuthorization": False,  # keys and tokens stay out of localStorage
    "validatorUrl": None,  # the default badge would send our document's address to swagger.io
}

# An hour: after an upgrade of the package, browsers have the new files within the hour.
_ASSET_CACHE = "public, max-age=3600"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _csp(html: str) -> str:
    """A policy that allows only our own origin, and the page's inline scripts by their hash."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'" for body in _INLINE_SCRIPT.findall(html)
    )
    return (
        "default-src 'none'; "
        f"script-src 'self' {hashes}; "
        "style-src 'self' 'unsafe-inline'; "  # both UIs set style attributes and inject <style> at run time
        "img-src 'self' data:; "
        "font-src 'self' data:; "
        "connect-src 'self'; "  # the document, the token endpoint, and "Try it out"
        "worker-src 'self' blob:; "  # ReDoc's search index runs in a worker
        "base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
    )


def _page(page: HTMLResponse) -> tuple[str, dict[str, str]]:
    """The page's HTML and the headers it is served with."""
    html = page.body.decode()
    headers = {
        "Content-Security-Policy": _csp(html),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-cache",
    }
    return html, headers


def docs_pages_router(title: str, openapi_url: str = "/openapi.json") -> APIRouter:
    """`/docs` (Swagger UI, with "Authorize" for the key and OAuth2), `/reference` (ReDoc) and their assets."""
    router = APIRouter(include_in_schema=False)
    swagger = _page(
        get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{title} - docs",
            swagger_js_url=f"{STATIC_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{STATIC_URL}/swagger-ui.css",
            swagger_favicon_url=f"{STATIC_URL}/favicon.png",
            swagger_ui_parameters=SWAGGER_UI_PARAMETERS,
        )
    )
    reference = _page(
        get_redoc_html(
            openapi_url=openapi_url,
            title=f"{title} - reference",
            redoc_js_url=f"{STATIC_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{STATIC_URL}/favicon.png",
            with_google_fonts=False,
        )
    )

    @router.get("/docs")
    async def swagger_ui() -> HTMLResponse:
        """Swagger UI for the merged document."""
        return HTMLResponse(swagger[0], headers=swagger[1])

    @router.get("/reference")
    async def redoc() -> HTMLResponse:
        """ReDoc for the merged document."""
        return HTMLResponse(reference[0], headers=reference[1])

    @router.get("/reference/logo-mini.svg")
    async def redoc_logo() -> Response:
        """The package's ReDoc asks for its logo beside the page (`location.pathname + "/logo-mini.svg"`)."""
        return _asset("logo-mini.svg")

    @router.get(STATIC_URL + "/{name}")
    async def docs_asset(name: str) -> Response:
        """A script, style sheet, image or licence of the documentation pages."""
        return _asset(name)

    return router


def _asset(name: str) -> Response:
    if name not in ASSETS:
        raise Problem(404, f"No documentation asset is called {name!r}.")
    path, media_type = ASSETS[name]
    return FileResponse(
        _PACKAGE_STATIC / path,
        media_type=media_type,
        headers={"Cache-Control": _ASSET_CACHE, "X-Content-Type-Options": "nosniff"},
    )
