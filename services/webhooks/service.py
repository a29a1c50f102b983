"""Use cases of the webhooks service's endpoints: each runs inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from services.webhooks import domain, repository
from services.webhooks.auth import ensure_may_manage, owner_filter
from services.webhooks.config import Settings
from services.webhooks.delivery.guard import check_url
from services.webhooks.domain import DeliveryState, EndpointState, Trigger
from services.webhooks.models import Endpoint, EndpointSecret, kit, new_message_id
from services.webhooks.schemas import URL_MAX, EndpointCreate, EndpointUpdate
from shared.concurrency import check_if_match
from shared.contracts.visibility import Owner, event_catalogue
from shared.contracts.webhooks import EndpointDisabled
from shared.identity import Identity
from shared.ids import new_id
from shared.jobs import wake_job
from shared.outbox import record_event
from shared.pagination import PageParams
from shared.problems import Problem

DELIVERY_JOB = "webhooks-delivery"


def list_event_types() -> dict[str, Any]:
    """The catalogue of event types one can subscribe to."""
    return {"items": event_catalogue()}


def _check_url(url: str, settings: Settings) -> None:
    """The deployment's rules for a target (https in production, no user info, no private address),
    after the schema's own: a URL whose normalised form (percent-encoded) outgrows the column is
    `url_too_long`, any other refusal `target_refused`."""
    if len(url) > URL_MAX:
        detail = f"the URL has more than {URL_MAX} characters once percent-encoded"
        raise Problem(422, f"url: {detail}.", errors=[{"pointer": "/url", "detail": detail, "code": "url_too_long"}])
    reason = check_url(url, require_https=settings.require_https, allow_private=settings.allow_private_targets)
    if reason is not None:
        raise Problem(422, f"url: {reason}.", errors=[{"pointer": "/url", "detail": reason, "code": "target_refused"}])


def _check_event_types(patterns: list[str]) -> list[str]:
    known = [t["type"] for t in event_catalogue()]
    problems = domain.pattern_problems(patterns, known)
    if problems:
        raise Problem(
            422,
            "; ".join(p.detail for p in problems) + ".",
            errors=[{"pointer": f"/event_types/{p.index}", "detail": p.detail, "code": "unknown_event_type"} for p in problems],
        )
    return list(dict.fromkeys(patterns))


async def create_endpoint(
    session: AsyncSession, identity: Identity, body: EndpointCreate, settings: Settings, now: datetime
) -> Endpoint:
    """A new endpoint of the caller's key with its signing secret (`current_secret`, shown only in this answer)."""
    url = str(body.url)
    _check_url(url, settings)
    event_types = _check_event_types(body.event_types)
    secret = domain.new_secret()
    owner = Owner.of(identity)
    endpoint = Endpoint(
        id=new_id(),
        owner=owner.as_dict(),
        owner_subject=owner.subject,
        url=url,
        description=body.description,
        event_types=event_types,
        state=EndpointState.active.value,
        created_at=now,
        updated_at=now,
        secrets=[EndpointSecret(secret=secret, created_at=now)],
    )
    session.add(endpoint)
    await session.flush()
    return endpoint


async def list_endpoints(session: AsyncSession, identity: Identity, page: PageParams, owner: str | None) -> dict:
    """The caller's endpoints; an admin's list shows everyone's (or `owner`'s)."""
    return await repository.list_endpoints(session, page, owner_subject=owner_filter(identity, owner))


async def get_endpoint(session: AsyncSession, identity: Identity, endpoint_id: str, *, for_update: bool = False) -> Endpoint:
    """One endpoint the caller manages; another key's answers 404."""
    endpoint = await repository.get_endpoint(session, endpoint_id, for_update=for_update)
    ensure_may_manage(identity, endpoint)
    return endpoint


async def disable_endpoint(session: AsyncSession, endpoint: Endpoint, reason: str, now: datetime) -> None:
    """Stop an endpoint's deliveries (its pending ones fail) and tell its owner with EndpointDisabled."""
    failing_since = endpoint.failing_since
    endpoint.state = EndpointState.disabled.value
    endpoint.disabled_reason = reason
    endpoint.disabled_at = now
    endpoint.updated_at = now
    await repository.fail_pending_of(session, endpoint.id, now)
    payload = EndpointDisabled(
        endpoint_id=endpoint.id,
        owner=endpoint.owner_subject,
        url=endpoint.url,
        reason=reason,
        failing_since=failing_since,
        disabled_at=now,
    )
    await record_event(session, kit.outbox, payload, endpoint.id)


