"""Rules of the Covenant registry: vocabularies, regional covenants, targets and compliance.

Plain Python: no FastAPI, no SQLAlchemy. The compliance engine takes what a signatory has
submitted (`Evidence`) and the deadline policy of its regional covenant (`DeadlinePolicy`,
data kept per covenant) and answers badges, status and what is missing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path


class Pillar(StrEnum):
    mitigation = "mitigation"
    adaptation = "adaptation"
    energy_access = "energy_access"


class Generation(StrEnum):
    com2020 = "CoM2020"
    com2030 = "CoM2030"
    com2050 = "CoM2050"
    mayors_adapt = "MayorsAdapt"
    gcom = "GCoM"


# The pillars a generation of the Covenant commits a signatory to.
GENERATION_PILLARS: dict[Generation, tuple[Pillar, ...]] = {
    Generation.com2020: (Pillar.mitigation,),
    Generation.com2030: (Pillar.mitigation, Pillar.adaptation),
    Generation.com2050: (Pillar.mitigation, Pillar.adaptation),
    Generation.mayors_adapt: (Pillar.adaptation,),
    Generation.gcom: (Pillar.mitigation, Pillar.adaptation, Pillar.energy_access),
}


class AdhesionType(StrEnum):
    individual = "individual"
    group_option_1 = "group_option_1"  # a group whose members commit individually
    group_option_2 = "group_option_2"  # a group committing collectively (joint plan)


class SignatoryStatus(StrEnum):
    published = "published"
    on_hold = "on_hold"
    withdrawn = "withdrawn"


class TargetType(StrEnum):
    base_year = "base_year"
    fixed_level = "fixed_level"
    baseline_scenario = "baseline_scenario"
    intensity = "intensity"


class InventoryKind(StrEnum):
    baseline = "baseline"
    monitoring = "monitoring"


class EmissionScope(StrEnum):
    direct = "direct"
    indirect = "indirect"


class FactorType(StrEnum):
    ipcc = "IPCC"
    lca = "LCA"


class Sector(StrEnum):
    municipal_buildings = "municipal_buildings"
    tertiary_buildings = "tertiary_buildings"
    residential_buildings = "residential_buildings"
    public_lighting = "public_lighting"
    industry = "industry"
    transport = "transport"
    waste = "waste"
    agriculture = "agriculture"
    energy_generation = "energy_generation"
    other = "other"


class Obligation(StrEnum):
    """A report the compliance engine expects by a due date."""

    inventory = "inventory"
    risk_assessment = "risk_assessment"
    energy_access_assessment = "energy_access_assessment"
    plan = "plan"
    monitoring = "monitoring"


class ReportKind(StrEnum):
    action_plan = "action_plan"
    monitoring_report = "monitoring_report"


class Level(StrEnum):
    low = "low"
    moderate = "moderate"
    high = "high"
    unknown = "unknown"


class ExpectedChange(StrEnum):
    increase = "increase"
    decrease = "decrease"
    no_change = "no_change"
    unknown = "unknown"


# What the badges of each pillar stand for, in the order a signatory earns them.
PILLAR_BADGES: dict[Pillar, tuple[str, ...]] = {
    Pillar.mitigation: ("commitment", "inventory", "target", "plan"),
    Pillar.adaptation: ("commitment", "risk_assessment", "goal", "plan"),
    Pillar.energy_access: ("commitment", "assessment", "target", "plan"),
}
ALL_BADGES: tuple[str, ...] = tuple(f"{p.value}.{b}" for p, badges in PILLAR_BADGES.items() for b in badges)


# --- regional covenants -----------------------------------------------------------------

REGIONAL_COVENANTS: tuple[str, ...] = (
    "europe",
    "east",
    "south_mediterranean",
    "sub_saharan_africa",
    "latin_america_caribbean",
    "north_america",
    "south_asia",
    "southeast_asia",
    "east_asia",
    "japan",
    "oceania",
)

DEFAULT_COVENANT_MAP = Path(__file__).resolve().parent / "regional_covenants.csv"


class UnknownCountry(ValueError):
    """No regional covenant is known for the country code."""


@dataclass(frozen=True)
class RegionalCovenantMap:
    """Which regional covenant a country belongs to: data, loaded from a CSV file."""

    by_country: dict[str, str]

    @classmethod
    def from_csv(cls, path: Path | str = DEFAULT_COVENANT_MAP) -> RegionalCovenantMap:
        """Read `country_code,regional_covenant` rows; an unknown covenant name is an error."""
        mapping: dict[str, str] = {}
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                covenant = row["regional_covenant"].strip()
                if covenant not in REGIONAL_COVENANTS:
                    raise ValueError(f"{path}: {covenant!r} is not a regional covenant")
                mapping[row["country_code"].strip().upper()] = covenant
        return cls(mapping)

    def covenant_of(self, country_code: str) -> str:
        """The regional covenant of a country (ISO alpha-2, any case)."""
        try:
            return self.by_country[country_code.strip().upper()]
        except KeyError:
            raise UnknownCountry(f"country code {country_code!r} belongs to no regional covenant") from None


# --- parsing the vocabularies of the sources --------------------------------------------

_ADHESION_TYPES = {
    "individual": AdhesionType.individual,
    "as an individual signatory": AdhesionType.individual,
    "group_option_1": AdhesionType.group_option_1,
    "as a group of signatories committing individually (joint seap - option 1)": AdhesionType.group_option_1,
    "group_option_2": AdhesionType.group_option_2,
    "as a group of signatories committing collectively (joint seap - option 2)": AdhesionType.group_option_2,
    # MyCovenant's data dictionary numbers the three types 1) 2) 3).
    "1": AdhesionType.individual,
    "2": AdhesionType.group_option_1,
    "3": AdhesionType.group_option_2,
}


def parse_adhesion_type(raw: str) -> AdhesionType:
    """An adhesion type from our codes, MyCovenant's wording or its dictionary's numbers."""
    try:
        return _ADHESION_TYPES[" ".join(raw.split()).lower().replace("secap", "seap")]
    except KeyError:
        raise ValueError(f"adhesion_type {raw!r} is none of individual, group option 1, group option 2") from None


# --- targets ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BrokenRule:
    rule: str
    detail: str
    field: str


def target_problems(
    target_type: TargetType, base_year: int | None, target_year: int, reduction_percent: float | None
) -> list[BrokenRule]:
    """Every rule a target breaks (empty when it is possible)."""
    broken: list[BrokenRule] = []
    needs_base = target_type in (TargetType.base_year, TargetType.intensity)
    if needs_base and base_year is None:
        broken.append(BrokenRule("base_year_required", f"A {target_type.value} target needs a base year.", "base_year"))
    if base_year is not None and target_year < base_year:
        broken.append(
            BrokenRule(
                "target_year_before_base_year",
                f"The target year {target_year} is before the base year {base_year}.",
                "target_year",
            )
        )
    if reduction_percent is not None and reduction_percent > 100:
        broken.append(
            BrokenRule(
                "reduction_above_100_percent",
                f"A reduction of {reduction_percent}% is more than everything there is to reduce.",
                "reduction_percent",
            )
        )
    if reduction_percent is not None and reduction_percent <= 0:
        broken.append(BrokenRule("reduction_not_positive", "A reduction target must reduce something.", "reduction_percent"))
    return broken


# --- compliance -------------------------------------------------------------------------

# The synced fields the compliance engine reads; a change of any other (a name, a
# population) leaves compliance as it was and skips the reassessment's queries.
COMPLIANCE_FIELDS = frozenset({"adhesion_date", "reporting_expected", "reported_status", "country_code", "commitments"})


def affects_compliance(changed: list[str]) -> bool:
    """True if a change to these fields can change badges or status."""
    return not COMPLIANCE_FIELDS.isdisjoint(changed)


@dataclass(frozen=True)
class DeadlinePolicy:
    """When a regional covenant expects each report, in years after the commitment."""

    regional_covenant: str
    inventory_within_years: int = 2
    assessment_within_years: int = 2  # risk and vulnerability, and energy access
    plan_within_years: int = 2
    monitoring_every_years: int = 2


def default_policy(regional_covenant: str) -> DeadlinePolicy:
    """The programme's default: a plan within 2 years in Europe, 3 years elsewhere."""
    return DeadlinePolicy(regional_covenant, plan_within_years=2 if regional_covenant == "europe" else 3)


