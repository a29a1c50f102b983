"""The rules of pairing: parties, weights, hard constraints, explanations and the pairing
lifecycle. Plain Python: no web framework, no database (the solvers are in solvers.py)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from shared.reference import WorldRegion, country

# --- parties ----------------------------------------------------------------------------


class PartyKind(StrEnum):
    """Who is paired: cities (Components I and II) or regions (Component III)."""

    city = "city"
    region = "region"


@dataclass(frozen=True)
class Party:
    """A candidate as the scoring sees it: one accepted application's city, or a region."""

    id: str
    kind: PartyKind
    name: str
    country_code: str
    world_region: str
    population: int = 0
    themes: frozenset[str] = frozenset()
    sdgs: frozenset[int] = frozenset()
    languages: frozenset[str] = frozenset()
    challenges: str = ""


_NUTS_TO_ISO = {"EL": "GR", "UK": "GB"}


def region_country(region_id: str) -> str:
    """The ISO country of a region code: NUTS (ES51, EL30) or ISO 3166-2 (MX-JAL)."""
    head = region_id.strip().upper().split("-")[0][:2]
    return _NUTS_TO_ISO.get(head, head)


def world_region_of(country_code: str) -> str | None:
    """The programme world region of a country, or None if the code is unknown."""
    c = country(country_code)
    return c.world_region.value if c else None


# --- weights and call settings ------------------------------------------------------------

DIMENSIONS = ("themes", "sdgs", "challenges", "population", "languages")

DEFAULT_WEIGHTS: dict[str, float] = {"themes": 0.3, "sdgs": 0.2, "challenges": 0.25, "population": 0.1, "languages": 0.15}


def normalised_weights(weights: dict[str, float] | None) -> dict[str, float]:
    """Weights per dimension summing to 1 (missing dimensions weigh 0; all zero -> defaults)."""
    w = {d: max(0.0, float((weights or DEFAULT_WEIGHTS).get(d, 0.0))) for d in DIMENSIONS}
    total = sum(w.values())
    if total <= 0:
        return dict(DEFAULT_WEIGHTS)
    return {d: v / total for d, v in w.items()}


def default_sides(kind: PartyKind) -> tuple[frozenset[str], frozenset[str]]:
    """EU x the rest of the world for cities; EU x Latin America & Caribbean for regions."""
    eu = frozenset({WorldRegion.eu.value})
    if kind is PartyKind.region:
        return eu, frozenset({WorldRegion.latin_america_caribbean.value})
    return eu, frozenset(r.value for r in WorldRegion if r is not WorldRegion.eu)


# The programme's shortest cooperation (issue 17): a call asks for at least this, and so do its pairings.
MIN_COOPERATION_MONTHS = 18


def cooperation_floor(call_months: int | None) -> int:
    """The fewest months a call's pairings cooperate before they complete: the call's own minimum (known from its
    accepted applications), never below the programme's."""
    return max(MIN_COOPERATION_MONTHS, call_months or 0)


def settings_months_problem(months: int, floor: int) -> str | None:
    """Why a call's pairing settings may not ask for `months` of cooperation, or None if they may."""
    if months >= floor:
        return None
    return f"The call asks for at least {floor} months of cooperation; its pairing settings cannot ask for {months}."


@dataclass(frozen=True)
class PairingTerms:
    """What a call says about pairing: weights, quotas, which regions pair, expiry."""

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    quota: int = 1
    side_a_regions: frozenset[str] = frozenset({WorldRegion.eu.value})
    side_b_regions: frozenset[str] = frozenset(r.value for r in WorldRegion if r is not WorldRegion.eu)
    proposal_expiry_days: int = 14
    min_cooperation_months: int = MIN_COOPERATION_MONTHS
    # The most pairings a round proposes with a party of a world region or a country (round_constraints.Quotas).
    region_quotas: dict[str, int] = field(default_factory=dict)
    country_quotas: dict[str, int] = field(default_factory=dict)


def side_of(party: Party, terms: PairingTerms) -> str | None:
    """'a', 'b', or None when the party's region takes no part in the call's pairing."""
    if party.world_region in terms.side_a_regions:
        return "a"
    if party.world_region in terms.side_b_regions:
        return "b"
    return None


# --- hard constraints -----------------------------------------------------------------------


def pair_key(x: str, y: str) -> tuple[str, str]:
    """An order-free key for a pair of party ids."""
    return (x, y) if x <= y else (y, x)


