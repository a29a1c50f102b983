"""Per-key rate limits at the gateway, answered with 429 and Retry-After.

The `limits` library counts with a sliding window in this process's memory: each gateway
replica enforces the limit on the requests it sees. Limits are per API key (by its hash,
so raw keys are never kept), e.g. IUC_GATEWAY_RATE_LIMIT="6000/minute;200/second".
"""

from __future__ import annotations

import hashlib
import math
import time

from limits import parse_many
from limits.storage import MemoryStorage
from limits.strategies import SlidingWindowCounterRateLimiter


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
