"""Use cases of compatibility and matching: a party's ranked candidates, and the rounds that
score a call's candidates, solve and propose pairings."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import set_committed_value

from services.pairing import domain, report, repository, solvers
from services.pairing.auth import ensure_admin
from services.pairing.domain import Party, PartyKind
from services.pairing.models import Pairing, PartyProfile, Round, kit
from services.pairing.regions import service as regions
from services.pairing.round_constraints import LockPlan, Quotas, plan_locks, propose, quota_reached
from services.pairing.rounds.schemas import RoundCreate
from services.pairing.service import call_terms, party_of, party_snapshot
from services.pairing.solvers import Solver
from shared.contracts.pairing import PairingParty, PairingProposed, RoundCompleted, ScoreBreakdown
from shared.identity import Identity
from shared.ids import new_id
from shared.outbox import record_events
from shared.pagination import PageParams, invalid_token
from shared.problems import Problem
from shared.repository import NotFound, get_or_404

# --- candidates ranking -----------------------------------------------------------------------


async def rank_candidates(session: AsyncSession, party_id: str, call_id: str | None, page: PageParams) -> dict:
    """A page of a party's allowed partners in a call, best first, with breakdown and explanation."""
    ranks = repository.CANDIDATE_RANKS
    start = ranks.decode(page.page_token)[0] if page.page_token else 0
    if start < 0:
        raise invalid_token("a rank is never negative.")
    me, call_id, ranked = await _ranked_candidates(session, party_id, call_id)
    chunk = ranked[start : start + page.page_size + 1]
    rows = [{"position": start + 1 + i, "item": item} for i, item in enumerate(chunk)]
    return {"party": party_snapshot(me), "call_id": call_id, **ranks.page(rows, page, to_item=lambda row: row["item"])}


async def _ranked_candidates(session: AsyncSession, party_id: str, call_id: str | None) -> tuple[Party, str, list[dict]]:
    """Every allowed partner of a party in a call, best first."""
    call_id = call_id or await repository.latest_call_of(session, party_id)
    if call_id is None:
        raise NotFound("call whose pairing includes", party_id)  # no accepted application of it is known
    rows = await repository.candidates_with_profiles(session, call_id, (await _kind_of(session, party_id)).value)
    parties = {p.id: party_of(p, c) for c, p in rows}
    if party_id not in parties:
        raise NotFound("candidate", f"{party_id} in call {call_id}")
    me = parties.pop(party_id)
    terms = await call_terms(session, call_id, me.kind)
    side = domain.side_of(me, terms)
    locked = {
        domain.pair_key(p.party_a_id, p.party_b_id)
        for p in await repository.pairings_in_states(session, call_id, me.kind.value, ["confirmed"])
    }
    constraints = domain.Constraints(terms, frozenset(await repository.forbidden_keys(session, call_id)), frozenset(locked))
    others = [p for p in parties.values() if (constraints.allowed(me, p) if side == "a" else constraints.allowed(p, me))]
    if not others:
        return me, call_id, []
    scores, expressed = await regions.round_scores(
        session, me.kind, solvers.score_matrix([me], others, terms.weights), [me], others
    )
    order = np.argsort(-scores.total[0], kind="stable")
    out = []
    for j in order:
        bd = scores.breakdown(0, int(j))
        out.append(
            {
                "partner": party_snapshot(others[j]),
                "score": bd["total"],
                "breakdown": bd,
                "explanation": domain.explain(me, others[j], bd) + regions.explain(me, others[j], bd, expressed),
            }
        )
    return me, call_id, out


async def _kind_of(session: AsyncSession, party_id: str) -> PartyKind:
    return PartyKind((await get_or_404(session, PartyProfile, party_id, what="profile")).kind)


# --- rounds -----------------------------------------------------------------------------------


async def list_rounds(session: AsyncSession, page: PageParams, *, call_id: str | None) -> dict:
    """A page of rounds, oldest first, without their proposals."""
    return await repository.list_rounds(session, page, call_id=call_id)


async def get_round(session: AsyncSession, round_id: str) -> Round:
    """A round with the proposals it made, in their current state."""
    return await get_or_404(session, Round, round_id, what="round", options=[selectinload(Round.proposals)])


