"""Request builders for the programme's write operations: cities, calls, applications, pairing,
action plans and the OAuth2 token endpoint. The own city owns every application, pairing and plan."""

from __future__ import annotations

from datetime import date, timedelta

from tests.e2e.security.requests import Request, builds, resource, taker
from tests.e2e.security.scenario import World, application_body, call_body, city_body, ok, poll, unique

TODAY = date.today()
REASON = {"reason": "Checked by the authorisation matrix."}


def _day(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


# --- gateway ----------------------------------------------------------------------------


@builds("oauth_token")
async def oauth_token(w: World, op: str, fresh: bool, actor: str) -> Request:
    """Client credentials: the actor's key id and key (garbage for those without a key)."""
    creds = w.actors.credentials.get(actor, ("not-a-client", "iuc_not-a-secret"))
    basic = None if actor == "anonymous" else creds
    return Request("POST", "/oauth/token", form={"grant_type": "client_credentials"}, basic_auth=basic, actor_headers=False)


# --- cities and calls -------------------------------------------------------------------


@builds("register_city")
async def register_city(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/cities", json=city_body("IT"))


@builds("update_city")
async def update_city(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("PATCH", f"/v1/cities/{w.city_own}", json={"challenges": unique("Flooding along the river")})


@builds("import_cities")
async def import_cities(w: World, op: str, fresh: bool, actor: str) -> Request:
    n = w.number()
    body = f"geonameid,name,country_code,population,latitude,longitude\n{990_000_000 + n},Matrixville {n},IT,150000,45.1,9.2\n"
    return Request(
        "POST", "/v1/cities/imports", params={"format": "geonames"}, content=body.encode(), headers={"Content-Type": "text/csv"}
    )


async def _finished_import(w: World, client, path: str, params: dict[str, str], body: str) -> str:
    """An import that has run to its end (succeeded): resuming it is a 409 for those who may resume."""
    job = await ok(client.post(path, params=params, content=body.encode(), headers={"Content-Type": "text/csv"}), 202)
    read = lambda: ok(client.get(f"{path}/{job['id']}"))  # noqa: E731
    await poll(read, lambda j: j["status"] == "succeeded", f"import {job['id']}")
    return job["id"]


@builds("resume_city_import")
async def resume_city_import(w: World, op: str, fresh: bool, actor: str) -> Request:
    """The coordination unit's finished import (only it imports cities): nothing to resume."""

    async def make() -> str:
        n = w.number()
        body = (
            f"geonameid,name,country_code,population,latitude,longitude\n{991_000_000 + n},Resumeville {n},IT,150000,45.1,9.2\n"
        )
        return await _finished_import(w, w.admin, "/v1/cities/imports", {"format": "geonames"}, body)

    return Request("POST", f"/v1/cities/imports/{await w.once('finished_city_import', make)}:resume")


@builds("resume_covenant_import")
async def resume_covenant_import(w: World, op: str, fresh: bool, actor: str) -> Request:
    """The own office's finished import: its owner and an admin may resume it (409: it did not fail), another office does not see it."""

    async def make() -> str:
        n = w.number()
        header = "organisation_id,organisation_name,country_code,date_of_adhesion,adhesion_type,gcom_id,commitment_CoM2030_flag"
        body = f"{header}\n{880_000 + n},{unique('Gemeinde')},de,2020-02-02,Individual,DE{7_700_000 + n:07d},1\n"
        office = w.client_for("office_own")
        return await _finished_import(w, office, "/v1/covenant/imports", {"format": "mycovenant-signatories"}, body)

    return Request("POST", f"/v1/covenant/imports/{await w.once('finished_covenant_import', make)}:resume")


@builds("open_call")
async def open_call(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/calls", json=call_body(unique("Matrix call")))


# --- applications -----------------------------------------------------------------------


async def _draft(w: World) -> str:
    return (await ok(w.admin.post("/v1/applications", json=application_body(w.call_id, w.city_own))))["id"]


async def _submitted(w: World) -> str:
    app_id = await _draft(w)
    await ok(w.admin.post(f"/v1/applications/{app_id}:submit"))
    return app_id


async def _under_review(w: World) -> str:
    app_id = await _submitted(w)
    await ok(w.admin.post(f"/v1/applications/{app_id}:startReview"))
    review = {"scores": {"relevance": 4}, "recommendation": "yes", "comment": "Fits the call."}
    await ok(w.admin.post(f"/v1/applications/{app_id}/reviews", json=review))  # a decision needs one
    return app_id


@builds("create_application")
async def create_application(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/applications", json=application_body(w.call_id, w.city_own))


@builds("update_application")
async def update_application(w: World, op: str, fresh: bool, actor: str) -> Request:
    app_id = await w.once("draft_application", lambda: _draft(w))
    return Request("PATCH", f"/v1/applications/{app_id}", json={"summary": unique("Exchange on urban heat")})


@builds("submit_application", "withdraw_application")
async def draft_transition(w: World, op: str, fresh: bool, actor: str) -> Request:
    app_id = await resource(w, fresh, "draft_application_step", lambda: _draft(w))
    verb, body = APPLICATION_STEPS[op]
    return Request("POST", f"/v1/applications/{app_id}{verb}", json=body)


@builds("start_application_review", "review_application", "request_application_info")
async def submitted_transition(w: World, op: str, fresh: bool, actor: str) -> Request:
    app_id = await resource(w, fresh, "submitted_application", lambda: _submitted(w))
    verb, body = APPLICATION_STEPS[op]
    return Request("POST", f"/v1/applications/{app_id}{verb}", json=body)


@builds("accept_application", "reject_application")
async def decision(w: World, op: str, fresh: bool, actor: str) -> Request:
    app_id = await resource(w, fresh, "application_under_review", lambda: _under_review(w))
    verb, body = APPLICATION_STEPS[op]
    return Request("POST", f"/v1/applications/{app_id}{verb}", json=body)


# The verbs and bodies of the application transitions (the path above ends at the id).
APPLICATION_STEPS = {
    "submit_application": (":submit", None),
    "withdraw_application": (":withdraw", REASON),
    "start_application_review": (":startReview", None),
    "review_application": ("/reviews", {"scores": {"relevance": 4}, "recommendation": "yes", "comment": "Fits the call."}),
    "request_application_info": (":requestInfo", REASON),
    "accept_application": (":accept", REASON),
    "reject_application": (":reject", REASON),
}


# --- pairing ----------------------------------------------------------------------------


@builds("put_pairing_call_settings")
async def put_pairing_call_settings(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("PUT", f"/v1/pairing/calls/{w.call_id}/settings", json={"quota": 1, "proposal_expiry_days": 14})


@builds("put_pairing_region_profile")
async def put_pairing_region_profile(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("PUT", "/v1/pairing/region-profiles/ES51", json={"name": "Cataluña", "themes": ["climate"]})


def _forbidden_pair(w: World) -> dict:
    return {"call_id": w.call_id, "party_ids": [w.city_own, unique("city").replace(" ", "-")], "reason": "Conflict of interest."}


@builds("create_forbidden_pair")
async def create_forbidden_pair(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/pairing/forbidden-pairs", json=_forbidden_pair(w))


@builds("delete_forbidden_pair")
async def delete_forbidden_pair(w: World, op: str, fresh: bool, actor: str) -> Request:
    async def make() -> str:
        return (await ok(w.admin.post("/v1/pairing/forbidden-pairs", json=_forbidden_pair(w))))["id"]

    pair_id = await resource(w, fresh, "forbidden_pair", make)
    return Request("DELETE", f"/v1/pairing/forbidden-pairs/{pair_id}")


@builds("run_pairing_round")
async def run_pairing_round(w: World, op: str, fresh: bool, actor: str) -> Request:
    """A round on a call of its own (another round on the pairing call would supersede the proposals)."""
    return Request("POST", "/v1/pairing/rounds", json={"call_id": w.round_call_id, "solver": "greedy"})


@builds("accept_pairing", "decline_pairing")
async def proposed_pairing(w: World, op: str, fresh: bool, actor: str) -> Request:
    pairing_id = await resource(w, fresh, "proposed_pairing", taker(w, "proposed_pairing"))
    body = {"party_id": w.city_own} if actor == "admin" else {}
    if op == "decline_pairing":
        body |= REASON
    return Request("POST", f"/v1/pairing/pairings/{pairing_id}{PAIRING_STEPS[op]}", json=body)


@builds("record_pairing_activity")
async def record_pairing_activity(w: World, op: str, fresh: bool, actor: str) -> Request:
    pairing_id = await w.once("activity_pairing", taker(w, "confirmed_pairing"))
    body = {
        "kind": "study_tour",
        "title": "Study tour of the cool schoolyards",
        "host_party_id": w.city_own,
        "starts_on": _day(-20),
        "ends_on": _day(-18),
        "participants": 12,
    }
    return Request("POST", f"/v1/pairing/pairings/{pairing_id}/activities", json=body)


@builds("complete_pairing", "dissolve_pairing")
async def confirmed_pairing(w: World, op: str, fresh: bool, actor: str) -> Request:
    pairing_id = await resource(w, fresh, "confirmed_pairing", taker(w, "confirmed_pairing"))
    return Request("POST", f"/v1/pairing/pairings/{pairing_id}{PAIRING_STEPS[op]}", json=REASON)


PAIRING_STEPS = {
    "accept_pairing": ":accept",
    "decline_pairing": ":decline",
    "complete_pairing": ":complete",
    "dissolve_pairing": ":dissolve",
}


# --- action plans -----------------------------------------------------------------------

ACTION = {"title": "Cool schoolyards", "kind": "pilot_project", "theme": "climate"}


async def _content_plan(w: World) -> str:
    """The own city's draft plan that refused rows and content changes share; never moved."""
    return await w.once("content_plan", taker(w, "draft_plan"))


async def _plan_in(w: World, state: str) -> str:
    """A plan of the own city moved (by the coordination unit) to `state`."""
    plan_id = w.take("draft_plan")
    await ok(w.admin.post(f"/v1/action-plans/{plan_id}/actions", json=ACTION))
    await ok(w.admin.patch(f"/v1/action-plans/{plan_id}", json={"period_end": _day(700)}))
    steps = {"draft": [], "submitted": ["submit"], "approved": ["submit", "approve"]}
    steps["implementing"] = [*steps["approved"], "startImplementation"]
    for step in steps[state]:
        await ok(w.admin.post(f"/v1/action-plans/{plan_id}:{step}"))
    return plan_id


PLAN_STEPS = {
    "submit_action_plan": ("submit", "draft"),
    "approve_action_plan": ("approve", "submitted"),
    "return_action_plan": ("return", "submitted"),
    "start_action_plan_implementation": ("startImplementation", "approved"),
    "complete_action_plan": ("complete", "implementing"),
}


@builds(*PLAN_STEPS)
async def plan_step(w: World, op: str, fresh: bool, actor: str) -> Request:
    # A refused step is refused before the plan's state is looked at, so those rows share the content plan.
    plan_id = await _plan_in(w, PLAN_STEPS[op][1]) if fresh else await _content_plan(w)
    body = {"comments": "Name a maintenance owner."} if op == "return_action_plan" else None
    return Request("POST", f"/v1/action-plans/{plan_id}:{PLAN_STEPS[op][0]}", json=body)


@builds("update_action_plan")
async def update_action_plan(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("PATCH", f"/v1/action-plans/{await _content_plan(w)}", json={"description": unique("Cooler streets")})


@builds("create_plan_action")
async def create_plan_action(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", f"/v1/action-plans/{await _content_plan(w)}/actions", json=ACTION)


INDICATOR = {
    "name": "Shaded schoolyard area",
    "unit": "m2",
    "direction": "increase",
    "baseline": {"value": 100, "on": TODAY.isoformat()},
}


@builds("create_plan_indicator")
async def create_plan_indicator(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", f"/v1/action-plans/{await _content_plan(w)}/indicators", json=INDICATOR)


@builds("create_progress_report")
async def create_progress_report(w: World, op: str, fresh: bool, actor: str) -> Request:
    body = {"title": "First semester", "period_start": _day(-180), "period_end": TODAY.isoformat()}
    return Request("POST", f"/v1/action-plans/{await _content_plan(w)}/reports", json=body)


async def _action(w: World) -> str:
    plan_id = await _content_plan(w)
    return (await ok(w.admin.post(f"/v1/action-plans/{plan_id}/actions", json=ACTION)))["id"]


async def _task(w: World) -> str:
    action_id = await w.once("task_action", lambda: _action(w))
    body = {"title": "Design with pupils", "due_on": _day(30)}
    return (await ok(w.admin.post(f"/v1/action-plans/actions/{action_id}/tasks", json=body)))["id"]


async def _indicator(w: World) -> str:
    plan_id = await _content_plan(w)
    return (await ok(w.admin.post(f"/v1/action-plans/{plan_id}/indicators", json=INDICATOR)))["id"]


@builds("update_plan_action", "create_action_task", "cancel_plan_action")
async def action_target(w: World, op: str, fresh: bool, actor: str) -> Request:
    action_id = await resource(w, fresh and op == "cancel_plan_action", "action", lambda: _action(w))
    if op == "update_plan_action":
        return Request("PATCH", f"/v1/action-plans/actions/{action_id}", json={"description": unique("Shade")})
    if op == "create_action_task":
        return Request("POST", f"/v1/action-plans/actions/{action_id}/tasks", json={"title": "Plant trees", "due_on": _day(60)})
    return Request("POST", f"/v1/action-plans/actions/{action_id}:cancel", json=REASON)


@builds("update_action_task", "start_action_task", "complete_action_task", "cancel_action_task")
async def task_target(w: World, op: str, fresh: bool, actor: str) -> Request:
    task_id = await resource(w, fresh and op != "update_action_task", "task", lambda: _task(w))
    if op == "update_action_task":
        return Request("PATCH", f"/v1/action-plans/tasks/{task_id}", json={"description": unique("With the pupils")})
    return Request("POST", f"/v1/action-plans/tasks/{task_id}:{op.split('_')[0]}")


@builds("set_indicator_goal", "record_indicator_measurement")
async def indicator_target(w: World, op: str, fresh: bool, actor: str) -> Request:
    indicator_id = await w.once("indicator", lambda: _indicator(w))
    if op == "set_indicator_goal":
        return Request(
            "POST", f"/v1/action-plans/indicators/{indicator_id}/goals", json={"on": _day(300 + w.number()), "value": 4000}
        )
    body = {"on": TODAY.isoformat(), "value": 150, "data_source": "site survey"}
    return Request("POST", f"/v1/action-plans/indicators/{indicator_id}/measurements", json=body)


@builds("recompute_action_statuses")
async def recompute_action_statuses(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("POST", "/v1/action-plans:recomputeStatuses")
