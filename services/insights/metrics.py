"""The catalogue of figures: what each metric counts, its kind, unit, dimensions and filters."""

from __future__ import annotations

from dataclasses import dataclass

from services.insights.domain import FILTERS, MetricKind


@dataclass(frozen=True)
class Metric:
    """One figure the read model keeps per day and bucket of dimensions."""

    name: str
    title: str
    description: str
    kind: MetricKind
    unit: str
    group_by: tuple[str, ...]
    # Only a covenant office's own regional covenant, for a covenant_office key.
    covenant: bool = False

    @property
    def filters(self) -> tuple[str, ...]:
        """The series filters its dimensions carry (a pairing's region_pair takes world_region)."""
        dims = set(self.group_by) | ({"world_region"} if "region_pair" in self.group_by else set())
        return tuple(f for f in FILTERS if f in dims)


_APP = ("call_id", "world_region", "country_code")
_PAIR = ("call_id", "region_pair")
_SIG = ("regional_covenant", "country_code")


def _flow(name: str, title: str, description: str, unit: str, group_by: tuple[str, ...], **kw) -> Metric:
    return Metric(name, title, description, MetricKind.flow, unit, group_by, **kw)


def _stock(name: str, title: str, description: str, unit: str, group_by: tuple[str, ...], **kw) -> Metric:
    return Metric(name, title, description, MetricKind.stock, unit, group_by, **kw)