def _index_preferences(prefs: dict[str, list[str]], rows: list[Party], cols: list[Party]) -> dict[int, list[int]]:
    ri, ci = {p.id: i for i, p in enumerate(rows)}, {p.id: j for j, p in enumerate(cols)}
    return {ri[k]: [ci[x] for x in v if x in ci] for k, v in prefs.items() if k in ri}


def _ranks(data: RoundCreate, scores: np.ndarray, a: list[Party], b: list[Party]) -> tuple[np.ndarray, np.ndarray]:
    """The preference ranks the stable solver pairs by and the report judges stability by."""
    rank_a = solvers.preference_ranks(scores, _index_preferences(data.preferences, a, b))
    rank_b = solvers.preference_ranks(scores.T, _index_preferences(data.preferences, b, a))
    return rank_a, rank_b


def _solver(solver: Solver, scores: np.ndarray, allowed: np.ndarray, ranks: tuple[np.ndarray, np.ndarray]):
    """The chosen solver as round_constraints.propose calls it: with the capacities and the limits of the quotas."""

    def solve(caps: tuple[np.ndarray, np.ndarray], limits: solvers.Limits | None) -> list[tuple[int, int]]:
        if solver is Solver.optimal:
            return solvers.optimal(scores, allowed, *caps, limits)
        if solver is Solver.stable:
            return solvers.stable(allowed, *caps, *ranks, limits)
        return solvers.greedy(scores, allowed, *caps, limits)

    return solve


def _round_quotas(data: RoundCreate, terms: domain.PairingTerms) -> Quotas:
    """The round's own quotas, else the call's."""
    regions = terms.region_quotas if data.region_quotas is None else data.region_quotas
    countries = terms.country_quotas if data.country_quotas is None else data.country_quotas
    return Quotas({str(getattr(r, "value", r)): n for r, n in regions.items()}, dict(countries))


def _refuse_locks_over_quota(plan: LockPlan, quotas: Quotas) -> None:
    over = quotas.over(plan.proposed)
    if over:
        errors = [
            {"rule": "locked_pairs_over_quota", "detail": f"{n} locked pairs count against the quota {g} of {quotas.cap(g)}."}
            for g, n in sorted(over.items())
        ]
        detail = "The call's locked pairs exceed the round's quotas: raise the quota or release locked pairs."
        raise Problem(409, detail, errors=errors)


def _quota_reasons(report_: dict, parties: list[Party], quotas: Quotas, used: dict[str, int]) -> None:
    """An unmatched party whose quota the round filled is unmatched for that reason."""
    by_id = {p.id: p for p in parties}
    for u in report_["unmatched"]:
        full = quota_reached(by_id[u["party_id"]], quotas, used) if u["party_id"] in by_id else None
        if full and u["reason"] in ("not_chosen", "allowed_partners_taken"):
            u["reason"], u["detail"] = "quota_reached", f"The round proposed the quota of {full} ({quotas.cap(full)} pairings)."


