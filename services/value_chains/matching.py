"""Matchmaking scores: how well an offer fits a request, or an organisation fits a value-chain
gap, with a breakdown per dimension and a one-sentence explanation; and the profiles that
offers, requests, organisations and gaps are scored as. Plain Python.

Dimensions (each 0..1): keywords (fuzzy Jaccard of keywords, blended with word overlap of
title and description), NACE proximity (same class > group > division > section), target
regions (each party lies where the other looks), ecosystem (the same industrial ecosystem).
On top, a bonus for each party whose NACE codes or keywords fall in a priority of the current
innovation strategy of its region (smart specialisation): PRIORITY_BONUS each, the total capped at 1.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from services.value_chains.domain import OrganisationKind
from services.value_chains.regions import region, within
from shared.reference.economy import ecosystems, nace_code, nace_lineage

if TYPE_CHECKING:  # the profiles read these rows' attributes; nothing here touches a database
    from services.value_chains.models import InnovationStrategy, Opportunity, Organisation, ValueChain, ValueChainStage

WEIGHTS = {"keywords": 0.45, "nace": 0.30, "regions": 0.15, "ecosystem": 0.10}
# Added for each party whose region's strategy prioritises what it does (two parties: at most 0.10).
PRIORITY_BONUS = 0.05

# The deepest common NACE level of two codes -> proximity.
NACE_LEVEL_SCORE = {4: 1.0, 3: 0.75, 2: 0.5, 1: 0.25}
NACE_LEVEL_NAME = {4: "class", 3: "group", 2: "division", 1: "section"}

# Two keywords are the same when rapidfuzz's ratio reaches this ("solar panel" ~ "solar panels").
FUZZY_KEYWORD_CUTOFF = 88.0

_STOPWORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or our that the their this to we with "
    "de del la las el los en y para con por un una".split()
)


@dataclass(frozen=True)
class Profile:
    """One side of a candidate match as the scorer sees it."""

    label: str  # how the explanation names it, e.g. "the technology offer 'Solar storage' of Sol SL"
    organisation_name: str
    region_id: str  # where it is; "" for a value-chain gap, which is not in one place
    keywords: tuple[str, ...]
    text: str
    nace_codes: tuple[str, ...]
    target_region_ids: tuple[str, ...] = ()
    ecosystem: str | None = None
    priorities: tuple[Priority, ...] = ()  # of the current strategies of its region


@dataclass(frozen=True)
class Priority:
    """A specialisation priority of a region's innovation strategy, as the scorer sees it."""

    region_id: str
    strategy_title: str
    title: str
    text: str  # title and description
    nace_codes: tuple[str, ...]


def priorities_of(strategies: Sequence[InnovationStrategy], region_id: str, year: int) -> tuple[Priority, ...]:
    """The priorities of the strategies of `region_id` (or a region containing it) whose period covers `year`."""
    return tuple(
        Priority(s.region_id, s.title, p.title, f"{p.title} {p.description}", tuple(p.nace_codes))
        for s in strategies
        if region_id and within(region_id, s.region_id) and s.period_start <= year <= s.period_end
        for p in s.priorities
    )


def priority_hit(priorities: Sequence[Priority], nace_codes: Sequence[str], keywords: Sequence[str]) -> Priority | None:
    """The first priority that one of the codes falls in (the priority's code or one below it), or
    that names one of the keywords as a phrase of its title or description."""
    lineages = [set(nace_lineage(c)) for c in nace_codes]
    phrases = [normalise_keyword(k) for k in keywords if k.strip()]
    for p in priorities:
        if any(code in lineage for code in p.nace_codes for lineage in lineages):
            return p
        text = " ".join(p.text.lower().split())
        if any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", text) for k in phrases):
            return p
    return None


