"""Sending one webhook: a Standard Webhooks POST through aiohttp, and what came of it.

One aiohttp session per endpoint keeps its connections alive between deliveries; a semaphore per
endpoint and one for the whole process bound how many requests are in flight. Connections are
opened through the SSRF guard (`guard.GuardedResolver` and `guard.guarded_socket`). Redirects are
never followed, the answer's body is read only up to 64 KiB, and nothing a target does (time out,
refuse, answer garbage) makes `send` raise: it is all in the `Outcome`. aiohttp rather than httpx:
a send costs about a fifth of the CPU (decision 0025), as in the gateway (decision 0003).
"""

from __future__ import annotations

import asyncio
import email.utils
import re
import ssl
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import aiohttp
import certifi
from standardwebhooks import Webhook

from services.webhooks.delivery.guard import GuardedResolver, Resolver, TargetRefused, guarded_socket
from services.webhooks.domain import excerpt

USER_AGENT = "IUC-Webhooks/1"
READ_CAP = 64 * 1024
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


def describe(exc: BaseException) -> str:
    """The error of an attempt that got no usable answer."""
    if isinstance(exc, TargetRefused):
        return f"target refused: {exc}"
    if isinstance(exc, aiohttp.ClientConnectorError) and isinstance(exc.os_error, TargetRefused):
        return f"target refused: {exc.os_error}"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return "timeout (connect)"
    if isinstance(exc, TimeoutError):  # aiohttp's read timeouts are TimeoutErrors too
        return "timeout"
    if isinstance(exc, aiohttp.ClientConnectorError):
        cause = exc.os_error
        detail = str(cause) or type(cause).__name__
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused: {detail}"
        return f"connection failed: {detail}"
    if isinstance(exc, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        return f"invalid URL: {exc}"
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return f"protocol error: {exc}"
    return f"{type(exc).__name__}: {exc}"


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
        self._allow_private = allow_private
        self._resolver = GuardedResolver(allow_private=allow_private, resolver=resolver)
        # connect: resolving, the TCP connection and the TLS handshake (the pool never makes a
        # send wait, as the endpoint's semaphore admits no more sends than it has connections)
        self._timeout = aiohttp.ClientTimeout(total=total_timeout, connect=connect_timeout)
        self._tls = ssl.create_default_context(cafile=certifi.where())
        self._total_timeout = total_timeout
        self._per_endpoint = per_endpoint
        self._all = asyncio.Semaphore(total)
        self._bounds: dict[str, asyncio.Semaphore] = {}
        self._sessions: dict[str, aiohttp.ClientSession] = {}

    def _session(self, endpoint_id: str) -> aiohttp.ClientSession:
        session = self._sessions.get(endpoint_id)
        if session is None:
            connector = aiohttp.TCPConnector(
                limit=self._per_endpoint,
                resolver=self._resolver,
                use_dns_cache=False,  # every new connection is resolved and checked again
                ssl=self._tls,
                keepalive_timeout=KEEPALIVE_SECONDS,
                socket_factory=guarded_socket(allow_private=self._allow_private),
            )
            session = aiohttp.ClientSession(
                connector=connector,
                timeout=self._timeout,
                auto_decompress=False,
                trust_env=False,
                cookie_jar=aiohttp.DummyCookieJar(),
            )
            self._sessions[endpoint_id] = session
        return session

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
            except (TimeoutError, TargetRefused, aiohttp.ClientError, ValueError, OSError) as exc:
                return Outcome(None, _since(started), describe(exc))

    async def _exchange(self, outgoing: Outgoing, headers: dict[str, str], started: float) -> Outcome:
        session = self._session(outgoing.endpoint_id)
        content = outgoing.body.encode("utf-8")
        async with session.post(outgoing.url, data=content, headers=headers, allow_redirects=False) as response:
            data = bytearray()
            while len(data) < READ_CAP:
                chunk = await response.content.read(READ_CAP - len(data))
                if not chunk:
                    break
                data += chunk
            # an answer not read to its end is not reused: aiohttp closes its connection
        status = response.status
        error = None
        if 300 <= status < 400:
            error = f"redirect not followed: {status} to {response.headers.get('location', '(no location)')}"[:500]
        return Outcome(
            status_code=status,
            duration_ms=_since(started),
            error=error,
            response_excerpt=excerpt(bytes(data).decode("utf-8", errors="replace")),
            retry_after=retry_after(status, response.headers.get("retry-after"), datetime.now(UTC)),
        )

    async def forget(self, endpoint_id: str) -> None:
        """Close an endpoint's connections (it was deleted or disabled)."""
        self._bounds.pop(endpoint_id, None)
        session = self._sessions.pop(endpoint_id, None)
        if session is not None:
            await session.close()

    async def aclose(self) -> None:
        """Close every endpoint's connections."""
        sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            await session.close()


def _since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)
