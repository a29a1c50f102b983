"""Sending one webhook: a Standard Webhooks POST through httpx, and what came of it.

One httpx client per endpoint keeps its connections alive between deliveries; a semaphore per
endpoint and one for the whole process bound how many requests are in flight. Connections are
opened through the SSRF guard (`guard.GuardedBackend`). Redirects are never followed, the answer's
body is read only up to 64 KiB, and nothing a target does (time out, refuse, answer garbage) makes
`send` raise: it is all in the `Outcome`.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpcore
import httpx
from standardwebhooks import Webhook

from services.webhooks.delivery.guard import GuardedBackend, Resolver, TargetRefused

USER_AGENT = "IUC-Webhooks/1"
READ_CAP = 64 * 1024
EXCERPT_CHARACTERS = 1024
KEEPALIVE_SECONDS = 30.0
_DELTA_SECONDS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Outgoing:
    """One delivery attempt to make: where, and the exact signed message."""

    endpoint_id: str
    url: str
    webhook_id: str
    timestamp: datetime  # aware; sent as integer seconds in webhook-timestamp
    body: str  # the JSON text, sent byte for byte and signed as is
    secrets: tuple[str, ...]  # "whsec_..." each; every one signs


@dataclass(frozen=True)
class Outcome:
    """What came of one attempt."""

    status_code: int | None  # None when there was no answer
    duration_ms: float
    error: str | None
    response_excerpt: str = ""
    retry_after: float | None = None  # seconds, from Retry-After on 429 and 503

    @property
    def ok(self) -> bool:
        """A 2xx answer: the delivery succeeded."""
        return self.status_code is not None and 200 <= self.status_code < 300


def sign(webhook_id: str, timestamp: datetime, body: str, secrets: Sequence[str]) -> str:
    """The webhook-signature header: one "v1,<base64>" per secret, space-separated."""
    if not secrets:
        raise ValueError("a webhook is signed by at least one secret")
    moment = timestamp.astimezone(UTC)  # the library reads the wall time as UTC
    return " ".join(Webhook(secret).sign(webhook_id, moment, body) for secret in secrets)


def headers_for(outgoing: Outgoing) -> dict[str, str]:
    """The Standard Webhooks headers of an attempt."""
    return {
        "content-type": "application/json",
        "webhook-id": outgoing.webhook_id,
        "webhook-timestamp": str(int(outgoing.timestamp.timestamp())),
        "webhook-signature": sign(outgoing.webhook_id, outgoing.timestamp, outgoing.body, outgoing.secrets),
        "user-agent": USER_AGENT,
        # a compressed answer would be inflated before the read cap could stop it
        "accept-encoding": "identity",
    }


def retry_after(status_code: int, value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), for 429 and 503 only."""
    if status_code not in (429, 503) or not value:
        return None
    value = value.strip()
    if _DELTA_SECONDS.fullmatch(value):
        return float(int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _innermost(exc: BaseException) -> BaseException:
    # httpx and httpcore re-raise their own types; the socket's error is at the end of the chain
    seen = {id(exc)}
    while (inner := exc.__cause__ or exc.__context__) is not None and id(inner) not in seen:
        seen.add(id(inner))
        exc = inner
    return exc


def describe(exc: Exception) -> str:
    """The error of an attempt that got no usable answer."""
    if isinstance(exc, TargetRefused):
        return f"target refused: {exc}"
    if isinstance(exc, httpx.ConnectTimeout):
        return "timeout (connect)"
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    root = _innermost(exc)
    detail, cause = str(exc), str(root)
    if root is not exc and cause and cause not in detail:
        detail = f"{detail} ({cause})" if detail else cause
    detail = detail or type(root).__name__
    if isinstance(exc, httpx.ConnectError):
        if isinstance(root, ConnectionRefusedError):
            return f"connection refused: {detail}"
        return f"connection failed: {detail}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"protocol error: {detail}"
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return f"invalid URL: {detail}"
    return f"{type(exc).__name__}: {detail}"


class _GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport over a connection pool whose sockets are opened by the guard."""

    def __init__(self, backend: GuardedBackend, connections: int) -> None:
        limits = httpx.Limits(
            max_connections=connections, max_keepalive_connections=connections, keepalive_expiry=KEEPALIVE_SECONDS
        )
        super().__init__(limits=limits, trust_env=False)
        # the pool httpx built is replaced by one with the guarded backend; request and response
        # mapping, and the error mapping, stay httpx's
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )


class Sender:
    """Sends webhooks: keep-alive per endpoint, bounded concurrency per endpoint and in total."""

    def __init__(
        self,
        *,
        allow_private: bool,
        connect_timeout: float = 5.0,
        total_timeout: float = 15.0,
        per_endpoint: int = 4,
        total: int = 64,
        resolver: Resolver | None = None,
    ) -> None:
        self._backend = GuardedBackend(allow_private=allow_private, resolver=resolver)
        self._timeout = httpx.Timeout(total_timeout, connect=connect_timeout)
        self._total_timeout = total_timeout
        self._per_endpoint = per_endpoint
        self._all = asyncio.Semaphore(total)
        self._bounds: dict[str, asyncio.Semaphore] = {}
        self._clients: dict[str, httpx.AsyncClient] = {}

    def _client(self, endpoint_id: str) -> httpx.AsyncClient:
        client = self._clients.get(endpoint_id)
        if client is None:
            client = httpx.AsyncClient(
                transport=_GuardedTransport(self._backend, self._per_endpoint),
                timeout=self._timeout,
                follow_redirects=False,
                trust_env=False,
            )
            self._clients[endpoint_id] = client
        return client

    def _bound(self, endpoint_id: str) -> asyncio.Semaphore:
        return self._bounds.setdefault(endpoint_id, asyncio.Semaphore(self._per_endpoint))

    async def send(self, outgoing: Outgoing) -> Outcome:
        """Make one attempt; never raises for network or HTTP trouble (the Outcome's error says it)."""
        headers = headers_for(outgoing)
        # the endpoint's own bound first: a request waiting for its endpoint holds no shared slot
        async with self._bound(outgoing.endpoint_id), self._all:
            started = time.perf_counter()
            try:
                async with asyncio.timeout(self._total_timeout):
                    return await self._exchange(outgoing, headers, started)
            except TimeoutError:
                return Outcome(None, _since(started), "timeout")
            except (TargetRefused, httpx.HTTPError, httpx.InvalidURL, OSError) as exc:
                return Outcome(None, _since(started), describe(exc))

    async def _exchange(self, outgoing: Outgoing, headers: dict[str, str], started: float) -> Outcome:
        client = self._client(outgoing.endpoint_id)
        content = outgoing.body.encode("utf-8")
        async with client.stream("POST", outgoing.url, content=content, headers=headers) as response:
            data = bytearray()
            async with contextlib.aclosing(response.aiter_raw()) as chunks:
                async for chunk in chunks:
                    data += chunk
                    if len(data) >= READ_CAP:
                        break
        status = response.status_code
        error = None
        if 300 <= status < 400:
            error = f"redirect not followed: {status} to {response.headers.get('location', '(no location)')}"[:500]
        return Outcome(
            status_code=status,
            duration_ms=_since(started),
            error=error,
            response_excerpt=bytes(data[:READ_CAP]).decode("utf-8", errors="replace")[:EXCERPT_CHARACTERS],
            retry_after=retry_after(status, response.headers.get("retry-after"), datetime.now(UTC)),
        )

    async def forget(self, endpoint_id: str) -> None:
        """Close an endpoint's connections (it was deleted or disabled)."""
        self._bounds.pop(endpoint_id, None)
        client = self._clients.pop(endpoint_id, None)
        if client is not None:
            await client.aclose()

    async def aclose(self) -> None:
        """Close every endpoint's connections."""
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()


def _since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)
