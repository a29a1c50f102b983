"""Forwarding `/v1/...` to the service that owns the path: a raw ASGI handler over aiohttp.

This is the hot path, so it avoids what costs per request: no framework routing or
dependency injection, no database access, no JWT signing (see gateway.auth), headers kept
as the bytes the server gave us where possible, one pooled aiohttp session for all services.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable

import aiohttp
import orjson
from yarl import URL

from gateway.auth import KeyAuthenticator, KeysUnavailable
from gateway.breaker import CircuitBreaker
from gateway.oauth import InvalidToken
from gateway.ratelimit import RateLimiter
from shared.bodylimit import refuse_body
from shared.catalog import ServiceEntry
from shared.limits import body_limit
from shared.problems import PROBLEM_JSON, problem_body
from shared.requestid import current_request_id
from shared.showcase import is_open
from shared.tracing import inject_headers

log = logging.getLogger("iuc.gateway.proxy")

# Bodies up to this size are read whole: one write instead of a chunked stream. Larger ones,
# up to their operation's limit (shared/limits.py), stream through.
BUFFER_LIMIT = 1 << 20

_HOP_BY_HOP = frozenset({b"connection", b"keep-alive", b"transfer-encoding", b"te", b"trailer", b"upgrade"})
# Besides hop-by-hop: the client sets host and length; the caller's credentials and
# identity never reach a service; request id and forwarding headers are set by us.
_DROP_REQUEST = _HOP_BY_HOP | {
    b"host",
    b"content-length",
    b"expect",
    b"x-api-key",
    b"authorization",
    b"x-iuc-identity",
    b"x-request-id",
    b"x-forwarded-for",
    b"x-forwarded-proto",
}
# The gateway's server adds its own date and server headers; two of each would confuse clients.
_DROP_RESPONSE = _HOP_BY_HOP | {b"date", b"server", b"x-request-id"}

_WWW_AUTHENTICATE = [(b"www-authenticate", b"ApiKey"), (b"www-authenticate", b'Bearer realm="iuc"')]
_INVALID_TOKEN = [(b"www-authenticate", b'Bearer realm="iuc", error="invalid_token"')]
# A 503 of the gateway's (a service or the key store out of reach) is short-lived: say when to retry.
_RETRY_SOON = [(b"retry-after", b"1")]


class RouteTable:
    """Public path prefix -> base URL of the owning service; the longest prefix wins."""

    def __init__(self, services: Iterable[ServiceEntry]) -> None:
        routes = [(prefix, entry.name, entry.url().rstrip("/")) for entry in services for prefix in entry.prefixes]
        self._routes = sorted(routes, key=lambda r: len(r[0]), reverse=True)

    def match(self, path: str) -> tuple[str, str] | None:
        """(service name, base URL) of the service that owns `path`, or None."""
        for prefix, name, base in self._routes:
            # A prefix owns itself, its sub-paths and its custom verbs (`/v1/calls:search`).
            if path.startswith(prefix) and (len(path) == len(prefix) or path[len(prefix)] in "/:"):
                return name, base
        return None


async def send_problem(send, status: int, detail: str, instance: str, extra_headers=()) -> None:
    """Answer with problem+json straight from ASGI."""
    body = orjson.dumps(problem_body(status, detail, instance=instance))
    headers = [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode()), *extra_headers]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _incoming_headers(scope) -> tuple[bytes | None, bytes | None, bytes | None, bool, list[tuple[str, str]]]:
    """(API key, Authorization, Content-Length, chunked?, headers the service may see)."""
    # One pass over the raw headers: this runs on every proxied request.
    api_key = authorization = length = connection = forwarded_for = None
    chunked = False
    headers: list[tuple[str, str]] = []
    for name, value in scope["headers"]:
        if name in _DROP_REQUEST or name.startswith(b"proxy-"):
            if name == b"x-api-key":
                api_key = value
            elif name == b"authorization":
                authorization = value
            elif name == b"content-length":
                length = value
            elif name == b"transfer-encoding":
                chunked = True
            elif name == b"connection":
                connection = value
            elif name == b"x-forwarded-for":
                forwarded_for = value.decode("latin-1")
            continue
        headers.append((name.decode("latin-1"), value.decode("latin-1")))
    if connection is not None:
        # Headers named in Connection are hop-by-hop too (RFC 9110, 7.6.1).
        listed = {t.strip().lower() for t in connection.decode("latin-1").split(",")}
        headers = [h for h in headers if h[0] not in listed]
    client = scope.get("client")
    if client:
        headers.append(("x-forwarded-for", f"{forwarded_for}, {client[0]}" if forwarded_for else client[0]))
    headers.append(("x-forwarded-proto", scope.get("scheme", "http")))
    return api_key, authorization, length, chunked, headers


async def _read_body(receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ConnectionResetError("client went away while sending the body")
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


class BodyOverLimit(Exception):
    """The body being streamed to a service passed its operation's limit."""


