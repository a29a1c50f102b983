"""HTTP routes of the webhooks service's endpoints: thin, they parse, authorise and call service.py."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response

from services.webhooks import service
from services.webhooks.auth import WebhooksRead, WebhooksWrite
from services.webhooks.deliveries.routes import router as deliveries_router
from services.webhooks.schemas import (
    EndpointCreate,
    EndpointCreated,
    EndpointPage,
    EndpointRead,
    EndpointUpdate,
    EventTypeList,
    MessageQueued,
    SecretRotated,
)
from shared.clock import ClockDep
from shared.concurrency import IfMatch, set_etag
from shared.pagination import PageQuery
from shared.service import SessionDep

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])


@router.post("/endpoints", status_code=201, response_model=EndpointCreated)
async def create_webhook_endpoint(
    request: Request, session: SessionDep, identity: WebhooksWrite, clock: ClockDep, body: EndpointCreate, response: Response
):
    """Subscribe a URL to event types; the answer carries its signing secret, shown only here."""
    endpoint = await service.create_endpoint(session, identity, body, request.app.state.settings, clock.now())
    response.headers["Location"] = f"/v1/webhooks/endpoints/{endpoint.id}"
    set_etag(response, endpoint.version)
    return endpoint


@router.get("/endpoints", response_model=EndpointPage)
async def list_webhook_endpoints(
    session: SessionDep,
    identity: WebhooksRead,
    page: PageQuery,
    owner: Annotated[str | None, Query(max_length=100, description="An owner's key id (admins only).")] = None,
) -> dict:
    """The caller's endpoints, oldest first; an admin sees every key's."""
    return await service.list_endpoints(session, identity, page, owner)


@router.get("/endpoints/{endpoint_id}", response_model=EndpointRead)
async def get_webhook_endpoint(session: SessionDep, identity: WebhooksRead, endpoint_id: str, response: Response):
    """One endpoint (without its secret)."""
    endpoint = await service.get_endpoint(session, identity, endpoint_id)
    set_etag(response, endpoint.version)
    return endpoint


@router.patch("/endpoints/{endpoint_id}", response_model=EndpointRead)
async def update_webhook_endpoint(
    request: Request,
    session: SessionDep,
    identity: WebhooksWrite,
    clock: ClockDep,
    endpoint_id: str,
    body: EndpointUpdate,
    response: Response,
    if_match: IfMatch = None,
):
    """Change the URL, event types or description, or disable (enabled=false) or enable an endpoint."""
    endpoint = await service.update_endpoint(
        session, identity, endpoint_id, body, if_match, request.app.state.settings, clock.now()
    )
    set_etag(response, endpoint.version)
    return endpoint


@router.delete("/endpoints/{endpoint_id}", status_code=204)
async def delete_webhook_endpoint(
    session: SessionDep, identity: WebhooksWrite, endpoint_id: str, if_match: IfMatch = None
) -> Response:
    """Remove an endpoint with its delivery history."""
    await service.delete_endpoint(session, identity, endpoint_id, if_match)
    return Response(status_code=204)


@router.post("/endpoints/{endpoint_id}:rotateSecret", response_model=SecretRotated)
async def rotate_webhook_secret(
    session: SessionDep, identity: WebhooksWrite, clock: ClockDep, endpoint_id: str, if_match: IfMatch = None
) -> dict:
    """A new signing secret; the previous one signs beside it for 24 hours."""
    return await service.rotate_secret(session, identity, endpoint_id, if_match, clock.now())


@router.post("/endpoints/{endpoint_id}:test", status_code=202, response_model=MessageQueued)
async def test_webhook_endpoint(
    request: Request,
    session: SessionDep,
    identity: WebhooksWrite,
    clock: ClockDep,
    endpoint_id: str,
    background: BackgroundTasks,
) -> dict:
    """Send a ping (`iuc.webhooks.ping`) to this endpoint only."""
    queued = await service.send_ping(session, identity, endpoint_id, clock.now())
    background.add_task(service.wake_delivery, request.app)
    return queued


@router.get("/event-types", response_model=EventTypeList)
async def list_webhook_event_types(identity: WebhooksRead) -> dict:
    """Every event type one can subscribe to, with what it means and the JSON schema of its data."""
    return service.list_event_types()


ROUTERS = (router, deliveries_router)
