"""Use cases of value chains: setting one up, participants joining and leaving, its gaps and
the organisations proposed for them, and the dashboard's counts. Each runs in the caller's
transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.value_chains import domain, matching, repository
from services.value_chains.auth import ensure_acts_for
from services.value_chains.chains.schemas import ParticipantCreate, ValueChainCreate
from services.value_chains.cooperation.service import MatchRules, MatchRun, present_matches, proposal, propose, reader_for
from services.value_chains.domain import MatchKind, Violation
from services.value_chains.models import Organisation, ValueChain, ValueChainParticipant, ValueChainStage
from services.value_chains.regions import Side
from services.value_chains.service import reject
from shared.concurrency import check_if_match, touch
from shared.identity import Identity
from shared.pagination import PageParams
from shared.problems import Problem
from shared.reference.economy import Ecosystem, ecosystems
from shared.repository import NotFound, get_or_404


def _participant_problems(
    participants: Sequence[ParticipantCreate], stage_keys: set[str], orgs: dict[str, Organisation], pointers: Sequence[str]
) -> list[Violation]:
    out = []
    for p, where in zip(participants, pointers, strict=True):
        if p.organisation_id not in orgs:
            out.append(
                Violation(f"no organisation {p.organisation_id}", pointer=f"{where}/organisation_id", code="unknown_organisation")
            )
        if p.stage_key not in stage_keys:
            out.append(
                Violation(
                    f"the chain has no stage {p.stage_key!r} (stages: {', '.join(sorted(stage_keys))})",
                    pointer=f"{where}/stage_key",
                    code="unknown_stage",
                )
            )
    return out


def _participant(p: ParticipantCreate, org: Organisation, at: datetime) -> ValueChainParticipant:
    return ValueChainParticipant(stage_key=p.stage_key, organisation_id=org.id, side=org.side, role=p.role.value, created_at=at)


async def create_value_chain(session: AsyncSession, identity: Identity, data: ValueChainCreate, now: datetime) -> ValueChain:
    """Set up a value chain with its stages and first participants; nothing is written if any check fails.
    A partner sets up the chains its organisation leads."""
    ensure_acts_for(identity, data.lead_organisation_id, pointer="/lead_organisation_id")
    spans, problems = domain.check_regions(data.region_ids, "/region_ids")
    problems += domain.check_ecosystem(data.ecosystem, "/ecosystem")
    for i, s in enumerate(data.stages):
        problems += domain.check_nace_codes(s.nace_codes, f"/stages/{i}/nace_codes")
    orgs = await repository.get_organisations(
        session, {data.lead_organisation_id, *(p.organisation_id for p in data.participants)}
    )
    if data.lead_organisation_id not in orgs:
        problems.append(
            Violation(
                f"no organisation {data.lead_organisation_id}", pointer="/lead_organisation_id", code="unknown_organisation"
            )
        )
    problems += _participant_problems(
        data.participants, {s.key for s in data.stages}, orgs, [f"/participants/{i}" for i in range(len(data.participants))]
    )
    if len(spans) == len(data.region_ids):
        problems += domain.check_chain_span(spans)
    reject(problems)
    chain = ValueChain(
        title=data.title,
        description=data.description,
        ecosystem=data.ecosystem,
        lead_organisation_id=data.lead_organisation_id,
        region_ids=list(dict.fromkeys(r.id for r in spans)),
        created_by=identity.subject,
        created_at=now,
        updated_at=now,
        stages=[
            ValueChainStage(
                key=s.key, position=i, name=s.name, description=s.description, nace_codes=domain.normalise_nace(s.nace_codes)
            )
            for i, s in enumerate(data.stages)
        ],
        participants=[],
    )
    seen = set()
    for p in data.participants:
        if (p.stage_key, p.organisation_id) not in seen:
            seen.add((p.stage_key, p.organisation_id))
            # A microsecond apart: participants are listed by when they joined, these in the order given.
            at = now + timedelta(microseconds=len(seen) - 1)
            chain.participants.append(_participant(p, orgs[p.organisation_id], at))
    session.add(chain)
    await session.flush()
    return chain


async def get_value_chain(session: AsyncSession, value_chain_id: str, *, for_update: bool = False) -> ValueChain:
    """One value chain with its stages and participants, or 404."""
    return await get_or_404(session, ValueChain, value_chain_id, what="value chain", for_update=for_update)


async def list_value_chains(session: AsyncSession, page: PageParams, **filters: Any) -> dict[str, Any]:
    """Value chains, of an ecosystem or with an organisation leading or taking part."""
    return await repository.list_value_chains(session, page, **filters)


async def add_participant(
    session: AsyncSession, identity: Identity, value_chain_id: str, data: ParticipantCreate, if_match: str | None, now: datetime
) -> tuple[ValueChainParticipant, ValueChain]:
    """An organisation joins a stage of the chain (the lead's partner or an admin adds it); the chain's version moves."""
    chain = await get_value_chain(session, value_chain_id, for_update=True)
    ensure_acts_for(identity, chain.lead_organisation_id)
    check_if_match(if_match, chain.version)
    orgs = await repository.get_organisations(session, {data.organisation_id})
    reject(_participant_problems([data], {s.key for s in chain.stages}, orgs, [""]))
    if any(p.stage_key == data.stage_key and p.organisation_id == data.organisation_id for p in chain.participants):
        raise Problem(409, f"Organisation {data.organisation_id} already takes part in stage {data.stage_key}.")
    participant = _participant(data, orgs[data.organisation_id], now)
    chain.participants.append(participant)
    chain.updated_at = now
    touch(chain)  # a participant is a child row: the chain's version moves all the same
    await session.flush()
    return participant, chain


async def remove_participant(
    session: AsyncSession, identity: Identity, value_chain_id: str, participant_id: str, if_match: str | None, now: datetime
) -> None:
    """An organisation leaves a stage of the chain (its own partner, the lead's, or an admin); the chain's version moves."""
    chain = await get_value_chain(session, value_chain_id, for_update=True)
    check_if_match(if_match, chain.version)
    found = next((p for p in chain.participants if p.id == participant_id), None)
    if found is None:
        raise NotFound("participant", f"{participant_id} in value chain {chain.id}")
    ensure_acts_for(identity, chain.lead_organisation_id, found.organisation_id)
    chain.participants.remove(found)
    chain.updated_at = now
    touch(chain)
    await session.flush()


# --- gaps -------------------------------------------------------------------------------


def gaps_of(chain: ValueChain) -> list[domain.Gap]:
    """The chain's stages without a participant on one side of the Atlantic."""
    return domain.chain_gaps(
        [domain.StageView(s.key, s.name, s.position) for s in chain.stages],
        [domain.ParticipantView(p.stage_key, Side(p.side)) for p in chain.participants],
    )


@dataclass(frozen=True)
class GapCandidate:
    """An organisation that could fill a gap, with its score."""

    gap: domain.Gap
    organisation: Organisation
    ranked: matching.Ranked

    @property
    def score(self) -> dict[str, float]:
        return self.ranked.score.breakdown()


@dataclass(frozen=True)
class ChainGap:
    """A gap of a chain and the organisations that could fill it, best first."""

    gap: domain.Gap
    candidates: list[GapCandidate]


@dataclass(frozen=True)
class ChainGaps:
    """A chain's gaps, each with its candidates."""

    value_chain_id: str
    gaps: list[ChainGap]


async def _gap_candidates(
    session: AsyncSession, chain: ValueChain, rules: MatchRules, today: date
) -> dict[tuple[str, str], list[GapCandidate]]:
    """For each gap (stage, missing side), the organisations of that side that could fill it, best first
    (a candidate whose region's strategy prioritises what it does gets the strategy bonus)."""
    gaps = gaps_of(chain)
    if not gaps:
        return {}
    strategies = await repository.current_strategies(session, today.year)
    lead = await get_or_404(session, Organisation, chain.lead_organisation_id, what="organisation")
    stages = {s.key: s for s in chain.stages}
    out: dict[tuple[str, str], list[GapCandidate]] = {}
    by_side: dict[str, list[Organisation]] = {}
    for gap in gaps:
        side = gap.missing_side.value
        if side not in by_side:
            by_side[side] = await repository.organisations_of_side(session, side)
        taking_part = {p.organisation_id for p in chain.participants if p.stage_key == gap.stage_key}
        subject = matching.gap_profile(chain, stages[gap.stage_key], side, lead)
        orgs = {o.id: o for o in by_side[side] if o.id not in taking_part and o.id != lead.id}
        pairs = [
            (o.id, subject, matching.organisation_profile(o, matching.priorities_of(strategies, o.region_id, today.year)))
            for o in orgs.values()
        ]
        ranked = matching.rank(pairs, rules.threshold, rules.limit)
        out[(gap.stage_key, side)] = [GapCandidate(gap, orgs[r.key], r) for r in ranked]
    return out


async def value_chain_gaps(session: AsyncSession, value_chain_id: str, rules: MatchRules, today: date) -> ChainGaps:
    """The chain's stages with no participant on one side, each with organisations that could fill it."""
    chain = await get_value_chain(session, value_chain_id)
    candidates = await _gap_candidates(session, chain, rules, today)
    return ChainGaps(chain.id, [ChainGap(g, candidates.get((g.stage_key, g.missing_side.value), [])) for g in gaps_of(chain)])


async def match_gaps(
    session: AsyncSession, identity: Identity, value_chain_id: str, now: datetime, rules: MatchRules
) -> MatchRun:
    """Propose organisations for the chain's gaps as matches (pairs proposed before are skipped): the lead's partner or an admin."""
    chain = await get_value_chain(session, value_chain_id, for_update=True)
    ensure_acts_for(identity, chain.lead_organisation_id)
    found = await _gap_candidates(session, chain, rules, now.date())
    done = await repository.matched_gap_candidates(session, chain.id)
    proposed, ranked = [], []
    for candidates in found.values():
        for c in candidates:
            if (c.gap.stage_key, c.organisation.id) in done:
                continue
            proposed.append(
                proposal(
                    c.ranked,
                    now,
                    kind=MatchKind.value_chain_gap.value,
                    value_chain_id=chain.id,
                    stage_key=c.gap.stage_key,
                    first_organisation_id=chain.lead_organisation_id,
                    second_organisation_id=c.organisation.id,
                )
            )
            ranked.append(c.ranked)
    await propose(session, proposed, ranked)
    present_matches(proposed, await reader_for(session, identity))
    return MatchRun(considered=sum(len(c) for c in found.values()), proposed=proposed)


# --- stats ------------------------------------------------------------------------------


async def stats(session: AsyncSession, today: date) -> dict:
    """Dashboard counts across the component."""
    out = await repository.stats_counts(session, today)
    gaps = [len(gaps_of(c)) for c in await repository.all_value_chains(session)]
    out["value_chains_with_gaps"] = sum(1 for g in gaps if g)
    out["open_gaps"] = sum(gaps)
    return out


def list_ecosystems() -> list[Ecosystem]:
    """The EU's 14 industrial ecosystems."""
    return list(ecosystems().values())
