"""The showcase: what the programme publishes, open to everyone without a key (issue 17).

Published good practices, confirmed and completed pairings and signatories' public profiles, each served by the
service that owns them under `/v1/showcase/...`. The gateway lets a request without credentials through on these
paths only (GET and HEAD), counted per client address (IUC_GATEWAY_SHOWCASE_RATE_LIMIT), and forwards no identity;
a showcase route takes none, so it cannot answer more than what is published. Answers are cacheable by anyone:
`Cache-Control: public, max-age=…` and a strong ETag of the body, with 304 to a matching `If-None-Match`.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson
from fastapi import APIRouter, Request, Response
from fastapi.encoders import jsonable_encoder

SHOWCASE_PREFIX = "/v1/showcase"
SHOWCASE_TAG = "showcase"
SHOWCASE_ABOUT = (
    "What the programme publishes, open to everyone without a key: published good practices with search, confirmed "
    "and completed city pairings, and signatories' public profiles. Cacheable (ETag, max-age); limited per client "
    "address."
)
MAX_AGE_SECONDS = 300
# The operation needs no credentials: the merged document says so (security: []), and names no 401 or 403.
OPEN = {"security": []}
NOT_MODIFIED = {304: {"description": "Not modified: the If-None-Match header names the current ETag."}}


def showcase_router(path: str) -> APIRouter:
    """A router for one showcase collection, `/v1/showcase/<path>`."""
    return APIRouter(prefix=f"{SHOWCASE_PREFIX}/{path}", tags=[SHOWCASE_TAG])


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    if header.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag for tag in header.split(","))


def public_answer(request: Request, payload: Any, max_age: int = MAX_AGE_SECONDS) -> Response:
    """`payload` as JSON anyone may cache for `max_age` seconds, with its ETag; 304 when the caller has it."""
    body = orjson.dumps(jsonable_encoder(payload), option=orjson.OPT_SORT_KEYS)
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={max_age}", "Vary": "Accept"}
    if _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


def is_open(method: str, path: str) -> bool:
    """Whether a request needs no credentials: a read of the showcase."""
    return method in ("GET", "HEAD") and (path == SHOWCASE_PREFIX or path.startswith(SHOWCASE_PREFIX + "/"))
