"""Use cases of what was sent: the attempt log, messages per endpoint, manual retries, recovery."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.webhooks import repository
from services.webhooks.deliveries.schemas import RecoverRequest
from services.webhooks.domain import AttemptResult, DeliveryState, EndpointState
from services.webhooks.service import get_endpoint
from shared.identity import Identity
from shared.pagination import PageParams
from shared.problems import Problem


async def list_attempts(
    session: AsyncSession,
    identity: Identity,
    endpoint_id: str,
    page: PageParams,
    *,
    state: AttemptResult | None,
    event_type: str | None,
    since: datetime | None,
    until: datetime | None,
) -> dict:
    """An endpoint's attempts, newest first."""
    repository.ATTEMPTS.check(page)  # a bad token is 400 whatever the endpoint
    await get_endpoint(session, identity, endpoint_id)
    succeeded = None if state is None else state == AttemptResult.succeeded
    return await repository.list_attempts(
        session, endpoint_id, page, succeeded=succeeded, event_type=event_type, since=since, until=until
    )


async def list_messages(
    session: AsyncSession,
    identity: Identity,
    endpoint_id: str,
    page: PageParams,
    *,
    state: DeliveryState | None,
    event_type: str | None,
) -> dict:
    """An endpoint's messages with their delivery state and schedule, newest first."""
    repository.MESSAGES.check(page)  # a bad token is 400 whatever the endpoint
    await get_endpoint(session, identity, endpoint_id)
    return await repository.list_message_deliveries(
        session, endpoint_id, page, state=state.value if state else None, event_type=event_type
    )


async def retry_message(session: AsyncSession, identity: Identity, message_id: str, now: datetime) -> dict:
    """The caller's failed or pending deliveries of a message are due now, their schedule started again."""
    owner = None if identity.is_admin else identity.subject
    await repository.ensure_message(session, message_id, owner)
    return {"requeued": await repository.requeue_message(session, message_id, owner, now)}


async def recover_endpoint(
    session: AsyncSession, identity: Identity, endpoint_id: str, body: RecoverRequest, now: datetime
) -> dict:
    """Every failed delivery of the endpoint since a time is sent again."""
    endpoint = await get_endpoint(session, identity, endpoint_id)
    if endpoint.state != EndpointState.active.value:
        raise Problem(409, "The endpoint is disabled: enable it (PATCH enabled=true) before recovering its messages.")
    return {"requeued": await repository.requeue_failed_since(session, endpoint_id, body.since, now)}
