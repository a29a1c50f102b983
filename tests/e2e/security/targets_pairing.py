"""Request builders for locked pairs and a pairing's planned activities. The coordination unit locks a
pair of a call's candidates (a call of its own, with one accepted city on each side, so no other row's round
is changed by it); the own city and admins edit, mark held and cancel the activities of the own city's
confirmed pairing (the one the record_pairing_activity rows use)."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from tests.e2e.security.requests import Request, builds, resource, taker
from tests.e2e.security.scenario import World, accepted_application, call_body, city_body, ok, poll, unique

REASON = {"reason": "Checked by the authorisation matrix."}


def _day(days: int) -> str:
    return (date.today() + timedelta(days=days)).isoformat()


# --- locked pairs -----------------------------------------------------------------------


async def _lock_call(w: World) -> tuple[str, list[str]]:
    """A call with one accepted city of each side (EU, LAC), both candidates of the pairing service."""
    call = await ok(w.admin.post("/v1/calls", json=call_body(unique("Matrix lock call"))))
    cities = await asyncio.gather(*(ok(w.admin.post("/v1/cities", json=city_body(c))) for c in ("BE", "UY")))
    await asyncio.gather(*(accepted_application(w.admin, call["id"], c["id"]) for c in cities))

    async def profiles() -> list[dict]:
        return (await w.admin.get("/v1/pairing/city-profiles", params={"call_id": call["id"]})).json()["items"]

    await poll(profiles, lambda items: len(items) >= 2, "the pairing service learning the lock call's applications")
    return call["id"], [c["id"] for c in cities]


async def _lock_pair(w: World) -> tuple[str, dict]:
    call_id, (a, b) = await w.once("lock_call", lambda: _lock_call(w))
    return call_id, {"party_a_id": a, "party_b_id": b}


@builds("create_pairing_locked_pair")
async def create_pairing_locked_pair(w: World, op: str, fresh: bool, actor: str) -> Request:
    """The call's one pair (locking it again answers the stored lock)."""
    call_id, body = await _lock_pair(w)
    return Request("POST", f"/v1/pairing/calls/{call_id}/locked-pairs", json=body)


@builds("delete_pairing_locked_pair")
async def delete_pairing_locked_pair(w: World, op: str, fresh: bool, actor: str) -> Request:
    call_id, body = await _lock_pair(w)

    async def make() -> str:
        return (await ok(w.admin.post(f"/v1/pairing/calls/{call_id}/locked-pairs", json=body), 201))["id"]

    lock_id = await resource(w, fresh, "locked_pair", make)
    return Request("DELETE", f"/v1/pairing/calls/{call_id}/locked-pairs/{lock_id}")


# --- planned activities -----------------------------------------------------------------


async def _planned(w: World) -> tuple[str, str]:
    """(pairing, activity): a planned activity of the own city's confirmed pairing, over by now (it may be marked held)."""
    pairing_id = await w.once("activity_pairing", taker(w, "confirmed_pairing"))
    body = {
        "kind": "staff_exchange",
        "title": "Exchange of the parks departments",
        "host_party_id": w.city_own,
        "starts_on": _day(-12),
        "ends_on": _day(-10),
        "participants": 6,
        "status": "planned",
    }
    activity = await ok(w.admin.post(f"/v1/pairing/pairings/{pairing_id}/activities", json=body), 201)
    return pairing_id, activity["id"]


# operationId -> (method, suffix, body); the body of an edit is made per row
ACTIVITY_STEPS = {
    "update_pairing_activity": ("PATCH", "", None),
    "mark_pairing_activity_held": ("POST", ":markHeld", {"participants": 8, "outcomes": "Two shared tenders."}),
    "cancel_pairing_activity": ("POST", ":cancel", REASON),
}


@builds(*ACTIVITY_STEPS)
async def activity_step(w: World, op: str, fresh: bool, actor: str) -> Request:
    method, suffix, body = ACTIVITY_STEPS[op]
    # An edit leaves the activity planned: its rows share one; holding and cancelling end it.
    consumes = fresh and op != "update_pairing_activity"
    pairing_id, activity_id = await resource(w, consumes, f"planned_activity {op}", lambda: _planned(w))
    if op == "update_pairing_activity":
        body = {"title": unique("Exchange of the parks departments")}
    return Request(method, f"/v1/pairing/pairings/{pairing_id}/activities/{activity_id}{suffix}", json=body)
