"""Request builders for reviewing applications with a panel: the coordination unit assigns (by hand or
round-robin) the reviewers of a call's panel, an assigned reviewer declares a conflict of interest, a reviewer
edits its own review. The panel of the calls below is the reviewer actor's key (a reviewer is named by its key
id) and a second key no actor holds; every application is the own city's."""

from __future__ import annotations

from tests.e2e.security.requests import Request, builds, resource
from tests.e2e.security.scenario import World, application_body, call_body, ok, unique

REVIEW = {"scores": {"relevance": 4}, "recommendation": "yes", "comment": "Fits the call."}
SECOND_REVIEWER = "matrix-second-reviewer"


def reviewer_key(w: World) -> str:
    """The reviewer actor's key id: the subject of its identity, the name a panel gives it."""
    return w.actors.credentials["reviewer"][0]


async def _panel_call(w: World) -> str:
    body = call_body(unique("Matrix panel call")) | {"reviewers": [reviewer_key(w), SECOND_REVIEWER]}
    return (await ok(w.admin.post("/v1/calls", json=body)))["id"]


async def _submitted(w: World, call_id: str) -> str:
    app_id = (await ok(w.admin.post("/v1/applications", json=application_body(call_id, w.city_own))))["id"]
    await ok(w.admin.post(f"/v1/applications/{app_id}:submit"))
    return app_id


async def _in_panel_call(w: World) -> str:
    """A submitted application of the panel call, nobody assigned to it."""
    return await _submitted(w, await w.once("panel_call", lambda: _panel_call(w)))


async def _assigned(w: World) -> str:
    """A submitted application of the panel call, the reviewer actor assigned to it."""
    app_id = await _in_panel_call(w)
    await ok(w.admin.post(f"/v1/applications/{app_id}/reviewers", json={"reviewer": reviewer_key(w)}), 201)
    return app_id


@builds("assign_application_reviewer")
async def assign_application_reviewer(w: World, op: str, fresh: bool, actor: str) -> Request:
    app_id = await resource(w, fresh, "unassigned_panel_application", lambda: _in_panel_call(w))
    return Request("POST", f"/v1/applications/{app_id}/reviewers", json={"reviewer": reviewer_key(w)})


@builds("unassign_application_reviewer")
async def unassign_application_reviewer(w: World, op: str, fresh: bool, actor: str) -> Request:
    app_id = await resource(w, fresh, "assigned_panel_application", lambda: _assigned(w))
    return Request("DELETE", f"/v1/applications/{app_id}/reviewers/{reviewer_key(w)}")


@builds("declare_review_conflict")
async def declare_review_conflict(w: World, op: str, fresh: bool, actor: str) -> Request:
    """The reviewer actor is assigned (and has not reviewed): declaring unassigns it, so every success gets its own."""
    app_id = await resource(w, fresh, "conflict_panel_application", lambda: _assigned(w))
    return Request("POST", f"/v1/applications/{app_id}:declareConflict", json={"reason": "I advised the applicant city."})


@builds("assign_call_reviewers")
async def assign_call_reviewers(w: World, op: str, fresh: bool, actor: str) -> Request:
    """A panel call of its own with one submitted application: the round-robin gives it one reviewer."""

    async def make() -> str:
        call_id = await _panel_call(w)
        await _submitted(w, call_id)
        return call_id

    call_id = await w.once("round_robin_call", make)
    return Request("POST", f"/v1/calls/{call_id}:assignReviewers", json={"reviewers_per_application": 1})


@builds("close_call")
async def close_call(w: World, op: str, fresh: bool, actor: str) -> Request:
    """An open call of its own: a closed one is not closed again (409), so every success gets one."""

    async def make() -> str:
        return (await ok(w.admin.post("/v1/calls", json=call_body(unique("Matrix call to close")))))["id"]

    call_id = await resource(w, fresh, "call_to_close", make)
    return Request("POST", f"/v1/calls/{call_id}:close", json={"reason": "The budget is spent."})


@builds("update_review")
async def update_review(w: World, op: str, fresh: bool, actor: str) -> Request:
    """The reviewer actor's review of a submitted application of the call without a panel: only its reviewer edits it."""

    async def make() -> tuple[str, str]:
        app_id = await _submitted(w, w.call_id)
        review = await ok(w.client_for("reviewer").post(f"/v1/applications/{app_id}/reviews", json=REVIEW), 201)
        return app_id, review["id"]

    app_id, review_id = await w.once("reviewer_review", make)
    body = REVIEW | {"recommendation": "maybe", "comment": unique("Budget to check")}
    return Request("PUT", f"/v1/applications/{app_id}/reviews/{review_id}", json=body)