@dataclass
class Evidence:
    """What a signatory has committed to and submitted, with the dates."""

    adhesion_date: date
    reporting_expected: bool = True  # False for members of a joint plan and group coordinators
    withdrawn: bool = False
    committed: dict[Pillar, date] = field(default_factory=dict)  # earliest commitment per pillar
    targets: set[Pillar] = field(default_factory=set)  # a target (a goal for adaptation)
    baseline_inventory: date | None = None
    risk_assessment: date | None = None
    energy_access_assessment: date | None = None
    plans: dict[Pillar, date] = field(default_factory=dict)  # earliest plan covering the pillar
    monitoring: list[date] = field(default_factory=list)  # monitoring inventories and reports
    # Deadlines an office or the coordination unit extended: (item, pillar) -> the new due date.
    extensions: dict[tuple[str, Pillar | None], date] = field(default_factory=dict)


@dataclass(frozen=True)
class Missing:
    """A report the signatory owes, when it is due and whether that date has passed."""

    item: str  # inventory | risk_assessment | energy_access_assessment | plan | monitoring
    pillar: Pillar | None
    due_on: date
    overdue: bool

    def as_dict(self) -> dict:
        return {"item": self.item, "pillar": self.pillar, "due_on": self.due_on.isoformat(), "overdue": self.overdue}


