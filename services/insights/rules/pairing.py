"""Pairings: proposals, confirmations and their ends over time, active pairings, activities."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.insights.domain import Change, Key, Known, change, move
from services.insights.rules import rule
from shared.contracts import pairing as pr


def region_pair(a: str, b: str) -> str:
    """Two world regions as one bucket, in a fixed order (`eu+latin_america_caribbean`)."""
    return "+".join(sorted((a, b)))


def _pair_dims(p: Any) -> dict[str, Any]:
    return {"call_id": p.call_id, "region_pair": region_pair(p.party_a.world_region, p.party_b.world_region)}


def _pairing(known: Known, p: Any, state: str) -> dict[str, Any]:
    """Keep the pairing's state; returns what was kept before (or {})."""
    old = known.get("pairing", p.pairing_id) or {}
    cities = [x.id for x in (p.party_a, p.party_b)] if p.party_a.kind == p.party_b.kind == "city" else None
    known.put("pairing", p.pairing_id, {**old, "state": state, "cities": cities, **_pair_dims(p)})
    return old


def _pairing_refs(p: Any) -> list[Key]:
    return [("pairing", p.pairing_id)]


def confirmation_bucket(days: int) -> str:
    """A histogram bucket of the days from proposal to confirmation."""
    for limit, name in ((7, "0-7"), (14, "8-14"), (30, "15-30"), (60, "31-60")):
        if days <= limit:
            return name
    return "61+"


@rule(pr.PairingProposed, _pairing_refs)
def pairing_proposed(day: date, p: pr.PairingProposed, known: Known) -> list[Change]:
    """A proposal (a line on the map until it is declined or expires)."""
    _pairing(known, p, "proposed")
    return [change("pairing.proposed", day, _pair_dims(p))]


@rule(pr.PairingConfirmed, _pairing_refs)
def pairing_confirmed(day: date, p: pr.PairingConfirmed, known: Known) -> list[Change]:
    """Confirmed: a flow, one more active pairing, and how long the parties took."""
    old = _pairing(known, p, "confirmed")
    dims = _pair_dims(p)
    days = max((p.confirmed_at - p.proposed_at).days, 0)
    out = [
        change("pairing.confirmed", day, dims),
        change("pairing.days_to_confirmation", day, {"bucket": confirmation_bucket(days), **dims}),
    ]
    if old.get("state") != "confirmed":
        out += move("pairing.active", day, None, dims)
    return out


def _ended(day: date, p: Any, state: str, flow: str, known: Known) -> list[Change]:
    old = _pairing(known, p, state)
    dims = _pair_dims(p)
    out = [change(flow, day, dims)]
    if old.get("state") == "confirmed":
        # The -1 goes to the bucket the +1 went to, even if the event says otherwise now.
        out += move("pairing.active", day, {"call_id": old["call_id"], "region_pair": old["region_pair"]}, None)
    return out


@rule(pr.PairingDeclined, _pairing_refs)
def pairing_declined(day: date, p: pr.PairingDeclined, known: Known) -> list[Change]:
    """A party declined the proposal."""
    return _ended(day, p, "declined", "pairing.declined", known)


@rule(pr.PairingExpired, _pairing_refs)
def pairing_expired(day: date, p: pr.PairingExpired, known: Known) -> list[Change]:
    """Nobody completed the proposal in time."""
    return _ended(day, p, "expired", "pairing.expired", known)


@rule(pr.PairingDissolved, _pairing_refs)
def pairing_dissolved(day: date, p: pr.PairingDissolved, known: Known) -> list[Change]:
    """A confirmed pairing ended early: one active pairing less."""
    return _ended(day, p, "dissolved", "pairing.dissolved", known)


@rule(pr.PairingCompleted, _pairing_refs)
def pairing_completed(day: date, p: pr.PairingCompleted, known: Known) -> list[Change]:
    """A pairing completed its cooperation: one active pairing less."""
    return _ended(day, p, "completed", "pairing.completed", known)


@rule(pr.ActivityHeld)
def activity_held(day: date, p: pr.ActivityHeld, known: Known) -> list[Change]:
    """A cooperation activity, by kind."""
    return [change("pairing.activities", day, {"kind": p.activity.kind, **_pair_dims(p)})]