async def run_round(session: AsyncSession, identity: Identity, data: RoundCreate, now: datetime) -> Round:
    """Score a call's candidates, apply the hard constraints, solve, store and announce the proposals
    (the round's `proposals` in the order the solver made them)."""
    ensure_admin(identity, "run pairing rounds")
    started = time.perf_counter()
    await repository.lock_call_for_round(session, data.call_id)
    kind = data.party_kind
    terms = await call_terms(session, data.call_id, kind)
    weights = domain.normalised_weights(data.weights if data.weights else terms.weights)
    quota = data.quota or terms.quota
    rows = await repository.candidates_with_profiles(session, data.call_id, kind.value)
    if not rows:
        raise Problem(
            409, f"Call {data.call_id} has no {kind.value} candidates yet (no accepted application has reached pairing)."
        )
    parties = [party_of(p, c) for c, p in rows]
    unknown = sorted(set(data.preferences) - {p.id for p in parties})
    if unknown:
        raise Problem(
            422,
            "preferences name parties that are not candidates of the call.",
            errors=[{"pointer": f"/preferences/{u}", "detail": "not a candidate"} for u in unknown],
        )
    a = [p for p in parties if domain.side_of(p, terms) == "a"]
    b = [p for p in parties if domain.side_of(p, terms) == "b"]
    outside = [p for p in parties if domain.side_of(p, terms) is None]

    await repository.supersede_proposals(session, data.call_id, kind.value, now)
    kept = await repository.pairings_in_states(session, data.call_id, kind.value, [s.value for s in domain.KEPT_IN_REMATCH])
    kept_count: dict[str, int] = {}
    for k in kept:
        for pid in (k.party_a_id, k.party_b_id):
            kept_count[pid] = kept_count.get(pid, 0) + 1
    constraints = domain.Constraints(
        terms,
        frozenset(await repository.forbidden_keys(session, data.call_id)),
        frozenset(domain.pair_key(k.party_a_id, k.party_b_id) for k in kept),
    )
    quotas = _round_quotas(data, terms)
    locks = [(k.party_a_id, k.party_b_id) for k in await repository.locks_of(session, data.call_id, kind.value)]
    plan = plan_locks(locks, {p.id: p for p in parties}, constraints, set(kept_count))
    _refuse_locks_over_quota(plan, quotas)
    scores, expressed = await regions.round_scores(session, kind, solvers.score_matrix(a, b, weights), a, b)
    allowed = solvers.allowed_matrix(a, b, constraints)
    kept_a = np.array([kept_count.get(p.id, 0) for p in a], dtype=int)
    kept_b = np.array([kept_count.get(p.id, 0) for p in b], dtype=int)
    cap_a, cap_b = np.maximum(quota - kept_a, 0), np.maximum(quota - kept_b, 0)
    ranks = _ranks(data, scores.total, a, b)
    pairs, locked_pairs, (cap_a, cap_b) = propose(
        a, b, (cap_a, cap_b), quotas, plan, _solver(data.solver, scores.total, allowed, ranks)
    )
    report_ = report.round_report(a, b, pairs, scores.total, allowed, (cap_a, cap_b), ranks, (kept_a, kept_b), outside)
    _quota_reasons(report_, parties, quotas, quotas.usage((a[i], b[j]) for i, j in pairs))
    report_ |= {
        "kept_pairs": len(kept),
        "locked_pairs": len(locked_pairs),
        "locked_skipped": plan.skipped,
        "region_quotas": dict(quotas.regions),
        "country_quotas": dict(quotas.countries),
    }

    round_ = Round(
        id=new_id(),
        call_id=data.call_id,
        party_kind=kind.value,
        solver=data.solver.value,
        weights=weights,
        quota=quota,
        candidates=len(parties),
        total_score=report_["total_score"],
        report=report_,
        created_by=identity.subject,
        created_at=now,
    )
    session.add(round_)
    await session.flush()
    expires = now + timedelta(days=terms.proposal_expiry_days)
    pairing_rows, events = [], []
    for i, j in pairs:
        bd = scores.breakdown(i, j)
        row = {
            "id": new_id(),
            "call_id": data.call_id,
            "round_id": round_.id,
            "party_kind": kind.value,
            "party_a_id": a[i].id,
            "party_b_id": b[j].id,
            "party_a": party_snapshot(a[i]),
            "party_b": party_snapshot(b[j]),
            "score": bd["total"],
            "breakdown": bd,
            "explanation": ("Locked by the coordination unit. " if (i, j) in locked_pairs else "")
            + domain.explain(a[i], b[j], bd)
            + regions.explain(a[i], b[j], bd, expressed),
            "locked": (i, j) in locked_pairs,
            "state": "proposed",
            "accepted_by_a": False,
            "accepted_by_b": False,
            "expires_at": expires,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        pairing_rows.append(row)
        events.append(
            (
                PairingProposed(
                    pairing_id=row["id"],
                    call_id=data.call_id,
                    round_id=round_.id,
                    party_a=PairingParty(**row["party_a"]),
                    party_b=PairingParty(**row["party_b"]),
                    score=ScoreBreakdown(**bd),
                    explanation=row["explanation"],
                    expires_at=expires,
                ),
                row["id"],
            )
        )
    await repository.insert_pairings(session, pairing_rows)
    round_.elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
    events.append(
        (
            RoundCompleted(
                round_id=round_.id,
                call_id=data.call_id,
                party_kind=kind.value,
                solver=data.solver.value,
                proposals=len(pairs),
                total_score=report_["total_score"],
                unmatched=len(report_["unmatched"]),
                completed_at=now,
            ),
            round_.id,
        )
    )
    await record_events(session, kit.outbox, events)
    await session.flush()
    set_committed_value(round_, "proposals", [Pairing(**r) for r in pairing_rows])
    return round_
