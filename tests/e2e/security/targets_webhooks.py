"""Request builders for webhook subscriptions. Every endpoint of a row belongs to the own partner's
key (an endpoint is its creator's; another key gets 404, not 403, so it learns nothing of it); its
URL is a closed local port and it subscribes to one rare type, so its deliveries disturb nothing."""

from __future__ import annotations

from tests.e2e.security.requests import Request, builds, resource
from tests.e2e.security.scenario import World, ok

OWNER = "partner_own"
QUIET = {"url": "http://127.0.0.1:9/matrix", "event_types": ["iuc.webhooks.endpoint.disabled.v1"]}


async def _endpoint(w: World) -> dict:
    return await ok(w.client_for(OWNER).post("/v1/webhooks/endpoints", json=QUIET | {"description": "matrix"}), 201)


async def _endpoint_id(w: World, fresh: bool) -> str:
    return (await resource(w, fresh, "webhook endpoint", lambda: _endpoint(w)))["id"]


async def _message_id(w: World, fresh: bool) -> str:
    async def ping() -> str:
        endpoint = await _endpoint(w)
        return (await ok(w.client_for(OWNER).post(f"/v1/webhooks/endpoints/{endpoint['id']}:test"), 202))["message_id"]

    return await resource(w, fresh, "webhook message", ping)


@builds("create_webhook_endpoint")
async def create_webhook_endpoint(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/webhooks/endpoints", json=QUIET)


@builds("update_webhook_endpoint")
async def update_webhook_endpoint(w: World, op: str, fresh: bool, actor: str) -> Request:
    endpoint_id = await _endpoint_id(w, fresh)
    return Request("PATCH", f"/v1/webhooks/endpoints/{endpoint_id}", json={"description": f"changed by {actor}"})


@builds("delete_webhook_endpoint")
async def delete_webhook_endpoint(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("DELETE", f"/v1/webhooks/endpoints/{await _endpoint_id(w, fresh)}")


@builds("rotate_webhook_secret")
async def rotate_webhook_secret(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", f"/v1/webhooks/endpoints/{await _endpoint_id(w, fresh)}:rotateSecret")


@builds("test_webhook_endpoint")
async def test_webhook_endpoint(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", f"/v1/webhooks/endpoints/{await _endpoint_id(w, fresh)}:test")


@builds("recover_webhook_endpoint")
async def recover_webhook_endpoint(w: World, op: str, fresh: bool, actor: str) -> Request:
    endpoint_id = await _endpoint_id(w, fresh)
    return Request("POST", f"/v1/webhooks/endpoints/{endpoint_id}:recover", json={"since": "2026-01-01T00:00:00Z"})


@builds("retry_webhook_message")
async def retry_webhook_message(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", f"/v1/webhooks/messages/{await _message_id(w, fresh)}:retry")
