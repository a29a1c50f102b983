"""Drafts harvested from other services' events: completed pilot projects become good
practices, completed pairings become lessons learnt. Plain functions, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from services.knowledge.domain import Place, PracticeKind, country_name, known_country, slug
from shared.contracts.action_plans import ActionCompleted, ActionResult
from shared.contracts.pairing import PairingCompleted, PairingParty

# Only pilot projects are worth a practice: a plain activity or policy rarely transfers.
HARVESTED_ACTION_KINDS = frozenset({"pilot_project"})


@dataclass(frozen=True)
class Draft:
    """A practice draft as harvested, before it is stored."""

    kind: PracticeKind
    harvest_key: str  # one draft per source, whatever the event id: the unique key of the source
    title: str
    summary: str
    challenge: str = ""
    objectives: str = ""
    solution: str = ""
    results: str = ""
    transferability: str = ""
    lessons_learnt: str = ""
    themes: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    places: tuple[Place, ...] = ()
    year: int | None = None
    period_start: date | None = None
    period_end: date | None = None
    budget_amount: float | None = None
    budget_currency: str | None = None
    action_id: str | None = None
    plan_id: str | None = None
    pairing_id: str | None = None
    call_id: str | None = None
    notes: list[str] = field(default_factory=list)  # what the harvest had to leave out, for the editors


def _country(code: str | None, notes: list[str]) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    if known_country(code):
        return code
    notes.append(f"unknown country code {code!r} left out")
    return None


def _number(x: float | None) -> str:
    return "?" if x is None else f"{x:g}"


def result_line(r: ActionResult) -> str:
    """One indicator result in words: `Cycling share: 4 -> 9 % (goal 12 %)`."""
    unit = f" {r.unit}" if r.unit else ""
    line = f"{r.name}: {_number(r.baseline)} -> {_number(r.latest)}{unit}"
    return line + (f" (goal {_number(r.goal)}{unit})" if r.goal is not None else "")


def action_key(action_id: str) -> str:
    """The harvest key of an action."""
    return f"action_plans/action/{action_id}"


def pairing_key(pairing_id: str) -> str:
    """The harvest key of a pairing."""
    return f"pairing/pairing/{pairing_id}"


def draft_from_action(ev: ActionCompleted) -> Draft | None:
    """The good-practice draft of a completed pilot project; None for other kinds of action."""
    if ev.kind not in HARVESTED_ACTION_KINDS:
        return None
    notes: list[str] = []
    cc = _country(ev.country_code, notes)
    # The event names no city, only its id: the country's name stands in until an editor writes it.
    place_name = country_name(cc) if cc else f"city {ev.plan.city_id}"
    places = (Place(name=place_name, city_id=ev.plan.city_id, country_code=cc),) if (ev.plan.city_id or cc) else ()
    results = "\n".join(result_line(r) for r in ev.results)
    if ev.outcomes.strip():
        results = f"{results}\n{ev.outcomes.strip()}" if results else ev.outcomes.strip()
    theme, sector = slug(ev.theme), slug(ev.sector)
    if ev.theme and not theme:
        notes.append(f"theme {ev.theme!r} is not a label the library files")
    if ev.sector and not sector:
        notes.append(f"sector {ev.sector!r} is not a label the library files")
    return Draft(
        kind=PracticeKind.good_practice,
        harvest_key=action_key(ev.action_id),
        title=ev.title[:300],
        summary=ev.description,
        objectives=ev.expected_impact or "",
        solution=ev.description,
        results=results,
        themes=(theme,) if theme else (),
        sectors=(sector,) if sector else (),
        places=places,
        year=ev.completed_at.year,
        period_start=ev.starts_on,
        period_end=ev.ends_on,
        budget_amount=ev.budget_amount,
        budget_currency=(ev.budget_currency or "").upper() or None,
        action_id=ev.action_id,
        plan_id=ev.plan.plan_id,
        pairing_id=ev.plan.pairing_id,
        notes=notes,
    )


def _party_place(p: PairingParty, notes: list[str]) -> Place:
    cc = _country(p.country_code, notes)
    if p.kind == "city":
        return Place(name=p.name, city_id=p.id, country_code=cc)
    return Place(name=p.name, country_code=cc, region_code=p.id[:20])


def draft_from_pairing(ev: PairingCompleted) -> Draft:
    """The lessons-learnt draft of a completed pairing: both parties and what they did together."""
    notes: list[str] = []
    a, b = ev.party_a, ev.party_b
    activities = "\n".join(
        f"{x.kind.replace('_', ' ')} '{x.title}' ({x.starts_on.isoformat()} to {x.ends_on.isoformat()}, {x.participants} participants)"
        for x in ev.activities
    )
    outcomes = "\n".join(f"{x.title}: {x.outcomes.strip()}" for x in ev.activities if x.outcomes.strip())
    starts = min((x.starts_on for x in ev.activities), default=ev.confirmed_at.date())
    return Draft(
        kind=PracticeKind.lessons_learnt,
        harvest_key=pairing_key(ev.pairing_id),
        title=f"Lessons learnt: {a.name} and {b.name}"[:300],
        summary=ev.summary or f"The pairing of {a.name} and {b.name} completed its cooperation.",
        solution=activities,
        results=outcomes,
        places=(_party_place(a, notes), _party_place(b, notes)),
        year=ev.completed_at.year,
        period_start=starts,
        period_end=ev.completed_at.date(),
        pairing_id=ev.pairing_id,
        call_id=ev.call_id,
        notes=notes,
    )
