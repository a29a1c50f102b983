"""A circuit breaker per service at the gateway: a service that hangs or cannot be reached
costs each caller an immediate 503, not a timeout, and is probed back by one request.

closed  -> every request goes through; `failure_threshold` transport failures in a row (no
           connection, connect or read timeout, connection lost before the answer) open it;
open    -> every request answers 503 with Retry-After at once, for `reset_seconds`;
half-open -> after the cool-down one request (the probe) goes through, the others still get
           503; the probe's success closes the breaker, its failure opens it for another cool-down.

Only transport failures count. An answer from the service, 5xx included, is a success: the
service is alive and answered fast, its own 503 carries its own Retry-After and detail, and
opening on it would turn one failing route (or one caller's bad request that trips a bug)
into an outage of the whole service. See docs/decisions/0022.

No library: `aiobreaker`, `purgatory` and `pybreaker` are not installed (`purgatory` would
be the pick: asyncio-native, kept up); what the proxy needs is thirty lines of state with an
injectable clock, tested in tests/unit/gateway/test_gateway_breaker.py.
"""

from __future__ import annotations

import enum
import logging
import math
import time
from collections.abc import Callable

log = logging.getLogger("iuc.gateway.breaker")


class BreakerState(enum.StrEnum):
    """Where a breaker is; the values are what metrics and logs show."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    """The breaker of one service. Not thread-safe; one event loop uses it (no awaits inside)."""

    def __init__(
        self,
        name: str,
        failure_threshold: int = 5,
        reset_seconds: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        probe_seconds: float = 120.0,
    ) -> None:
        self.name = name
        self.failure_threshold = failure_threshold
        self.reset_seconds = reset_seconds
        self._clock = clock
        self._state = BreakerState.CLOSED
        self.failures = 0  # transport failures in a row while closed
        self._opened_at = 0.0
        self._probing = False  # a half-open breaker's one probe is in flight
        self._probe_started = 0.0
        # A probe that never reported (a bug, a cancelled task) gives its turn away after this long,
        # so a breaker cannot stay half-open for good; above any read timeout.
        self.probe_seconds = probe_seconds
        self.times_opened = 0

    @property
    def enabled(self) -> bool:
        """False when the threshold is 0: every request goes through."""
        return self.failure_threshold > 0

    @property
    def state(self) -> BreakerState:
        """The state now (an open breaker whose cool-down has passed reads half-open)."""
        if self._state is BreakerState.OPEN and self._clock() - self._opened_at >= self.reset_seconds:
            return BreakerState.HALF_OPEN
        return self._state

    def retry_after(self) -> int:
        """Whole seconds until a probe may go through (at least 1)."""
        left = self.reset_seconds - (self._clock() - self._opened_at)
        return max(1, math.ceil(left))

    def acquire(self) -> bool | None:
        """May a request go through? None: no (answer 503); False: yes; True: yes, as the probe
        (its outcome decides the half-open breaker; report it with `record` or `release`)."""
        if not self.enabled:
            return False
        state = self.state
        if state is BreakerState.CLOSED:
            return False
        now = self._clock()
        if state is BreakerState.HALF_OPEN and (not self._probing or now - self._probe_started > self.probe_seconds):
            if self._state is BreakerState.OPEN:
                self._state = BreakerState.HALF_OPEN
                log.info("breaker of %s half-open: probing", self.name)
            self._probing = True
            self._probe_started = now
            return True
        return None

    def record(self, ok: bool, probe: bool) -> None:
        """The outcome of a request that went through: `ok` is False for a transport failure."""
        if not self.enabled:
            return
        if self._state is BreakerState.CLOSED:
            if ok:
                self.failures = 0
                return
            self.failures += 1
            if self.failures >= self.failure_threshold:
                self._open(f"{self.failures} transport failures in a row")
            return
        if not probe:
            return  # started before the breaker opened: the probe decides, not a straggler
        self._probing = False
        if ok:
            self._state = BreakerState.CLOSED
            self.failures = 0
            log.warning("breaker of %s closed: the probe succeeded", self.name)
        else:
            self._open("the probe failed")

    def release(self, probe: bool) -> None:
        """A request that went through ended without a verdict (the caller left, its body was
        over the limit): a probe's turn goes to the next request."""
        if probe and self._state is BreakerState.HALF_OPEN:
            self._probing = False

    def _open(self, why: str) -> None:
        self._state = BreakerState.OPEN
        self._opened_at = self._clock()
        self._probing = False
        self.times_opened += 1
        log.warning("breaker of %s open for %.1f s: %s", self.name, self.reset_seconds, why)

    def snapshot(self) -> dict[str, object]:
        """What metrics and /readyz may show."""
        return {"state": self.state.value, "failures": self.failures, "times_opened": self.times_opened}