class Upload:
    """A request body streamed to the service, counted on the way: the service never gets more
    than `limit` bytes, because the stream stops (and the upstream request with it) before the
    chunk that would pass the limit."""

    def __init__(self, receive, limit: int) -> None:
        self.receive = receive
        self.limit = limit
        self.over_limit = False

    async def chunks(self) -> AsyncIterator[bytes]:
        received = 0
        while True:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                raise ConnectionResetError("client went away while sending the body")
            body = message.get("body", b"")
            received += len(body)
            if received > self.limit:
                self.over_limit = True
                raise BodyOverLimit(f"the body passed {self.limit} bytes")
            if body:
                yield body
            if not message.get("more_body"):
                return


class Proxy:
    """The ASGI handler for every `/v1` request."""

    def __init__(
        self,
        routes: RouteTable,
        auth: KeyAuthenticator | None = None,
        limiter: RateLimiter | None = None,
        open_limiter: RateLimiter | None = None,
        breakers: dict[str, CircuitBreaker] | None = None,
        timeouts: dict[str, aiohttp.ClientTimeout] | None = None,
    ) -> None:
        self.routes = routes
        self.auth = auth
        self.limiter = limiter
        self.open_limiter = open_limiter  # per client address, on the showcase's open paths
        # Per service: its circuit breaker (none: always closed) and its connect/read timeouts
        # (none: the session's own).
        self.breakers = breakers or {}
        self.timeouts = timeouts or {}
        self.session: aiohttp.ClientSession | None = None  # set at start-up (needs the loop)

    async def __call__(self, scope, receive, send) -> None:
        path = scope["path"]
        target = self.routes.match(path)
        if target is None:
            return await send_problem(send, 404, f"No API is published at {path}.", path)
        if "/../" in path + "/":
            return await send_problem(send, 400, "Paths with '..' segments are not accepted.", path)

        api_key, authorization, length, chunked, headers = _incoming_headers(scope)
        limit = body_limit(scope["method"], path)
        size = None
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                return await send_problem(send, 400, "The Content-Length header is not a number.", path)
            if size > limit:
                # Before the key check and without reading a byte: the cheapest refusal there is.
                return await refuse_body(receive, send, limit, path)
        bearer = authorization[7:].strip() if authorization and authorization[:7].lower() == b"bearer " else None
        anonymous = not api_key and not bearer
        if anonymous and not is_open(scope["method"], path):
            detail = "Send an API key in the X-API-Key header, or an OAuth2 access token (POST /oauth/token) as a Bearer token."
            return await send_problem(send, 401, detail, path, _WWW_AUTHENTICATE)
        token = None
        if anonymous:
            # The showcase (shared/showcase.py): anyone may read it, each client address within its own
            # budget, and no identity goes on.
            address = (scope["client"][0] if scope.get("client") else "-").encode()
            if self.open_limiter is not None and (wait := await self.open_limiter.retry_after(b"address:" + address)):
                detail = f"Too many requests from this address; retry in {wait} s."
                return await send_problem(send, 429, detail, path, [(b"retry-after", str(wait).encode())])
        else:
            try:
                if api_key:
                    token = await self.auth.token_for(api_key)
                    if token is None:
                        return await send_problem(
                            send, 401, "This API key is not valid (unknown or revoked).", path, _WWW_AUTHENTICATE
                        )
                else:
                    token = await self.auth.token_for_bearer(bearer)
                    if token is None:
                        detail = "The access token's client is no longer valid (its API key is revoked)."
                        return await send_problem(send, 401, detail, path, _INVALID_TOKEN)
            except InvalidToken as exc:
                return await send_problem(send, 401, str(exc), path, _INVALID_TOKEN)
            except KeysUnavailable:
                detail = "API keys cannot be checked right now; try again shortly."
                return await send_problem(send, 503, detail, path, _RETRY_SOON)
            # One budget per API key, and one for all the access tokens of a client (however many it asks for).
            limit_key = api_key or b"client:" + (self.auth.bearer_client(bearer) or "").encode()
            if self.limiter is not None and (wait := await self.limiter.retry_after(limit_key)) is not None:
                detail = f"Too many requests for this API key; retry in {wait} s."
                return await send_problem(send, 429, detail, path, [(b"retry-after", str(wait).encode())])
        service, base = target
        breaker = self.breakers.get(service)
        probe = False
        if breaker is not None:
            probe = breaker.acquire()
            if probe is None:
                # Open: answered at once, before reading a byte of the body.
                wait = breaker.retry_after()
                detail = f"The {service} service is failing; the gateway is not sending it requests for now. Retry in {wait} s."
                return await send_problem(send, 503, detail, path, [(b"retry-after", str(wait).encode())])
        if token is not None:
            headers.append(("x-iuc-identity", token))
        headers.append(("x-request-id", current_request_id() or ""))
        inject_headers(headers)  # the gateway's span as `traceparent`, when tracing is on

        data = upload = None
        if size is not None:
            if size <= BUFFER_LIMIT:
                try:
                    data = await _read_body(receive)
                except ConnectionResetError:
                    if breaker is not None:
                        breaker.release(probe)
                    return  # nobody is left to answer
            else:
                upload = Upload(receive, limit)
                headers.append(("content-length", str(size)))
        elif chunked:
            upload = Upload(receive, limit)  # no length said: counted while it streams, cut at the limit
        if upload is not None:
            data = upload.chunks()

        raw_path = scope.get("raw_path") or path.encode()
        query = scope.get("query_string")
        url = base + raw_path.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")
        method = scope["method"]
        if breaker is None:
            return await self._forward(method, URL(url, encoded=True), headers, data, send, service, path, upload, receive)
        verdict = None
        try:
            verdict = await self._forward(method, URL(url, encoded=True), headers, data, send, service, path, upload, receive)
        finally:
            if verdict is None:
                breaker.release(probe)
            else:
                breaker.record(verdict, probe)

    async def _forward(self, method, url, headers, data, send, service: str, path: str, upload=None, receive=None) -> bool | None:
        """Send the request on and its answer back. True: the service answered; False: a transport
        failure (no connection, a timeout, an unreadable answer), what the breaker counts; None:
        neither (the caller's body was cut or over its limit, or the answer broke off midway)."""
        started = False
        timeout = self.timeouts.get(service) or self.session.timeout
        try:
            async with self.session.request(
                method, url, headers=headers, data=data, allow_redirects=False, timeout=timeout
            ) as resp:
                out = [(k.lower(), v) for k, v in resp.raw_headers]
                out = [(k, v) for k, v in out if k not in _DROP_RESPONSE and not k.startswith(b"proxy-")]
                size = resp.content_length
                if size is not None and size <= BUFFER_LIMIT:
                    body = await resp.read()
                    started = True
                    await send({"type": "http.response.start", "status": resp.status, "headers": out})
                    await send({"type": "http.response.body", "body": body})
                    return True
                started = True
                await send({"type": "http.response.start", "status": resp.status, "headers": out})
                async for chunk in resp.content.iter_any():
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                await send({"type": "http.response.body", "body": b""})
                return True
        except (TimeoutError, aiohttp.ClientError, ConnectionResetError, BodyOverLimit) as exc:
            if upload is not None and upload.over_limit and not started:
                # The stream stopped before the limit (aiohttp dropped the upstream connection, so
                # the service saw a body cut short and did nothing with it): the caller gets the 413.
                await refuse_body(receive, send, upload.limit, path)
                return None
            if started:
                # Headers are gone already: returning unfinished makes the server cut the connection.
                log.warning("%s broke off its answer to %s %s: %r", service, method, path, exc)
                return None
            status, detail = _upstream_problem(exc, service)
            log.warning("%s %s -> %s: %d (%s)", method, path, service, status, type(exc).__name__)
            await send_problem(send, status, detail, path, _RETRY_SOON if status == 503 else ())
            return None if status == 400 else False


