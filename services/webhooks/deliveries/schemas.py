"""Wire models of what was sent: attempts, messages per endpoint, retries and recovery."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import AwareDatetime, BeforeValidator, Field

from services.webhooks.domain import DeliveryState, Trigger
from shared.schemas import ReadModel, StrictInput

_NUMBER = re.compile(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*")


def _rfc3339_only(value: Any) -> Any:
    """A time as the contract says (`format: date-time`), never a number pydantic would read as Unix seconds."""
    if isinstance(value, int | float) or (isinstance(value, str) and _NUMBER.fullmatch(value)):
        raise ValueError("a date-time with its offset, such as 2026-12-01T00:00:00Z")
    return value


# In a body or a query: RFC 3339 with an offset.
Timestamp = Annotated[AwareDatetime, BeforeValidator(_rfc3339_only)]


class AttemptRead(ReadModel):
    id: str
    attempted_at: datetime
    status_code: int | None = Field(description="The receiver's status; null when it gave no answer.")
    duration_ms: float
    error: str | None = Field(description="Why there was no answer (timeout, refused connection, refused target).")
    response_excerpt: str = Field(description="The first 1024 characters of the answer's body.")
    trigger: Trigger
    message_id: str
    event_type: str
    delivery_id: str


class AttemptPage(ReadModel):
    items: list[AttemptRead]
    next_page_token: str | None = None


class MessageDeliveryRead(ReadModel):
    """A message as one endpoint gets it: its delivery's state and schedule."""

    message_id: str
    event_type: str
    event_id: str | None
    occurred_at: datetime
    state: DeliveryState
    attempts: int
    next_attempt_at: datetime | None
    last_status_code: int | None
    finished_at: datetime | None


class MessageDeliveryPage(ReadModel):
    items: list[MessageDeliveryRead]
    next_page_token: str | None = None


class RecoverRequest(StrictInput):
    since: Timestamp = Field(description="Every failed delivery of a message made since then is sent again.")


class Requeued(ReadModel):
    requeued: int