@dataclass(frozen=True)
class Constraints:
    """Hard constraints applied before scoring."""

    terms: PairingTerms
    forbidden: frozenset[tuple[str, str]] = frozenset()  # pair_key()s
    locked: frozenset[tuple[str, str]] = frozenset()  # confirmed pairs: kept, never re-proposed

    def allowed(self, a: Party, b: Party) -> bool:
        """True if a (side a) and b (side b) may be proposed as a new pair."""
        if a.kind != b.kind or a.id == b.id:
            return False
        if side_of(a, self.terms) != "a" or side_of(b, self.terms) != "b":
            return False
        key = pair_key(a.id, b.id)
        return key not in self.forbidden and key not in self.locked

    def broken(self, a: Party, b: Party) -> list[str]:
        """The names of the hard rules a proposed pair breaks (empty when it is allowed)."""
        out = []
        if a.kind != b.kind:
            out.append("same_kind")
        if side_of(a, self.terms) != "a" or side_of(b, self.terms) != "b":
            out.append("partner_regions")
        if pair_key(a.id, b.id) in self.forbidden:
            out.append("forbidden_pair")
        if pair_key(a.id, b.id) in self.locked:
            out.append("locked_pair")
        return out


# --- scoring of one pair (the vectorised version for whole rounds is in solvers.py) ----------

_WORD = re.compile(r"[a-zà-ÿ0-9]{3,}")
STOPWORDS = frozenset(
    "the and for with from that this are our its their into has have was were will been not but all more "
    "than also which such these those they them there where when who how what over under between city cities".split()
)


def tokens(text: str) -> list[str]:
    """Lower-case words of three letters or more, without common English stop words."""
    return [t for t in _WORD.findall(text.lower()) if t not in STOPWORDS]


def jaccard(x: frozenset, y: frozenset) -> float:
    """|x ∩ y| / |x ∪ y|, 0 for two empty sets."""
    union = len(x | y)
    return len(x & y) / union if union else 0.0


def overlap(x: frozenset, y: frozenset) -> float:
    """|x ∩ y| / min(|x|, |y|): 1 when one party speaks every language of the other."""
    smaller = min(len(x), len(y))
    return len(x & y) / smaller if smaller else 0.0


def population_similarity(pa: int, pb: int) -> float:
    """1 for the same size, falling linearly to 0 at a factor of 100 between the two."""
    if pa <= 0 or pb <= 0:
        return 0.0
    return max(0.0, 1.0 - abs(math.log10(pa) - math.log10(pb)) / 2.0)


