"""Covenant: signatories by regional covenant, country, status and badge (stocks), joins,
withdrawals, holds and reinstatements (flows), commitments, inventories and reported emissions."""

from __future__ import annotations

from datetime import date
from typing import Any

from services.insights.domain import Change, Known, change, move, move_many
from services.insights.rules import rule
from shared.contracts import covenant as cov


def _where(s: dict[str, Any]) -> dict[str, Any]:
    return {"regional_covenant": s["regional_covenant"], "country_code": s["country_code"]}


def _signatory_moves(day: date, old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[Change]:
    """The stocks of a signatory that changed, and the hold and reinstatement it went through."""
    out = move(
        "covenant.signatories",
        day,
        None if old is None else {"status": old["status"], **_where(old)},
        None if new is None else {"status": new["status"], **_where(new)},
    )
    out += move_many(
        "covenant.badges",
        day,
        [] if old is None else [({"badge": b, **_where(old)}, 1) for b in old["badges"]],
        [] if new is None else [({"badge": b, **_where(new)}, 1) for b in new["badges"]],
    )
    was = None if old is None else old["status"]
    now = None if new is None else new["status"]
    if new is not None and now == "on_hold" and was != "on_hold":
        out.append(change("covenant.on_hold", day, _where(new)))
    if new is not None and was == "on_hold" and now == "published":
        out.append(change("covenant.reinstated", day, _where(new)))
    return out


def _profile(s: cov.SignatoryProfile) -> dict[str, Any]:
    return {
        "name": s.name,
        "regional_covenant": s.regional_covenant,
        "country_code": s.country_code,
        "status": s.status,
        "badges": sorted(set(s.badges)),
        "latitude": s.latitude,
        "longitude": s.longitude,
    }


def _refs(p: Any) -> list[tuple[str, str]]:
    return [("signatory", p.signatory.signatory_id)]


def _keep(day: date, p: Any, known: Known) -> list[Change]:
    old = known.get("signatory", p.signatory.signatory_id)
    new = _profile(p.signatory)
    known.put("signatory", p.signatory.signatory_id, new)
    return _signatory_moves(day, old, new)


@rule(cov.SignatoryJoined, _refs)
def signatory_joined(day: date, p: cov.SignatoryJoined, known: Known) -> list[Change]:
    """A signatory entered the registry."""
    return [change("covenant.joined", day, _where(_profile(p.signatory))), *_keep(day, p, known)]


@rule(cov.SignatoryUpdated, _refs)
def signatory_updated(day: date, p: cov.SignatoryUpdated, known: Known) -> list[Change]:
    """A signatory's record changed: its stocks move to its new buckets."""
    return _keep(day, p, known)


@rule(cov.SignatoryWithdrawn, _refs)
def signatory_withdrawn(day: date, p: cov.SignatoryWithdrawn, known: Known) -> list[Change]:
    """A signatory left the Covenant (it stays, with status withdrawn)."""
    return [change("covenant.withdrawn", day, _where(_profile(p.signatory))), *_keep(day, p, known)]


@rule(cov.SignatoryDeleted, lambda p: [("signatory", p.signatory_id)])
def signatory_deleted(day: date, p: cov.SignatoryDeleted, known: Known) -> list[Change]:
    """A record was removed: it leaves every stock."""
    old = known.get("signatory", p.signatory_id)
    if old is None:
        return []
    known.drop("signatory", p.signatory_id)
    return _signatory_moves(day, old, None)


@rule(cov.ComplianceChanged, lambda p: [("signatory", p.signatory_id)])
def compliance_changed(day: date, p: cov.ComplianceChanged, known: Known) -> list[Change]:
    """The compliance engine changed a signatory's status or badges."""
    old = known.get("signatory", p.signatory_id)
    base = old or {"name": None, "country_code": None, "latitude": None, "longitude": None}
    new = {**base, "regional_covenant": p.regional_covenant, "status": p.status, "badges": sorted(set(p.badges))}
    known.put("signatory", p.signatory_id, new)
    return _signatory_moves(day, old, new)


@rule(cov.CommitmentMade)
def commitment_made(day: date, p: cov.CommitmentMade, known: Known) -> list[Change]:
    """A commitment to a pillar of one generation."""
    where = {"regional_covenant": p.regional_covenant, "country_code": p.country_code}
    return [change("covenant.commitments", day, {"pillar": p.commitment.pillar, "generation": p.commitment.generation, **where})]


def progress_of(reported: dict[str, Any]) -> list[tuple[dict[str, Any], float]]:
    """A signatory's share of `covenant.emissions_progress`: its baseline and its latest monitoring
    inventory (the latest year; a revision replaces its inventory), only once it has both."""
    baselines = reported.get("baseline") or {}
    monitoring = reported.get("monitoring") or {}
    if not baselines or not monitoring:
        return []
    where = {"regional_covenant": reported.get("regional_covenant")}
    baseline = max(baselines.items(), key=lambda item: (item[1][0], item[0]))[1][1]
    latest = max(monitoring.items(), key=lambda item: (item[1][0], item[0]))[1][1]
    return [({"inventory": "baseline", **where}, baseline), ({"inventory": "latest_monitoring", **where}, latest)]


@rule(
    cov.InventorySubmitted,
    lambda p: [("inventory", p.inventory_id), ("signatory", p.signatory_id), ("emissions", p.signatory_id)],
)
def inventory_submitted(day: date, p: cov.InventorySubmitted, known: Known) -> list[Change]:
    """An inventory (or its revision): the emissions stock holds the latest revision's total, and the
    signatory's baseline and latest monitoring are compared in `covenant.emissions_progress`."""
    covenant = p.regional_covenant or (known.get("signatory", p.signatory_id) or {}).get("regional_covenant")
    old = known.get("inventory", p.inventory_id)
    new = {"kind": p.kind, "year": p.year, "regional_covenant": covenant}
    known.put("inventory", p.inventory_id, {"dims": new, "total": p.total_emissions_tco2e})
    before = known.get("emissions", p.signatory_id) or {"baseline": {}, "monitoring": {}}
    after = {"baseline": dict(before["baseline"]), "monitoring": dict(before["monitoring"]), "regional_covenant": covenant}
    for kind in ("baseline", "monitoring"):
        after[kind].pop(p.inventory_id, None)  # a revision may change its kind
    if p.kind in ("baseline", "monitoring"):
        after[p.kind][p.inventory_id] = [p.year, p.total_emissions_tco2e]
    known.put("emissions", p.signatory_id, after)
    return [
        change("covenant.inventories", day, {"kind": p.kind, "regional_covenant": covenant}),
        *move_many(
            "covenant.emissions", day, [] if old is None else [(old["dims"], old["total"])], [(new, p.total_emissions_tco2e)]
        ),
        *move_many("covenant.emissions_progress", day, progress_of(before), progress_of(after)),
    ]