def _upstream_problem(exc: BaseException, service: str) -> tuple[int, str]:
    """The status and detail a failed upstream call answers with."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError | aiohttp.ClientConnectorError):
        return 503, f"The {service} service cannot be reached; try again shortly."
    if isinstance(exc, asyncio.TimeoutError):
        return 504, f"The {service} service did not answer in time."
    if isinstance(exc, ConnectionResetError) and not isinstance(exc, aiohttp.ClientError):
        return 400, "The request body was not received completely."
    return 502, f"The {service} service gave an answer the gateway could not read."


def new_upstream_session(
    *, max_connections: int, keepalive_seconds: float, timeout: float, connect_timeout: float
) -> aiohttp.ClientSession:
    """The one client session the gateway uses for every service (call inside the event loop)."""
    connector = aiohttp.TCPConnector(
        limit=max_connections,
        limit_per_host=0,
        keepalive_timeout=keepalive_seconds,
        ttl_dns_cache=300,
    )
    return aiohttp.ClientSession(
        connector=connector,
        # Read timeout, not total: a slow first byte is a 504, a long download is fine.
        timeout=aiohttp.ClientTimeout(total=None, connect=connect_timeout, sock_read=timeout),
        # Pass bodies and cookies through untouched: a proxy must not decode or remember them.
        auto_decompress=False,
        cookie_jar=aiohttp.DummyCookieJar(),
        skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
        trust_env=False,
    )
