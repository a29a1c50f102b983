"""The rules of applying to an IUC call: plain Python, no web framework, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from shared.reference import WorldRegion, country


class Component(StrEnum):
    """The programme's three components."""

    city_pairing = "city_pairing"
    covenant = "covenant"
    regional_innovation = "regional_innovation"


class State(StrEnum):
    """Where an application stands."""

    draft = "draft"
    submitted = "submitted"
    under_review = "under_review"
    more_info_requested = "more_info_requested"
    accepted = "accepted"
    rejected = "rejected"
    withdrawn = "withdrawn"


class Action(StrEnum):
    """What can be done to an application."""

    submit = "submit"
    start_review = "start_review"
    request_info = "request_info"
    accept = "accept"
    reject = "reject"
    withdraw = "withdraw"


TERMINAL = frozenset({State.accepted, State.rejected, State.withdrawn})

TRANSITIONS: dict[tuple[State, Action], State] = {
    (State.draft, Action.submit): State.submitted,
    (State.more_info_requested, Action.submit): State.submitted,
    (State.submitted, Action.start_review): State.under_review,
    (State.submitted, Action.request_info): State.more_info_requested,
    (State.under_review, Action.request_info): State.more_info_requested,
    (State.under_review, Action.accept): State.accepted,
    (State.under_review, Action.reject): State.rejected,
    **{
        (s, Action.withdraw): State.withdrawn
        for s in (State.draft, State.submitted, State.under_review, State.more_info_requested)
    },
}

# States in which the applicant still edits its application (and its group's members change).
EDITABLE = frozenset({State.draft, State.more_info_requested})

# Actions that need a stated reason in the history.
REASON_REQUIRED = frozenset({Action.accept, Action.reject, Action.request_info})


class TransitionNotAllowed(Exception):
    """The action does not apply to the application's current state."""

    def __init__(self, state: State, action: Action) -> None:
        allowed = sorted(a.value for (s, a) in TRANSITIONS if s == state)
        super().__init__(
            f"An application that is {state.value} does not allow '{action.value}'"
            + (f"; possible now: {', '.join(allowed)}." if allowed else "; its state is final.")
        )
        self.state = state
        self.action = action


def next_state(state: State, action: Action) -> State:
    """The state after `action`, or TransitionNotAllowed."""
    try:
        return TRANSITIONS[(state, action)]
    except KeyError:
        raise TransitionNotAllowed(state, action) from None


# --- cities -----------------------------------------------------------------------------


class UnknownCountry(ValueError):
    """A country code that is not ISO 3166-1 alpha-2 (or XK)."""


def world_region_of(country_code: str) -> WorldRegion:
    """The programme world region of a country; UnknownCountry if the code is not one."""
    c = country(country_code)
    if c is None:
        raise UnknownCountry(f"{country_code!r} is not an ISO 3166-1 alpha-2 country code")
    return c.world_region


def default_languages(country_code: str) -> list[str]:
    """The languages of a country, most used first (for cities registered without any)."""
    c = country(country_code)
    return list(c.languages) if c else []


# --- the history of edits ---------------------------------------------------------------


def field_changes(before: dict[str, object], after: dict[str, object]) -> list[dict]:
    """The fields of `after` whose values differ from `before`, in the order given: {"field", "old", "new"} for a
    scalar, only {"field"} for a list (a history entry names what changed, and keeps scalar values)."""
    out = []
    for name, new in after.items():
        old = before.get(name)
        if old != new:
            out.append({"field": name} if isinstance(new, list) else {"field": name, "old": old, "new": new})
    return out


# --- eligibility ------------------------------------------------------------------------


@dataclass(frozen=True)
class CallTerms:
    """What a call asks of an application."""

    component: Component
    opens_on: date
    closes_on: date
    eligible_regions: frozenset[str]
    population_threshold: int
    min_cooperation_months: int
    themes: frozenset[str]
    closed_early: bool = False  # closed by the coordination unit: closes_on is that day, and nothing is submitted on it


@dataclass(frozen=True)
class Candidate:
    """An application as the eligibility rules see it."""

    lead_region: str
    populations: tuple[int, ...]  # the lead city first, then any group members
    planned_cooperation_months: int
    themes: frozenset[str]
    summary: str


@dataclass(frozen=True)
class Violation:
    """One broken rule, named so a caller can act on it."""

    rule: str
    detail: str


@dataclass
class Eligibility:
    violations: list[Violation] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.violations


# The programme's shortest cooperation: no call may ask for less (issue 17); pairing holds a call's pairings
# to the call's own minimum, which is at least this.
MIN_COOPERATION_MONTHS = 18