def opportunity_profile(opp: Opportunity, org: Organisation, priorities: tuple[Priority, ...] = ()) -> Profile:
    """An offer or request as the scorer sees it; its label does not name the organisation, which stays
    anonymous to the other party until it accepts its interest (disclosure.py)."""
    return Profile(
        label=f"the {opp.kind.replace('_', ' ').replace('rd ', 'R&D ')} '{opp.title}'",
        organisation_name=org.name,
        region_id=org.region_id,
        keywords=tuple(opp.keywords),
        text=f"{opp.title} {opp.description}",
        nace_codes=tuple(opp.nace_codes),
        target_region_ids=tuple(opp.target_region_ids),
        ecosystem=opp.ecosystem,
        priorities=priorities,
    )


_KIND_WORDS = {
    OrganisationKind.sme: "the SME",
    OrganisationKind.cluster: "the cluster",
    OrganisationKind.research: "the research organisation",
    OrganisationKind.public_body: "the public body",
    OrganisationKind.large_company: "the company",
    OrganisationKind.ngo: "the NGO",
}


def organisation_profile(org: Organisation, priorities: tuple[Priority, ...] = ()) -> Profile:
    """An organisation as a candidate for a value-chain gap."""
    return Profile(
        label=f"{_KIND_WORDS[OrganisationKind(org.kind)]} {org.name}",
        organisation_name=org.name,
        region_id=org.region_id,
        keywords=tuple(org.keywords),
        text=org.description,
        nace_codes=tuple(org.nace_codes),
        priorities=priorities,
    )


def gap_profile(chain: ValueChain, stage: ValueChainStage, side: str, lead: Organisation) -> Profile:
    """The gap of a chain's stage on one side of the Atlantic, as what candidates are scored against."""
    return Profile(
        label=f"the {side.upper()} gap at stage '{stage.name}' of the value chain '{chain.title}'",
        organisation_name=lead.name,
        region_id="",
        keywords=tuple(w for w in stage.name.lower().split() if len(w) > 2),
        text=f"{chain.title} {chain.description} {stage.name} {stage.description}",
        nace_codes=tuple(stage.nace_codes),
        target_region_ids=tuple(r for r in chain.region_ids if (reg := region(r)) is not None and reg.side.value == side),
        ecosystem=chain.ecosystem,
    )


@dataclass(frozen=True)
class Score:
    keywords: float
    nace: float
    regions: float
    ecosystem: float
    total: float
    shared_keywords: tuple[str, ...]
    nace_link: tuple[str, str, int] | None  # (code a, code b, deepest common level)
    region_fit: tuple[bool, bool]  # (b lies in a's targets, a lies in b's targets)
    priorities: float = 0.0  # the strategy bonus
    priority_hits: tuple[Priority | None, Priority | None] = (None, None)  # (a's, b's)

    def breakdown(self) -> dict[str, float]:
        """The per-dimension scores, the strategy bonus and the total, rounded for the wire."""
        return {k: round(getattr(self, k), 3) for k in ("keywords", "nace", "regions", "ecosystem", "priorities", "total")}


def normalise_keyword(k: str) -> str:
    """Lower case, single spaces."""
    return " ".join(k.lower().split())


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _STOPWORDS}


def keyword_overlap(a: Sequence[str], b: Sequence[str]) -> tuple[float, tuple[str, ...]]:
    """Fuzzy Jaccard of two keyword sets, and the keywords of `a` found in `b`."""
    sa = sorted({normalise_keyword(k) for k in a if k.strip()})
    sb = sorted({normalise_keyword(k) for k in b if k.strip()})
    if not sa or not sb:
        return 0.0, ()
    shared, used = [], set()
    for k in sa:
        best = max(((fuzz.ratio(k, other), other) for other in sb if other not in used), default=(0.0, None))
        if best[1] is not None and best[0] >= FUZZY_KEYWORD_CUTOFF:
            shared.append(k)
            used.add(best[1])
    union = len(sa) + len(sb) - len(shared)
    return len(shared) / union, tuple(shared)


def text_overlap(a: str, b: str) -> float:
    """Jaccard of the content words of two texts."""
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def nace_proximity(a: Sequence[str], b: Sequence[str]) -> tuple[float, tuple[str, str, int] | None]:
    """The best proximity between any code of `a` and any of `b`, and the pair that gives it."""
    best: tuple[float, tuple[str, str, int] | None] = (0.0, None)
    for ca in a:
        lineage_a = set(nace_lineage(ca))
        for cb in b:
            common = [c for c in nace_lineage(cb) if c in lineage_a]
            if not common:
                continue
            level = nace_code(common[0]).level
            if NACE_LEVEL_SCORE[level] > best[0]:
                best = (NACE_LEVEL_SCORE[level], (ca, cb, level))
    return best


