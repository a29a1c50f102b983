"""Events of the webhooks service: what happens to the endpoints partner systems subscribe."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import StringConstraints

from shared.contracts.fields import Id, Name, Reason
from shared.contracts.visibility import Visibility
from shared.events import EventPayload

# An endpoint's URL (2,000 characters, as the service stores and accepts).
Url = Annotated[str, StringConstraints(max_length=2_000)]


class EndpointDisabled(EventPayload):
    """An endpoint stopped receiving deliveries: it failed for five days straight, or its owner's key was revoked."""

    service = "webhooks"
    entity = "endpoint"
    event = "disabled"
    visibility = Visibility(scope="webhooks:read", subjects=("owner",))
    endpoint_id: Id
    owner: Name  # the key id (or OAuth2 client id) that owns the endpoint
    url: Url
    reason: Reason
    failing_since: datetime | None = None
    disabled_at: datetime
