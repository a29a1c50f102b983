"""The contract routes: the merged OpenAPI document and the AsyncAPI document (the pages that
render them, `/docs` and `/reference`, are gateway/docs_pages.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import aiohttp
import orjson
from fastapi import APIRouter
from fastapi.responses import Response

from gateway.config import GatewaySettings
from gateway.openapi import OpenApiCache
from shared.asyncapi import build_asyncapi
from shared.catalog import ServiceEntry

try:  # importing the contracts registers every event type for /asyncapi.json
    import shared.contracts  # noqa: F401
except ImportError:  # pragma: no cover - only while the contracts package is being written
    logging.getLogger("iuc.gateway").warning("shared.contracts could not be imported; /asyncapi.json is partial")

TITLE = "IUC Platform API"
VERSION = "1.0.0"
DESCRIPTION = (
    "The public REST API of the EU International Urban Cooperation programme platform. "
    "Send your API key in the `X-API-Key` header, or exchange it for an OAuth2 access token "
    "(client credentials: `POST /oauth/token` with client_id = the key's id, client_secret = "
    "the key) and send `Authorization: Bearer <token>`. Errors are RFC 9457 problem+json."
)


def _json(doc: dict) -> Response:
    # Large documents: orjson is several times faster than the standard encoder.
    return Response(orjson.dumps(doc), media_type="application/json")


def docs_router(
    settings: GatewaySettings,
    services: Sequence[ServiceEntry],
    session: Callable[[], aiohttp.ClientSession],
    own: Callable[[], dict] | None = None,
) -> APIRouter:
    """`/openapi.json` and `/asyncapi.json` for `services`, asked over `session()`;
    `own()` is the gateway's document of its own public routes (merged in)."""
    openapi = OpenApiCache(
        services,
        session,
        timeout=settings.openapi_timeout,
        max_age=settings.openapi_cache_seconds,
        title=TITLE,
        version=VERSION,
        description=DESCRIPTION,
        own=own,
    )
    asyncapi_doc: dict = {}
    router = APIRouter()

    @router.get("/openapi.json")
    async def openapi_json() -> Response:
        """The merged OpenAPI 3.1 document of every service."""
        return _json(await openapi.document())

    @router.get("/asyncapi.json")
    async def asyncapi_json() -> Response:
        """The AsyncAPI 3.0 document of every event, generated from the contracts."""
        if not asyncapi_doc:
            asyncapi_doc.update(build_asyncapi(nats_url=settings.nats_url, stream=settings.stream_name))
        return _json(asyncapi_doc)

    return router
