"""Request builders for a practice's revisions: the own city's published practice is corrected through a
revision its authors open, change, submit and withdraw, and the coordination unit sends back or publishes.
A practice has one open revision at a time, so every row that succeeds gets a practice of its own; another
city does not see a revision (404), though it sees the published practice (403 when it opens one)."""

from __future__ import annotations

from tests.e2e.security.requests import Request, builds, resource
from tests.e2e.security.scenario import World, ok, unique
from tests.e2e.security.targets_partners import practice_body

REASON = {"reason": "Checked by the authorisation matrix."}


async def _published(w: World) -> str:
    """A practice the own city wrote (its key) and submitted, published by the coordination unit."""
    city = w.client_for("city_own")
    practice_id = (await ok(city.post("/v1/knowledge/practices", json=practice_body(w))))["id"]
    await ok(city.post(f"/v1/knowledge/practices/{practice_id}:submit"))
    await ok(w.admin.post(f"/v1/knowledge/practices/{practice_id}:publish"))
    return practice_id


def _changes() -> dict:
    return {"results": unique("Yields up 25 %, measured")}


async def _revision(w: World, state: str) -> str:
    """A revision the own city opened (its key) on a published practice of its own, changing its results."""
    city = w.client_for("city_own")
    practice_id = await _published(w)
    revision = await ok(city.post(f"/v1/knowledge/practices/{practice_id}/revisions", json=_changes()), 201)
    if state == "pending":
        await ok(city.post(f"/v1/knowledge/revisions/{revision['id']}:submit"))
    return revision["id"]


@builds("create_practice_revision")
async def create_practice_revision(w: World, op: str, fresh: bool, actor: str) -> Request:
    practice_id = await resource(w, fresh, "practice_to_revise", lambda: _published(w))
    return Request("POST", f"/v1/knowledge/practices/{practice_id}/revisions", json=_changes())


@builds("update_practice_revision")
async def update_practice_revision(w: World, op: str, fresh: bool, actor: str) -> Request:
    """A draft stays a draft when it is changed: the rows share one."""
    revision_id = await w.once("revision_draft_content", lambda: _revision(w, "draft"))
    return Request("PATCH", f"/v1/knowledge/revisions/{revision_id}", json=_changes())


# operationId -> (verb, body, the state the revision is in)
REVISION_STEPS = {
    "submit_practice_revision": ("submit", None, "draft"),
    "withdraw_practice_revision": ("withdraw", REASON, "draft"),
    "send_back_practice_revision": ("sendBack", REASON, "pending"),
    "publish_practice_revision": ("publish", None, "pending"),
}


@builds(*REVISION_STEPS)
async def revision_step(w: World, op: str, fresh: bool, actor: str) -> Request:
    verb, body, state = REVISION_STEPS[op]
    revision_id = await resource(w, fresh, f"revision_{state}", lambda: _revision(w, state))
    return Request("POST", f"/v1/knowledge/revisions/{revision_id}:{verb}", json=body)
