"""The kit's finishing of a service's OpenAPI document, so it says what the service really does.

FastAPI documents the happy path and a 422 of its own shape (`HTTPValidationError`, whose
`detail` is a list), while every error of ours is one RFC 9457 problem (shared/problems.py).
`finish_document` replaces that 422 with the shared `Problem` schema and documents each error
status an operation can answer, derived from what it takes (decision 0012):

- every operation: 401 (no or a bad forwarded identity), 403 (a scope or ownership refused);
- a path parameter: 404; an `If-Match` header: 412 (and the answer's `ETag`);
- any parameter or body: 422; a body: 413 and 415 too; a `page_token` parameter: 400;
- a body: its limit (shared/limits.py) as `x-body-limit` (bytes) and in the 413's description;
- every write (POST, PUT, PATCH, DELETE): 409 (a conflict with the resource's state, a
  duplicate, two writes creating one thing at once);
- POST: the `Idempotency-Key` header (shared/idempotency.py): 400 (bad key), 409 (the first
  request still running), 422 (the key used with another body).

Which answers carry `ETag` or `Location` is read from the route function itself (it calls
`set_etag` or sets `Location`), so the document cannot drift from the code.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from shared.limits import body_limit, size_text
from shared.problems import _TITLES, PROBLEM_JSON, TYPE_BASE

METHODS = ("get", "put", "post", "delete", "patch")
PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}

PROBLEM_SCHEMAS: dict[str, dict[str, Any]] = {
    "Problem": {
        "title": "Problem",
        "type": "object",
        "description": "An RFC 9457 problem: every error of the platform answers with one, as application/problem+json.",
        "required": ["type", "title", "status", "detail"],
        "properties": {
            "type": {"type": "string", "description": f"A URI naming the kind of problem, under {TYPE_BASE}."},
            "title": {"type": "string", "description": "A short summary of the kind of problem."},
            "status": {"type": "integer", "description": "The HTTP status code."},
            "detail": {"type": "string", "description": "What went wrong with this request, for a human."},
            "instance": {"type": "string", "description": "The path of the request."},
            "errors": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/ProblemError"},
                "description": "Every field or rule problem, when there are several.",
            },
            "request_id": {"type": "string", "description": "The request id (X-Request-Id) the logs carry."},
        },
        "additionalProperties": True,
    },
    "ProblemError": {
        "title": "ProblemError",
        "type": "object",
        "description": "One field problem (with a JSON `pointer` into the request) or broken rule (with its `rule`).",
        "required": ["detail"],
        "properties": {
            "detail": {"type": "string"},
            "pointer": {"type": "string", "description": "RFC 6901 pointer into the body, or `query:name`, `path:name`."},
            "rule": {"type": "string", "description": "The name of the domain rule that was broken."},
            "code": {"type": "string", "description": "A machine-readable code for the error."},
        },
        "additionalProperties": True,
    },
}

# Why each status happens, for the `description` of its response.
WHY = {
    400: (
        "Bad request: a body that is not well-formed JSON, a page token or cursor from another list or query, "
        "or an Idempotency-Key that is not 1 to 200 characters."
    ),
    401: "No valid credentials: send an API key (X-API-Key) or an OAuth2 bearer token.",
    403: "The key lacks the scope, or does not act for this resource.",
    404: "No such resource.",
    405: "This path does not take this method; `Allow` lists those it takes.",
    409: "A conflict with the resource's state, a duplicate, or a request with this Idempotency-Key still running.",
    412: "If-Match names a version that is not the current one: read the resource again.",
    413: "The body is too large.",
    415: "The body is not of a media type this operation takes.",
    422: "The request is not valid: each problem is in `errors[]` with a JSON pointer or a rule name.",
    429: "Too many requests for this key, or too many failed credentials from this address: retry after `Retry-After` seconds.",
    500: "An unexpected error; it is logged with the request id.",
    502: "The service gave an answer the gateway could not read.",
    503: "The service, its database or the key store cannot be reached right now: retry after `Retry-After` seconds.",
    504: "The service did not answer in time.",
}

HEADERS = {
    "ETag": {"description": "The resource's version, for If-Match on a later write.", "schema": {"type": "string"}},
    "Location": {"description": "The path of the resource this request created.", "schema": {"type": "string"}},
    "Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer", "minimum": 0}},
    "Allow": {"description": "The methods this path takes.", "schema": {"type": "string"}},
}

IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "Makes a retry safe: the same key and body replay the first answer (with `Idempotent-Replayed: true`).",
    "schema": {"type": "string", "minLength": 1, "maxLength": 200},
}


ACCEPT_CSV = {
    "name": "Accept",
    "in": "header",
    "required": False,
    "description": (
        "A media range as HTTP defines it: when it prefers `text/csv`, every match is exported as one CSV file "
        "instead of a JSON page; anything else answers JSON. In the CSV, a text cell that starts with `=`, `+`, `-`, "
        "`@`, a tab or a carriage return has a `'` in front, so that a spreadsheet does not run it as a formula."
    ),
    "schema": {"type": "string"},
}


def problem_answer(status: int, headers: Iterable[str] = ()) -> dict[str, Any]:
    """The response object of an error `status`: the shared Problem as application/problem+json."""
    answer: dict[str, Any] = {
        "description": f"{_TITLES.get(status, 'Error')}. {WHY.get(status, '')}".strip(),
        "content": {PROBLEM_JSON: {"schema": dict(PROBLEM_REF)}},
    }
    if status in (429, 503):
        headers = (*headers, "Retry-After")
    if headers:
        answer["headers"] = {h: dict(HEADERS[h]) for h in headers}
    return answer


def add_problems(op: dict[str, Any], statuses: Iterable[int]) -> None:
    """Document each error status on `op` as a Problem: the derived ones, and those the route
    declares itself (`responses={404: {"description": ...}}`, which keep their description).
    One FastAPI documented with its own 422 is replaced."""
    responses = op.setdefault("responses", {})
    declared = {int(s) for s in responses if s.isdigit() and int(s) >= 400}
    for status in sorted(set(statuses) | declared):
        existing = responses.get(str(status))
        if existing is None or _is_fastapi_validation(existing):
            responses[str(status)] = problem_answer(status)
        elif "content" not in existing:
            answer = problem_answer(status)
            answer["description"] = existing.get("description") or answer["description"]
            if existing.get("headers"):
                answer["headers"] = {**answer.get("headers", {}), **existing["headers"]}
            responses[str(status)] = answer


def _is_fastapi_validation(answer: dict[str, Any]) -> bool:
    schema = ((answer.get("content") or {}).get("application/json") or {}).get("schema") or {}
    return schema.get("$ref", "").endswith("/HTTPValidationError")


def _has_header(op: dict[str, Any], name: str) -> bool:
    return any(p.get("in") == "header" and p.get("name", "").lower() == name.lower() for p in op.get("parameters", ()))


def error_statuses(method: str, op: dict[str, Any]) -> set[int]:
    """The error statuses a service operation can answer, from what it takes."""
    params = op.get("parameters", ())
    # 503 (with Retry-After): the service's database connection was lost or refused, or it is
    # too busy right now; nothing was written (shared/problems.py database_unavailable).
    # An open operation (the showcase's, `security: []`) takes no identity: nothing to refuse it.
    statuses = {503} if op.get("security") == [] else {401, 403, 503}
    if any(p.get("in") == "path" for p in params):
        statuses.add(404)
    if _has_header(op, "If-Match"):
        statuses.add(412)
    if params or "requestBody" in op:
        statuses.add(422)
    if "requestBody" in op:
        statuses |= {400, 413, 415}  # 400: a JSON body that does not parse
    if any(p.get("in") == "query" and p.get("name") == "page_token" for p in params):
        statuses.add(400)
    if method in ("post", "put", "patch", "delete"):
        # 409: a write that conflicts with the resource's state (an accepted application is not
        # edited), a duplicate, or two writes creating one thing at once (shared/problems.py).
        statuses.add(409)
    if method == "post":
        statuses |= {400, 422}
    return statuses


def _route_flags(app: FastAPI) -> dict[tuple[str, str], set[str]]:
    """(path, method) -> the response headers the route function sets itself."""
    flags: dict[tuple[str, str], set[str]] = {}
    for route in iter_route_contexts(app.routes):
        if not isinstance(route.original_route, APIRoute) or not route.include_in_schema:
            continue
        try:
            source = inspect.getsource(route.endpoint)
        except (OSError, TypeError):
            source = ""
        found = {h for h, marker in (("ETag", "set_etag("), ("Location", '"Location"')) if marker in source}
        for method in route.methods:
            flags[(route.path_format, method.lower())] = found
    return flags


def _optional_body_not_null(op: dict[str, Any]) -> None:
    # An optional body FastAPI writes as `anyOf: [X, null]`: a generated client then sends its
    # "unset" marker as the JSON and fails before sending. Leaving the body out says the same.
    body = op.get("requestBody")
    if not body or body.get("required"):
        return
    for media in (body.get("content") or {}).values():
        variants = (media.get("schema") or {}).get("anyOf") or []
        kept = [v for v in variants if v != {"type": "null"}]
        if len(kept) == 1 and len(variants) == 2:
            media["schema"] = kept[0]


def finish_operation(method: str, op: dict[str, Any], sets_headers: set[str] = frozenset()) -> None:
    """Headers taken and sent, and every error status, on one service operation."""
    _optional_body_not_null(op)
    params = op.setdefault("parameters", [])
    if method == "post" and not _has_header(op, "Idempotency-Key"):
        params.append(dict(IDEMPOTENCY_KEY))
    answers_csv = any(s.startswith("2") and "text/csv" in (a.get("content") or {}) for s, a in op.get("responses", {}).items())
    if answers_csv and not _has_header(op, "Accept"):
        params.append(dict(ACCEPT_CSV))
    if not params:
        del op["parameters"]
    for status, answer in op.get("responses", {}).items():
        if not status.startswith("2"):
            continue
        wanted = [h for h in ("ETag", "Location") if h in sets_headers and (h == "ETag" or status in ("201", "202"))]
        if wanted:
            answer.setdefault("headers", {}).update({h: dict(HEADERS[h]) for h in wanted})
    add_problems(op, error_statuses(method, op))


def document_body_limit(method: str, path: str, op: dict[str, Any]) -> None:
    """An operation that takes a body says how large it may be: `x-body-limit` in bytes, and in
    words in its 413 (the gateway and the service refuse a larger one, shared/bodylimit.py)."""
    if "requestBody" not in op:
        return
    limit = body_limit(method.upper(), path)
    op["x-body-limit"] = limit
    answer = op.get("responses", {}).get("413")
    if answer is not None:
        answer["description"] = f"{_TITLES[413]}. The body is larger than {size_text(limit)}, the limit for this operation."


def finish_document(doc: dict[str, Any], route_flags: dict[tuple[str, str], set[str]] | None = None) -> dict[str, Any]:
    """The service's document with Problem answers and the headers it takes and sends (in place)."""
    route_flags = route_flags or {}
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                finish_operation(method, op, route_flags.get((path, method), set()))
                document_body_limit(method, path, op)
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for fastapi_own in ("HTTPValidationError", "ValidationError"):
        schemas.pop(fastapi_own, None)
    schemas.update({name: dict(schema) for name, schema in PROBLEM_SCHEMAS.items()})
    return doc


def install_openapi(app: FastAPI, finish: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> None:
    """Make `app.openapi()` answer the finished document (built once, like FastAPI's own)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(
                title=app.title,
                version=app.version,
                openapi_version=app.openapi_version,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
                servers=app.servers,
            )
            app.openapi_schema = (finish or (lambda d: finish_document(d, _route_flags(app))))(doc)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
