"""CloudEvents 1.0 in binary mode over NATS headers, with pydantic payloads as the contract.

Subject `iuc.<service>.<entity>.<event>`, type `iuc.<service>.<entity>.<event>.v1`, one
stream `IUC` on `iuc.>`. Payload classes register themselves, so the AsyncAPI document is
generated from the same classes that producers and consumers use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

import orjson
from pydantic import BaseModel, ConfigDict

from shared.ids import new_id

SPECVERSION = "1.0"
MSG_ID_HEADER = "Nats-Msg-Id"

REGISTRY: dict[str, type[EventPayload]] = {}


class EventPayload(BaseModel):
    """Base of every event's data. Subclass with `service`, `entity` and `event` set."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    service: ClassVar[str]
    entity: ClassVar[str]
    event: ClassVar[str]
    version: ClassVar[int] = 1
    # Who may see its events: a shared.contracts.visibility.Visibility every contract declares.
    visibility: ClassVar[Any]

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        if all(hasattr(cls, a) for a in ("service", "entity", "event")):
            REGISTRY[cls.event_type()] = cls

    @classmethod
    def nats_subject(cls) -> str:
        """The NATS subject the event is published on."""
        return f"iuc.{cls.service}.{cls.entity}.{cls.event}"

    @classmethod
    def event_type(cls) -> str:
        """The CloudEvents `type`."""
        return f"{cls.nats_subject()}.v{cls.version}"

    @classmethod
    def source(cls) -> str:
        """The CloudEvents `source` of the producing service."""
        return f"/iuc/{cls.service}"


def binary_headers(
    event_id: str, source: str, type_: str, time: str, subject: str | None, traceparent: str | None
) -> dict[str, str]:
    """The NATS headers of a CloudEvent in binary mode, plus JetStream's de-duplication id."""
    h = {
        "ce-specversion": SPECVERSION,
        "ce-id": event_id,
        "ce-source": source,
        "ce-type": type_,
        "ce-time": time,
        "content-type": "application/json",
        MSG_ID_HEADER: event_id,
    }
    if subject:
        h["ce-subject"] = subject
    if traceparent:
        h["ce-traceparent"] = traceparent
    return h


@dataclass(frozen=True)
class CloudEvent:
    """A CloudEvent as it travels: attributes in headers, JSON data in the body."""

    id: str
    source: str
    type: str
    subject: str | None
    time: str
    data: dict[str, Any]
    nats_subject: str
    traceparent: str | None = None

    @classmethod
    def new(cls, payload: EventPayload, subject: str | None, traceparent: str | None = None) -> CloudEvent:
        """A new event with a fresh id and the current time."""
        return cls(
            id=new_id(),  # time-ordered, like every other id
            source=payload.source(),
            type=payload.event_type(),
            subject=subject,
            time=datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            data=payload.model_dump(mode="json"),
            nats_subject=payload.nats_subject(),
            traceparent=traceparent,
        )

    def headers(self) -> dict[str, str]:
        """Binary-mode CloudEvents headers, plus JetStream's de-duplication id."""
        return binary_headers(self.id, self.source, self.type, self.time, self.subject, self.traceparent)

    def body(self) -> bytes:
        """The JSON data."""
        return orjson.dumps(self.data)

    @classmethod
    def from_nats(cls, subject: str, headers: dict[str, str] | None, body: bytes) -> CloudEvent:
        """Parse a NATS message; raises ValueError when it is not a CloudEvent."""
        h = {k.lower(): v for k, v in (headers or {}).items()}
        missing = [a for a in ("ce-specversion", "ce-id", "ce-source", "ce-type") if not h.get(a)]
        if missing:
            raise ValueError(f"not a CloudEvent, missing {', '.join(missing)}")
        if h["ce-specversion"] != SPECVERSION:
            raise ValueError(f"unsupported CloudEvents specversion {h['ce-specversion']}")
        try:
            data = orjson.loads(body) if body else {}
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"event data is not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError("event data must be a JSON object")
        return cls(
            id=h["ce-id"],
            source=h["ce-source"],
            type=h["ce-type"],
            subject=h.get("ce-subject"),
            time=h.get("ce-time", ""),
            data=data,
            nats_subject=subject,
            traceparent=h.get("ce-traceparent"),
        )

    def payload(self) -> EventPayload:
        """The data as its registered pydantic model; raises ValueError if unknown or invalid.

        Validated once: the consumer checks every message before its handler reads it."""
        cached = self.__dict__.get("_payload")
        if cached is not None:
            return cached
        model = REGISTRY.get(self.type)
        if model is None:
            raise ValueError(f"unknown event type {self.type}")
        payload = model.model_validate(self.data)
        object.__setattr__(self, "_payload", payload)  # a cache, not a field: equality ignores it
        return payload