def call_problems(min_cooperation_months: int) -> list[dict]:
    """Every rule of the programme a new call breaks, as problem `errors[]` entries (empty when it breaks none)."""
    if min_cooperation_months >= MIN_COOPERATION_MONTHS:
        return []
    detail = (
        f"A call asks for at least {MIN_COOPERATION_MONTHS} months of cooperation (the programme's minimum); "
        f"{min_cooperation_months} is fewer."
    )
    return [{"rule": "min_cooperation_months", "pointer": "/min_cooperation_months", "detail": detail}]


def check_eligibility(terms: CallTerms, candidate: Candidate, today: date) -> Eligibility:
    """Every rule the application breaks, not only the first."""
    out = Eligibility()
    if today < terms.opens_on:
        out.violations.append(Violation("call_open", f"The call opens on {terms.opens_on.isoformat()}."))
    elif today > terms.closes_on or terms.closed_early:
        out.violations.append(Violation("call_open", f"The call closed on {terms.closes_on.isoformat()}."))
    if terms.eligible_regions and candidate.lead_region not in terms.eligible_regions:
        out.violations.append(
            Violation(
                "eligible_region",
                f"Cities of the region {candidate.lead_region} may not apply; eligible: "
                + ", ".join(sorted(terms.eligible_regions))
                + ".",
            )
        )
    total = sum(candidate.populations)
    if total < terms.population_threshold:
        who = "The city has" if len(candidate.populations) == 1 else "The group of municipalities has in total"
        out.violations.append(
            Violation(
                "population_threshold",
                f"{who} {total:,} inhabitants; the call asks for at least {terms.population_threshold:,}.",
            )
        )
    if candidate.planned_cooperation_months < terms.min_cooperation_months:
        out.violations.append(
            Violation(
                "min_cooperation_months",
                f"The planned cooperation lasts {candidate.planned_cooperation_months} months; "
                f"the call asks for at least {terms.min_cooperation_months}.",
            )
        )
    if terms.themes and not (candidate.themes & terms.themes):
        out.violations.append(
            Violation("themes_match", "The application names none of the call's themes: " + ", ".join(sorted(terms.themes)) + ".")
        )
    if not candidate.summary.strip():
        out.violations.append(Violation("summary_present", "The application has no summary."))
    return out


# --- reviews ----------------------------------------------------------------------------


class Recommendation(StrEnum):
    yes = "yes"
    maybe = "maybe"
    no = "no"


REVIEWABLE = frozenset({State.submitted, State.under_review})


def review_average(scores: dict[str, int | None]) -> float:
    """The mean of a review's per-criterion scores, criteria marked N/A (null) left out."""
    given = [v for v in scores.values() if v is not None]
    return sum(given) / len(given) if given else 0.0


# --- what an applicant sees of its reviews ----------------------------------------------


class ReviewVisibility(StrEnum):
    """A call's policy for what applicants see of their reviews; reviewer identities never."""

    none = "none"  # no reviews at all
    scores = "scores"  # each review's scores and recommendation
    full = "full"  # scores, recommendation and comments


# Strictest first: a call may always move left, and right only while none of its applications is reviewed.
_OPENNESS = (ReviewVisibility.none, ReviewVisibility.scores, ReviewVisibility.full)

# The fields of a review an applicant gets under each policy (None: no reviews at all). The
# reviewer's key is in none of them: applicants never learn who reviewed them.
APPLICANT_REVIEW_FIELDS: dict[ReviewVisibility, frozenset[str] | None] = {
    ReviewVisibility.none: None,
    ReviewVisibility.scores: frozenset({"id", "scores", "recommendation", "average", "created_at"}),
    ReviewVisibility.full: frozenset({"id", "scores", "recommendation", "average", "comment", "created_at"}),
}


def applicant_review_fields(visibility: ReviewVisibility) -> frozenset[str] | None:
    """What of each review an applicant sees under the call's policy; None for no reviews at all."""
    return APPLICANT_REVIEW_FIELDS[visibility]


def visibility_change_allowed(current: ReviewVisibility, wanted: ReviewVisibility, *, reviewed: bool) -> bool:
    """A call's policy may always become stricter; looser only before any of its applications is
    reviewed, so no reviewer's words reach applicants under a policy they did not write for."""
    return not reviewed or _OPENNESS.index(wanted) <= _OPENNESS.index(current)