def _human(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M"
    if n >= 1_000:
        return f"{round(n / 1_000)}k"
    return str(n)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def explain(a: Party, b: Party, breakdown: dict[str, float]) -> str:
    """A short sentence saying why two parties fit, e.g. 'Shares climate, SDG 11; similar size ...'."""
    parts = []
    shared = []
    themes = sorted(a.themes & b.themes)
    if themes:
        shared.append(_and([t.replace("_", " ") for t in themes[:4]]))
    sdgs = sorted(a.sdgs & b.sdgs)
    if sdgs:
        shared.append("SDG " + _and([str(s) for s in sdgs[:5]]))
    if shared:
        parts.append("Shares " + ", ".join(shared))
    common = sorted(set(tokens(a.challenges)) & set(tokens(b.challenges)))
    if breakdown.get("challenges", 0) > 0 and common:
        # A word is cut at 40 letters: the explanation goes into an event of a bounded size.
        parts.append("similar challenges (" + ", ".join(w[:40] for w in common[:3]) + ")")
    if a.population > 0 and b.population > 0:
        size = "similar size" if breakdown.get("population", 0) >= 0.5 else "different size"
        parts.append(f"{size} ({_human(a.population)} vs {_human(b.population)})")
    langs = sorted(a.languages & b.languages)
    if langs:
        parts.append("both speak " + _and(langs))
    if not parts:
        return "No shared themes, SDGs or languages; proposed to pair every party."
    text = "; ".join(parts)
    return text[0].upper() + text[1:]


# --- the pairing lifecycle ------------------------------------------------------------------


class State(StrEnum):
    """Where a pairing stands."""

    proposed = "proposed"
    accepted_by_one = "accepted_by_one"
    confirmed = "confirmed"
    declined = "declined"
    expired = "expired"
    superseded = "superseded"  # a later round of the same call replaced the proposal
    dissolved = "dissolved"
    completed = "completed"


OPEN = frozenset({State.proposed, State.accepted_by_one})
# Pairs a re-match keeps: confirmed ones by the rules, and ones a party has already accepted,
# so an acceptance is never thrown away by a re-match.
KEPT_IN_REMATCH = frozenset({State.accepted_by_one, State.confirmed})
FINAL = frozenset({State.declined, State.expired, State.superseded, State.dissolved, State.completed})


class Action(StrEnum):
    accept = "accept"
    decline = "decline"
    expire = "expire"
    supersede = "supersede"
    dissolve = "dissolve"
    complete = "complete"


class TransitionNotAllowed(Exception):
    """The action does not apply to the pairing's state."""

    def __init__(self, state: State, action: Action) -> None:
        super().__init__(f"A pairing that is {state.value} does not allow '{action.value}'.")
        self.state, self.action = state, action


@dataclass(frozen=True)
class Acceptances:
    """Which parties have accepted a proposal."""

    a: bool = False
    b: bool = False


def after_accept(state: State, acceptances: Acceptances, side: str) -> tuple[State, Acceptances]:
    """The state after `side` ('a' or 'b') accepts; accepting twice changes nothing."""
    if state not in OPEN:
        raise TransitionNotAllowed(state, Action.accept)
    acc = Acceptances(a=acceptances.a or side == "a", b=acceptances.b or side == "b")
    return (State.confirmed if acc.a and acc.b else State.accepted_by_one), acc


def next_state(state: State, action: Action) -> State:
    """The state after decline, expire, supersede, dissolve or complete."""
    targets = {
        Action.decline: (OPEN, State.declined),
        Action.expire: (OPEN, State.expired),
        Action.supersede: (frozenset({State.proposed}), State.superseded),
        Action.dissolve: (frozenset({State.confirmed}), State.dissolved),
        Action.complete: (frozenset({State.confirmed}), State.completed),
    }
    if action not in targets or state not in targets[action][0]:
        raise TransitionNotAllowed(state, action)
    return targets[action][1]


def is_expired(state: State, expires_at: datetime, now: datetime) -> bool:
    """An open proposal expires when no one has completed it by its expiry time."""
    return state in OPEN and now >= expires_at


def add_months(day: date, months: int) -> date:
    """The same day `months` later (clamped to the month's end)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    next_first = date(year + (month == 12), month % 12 + 1, 1)
    return min(day.replace(year=year, month=month, day=1) + timedelta(days=day.day - 1), next_first - timedelta(days=1))


def earliest_completion(confirmed_at: datetime, months: int) -> date:
    """The first day a pairing may complete without an override."""
    return add_months(confirmed_at.date(), months)


def completion_problem(confirmed_at: datetime, today: date, months: int, is_admin: bool, reason: str | None) -> str | None:
    """Why a pairing may not complete now, or None if it may."""
    due = earliest_completion(confirmed_at, months)
    if today >= due:
        return None
    if is_admin and reason and reason.strip():
        return None
    if is_admin:
        return f"The cooperation runs until {due.isoformat()}; an early completion needs an override reason."
    return f"The cooperation runs until {due.isoformat()} ({months} months); only the coordination unit may complete it earlier."


class ActivityKind(StrEnum):
    """Cooperation activities of a pairing."""

    study_tour = "study_tour"
    staff_exchange = "staff_exchange"
    training = "training"
    seminar = "seminar"


class ActivityStatus(StrEnum):
    """Where an activity stands: planned (ahead), held (it took place), cancelled (it will not)."""

    planned = "planned"
    held = "held"
    cancelled = "cancelled"


def held_problem(ends_on: date, today: date) -> str | None:
    """Why an activity ending on `ends_on` may not be marked held `today` (it is not over yet), or None."""
    if ends_on <= today:
        return None
    return f"An activity is held once it is over; this one ends on {ends_on.isoformat()}, after today ({today.isoformat()})."


def activity_change_problem(status: ActivityStatus, change: str) -> str | None:
    """Why an activity that is `status` refuses `change` ('edit', 'hold', 'cancel'), or None if it allows it:
    a planned one allows all three, a held one only edits, a cancelled one nothing."""
    allowed = {ActivityStatus.planned: {"edit", "hold", "cancel"}, ActivityStatus.held: {"edit"}}
    if change in allowed.get(status, set()):
        return None
    return f"An activity that is {status.value} does not allow '{change}'."


def activities_summary(kinds: list[str], participants: int) -> str:
    """One line on what a pairing did, e.g. '3 activities (2 study tours, 1 seminar), 41 participants'."""
    if not kinds:
        return "No cooperation activities were recorded."
    counts: dict[str, int] = {}
    for k in kinds:
        counts[k] = counts.get(k, 0) + 1
    each = ", ".join(f"{n} {k.replace('_', ' ')}{'s' if n > 1 else ''}" for k, n in sorted(counts.items()))
    return f"{len(kinds)} activities ({each}), {participants} participants."


def pairing_themes(a: Iterable[str], b: Iterable[str]) -> list[str]:
    """What a pairing cooperates on, as the showcase shows it: the themes both parties applied with, or every
    theme of either when they share none."""
    mine, theirs = set(a), set(b)
    return sorted(mine & theirs or mine | theirs)
