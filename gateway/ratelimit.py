"""Per-key rate limits at the gateway, and a throttle on failed credentials per client address,
both answered with 429 and Retry-After.

The `limits` library counts with a sliding window in this process's memory: each gateway
replica enforces the limit on the requests it sees. Limits are per API key (by its hash,
so raw keys are never kept), e.g. IUC_GATEWAY_RATE_LIMIT="6000/minute;200/second"; failed
attempts per client address, IUC_GATEWAY_AUTH_FAILURE_LIMIT="10/minute".
"""

from __future__ import annotations

import hashlib
import math
import time

import orjson
from limits import parse, parse_many
from limits.storage import MemoryStorage
from limits.strategies import SlidingWindowCounterRateLimiter
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.problems import PROBLEM_JSON, problem_body


class RateLimiter:
    """Says whether a key may make one more request, and if not, when it may."""

    def __init__(self, spec: str) -> None:
        self.items = parse_many(spec) if spec.strip() else []
        self._limiter = SlidingWindowCounterRateLimiter(MemoryStorage())

    @property
    def enabled(self) -> bool:
        """True if any limit is set."""
        return bool(self.items)

    def retry_after(self, api_key: bytes) -> int | None:
        """None if the request may go on; else whole seconds until it may be retried."""
        if not self.items:
            return None
        who = hashlib.sha256(api_key).hexdigest()[:32]
        for item in self.items:
            if not self._limiter.hit(item, who):
                reset = self._limiter.get_window_stats(item, who).reset_time
                return max(1, math.ceil(reset - time.time()))
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

    def __init__(self, app: ASGIApp, spec: str) -> None:
        self.app = app
        self.item = parse(spec) if spec.strip() else None
        self._limiter = SlidingWindowCounterRateLimiter(MemoryStorage())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.item is None or not _carries_credentials(scope):
            return await self.app(scope, receive, send)
        address = scope["client"][0] if scope.get("client") else "-"
        if not self._limiter.test(self.item, address):
            return await self._refuse(send, address, scope["path"])
        status = 0

        async def watch(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, watch)
        if status == 401:
            self._limiter.hit(self.item, address)

    async def _refuse(self, send: Send, address: str, path: str) -> None:
        reset = self._limiter.get_window_stats(self.item, address).reset_time
        wait = max(1, math.ceil(reset - time.time()))
        detail = f"Too many failed API key or token attempts from this address; retry in {wait} s."
        body = orjson.dumps(problem_body(429, detail, instance=path, code="auth_attempts_throttled"))
        headers = [
            (b"content-type", PROBLEM_JSON.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(wait).encode()),
        ]
        await send({"type": "http.response.start", "status": 429, "headers": headers})
        await send({"type": "http.response.body", "body": body})