def is_applicant(role_is_city: bool, city_id: str | None, lead_city_id: str, member_city_ids: list[str]) -> bool:
    """A city key acting for the application's lead city or one of its group members."""
    return role_is_city and city_id is not None and (city_id == lead_city_id or city_id in member_city_ids)


# --- review by a call's criteria and panel (issue 17, docs/decisions/0027-applications-review.md) --

SCALE_MAX = 5  # every criterion is scored 0..5


@dataclass(frozen=True)
class Criterion:
    """What a call's reviews score: a weight in the total, and whether 'not applicable' (null) is a score."""

    name: str
    weight: float = 1.0
    na_allowed: bool = False


def _pointer(*parts: str) -> str:
    """A JSON pointer (RFC 6901) to parts of the body."""
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


def criteria_problems(names: list[str]) -> list[dict]:
    """Every rule a call's list of criteria breaks (a name twice), as problem `errors[]` entries."""
    seen: set[str] = set()
    out = []
    for i, name in enumerate(names):
        if name in seen:
            out.append({"rule": "criterion_unique", "pointer": f"/criteria/{i}/name", "detail": f"{name!r} is named twice"})
        seen.add(name)
    return out


def score_problems(criteria: list[Criterion], scores: dict[str, int | None]) -> list[dict]:
    """Every rule a review's scores break against the call's criteria: each criterion scored 0-5, null
    only where N/A is allowed, none unknown. No criteria (an older call): any criterion, never null."""
    out = []
    if not criteria:
        return [
            {"rule": "na_not_allowed", "pointer": _pointer("scores", k), "detail": "this call has no N/A scores"}
            for k, v in scores.items()
            if v is None
        ]
    known = {c.name: c for c in criteria}
    for c in criteria:
        if c.name not in scores:
            out.append({"rule": "criterion_missing", "pointer": _pointer("scores", c.name), "detail": "the call scores it"})
        elif scores[c.name] is None and not c.na_allowed:
            out.append({"rule": "na_not_allowed", "pointer": _pointer("scores", c.name), "detail": "N/A is not allowed"})
    for k in scores:
        if k not in known:
            detail = "not a criterion of the call; its criteria: " + ", ".join(sorted(known))
            out.append({"rule": "unknown_criterion", "pointer": _pointer("scores", k), "detail": detail})
    return out


def criterion_means(criteria: list[Criterion], reviews: list[dict[str, int | None]]) -> dict[str, float | None]:
    """The mean score of each criterion over the reviews, N/A left out (None when no review scored it).
    Without criteria (an older call) every criterion a review scored counts."""
    names = [c.name for c in criteria] or sorted({k for r in reviews for k in r})
    means: dict[str, float | None] = {}
    for name in names:
        given = [r[name] for r in reviews if r.get(name) is not None]
        means[name] = sum(given) / len(given) if given else None
    return means


def weighted_total(criteria: list[Criterion], means: dict[str, float | None]) -> float | None:
    """sum(weight * mean) / sum(weights) over the criteria that have a mean; None if none has.
    Without criteria every criterion weighs 1."""
    weights = {c.name: c.weight for c in criteria} or dict.fromkeys(means, 1.0)
    scored = [(weights[n], m) for n, m in means.items() if m is not None and n in weights]
    total_weight = sum(w for w, _ in scored)
    return sum(w * m for w, m in scored) / total_weight if total_weight else None


def review_locked(state: State) -> bool:
    """Reviews are written and changed until the decision (or the withdrawal)."""
    return state in TERMINAL


# Applications a panel is assigned to: submitted and not decided.
ASSIGNABLE = frozenset({State.submitted, State.under_review, State.more_info_requested})


@dataclass(frozen=True)
class Seat:
    """An application waiting for reviewers, as the round-robin sees it."""

    application_id: str
    assigned: frozenset[str]  # its reviewers now
    excluded: frozenset[str] = frozenset()  # reviewers who declared a conflict of interest


def round_robin(seats: list[Seat], panel: list[str], load: dict[str, int], per_application: int) -> list[tuple[str, str]]:
    """(application, reviewer) pairs giving each application up to `per_application` reviewers, the least loaded
    reviewer of the panel first (ties by reviewer id), applications in id order; each pick adds to the load."""
    load = {r: load.get(r, 0) for r in panel}
    out = []
    for seat in sorted(seats, key=lambda s: s.application_id):
        have = set(seat.assigned)
        for _ in range(per_application - len(have)):
            free = [r for r in panel if r not in have and r not in seat.excluded]
            if not free:
                break
            pick = min(free, key=lambda r: (load[r], r))
            have.add(pick)
            load[pick] += 1
            out.append((seat.application_id, pick))
    return out
