"""RFC 9457 problem details: one error shape for every service and the gateway."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from shared.dbfaults import LOST, database_fault
from shared.requestid import current_request_id

log = logging.getLogger("iuc.problems")

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://iuc.example.eu/problems/"

_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    410: "Gone",
    412: "Precondition failed",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    428: "Precondition required",
    429: "Too many requests",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
    504: "Gateway timeout",
}

_SLUGS = {
    400: "bad-request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    409: "conflict",
    410: "gone",
    412: "precondition-failed",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "validation",
    428: "precondition-required",
    429: "rate-limited",
    500: "internal",
    502: "bad-gateway",
    503: "unavailable",
    504: "gateway-timeout",
}


class Problem(Exception):
    """Raise anywhere in a request to answer with problem+json.

    `errors` lists field or rule problems, each a dict with at least `detail` and
    usually `pointer` (a JSON pointer into the request) or `rule` (a named domain rule).
    """

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        title: str | None = None,
        type_: str | None = None,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.title = title or _TITLES.get(status, "Error")
        self.type = type_ or TYPE_BASE + _SLUGS.get(status, str(status))
        # Every entry says what is wrong (`detail` is required on the wire): one that only names its rule
        # carries the problem's own detail.
        self.errors = [e if "detail" in e else {**e, "detail": detail} for e in errors] if errors is not None else None
        self.headers = headers
        self.extra = extra


def problem_body(
    status: int,
    detail: str,
    *,
    title: str | None = None,
    type_: str | None = None,
    instance: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The JSON object of a problem response."""
    body: dict[str, Any] = {
        "type": type_ or TYPE_BASE + _SLUGS.get(status, str(status)),
        "title": title or _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    if errors:
        body["errors"] = errors
    rid = current_request_id()
    if rid:
        body["request_id"] = rid
    body.update(extra)
    return body


def problem_response(status: int, detail: str, *, headers: dict[str, str] | None = None, **kw: Any) -> JSONResponse:
    """A ready JSONResponse with the problem+json media type."""
    return JSONResponse(problem_body(status, detail, **kw), status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _pointer(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header"):
        where, rest = parts[0], parts[1:]
        return ("/" + "/".join(map(_escape, rest))) if where == "body" else f"{where}:" + ".".join(rest)
    return "/" + "/".join(map(_escape, parts))


def _escape(token: str) -> str:
    # RFC 6901: "~" -> "~0", "/" -> "~1" (in that order)
    return token.replace("~", "~0").replace("/", "~1")


def validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Pydantic's errors turned into RFC 9457 `errors[]` entries."""
    out = []
    for err in exc.errors():
        out.append({"pointer": _pointer(tuple(err.get("loc", ()))), "detail": err.get("msg", "invalid"), "code": err.get("type")})
    return out


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app takes at the request's path (HEAD with GET)."""
    scope = {**request.scope, "method": ""}
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.router.routes):
        match, _ = route.matches(scope)
        if match != Match.NONE:
            methods |= set(route.methods or ())
    return sorted(methods)


def install_problem_handlers(app: FastAPI) -> None:
    """Make every error of the app, expected or not, answer as problem+json."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(
            exc.status,
            exc.detail,
            title=exc.title,
            type_=exc.type,
            instance=request.url.path,
            errors=exc.errors,
            headers=exc.headers,
            **exc.extra,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = validation_errors(exc)
        detail = "; ".join(f"{e['pointer']}: {e['detail']}" for e in errors[:5])
        return problem_response(422, f"The request is not valid: {detail}", instance=request.url.path, errors=errors)

    @app.exception_handler(StaleDataError)
    async def _stale(request: Request, exc: StaleDataError) -> JSONResponse:
        # The versioned UPDATE matched no row: another write won the race since this one read.
        return problem_response(
            412,
            "The resource changed while this request was being handled. Read it again and retry.",
            instance=request.url.path,
        )

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        # Input is validated before it is written, so a constraint firing here is a race: two
        # writes creating the same thing at once. The transaction was rolled back.
        log.warning("integrity error on %s %s: %s", request.method, request.url.path, exc.orig)
        return problem_response(
            409,
            "Another request wrote the same resource at the same moment; nothing was written. Read it and retry.",
            instance=request.url.path,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Error")
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            # Starlette names the methods of the first route that matched the path; RFC 9110
            # (15.5.6) wants every method the path takes.
            headers["Allow"] = ", ".join(allowed_methods(request)) or headers.get("Allow", "")
            detail = f"{request.method} is not allowed here; this path takes {headers['Allow']}."
        return problem_response(exc.status_code, detail, instance=request.url.path, headers=headers or None)

    app.add_middleware(UnexpectedErrorMiddleware)
    app.add_middleware(PathMethodsMiddleware)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        unavailable = database_unavailable(exc, request.method, request.url.path)
        if unavailable is not None:
            return unavailable  # raised outside UnexpectedErrorMiddleware (the idempotency middleware's own reads)
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(
            500, "An unexpected error occurred; it has been logged with the request id.", instance=request.url.path
        )


class PathMethodsMiddleware:
    """A path the API names answers 405 (with `Allow`) for a method it does not take, even where
    a templated route would also match it.

    - A fixed path (`/v1/cities/imports`, `/v1/action-plans/stats`): without this, `GET
      /v1/cities/imports` is `GET /v1/cities/{city_id}` with the id `imports`, a 404, while the
      contract says the path takes POST only.
    - A custom verb (`POST /v1/things/{id}:submit`) asked with another method: without this,
      `GET /v1/things/abc:submit` is `GET /v1/things/{id}` with the id `abc:submit`, a 404, and the
      client never learns that the path exists but takes POST."""

    def __init__(self, app) -> None:
        self.app = app
        self._fixed: dict[str, frozenset[str]] | None = None  # path -> methods, built at the first request

    def fixed_paths(self, router) -> dict[str, frozenset[str]]:
        if self._fixed is None:
            fixed: dict[str, set[str]] = {}
            for route in iter_route_contexts(router.routes):
                path = route.path_format or ""
                if route.methods and path and "{" not in path:
                    fixed.setdefault(path, set()).update(route.methods)
            self._fixed = {path: frozenset(methods) for path, methods in fixed.items()}
        return self._fixed

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            allow = self._refused(scope)
            if allow:
                detail = f"{scope['method']} is not allowed here; this path takes {allow}."
                response = problem_response(405, detail, instance=scope["path"], headers={"Allow": allow})
                return await response(scope, receive, send)
        return await self.app(scope, receive, send)

    def _refused(self, scope) -> str:
        """The `Allow` of a 405 when the request's method is not one its path takes, else ""."""
        router = scope["app"].router
        methods = self.fixed_paths(router).get(scope["path"])
        if methods is not None:
            return "" if scope["method"] in methods else ", ".join(sorted(methods))
        if ":" not in scope["path"].rsplit("/", 1)[-1]:
            return ""
        verbs: set[str] = set()
        for route in iter_route_contexts(router.routes):
            if ":" not in (route.path_format or "").rsplit("/", 1)[-1]:
                continue
            match, _ = route.matches(scope)
            if match == Match.FULL:
                return ""
            if match == Match.PARTIAL:
                verbs |= set(route.methods or ())
        return ", ".join(sorted(verbs))


_UNEXPECTED = "An unexpected error occurred; it has been logged with the request id."

# Seconds a client is told to wait after a database fault: the pool reconnects at the next request.
DATABASE_RETRY_AFTER = 2
_LOST_DETAIL = "The service lost its connection to its database; nothing was written. Retry shortly."
_BUSY_DETAIL = "The service's database is busy with other writes right now; nothing was written. Retry shortly."
_IDEMPOTENT = ("GET", "HEAD")


def database_unavailable(exc: BaseException, method: str, path: str) -> JSONResponse | None:
    """The 503 (with Retry-After) for an exception that means the database could not be used
    right now (shared/db.py database_fault: a lost or refused connection, a locked SQLite file,
    a full pool); None for any other exception. The transaction was rolled back, so nothing was
    half-written, and a retry may well succeed: 500 would tell the client neither."""
    fault = database_fault(exc)
    if fault is None:
        return None
    log.warning("database %s on %s %s: %s", fault, method, path, exc)
    detail = _LOST_DETAIL if fault == LOST else _BUSY_DETAIL
    return problem_response(503, detail, instance=path, headers={"Retry-After": str(DATABASE_RETRY_AFTER)})


class UnexpectedErrorMiddleware:
    """Answers an unhandled exception with the 500 problem INSIDE the other middlewares, so
    the log line and the answer carry the request id. (Starlette runs an
    `exception_handler(Exception)` in ServerErrorMiddleware, outside all of them.)

    A database fault answers 503 with Retry-After instead, and a read (GET, HEAD) whose
    connection was lost before anything was sent is run once more first: the pool has dropped
    the dead connection (and every one older than it), so the second run gets a fresh one."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = False
        received: list[dict] = []  # the request's messages, replayed to a second run

        async def watch(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        async def record():
            message = await receive()
            if message["type"] == "http.request":
                received.append(message)
            return message

        retry = scope["method"] in _IDEMPOTENT
        attempt_receive = record if retry else receive
        while True:
            try:
                return await self.app(scope, attempt_receive, watch)
            except Exception as exc:
                if started:
                    log.exception("error on %s %s after the answer began", scope["method"], scope["path"])
                    raise
                if retry and database_fault(exc) == LOST:
                    retry = False
                    log.warning(
                        "database connection lost on %s %s; running it once more: %s", scope["method"], scope["path"], exc
                    )
                    attempt_receive = _replay(received, receive)
                    continue
                unavailable = database_unavailable(exc, scope["method"], scope["path"])
                if unavailable is not None:
                    return await unavailable(scope, receive, send)
                log.exception("unhandled error on %s %s", scope["method"], scope["path"])
                return await problem_response(500, _UNEXPECTED, instance=scope["path"])(scope, receive, send)


def _replay(messages: list[dict], receive):
    """A receive that gives the recorded request messages again, then the real ones."""
    pending = list(messages)

    async def replay():
        if pending:
            return pending.pop(0)
        return await receive()

    return replay
