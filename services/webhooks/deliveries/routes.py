"""HTTP routes of what was sent: thin, they parse, authorise and call deliveries/service.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request

from services.webhooks import service as endpoints
from services.webhooks.auth import WebhooksRead, WebhooksWrite
from services.webhooks.deliveries import service
from services.webhooks.deliveries.schemas import AttemptPage, MessageDeliveryPage, RecoverRequest, Requeued, Timestamp
from services.webhooks.domain import AttemptResult, DeliveryState
from shared.clock import ClockDep
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])

EventType = Annotated[str | None, Query(max_length=200, description="Only messages of this event type.")]


@router.get("/endpoints/{endpoint_id}/deliveries", response_model=AttemptPage)
async def list_webhook_deliveries(
    session: SessionDep,
    identity: WebhooksRead,
    endpoint_id: str,
    page: PageQuery,
    state: Annotated[AttemptResult | None, Query(description="succeeded (a 2xx answer) or failed.")] = None,
    event_type: EventType = None,
    since: Annotated[Timestamp | None, Query(description="Attempts at or after this time.")] = None,
    until: Annotated[Timestamp | None, Query(description="Attempts before this time.")] = None,
) -> dict:
    """Every attempt to deliver to the endpoint, newest first: time, status, duration, error, answer."""
    return await service.list_attempts(
        session, identity, endpoint_id, page, state=state, event_type=event_type, since=since, until=until
    )


@router.get("/endpoints/{endpoint_id}/messages", response_model=MessageDeliveryPage)
async def list_webhook_messages(
    session: SessionDep,
    identity: WebhooksRead,
    endpoint_id: str,
    page: PageQuery,
    state: DeliveryState | None = None,
    event_type: EventType = None,
) -> dict:
    """The endpoint's messages, newest first, each with its delivery state, attempts and next try."""
    return await service.list_messages(session, identity, endpoint_id, page, state=state, event_type=event_type)


@router.post("/messages/{message_id}:retry", status_code=202, response_model=Requeued)
async def retry_webhook_message(
    request: Request, session: SessionDep, identity: WebhooksWrite, clock: ClockDep, message_id: str, background: BackgroundTasks
) -> dict:
    """Send a message again now to the caller's endpoints that failed it (or still wait for it)."""
    requeued = await service.retry_message(session, identity, message_id, clock.now())
    background.add_task(endpoints.wake_delivery, request.app)
    return requeued


@router.post("/endpoints/{endpoint_id}:recover", status_code=202, response_model=Requeued)
async def recover_webhook_endpoint(
    request: Request,
    session: SessionDep,
    identity: WebhooksWrite,
    clock: ClockDep,
    endpoint_id: str,
    body: RecoverRequest,
    background: BackgroundTasks,
) -> dict:
    """Send again every message the endpoint failed since a time."""
    requeued = await service.recover_endpoint(session, identity, endpoint_id, body, clock.now())
    background.add_task(endpoints.wake_delivery, request.app)
    return requeued