def _lies_in(region_id: str, targets: Sequence[str]) -> bool:
    # No targets means the opportunity looks everywhere across the Atlantic.
    return not targets or any(within(region_id, t) for t in targets)


def score(a: Profile, b: Profile) -> Score:
    """How well `a` and `b` fit, per dimension and in total."""
    kw, shared = keyword_overlap(a.keywords, b.keywords)
    words = text_overlap(" ".join((*a.keywords, a.text)), " ".join((*b.keywords, b.text)))
    keywords = 0.7 * kw + 0.3 * words
    nace, link = nace_proximity(a.nace_codes, b.nace_codes)
    fit = (_lies_in(b.region_id, a.target_region_ids), _lies_in(a.region_id, b.target_region_ids))
    regions = (int(fit[0]) + int(fit[1])) / 2
    eco = 1.0 if a.ecosystem and a.ecosystem == b.ecosystem else 0.0
    hits = (priority_hit(a.priorities, a.nace_codes, a.keywords), priority_hit(b.priorities, b.nace_codes, b.keywords))
    bonus = PRIORITY_BONUS * sum(h is not None for h in hits)
    total = WEIGHTS["keywords"] * keywords + WEIGHTS["nace"] * nace + WEIGHTS["regions"] * regions + WEIGHTS["ecosystem"] * eco
    return Score(keywords, nace, regions, eco, min(1.0, total + bonus), shared, link, fit, bonus, hits)


def _region_label(region_id: str) -> str:
    r = region(region_id)
    return f"{r.name}, {r.id}" if r else region_id


def explain(a: Profile, b: Profile, s: Score) -> str:
    """One sentence that says why `a` and `b` were matched."""
    reasons = []
    if s.shared_keywords:
        reasons.append("they share the keywords " + ", ".join(s.shared_keywords[:5]))
    if s.nace_link:
        ca, cb, level = s.nace_link
        if ca == cb:
            reasons.append(f"both work in NACE {ca}")
        else:
            common = next(c for c in nace_lineage(cb) if c in nace_lineage(ca))
            reasons.append(f"their NACE codes {ca} and {cb} meet in the same {NACE_LEVEL_NAME[level]} {common}")
    if all(s.region_fit) and (a.target_region_ids or b.target_region_ids):
        reasons.append("each lies in a region the other targets")
    elif s.region_fit[0] and a.target_region_ids:
        reasons.append(f"{_region_label(b.region_id)} is among the regions it targets")
    if s.ecosystem:
        reasons.append(f"both belong to the {ecosystems()[a.ecosystem].name} ecosystem")
    for hit in dict.fromkeys(h for h in s.priority_hits if h is not None):
        reasons.append(f"it serves the priority '{hit.title}' of the strategy '{hit.strategy_title}' ({hit.region_id})")
    why = "; ".join(reasons) if reasons else "their descriptions overlap"
    where_a = f" ({_region_label(a.region_id)})" if a.region_id else ""
    where_b = f" ({_region_label(b.region_id)})" if b.region_id else ""
    sentence = f"{a.label}{where_a} fits {b.label}{where_b} with a score of {s.total:.2f}: {why}."
    return sentence[0].upper() + sentence[1:]


@dataclass(frozen=True)
class Ranked:
    """A candidate with its score and explanation."""

    key: str
    score: Score
    explanation: str


def rank(pairs: Sequence[tuple[str, Profile, Profile]], threshold: float, limit: int) -> list[Ranked]:
    """Pairs (key, a, b) whose score reaches `threshold`, best first, at most `limit`."""
    out = []
    for key, a, b in pairs:
        s = score(a, b)
        if s.total >= threshold:
            out.append(Ranked(key, s, explain(a, b, s)))
    out.sort(key=lambda r: (-r.score.total, r.key))
    return out[:limit]
