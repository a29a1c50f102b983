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


def check_eligibility(terms: CallTerms, candidate: Candidate, today: date) -> Eligibility:
    """Every rule the application breaks, not only the first."""
    out = Eligibility()
    if today < terms.opens_on:
        out.violations.append(Violation("call_open", f"The call opens on {terms.opens_on.isoformat()}."))
    elif today > terms.closes_on:
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


def review_average(scores: dict[str, int]) -> float:
    """The mean of a review's per-criterion scores."""
    return sum(scores.values()) / len(scores) if scores else 0.0


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
