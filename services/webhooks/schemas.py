"""Wire models of the webhooks service's endpoints and the event catalogue."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import ConfigDict, Field, HttpUrl, StringConstraints, UrlConstraints

from services.webhooks.domain import MAX_EVENT_TYPES, EndpointState
from shared.contracts.visibility import subscribable
from shared.schemas import NotNull, ReadModel, StrictInput, Text

URL_MAX = 2000
# An exact type (`iuc.applications.city.registered.v1`) or a prefix of one ending in `.*` (`iuc.covenant.*`):
# the contract lists every one the platform has, so a generated client knows what the service accepts.
EventTypePattern = Annotated[
    str,
    StringConstraints(min_length=5, max_length=200),
    # Stated in the schema; checked by the service, whose 422 names the item rather than this expression.
    Field(json_schema_extra={"pattern": "^(?:" + "|".join(re.escape(p) for p in subscribable()) + ")$"}),
]
EventTypes = Annotated[list[EventTypePattern], Field(min_length=1, max_length=MAX_EVENT_TYPES)]
# Parsed as a URL by the schema (`format: uri`); the service's own rules (scheme, https, no user info,
# the address) follow in check_url.
Url = Annotated[HttpUrl, UrlConstraints(max_length=URL_MAX)]
Description = Text(0, 1000)


class EndpointCreate(StrictInput):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "url": "https://partner.example.org/iuc-webhooks",
                    "event_types": ["iuc.applications.city.registered.v1", "iuc.covenant.*"],
                    "description": "Our CRM",
                }
            ]
        }
    )

    url: Url = Field(description="Where deliveries are POSTed: http(s), https in production.")
    event_types: EventTypes = Field(description="Exact event types or prefixes such as `iuc.covenant.*`.")
    description: Description = ""


class EndpointUpdate(StrictInput):
    """Fields to change; absent fields stay as they are."""

    url: NotNull(Url) = None
    event_types: NotNull(EventTypes) = None
    description: NotNull(Description) = None
    enabled: NotNull(bool) = Field(
        None, description="false disables the endpoint; true enables it again (its failure run is forgotten)."
    )


class EndpointRead(ReadModel):
    id: str
    url: str
    description: str
    event_types: list[str]
    state: EndpointState
    owner: str = Field(validation_alias="owner_subject", description="The key (or OAuth2 client) the endpoint belongs to.")
    disabled_reason: str | None
    disabled_at: datetime | None
    failing_since: datetime | None = Field(description="When the current run of failed attempts began; null while it succeeds.")
    version: int
    created_at: datetime
    updated_at: datetime


class EndpointCreated(EndpointRead):
    secret: str = Field(
        validation_alias="current_secret", description="The signing secret (`whsec_...`): shown only now and when it is rotated."
    )


class EndpointPage(ReadModel):
    items: list[EndpointRead]
    next_page_token: str | None = None


class SecretRotated(ReadModel):
    secret: str = Field(description="The new signing secret; the previous one signs too until previous_expires_at.")
    previous_expires_at: datetime


class MessageQueued(ReadModel):
    message_id: str


class EventTypeRead(ReadModel):
    type: str
    description: str
    scope: str = Field(description="The scope an endpoint's owner needs to receive it.")
    public: bool = Field(description="Public events reach every key with the scope; the others only those they are about.")
    schema_: dict[str, Any] = Field(alias="schema", validation_alias="schema", description="The JSON schema of `data`.")

    model_config = ConfigDict(from_attributes=True, populate_by_name=True, serialize_by_alias=True)


class EventTypeList(ReadModel):
    items: list[EventTypeRead]
