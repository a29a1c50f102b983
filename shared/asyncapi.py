"""The AsyncAPI 3.0 document of the platform's events, generated from the payload classes.

Nothing here is written by hand: each registered `EventPayload` subclass becomes one
message on the channel of its NATS subject, with its pydantic schema as the payload and
the CloudEvents binary-mode headers it travels with.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from pydantic.json_schema import models_json_schema

from shared.events import MSG_ID_HEADER, REGISTRY, SPECVERSION, EventPayload

SCHEMA_REF = "#/components/schemas/{model}"


def _string(description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **extra}


def cloudevent_headers(event_type: str, source: str) -> dict[str, Any]:
    """The headers schema of one event type (CloudEvents 1.0, binary mode over NATS)."""
    return {
        "type": "object",
        "properties": {
            "ce-specversion": _string("CloudEvents version.", const=SPECVERSION),
            "ce-id": _string("Event id, unique per source; consumers de-duplicate on (source, id)."),
            "ce-source": _string("The producing service.", const=source),
            "ce-type": _string("The event type, versioned.", const=event_type),
            "ce-time": _string("When the change happened (RFC 3339, UTC).", format="date-time"),
            "ce-subject": _string("Id of the entity the event is about."),
            "ce-traceparent": _string("W3C trace context of the request that caused the event."),
            "content-type": _string("Media type of the data.", const="application/json"),
            MSG_ID_HEADER: _string("JetStream de-duplication id; equal to ce-id."),
        },
        "required": ["ce-specversion", "ce-id", "ce-source", "ce-type", "ce-time", MSG_ID_HEADER],
    }


def _summary(cls: type) -> str:
    doc = inspect.getdoc(cls) or ""
    return doc.strip().splitlines()[0] if doc.strip() else cls.__name__


def _nats_host(nats_url: str) -> str:
    # Host and port only: a URL with credentials must not leak them into a public document.
    parts = urlsplit(nats_url.split(",")[0])
    if not parts.hostname:
        return "127.0.0.1:4222"
    return f"{parts.hostname}:{parts.port or 4222}"


def build_asyncapi(
    registry: Mapping[str, type[EventPayload]] | None = None,
    *,
    nats_url: str = "nats://127.0.0.1:4222",
    stream: str = "IUC",
    title: str = "IUC Platform events",
    version: str = "1.0.0",
) -> dict[str, Any]:
    """An AsyncAPI 3.0.0 document for every event type in `registry` (default: all registered)."""
    registry = REGISTRY if registry is None else registry
    classes = [registry[t] for t in sorted(registry)]
    # One call for all models, so pydantic names shared nested models once and
    # tells apart different models that happen to share a class name.
    refs, top = models_json_schema([(cls, "serialization") for cls in classes], ref_template=SCHEMA_REF)
    schemas = dict(sorted(top.get("$defs", {}).items()))

    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for cls in classes:
        subject, event_type, source = cls.nats_subject(), cls.event_type(), cls.source()
        message_id = event_type
        messages[message_id] = {
            "name": cls.__name__,
            "title": event_type,
            "summary": _summary(cls),
            "contentType": "application/json",
            "headers": cloudevent_headers(event_type, source),
            "payload": refs[(cls, "serialization")],
            "x-iuc-service": cls.service,
        }
        channel = channels.setdefault(
            subject,
            {
                "address": subject,
                "title": subject,
                "description": f"Events about the {cls.entity} entity of the {cls.service} service.",
                "messages": {},
            },
        )
        channel["messages"][message_id] = {"$ref": f"#/components/messages/{message_id}"}
        operations[f"send.{event_type}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{subject}"},
            "messages": [{"$ref": f"#/channels/{subject}/messages/{message_id}"}],
            "summary": _summary(cls),
            "tags": [{"name": cls.service}],
            "x-iuc-service": cls.service,
        }

    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": title,
            "version": version,
            "description": (
                "Events published by the IUC Platform's services through their transactional outbox. "
                f"Each is a CloudEvents {SPECVERSION} event in binary mode: attributes in `ce-*` NATS headers, "
                f"JSON data in the body. The JetStream stream `{stream}` captures `iuc.>`; consumers are "
                "durable pull consumers that de-duplicate on the event id."
            ),
        },
        "defaultContentType": "application/json",
        "servers": {
            "nats": {
                "host": _nats_host(nats_url),
                "protocol": "nats",
                "description": f"NATS with JetStream (stream {stream}).",
            }
        },
        "channels": dict(sorted(channels.items())),
        "operations": dict(sorted(operations.items())),
        "components": {"messages": dict(sorted(messages.items())), "schemas": schemas},
    }