async def update_endpoint(
    session: AsyncSession,
    identity: Identity,
    endpoint_id: str,
    body: EndpointUpdate,
    if_match: str | None,
    settings: Settings,
    now: datetime,
) -> Endpoint:
    """Change an endpoint's URL, event types, description, or enable or disable it (what it is sent
    is checked first: a bad URL is 422 whatever the version named)."""
    url = str(body.url) if body.url is not None else None
    if url is not None:
        _check_url(url, settings)
    event_types = _check_event_types(body.event_types) if body.event_types is not None else None
    endpoint = await get_endpoint(session, identity, endpoint_id, for_update=True)
    check_if_match(if_match, endpoint.version)
    if url is not None:
        endpoint.url = url
    if event_types is not None:
        endpoint.event_types = event_types
    if body.description is not None:
        endpoint.description = body.description
    if body.enabled is True and endpoint.state == EndpointState.disabled.value:
        endpoint.state = EndpointState.active.value
        endpoint.disabled_reason = endpoint.disabled_at = endpoint.failing_since = None
    elif body.enabled is False and endpoint.state == EndpointState.active.value:
        await disable_endpoint(session, endpoint, domain.DISABLED_BY_OWNER, now)
    endpoint.updated_at = now
    await session.flush()
    return endpoint


async def delete_endpoint(session: AsyncSession, identity: Identity, endpoint_id: str, if_match: str | None) -> None:
    """Remove an endpoint with its secrets, deliveries and attempts."""
    endpoint = await get_endpoint(session, identity, endpoint_id, for_update=True)
    check_if_match(if_match, endpoint.version)
    await session.delete(endpoint)
    await session.flush()


async def rotate_secret(
    session: AsyncSession, identity: Identity, endpoint_id: str, if_match: str | None, now: datetime
) -> dict[str, Any]:
    """A new signing secret; the current one keeps signing for 24 hours beside it."""
    endpoint = await get_endpoint(session, identity, endpoint_id, for_update=True)
    check_if_match(if_match, endpoint.version)
    expires = now + domain.ROTATION_OVERLAP
    for old in endpoint.secrets:
        if old.expires_at is None or old.expires_at > expires:
            old.expires_at = expires
    secret = domain.new_secret()
    endpoint.secrets.append(EndpointSecret(secret=secret, created_at=now))
    endpoint.updated_at = now
    await session.flush()
    return {"secret": secret, "previous_expires_at": expires}


async def send_ping(session: AsyncSession, identity: Identity, endpoint_id: str, now: datetime) -> dict[str, str]:
    """Queue a ping message for this endpoint only; its id."""
    endpoint = await get_endpoint(session, identity, endpoint_id)
    if endpoint.state != EndpointState.active.value:
        raise Problem(409, "The endpoint is disabled: enable it (PATCH enabled=true) before testing it.")
    message_id = new_message_id()
    body = domain.message_body(domain.PING_TYPE, now, {"endpoint_id": endpoint.id})
    message = {
        "id": message_id,
        "event_id": None,
        "event_type": domain.PING_TYPE,
        "event_source": None,
        "occurred_at": now,
        "body": body,
        "created_at": now,
    }
    await repository.add_messages(session, [message], [new_delivery(message_id, endpoint.id, now)])
    return {"message_id": message_id}


def new_delivery(message_id: str, endpoint_id: str, now: datetime) -> dict[str, Any]:
    """A pending delivery due now, with every column (COPY knows no defaults)."""
    return {
        "id": new_id(),
        "message_id": message_id,
        "endpoint_id": endpoint_id,
        "state": DeliveryState.pending.value,
        "attempts": 0,
        "next_attempt_at": now,
        "trigger": Trigger.scheduled.value,
        "created_at": now,
    }


async def wake_delivery(app: FastAPI) -> None:
    """Run the delivery worker now (after a request's commit queued something)."""
    wake_job(app, DELIVERY_JOB)