CATALOGUE: tuple[Metric, ...] = (
    _flow(
        "cities.registered",
        "Cities registered",
        "Cities registered (by hand or by an import).",
        "cities",
        ("world_region", "country_code"),
    ),
    _stock(
        "applications.by_state",
        "Applications by state",
        "Applications in each state (submitted, accepted, rejected, withdrawn) per call.",
        "applications",
        ("state", *_APP),
    ),
    _flow("applications.submitted", "Applications submitted", "Applications submitted (eligible).", "applications", _APP),
    _flow("applications.accepted", "Applications accepted", "Applications accepted.", "applications", _APP),
    _flow("applications.rejected", "Applications rejected", "Applications rejected.", "applications", _APP),
    _flow(
        "applications.refused_by_rule",
        "Eligibility refusals by rule",
        "Submissions the eligibility rules refused, once for each rule broken (the application stays a draft).",
        "refusals",
        ("rule", *_APP),
    ),
    _flow("applications.reviews", "Reviews", "Reviews recorded, by recommendation.", "reviews", ("recommendation", *_APP)),
    _flow(
        "applications.review_scores",
        "Review scores",
        "Scores given by reviews, counted by criterion and score (0-5): how the reviewers rated the applications.",
        "scores",
        ("criterion", "score", *_APP),
    ),
    _flow("applications.withdrawn", "Applications withdrawn", "Applications withdrawn by the applicant.", "applications", _APP),
    _flow("pairing.proposed", "Pairings proposed", "Pairings a round proposed.", "pairings", _PAIR),
    _flow("pairing.confirmed", "Pairings confirmed", "Pairings both parties accepted.", "pairings", _PAIR),
    _flow("pairing.declined", "Pairings declined", "Proposals a party declined.", "pairings", _PAIR),
    _flow("pairing.expired", "Proposals expired", "Proposals nobody completed before they expired.", "pairings", _PAIR),
    _flow("pairing.dissolved", "Pairings dissolved", "Confirmed pairings that ended early.", "pairings", _PAIR),
    _flow("pairing.completed", "Pairings completed", "Pairings that completed their cooperation.", "pairings", _PAIR),
    _stock("pairing.active", "Active pairings", "Confirmed pairings not yet completed or dissolved.", "pairings", _PAIR),
    _flow(
        "pairing.days_to_confirmation",
        "Days from proposal to confirmation",
        "Confirmations by how many days passed since the proposal (bucket: 0-7, 8-14, 15-30, 31-60, 61+).",
        "pairings",
        ("bucket", *_PAIR),
    ),
    _flow(
        "pairing.activities",
        "Cooperation activities",
        "Activities held (study tours, staff exchanges...) by kind.",
        "activities",
        ("kind", *_PAIR),
    ),
    _stock(
        "action_plans.by_state",
        "Action plans by state",
        "Plans submitted, returned, approved, implementing or completed (drafts are not announced), by kind.",
        "plans",
        ("state", "kind"),
    ),
    _stock(
        "actions.by_status",
        "Actions by status",
        "Actions by their computed status (on_time, late, completed, cancelled...) and theme, from their first change.",
        "actions",
        ("status", "theme", "plan_kind"),
    ),
    _flow(
        "actions.completed",
        "Actions completed",
        "Actions completed, by theme and kind.",
        "actions",
        ("theme", "kind", "country_code"),
    ),
    _flow("tasks.overdue", "Tasks overdue", "Tasks that passed their due date.", "tasks", ("plan_kind",)),
    _flow(
        "indicators.measured",
        "Indicator measurements",
        "Measured values recorded for indicators.",
        "measurements",
        ("plan_kind",),
    ),
    _stock(
        "indicators.by_progress",
        "Indicators by progress",
        "Indicators by their latest progress towards the next goal: reached (>= 1), under_way, not_started (<= 0) or unknown.",
        "indicators",
        ("progress", "plan_kind"),
    ),
    _stock(
        "indicators.by_trajectory",
        "Indicators on or behind their goal",
        "Indicators by where their latest measurement stands against the goal trajectory on its date: on_track, "
        "behind, or no_goal (nothing to compare with).",
        "indicators",
        ("trajectory", "plan_kind"),
    ),
    _stock(
        "covenant.signatories",
        "Covenant signatories",
        "Signatories by regional covenant, country and status.",
        "signatories",
        ("status", *_SIG),
        covenant=True,
    ),
    _stock("covenant.badges", "Compliance badges", "Badges held by signatories.", "badges", ("badge", *_SIG), covenant=True),
    _flow("covenant.joined", "Signatories joined", "Signatories that entered the registry.", "signatories", _SIG, covenant=True),
    _flow(
        "covenant.withdrawn", "Signatories withdrawn", "Signatories that left the Covenant.", "signatories", _SIG, covenant=True
    ),
    _flow(
        "covenant.on_hold",
        "Signatories put on hold",
        "Signatories whose status became on_hold.",
        "signatories",
        _SIG,
        covenant=True,
    ),
    _flow(
        "covenant.reinstated",
        "Signatories reinstated",
        "Signatories whose status went from on_hold to published.",
        "signatories",
        _SIG,
        covenant=True,
    ),
    _flow(
        "covenant.commitments",
        "Commitments made",
        "Commitments by pillar and generation.",
        "commitments",
        ("pillar", "generation", *_SIG),
        covenant=True,
    ),
    _flow(
        "covenant.inventories",
        "Emission inventories submitted",
        "Baseline and monitoring inventories (revisions too).",
        "inventories",
        ("kind", "regional_covenant"),
        covenant=True,
    ),
    _stock(
        "covenant.emissions",
        "Reported emissions",
        "Total emissions of the latest revision of every inventory, by kind and inventory year.",
        "tCO2e",
        ("kind", "year", "regional_covenant"),
        covenant=True,
    ),
    _stock(
        "covenant.emissions_progress",
        "Emissions: baseline against latest monitoring",
        "For the signatories with both, the total of their baseline inventories beside that of their latest "
        "monitoring inventories.",
        "tCO2e",
        ("inventory", "regional_covenant"),
        covenant=True,
    ),
    _stock(
        "value_chains.organisations",
        "Organisations",
        "Organisations by side (eu, lac) and kind.",
        "organisations",
        ("side", "kind", "country_code"),
    ),
    _flow(
        "value_chains.opportunities",
        "Opportunities published",
        "Offers and requests published, by kind and side.",
        "opportunities",
        ("kind", "side"),
    ),
    _flow("value_chains.matches", "Matches proposed", "Matches matchmaking proposed.", "matches", ("kind",)),
    _flow(
        "value_chains.interests",
        "Interests expressed",
        "Interest expressed in a match (mutual or not).",
        "interests",
        ("mutual",),
    ),
    _flow("value_chains.agreements", "Agreements signed", "Agreements signed after a match.", "agreements", ("kind",)),
    _stock(
        "knowledge.practices",
        "Practices published",
        "Practices in the public library (archived ones leave it).",
        "practices",
        ("kind",),
    ),
    _stock(
        "knowledge.practices_by_theme",
        "Practices by theme",
        "Published practices per theme (a practice counts once per theme).",
        "practices",
        ("theme",),
    ),
    _stock("knowledge.practices_by_sdg", "Practices by SDG", "Published practices per SDG.", "practices", ("sdg",)),
    _stock(
        "knowledge.practices_by_region",
        "Practices by region",
        "Published practices per world region and country of their places.",
        "practices",
        ("world_region", "country_code"),
    ),
    _flow("events.received", "Events applied", "Every event the read model applied, by type.", "events", ("type",)),
)

METRICS: dict[str, Metric] = {m.name: m for m in CATALOGUE}