@dataclass(frozen=True)
class Compliance:
    badges: frozenset[str]
    status: SignatoryStatus
    missing: tuple[Missing, ...]
    # The next date on which, without any new submission, the assessment changes.
    next_change_on: date | None


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def badges_of(evidence: Evidence) -> frozenset[str]:
    """The badges earned: per committed pillar, one for each report or target submitted."""
    earned: set[str] = set()
    for pillar in evidence.committed:
        earned.add(f"{pillar.value}.commitment")
        if pillar in evidence.targets:
            earned.add(f"{pillar.value}.{'goal' if pillar == Pillar.adaptation else 'target'}")
        if pillar in evidence.plans:
            earned.add(f"{pillar.value}.plan")
    if Pillar.mitigation in evidence.committed and evidence.baseline_inventory:
        earned.add("mitigation.inventory")
    if Pillar.adaptation in evidence.committed and evidence.risk_assessment:
        earned.add("adaptation.risk_assessment")
    if Pillar.energy_access in evidence.committed and evidence.energy_access_assessment:
        earned.add("energy_access.assessment")
    return frozenset(earned)


def _owed(evidence: Evidence, policy: DeadlinePolicy) -> list[tuple[str, Pillar | None, date]]:
    """Every report not yet submitted, with the date it is due."""
    owed: list[tuple[str, Pillar | None, date]] = []
    assessments = {
        Pillar.mitigation: ("inventory", evidence.baseline_inventory, policy.inventory_within_years),
        Pillar.adaptation: ("risk_assessment", evidence.risk_assessment, policy.assessment_within_years),
        Pillar.energy_access: ("energy_access_assessment", evidence.energy_access_assessment, policy.assessment_within_years),
    }
    for pillar, committed_on in sorted(evidence.committed.items()):
        item, submitted, years = assessments[pillar]
        if submitted is None:
            owed.append((item, pillar, add_years(committed_on, years)))
        if pillar not in evidence.plans:
            owed.append(("plan", pillar, add_years(committed_on, policy.plan_within_years)))
    if evidence.plans:
        # Monitoring runs from the first plan, and each report sets the next one's due date.
        last = max([min(evidence.plans.values()), *evidence.monitoring])
        owed.append(("monitoring", None, add_years(last, policy.monitoring_every_years)))
    return [(item, pillar, extended_due(evidence, item, pillar, due)) for item, pillar, due in owed]


def extended_due(evidence: Evidence, item: str, pillar: Pillar | None, due: date) -> date:
    """The due date of an obligation, moved by an extension granted for it (never earlier)."""
    extended = evidence.extensions.get((item, pillar))
    return max(due, extended) if extended else due


def assess(evidence: Evidence, policy: DeadlinePolicy, today: date) -> Compliance:
    """Badges, status and what is missing, on `today`, under the covenant's policy."""
    badges = badges_of(evidence)
    if evidence.withdrawn:
        return Compliance(badges, SignatoryStatus.withdrawn, (), None)
    if not evidence.reporting_expected:
        # Members of a joint plan (option 2) and group coordinators report through the group.
        return Compliance(badges, SignatoryStatus.published, (), None)
    owed = _owed(evidence, policy)
    missing = tuple(Missing(item, pillar, due, due < today) for item, pillar, due in owed)
    status = SignatoryStatus.on_hold if any(m.overdue for m in missing) else SignatoryStatus.published
    upcoming = [m.due_on for m in missing if not m.overdue]
    # A report becomes overdue the day after its due date.
    next_change = min(upcoming) + timedelta(days=1) if upcoming else None
    return Compliance(badges, status, missing, next_change)


def extension_problems(missing: list[dict], item: Obligation, pillar: Pillar | None, due_on: date) -> list[BrokenRule]:
    """Why a deadline extension cannot be granted, read against what the signatory owes now."""
    if item == Obligation.plan and pillar is None:
        return [BrokenRule("pillar_required", "A plan is owed per pillar: name the pillar.", "pillar")]
    owed = [m for m in missing if m["item"] == item.value and (pillar is None or m["pillar"] == pillar.value)]
    if not owed:
        return [BrokenRule("obligation_not_owed", f"The signatory owes no {item.value} to extend.", "item")]
    latest = max(date.fromisoformat(m["due_on"]) for m in owed)
    if due_on <= latest:
        return [BrokenRule("extension_not_later", f"{item.value} is already due on {latest}; extend past it.", "due_on")]
    return []
