"""Per-key rate limits at the gateway, and a throttle on failed credentials per client address,
both answered with 429 and Retry-After.

The `limits` library counts with a sliding window, in this process's memory by default (each
gateway replica then enforces the limit on the requests it sees) or in Redis shared by all
replicas: IUC_GATEWAY_RATE_LIMIT_STORAGE=redis://127.0.0.1:6379/0 (`limits.aio`'s Redis
storage through redis-py's asyncio client; `limits` defaults to coredis, which is not
installed). Limits are per API key (by its hash, so raw keys are never kept), e.g.
IUC_GATEWAY_RATE_LIMIT="6000/minute;200/second"; failed attempts per client address,
IUC_GATEWAY_AUTH_FAILURE_LIMIT="10/minute".

Redis out of reach fails open: requests pass uncounted, with one warning per outage, and
Redis is asked again every few seconds. A limit is a fairness and cost measure, not what keeps
data safe (keys and roles do that), and failing closed would turn a Redis outage into an
outage of the whole API (docs/decisions/0022).
"""

from __future__ import annotations

import hashlib
import logging
import math
import time

import orjson
from limits import RateLimitItem, parse, parse_many
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.problems import PROBLEM_JSON, problem_body

log = logging.getLogger("iuc.gateway.ratelimit")

# Seconds a Redis call may take before the request passes uncounted; seconds before Redis is
# asked again after it failed (meanwhile nothing waits on it).
REDIS_TIMEOUT = 1.0
REDIS_RETRY_SECONDS = 5.0


def new_storage(url: str, prefix: str = "iuc-gateway") -> Storage:
    """The counters' storage for IUC_GATEWAY_RATE_LIMIT_STORAGE: "memory" or a redis:// (rediss://) URL."""
    url = url.strip()
    if url in ("", "memory", "memory://"):
        return MemoryStorage()
    scheme = url.split("://", 1)[0]
    if scheme not in ("redis", "rediss", "redis+unix"):
        raise ValueError(f"IUC_GATEWAY_RATE_LIMIT_STORAGE={url!r}: use 'memory' or a redis:// or rediss:// URL")
    return RedisStorage(
        "async+" + url,
        implementation="redispy",
        key_prefix=prefix,
        wrap_exceptions=True,
        socket_connect_timeout=REDIS_TIMEOUT,
        socket_timeout=REDIS_TIMEOUT,
    )


class Counters:
    """Sliding-window counters in one storage, shared by the per-key limit and the throttle, that
    answer None ("unknown": let the request pass) while the storage is out of reach."""

    def __init__(self, storage: Storage | None = None, clock=time.monotonic) -> None:
        self.storage = storage if storage is not None else MemoryStorage()
        self._limiter = SlidingWindowCounterRateLimiter(self.storage)
        self._clock = clock
        self._down_until = 0.0
        self.failures = 0  # storage calls that failed (for metrics)

    @property
    def available(self) -> bool:
        """False while a failed storage is left alone."""
        return self._clock() >= self._down_until

    async def hit(self, item: RateLimitItem, *who: str) -> bool | None:
        """Count one; False if over the limit, None if the storage cannot tell."""
        return await self._call(self._limiter.hit, item, *who)

    async def test(self, item: RateLimitItem, *who: str) -> bool | None:
        """Would one more fit? None if the storage cannot tell."""
        return await self._call(self._limiter.test, item, *who)

    async def retry_after(self, item: RateLimitItem, *who: str) -> int:
        """Whole seconds until the window has room again (at least 1)."""
        stats = await self._call(self._limiter.get_window_stats, item, *who)
        reset = stats.reset_time if stats is not None else time.time() + 1
        return max(1, math.ceil(reset - time.time()))

    async def _call(self, method, item, *who):
        if not self.available:
            return None
        try:
            result = await method(item, *who)
        except Exception as exc:  # noqa: BLE001 - any storage failure fails open (module docstring)
            self.failures += 1
            if self._down_until == 0.0:
                log.warning("rate limit storage unavailable, requests pass uncounted: %r", exc)
            self._down_until = self._clock() + REDIS_RETRY_SECONDS
            return None
        if self._down_until:
            log.warning("rate limit storage reachable again; counting resumes")
            self._down_until = 0.0
        return result


class RateLimiter:
    """Says whether a key may make one more request, and if not, when it may."""

    def __init__(self, spec: str, counters: Counters | None = None) -> None:
        self.items = parse_many(spec) if spec.strip() else []
        self.counters = counters or Counters()

    @property
    def enabled(self) -> bool:
        """True if any limit is set."""
        return bool(self.items)

    async def retry_after(self, api_key: bytes) -> int | None:
        """None if the request may go on; else whole seconds until it may be retried."""
        if not self.items:
            return None
        who = hashlib.sha256(api_key).hexdigest()[:32]
        for item in self.items:
            if await self.counters.hit(item, "key", who) is False:
                return await self.counters.retry_after(item, "key", who)
        return None


TOKEN_PATH = "/oauth/token"


def _carries_credentials(scope: Scope) -> bool:
    if scope["path"] == TOKEN_PATH:
        return True
    return any(name in (b"x-api-key", b"authorization") for name, _ in scope["headers"])


class AuthFailureThrottle:
    """Pure ASGI middleware: after `spec` failed attempts (401 on a request with an API key, a
    bearer token, or to the token endpoint) from one client address, every attempt with
    credentials from that address answers 429 until the window has room again.

    Also the right key: if it passed, a caller guessing keys would learn which guess was right
    from the 200, and the throttle would not slow the guessing at all. Requests without
    credentials (health, documents, docs pages) are not throttled.
    """

    def __init__(self, app: ASGIApp, spec: str, counters: Counters | None = None) -> None:
        self.app = app
        self.item = parse(spec) if spec.strip() else None
        self.counters = counters or Counters()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.item is None or not _carries_credentials(scope):
            return await self.app(scope, receive, send)
        address = scope["client"][0] if scope.get("client") else "-"
        if await self.counters.test(self.item, "auth", address) is False:
            return await self._refuse(send, address, scope["path"])
        status = 0

        async def watch(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watch)
        if status == 401:
            await self.counters.hit(self.item, "auth", address)

    async def _refuse(self, send: Send, address: str, path: str) -> None:
        wait = await self.counters.retry_after(self.item, "auth", address)
        detail = f"Too many failed API key or token attempts from this address; retry in {wait} s."
        body = orjson.dumps(problem_body(429, detail, instance=path, code="auth_attempts_throttled"))
        headers = [
            (b"content-type", PROBLEM_JSON.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(wait).encode()),
        ]
        await send({"type": "http.response.start", "status": 429, "headers": headers})
        await send({"type": "http.response.body", "body": body})
