"""The rules of the webhooks service: the retry schedule, when an endpoint is given up on, which
event types a subscription may name, secrets and the body sent. Plain Python."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

import orjson

from shared.contracts.visibility import matches

# Attempt n (0-based) waits SCHEDULE[n] after the one before it (the first goes at once), as Svix does.
SCHEDULE: tuple[timedelta, ...] = (
    timedelta(0),
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)
# A Retry-After longer than the schedule's wait replaces it, but never beyond the longest step.
MAX_RETRY_AFTER = max(SCHEDULE)
# An endpoint failing this long without one success is disabled.
DISABLE_AFTER = timedelta(days=5)
# A rotated secret keeps signing this long, so a receiver can switch without losing a delivery.
ROTATION_OVERLAP = timedelta(hours=24)
PING_TYPE = "iuc.webhooks.ping"
MAX_EVENT_TYPES = 50
EXCERPT_CHARS = 1024


class EndpointState(StrEnum):
    active = "active"
    disabled = "disabled"


class DeliveryState(StrEnum):
    pending = "pending"
    succeeded = "succeeded"
    failed = "failed"


class Trigger(StrEnum):
    """What made an attempt due."""

    scheduled = "scheduled"
    manual = "manual"
    recover = "recover"


class AttemptResult(StrEnum):
    succeeded = "succeeded"
    failed = "failed"


# Why an endpoint was disabled.
KEY_REVOKED = "key revoked"
FAILING_TOO_LONG = "failing for 5 days"
DISABLED_BY_OWNER = "disabled by its owner"


def next_attempt_at(attempts: int, now: datetime, retry_after: float | None = None) -> datetime | None:
    """When to try again after `attempts` failed tries, or None: the last try was made.

    A Retry-After (429/503) longer than the scheduled wait replaces it, capped at MAX_RETRY_AFTER."""
    if attempts >= len(SCHEDULE):
        return None
    wait = SCHEDULE[attempts]
    if retry_after is not None and retry_after > wait.total_seconds():
        wait = min(timedelta(seconds=retry_after), MAX_RETRY_AFTER)
    return now + wait


def failing_since_after(failing_since: datetime | None, ok: bool, now: datetime) -> datetime | None:
    """The start of the endpoint's run of failures after one more attempt."""
    if ok:
        return None
    return failing_since or now


def should_disable(failing_since: datetime | None, now: datetime) -> bool:
    """An endpoint failing for DISABLE_AFTER without a success is given up on."""
    return failing_since is not None and now - failing_since >= DISABLE_AFTER


def is_success(status_code: int | None) -> bool:
    """A 2xx answer; a redirect, an error, a timeout or no answer is a failure."""
    return status_code is not None and 200 <= status_code < 300


def new_secret() -> str:
    """A signing secret as Standard Webhooks writes them: `whsec_` and base64 of 24 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def signing_secrets(secrets_: Iterable[tuple[str, datetime | None]], now: datetime) -> tuple[str, ...]:
    """The secrets that sign now: the current one and rotated ones still in their overlap."""
    return tuple(s for s, expires in secrets_ if expires is None or expires > now)


def message_body(event_type: str, timestamp: datetime, data: dict[str, Any]) -> str:
    """The JSON a receiver gets, byte for byte what is signed: {"type", "timestamp", "data"}."""
    return orjson.dumps({"type": event_type, "timestamp": timestamp.isoformat().replace("+00:00", "Z"), "data": data}).decode()


def is_pattern(pattern: str) -> bool:
    """A prefix subscription (`iuc.covenant.*`) rather than one exact type."""
    return pattern.endswith(".*")


@dataclass(frozen=True)
class PatternProblem:
    """Why one item of `event_types` cannot be subscribed to."""

    index: int
    pattern: str
    detail: str


def pattern_problems(patterns: Sequence[str], known_types: Iterable[str]) -> list[PatternProblem]:
    """Each item that is not an exact type or an `iuc.<service>.*`-style prefix of a known event type."""
    known = list(known_types)
    problems = []
    for i, pattern in enumerate(patterns):
        head = pattern.removesuffix(".*") if is_pattern(pattern) else pattern
        if not (head == "iuc" or head.startswith("iuc.")) or "*" in head or not all(head.split(".")):
            detail = f"{pattern!r} is not an event type nor a prefix such as 'iuc.covenant.*'"
        elif not any(matches(pattern, t) for t in known):
            detail = f"{pattern!r} matches no event type of GET /v1/webhooks/event-types"
        else:
            continue
        problems.append(PatternProblem(i, pattern, detail))
    return problems


def subscribed(patterns: Iterable[str], event_type: str) -> bool:
    """Whether an endpoint with these `event_types` takes an event of this type."""
    return any(matches(p, event_type) for p in patterns)


def excerpt(text: str) -> str:
    """At most EXCERPT_CHARS of an answer's body, as kept on an attempt."""
    return text[:EXCERPT_CHARS]
