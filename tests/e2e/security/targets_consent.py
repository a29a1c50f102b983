"""Request builders for consent (issue 13): invitations to group applications and to practices'
locations, and leaving them. Who the "own" city is depends on the verb: the inviting (lead) city
invites and withdraws; the invited city accepts, declines and leaves; the guest is a third city no
key acts for. Every row gets an invitation of its own (an answered one answers 409)."""

from __future__ import annotations

from tests.e2e.security.requests import Request, builds
from tests.e2e.security.scenario import World, application_body, ok, unique
from tests.e2e.security.targets_partners import practice_body


@builds("update_call")
async def update_call(w: World, op: str, fresh: bool, actor: str) -> Request:
    return Request("PATCH", f"/v1/calls/{w.call_id}", json={"review_visibility": "none"})  # the strictest: always allowed


# --- group applications -----------------------------------------------------------------


async def _application_of(w: World, lead: str) -> str:
    return (await ok(w.admin.post("/v1/applications", json=application_body(w.call_id, lead))))["id"]


async def _application_invitation(w: World, lead: str, invited: str) -> str:
    app_id = await _application_of(w, lead)
    return (await ok(w.admin.post(f"/v1/applications/{app_id}/invitations", json={"city_id": invited}), 201))["id"]


@builds("invite_application_city")
async def invite_application_city(w: World, op: str, fresh: bool, actor: str) -> Request:
    app_id = await _application_of(w, w.city_own)
    return Request("POST", f"/v1/applications/{app_id}/invitations", json={"city_id": w.city_guest})


@builds("accept_application_invitation", "decline_application_invitation")
async def answer_application_invitation(w: World, op: str, fresh: bool, actor: str) -> Request:
    invitation_id = await _application_invitation(w, w.city_guest, w.city_own)
    return Request("POST", f"/v1/applications/invitations/{invitation_id}:{op.split('_')[0]}")


@builds("withdraw_application_invitation")
async def withdraw_application_invitation(w: World, op: str, fresh: bool, actor: str) -> Request:
    """An invitation the own city sent (its key), to the guest."""
    app_id = await _application_of(w, w.city_own)
    async with w.as_actor("city_own") as city:
        invitation = await ok(city.post(f"/v1/applications/{app_id}/invitations", json={"city_id": w.city_guest}), 201)
    return Request("POST", f"/v1/applications/invitations/{invitation['id']}:withdraw")


@builds("leave_application")
async def leave_application(w: World, op: str, fresh: bool, actor: str) -> Request:
    """The own city is a member (it accepted) of the guest's group application."""
    app_id = await _application_of(w, w.city_guest)
    invitation = await ok(w.admin.post(f"/v1/applications/{app_id}/invitations", json={"city_id": w.city_own}), 201)
    async with w.as_actor("city_own") as city:
        await ok(city.post(f"/v1/applications/invitations/{invitation['id']}:accept"))
    return Request("POST", f"/v1/applications/{app_id}:leave")


# --- practices --------------------------------------------------------------------------


def _location(city_id: str) -> dict:
    return {"name": unique("Guest town"), "city_id": city_id, "country_code": "FR"}


async def _guest_practice(w: World) -> str:
    """A practice of the guest city (the coordination unit wrote it), the own city invited to it."""
    body = practice_body(w) | {"locations": [_location(w.city_guest)]}
    return (await ok(w.admin.post("/v1/knowledge/practices", json=body)))["id"]


async def _own_practice(w: World) -> str:
    async with w.as_actor("city_own") as city:
        return (await ok(city.post("/v1/knowledge/practices", json=practice_body(w))))["id"]


async def _practice_invitation(w: World, practice_id: str, invited: str) -> str:
    url = f"/v1/knowledge/practices/{practice_id}/invitations"
    return (await ok(w.admin.post(url, json=_location(invited)), 201))["id"]


@builds("invite_practice_city")
async def invite_practice_city(w: World, op: str, fresh: bool, actor: str) -> Request:
    practice_id = await _own_practice(w)
    return Request("POST", f"/v1/knowledge/practices/{practice_id}/invitations", json=_location(w.city_guest))


@builds("accept_practice_invitation", "decline_practice_invitation")
async def answer_practice_invitation(w: World, op: str, fresh: bool, actor: str) -> Request:
    invitation_id = await _practice_invitation(w, await _guest_practice(w), w.city_own)
    return Request("POST", f"/v1/knowledge/invitations/{invitation_id}:{op.split('_')[0]}")


@builds("withdraw_practice_invitation")
async def withdraw_practice_invitation(w: World, op: str, fresh: bool, actor: str) -> Request:
    """An invitation the own city sent (its key), to the guest."""
    practice_id = await _own_practice(w)
    async with w.as_actor("city_own") as city:
        url = f"/v1/knowledge/practices/{practice_id}/invitations"
        invitation = await ok(city.post(url, json=_location(w.city_guest)), 201)
    return Request("POST", f"/v1/knowledge/invitations/{invitation['id']}:withdraw")


@builds("leave_practice")
async def leave_practice(w: World, op: str, fresh: bool, actor: str) -> Request:
    """The own city is one of the guest's practice's locations (it accepted the invitation)."""
    practice_id = await _guest_practice(w)
    invitation_id = await _practice_invitation(w, practice_id, w.city_own)
    async with w.as_actor("city_own") as city:
        await ok(city.post(f"/v1/knowledge/invitations/{invitation_id}:accept"))
    return Request("POST", f"/v1/knowledge/practices/{practice_id}:leave")
