"""Idempotency-Key on POST through the gateway."""

import uuid


async def test_same_key_same_body_replays_and_other_body_is_refused(admin, open_call_body):
    key = str(uuid.uuid4())
    first = await admin.post("/v1/calls", json=open_call_body, headers={"Idempotency-Key": key})
    again = await admin.post("/v1/calls", json=open_call_body, headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again.headers.get("idempotent-replayed") == "true"
    other = await admin.post("/v1/calls", json=open_call_body | {"title": "Another call"}, headers={"Idempotency-Key": key})
    assert other.status_code == 422
    assert other.headers["content-type"].startswith("application/problem+json")
    fresh = await admin.post("/v1/calls", json=open_call_body, headers={"Idempotency-Key": str(uuid.uuid4())})
    assert fresh.json()["id"] != first.json()["id"]
