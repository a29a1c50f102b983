"""The report of a round: total, distribution, worst-off party, share matched per world region,
blocking pairs and why a party is unmatched. Plain Python and numpy."""

from __future__ import annotations

import math

import numpy as np

from services.pairing.domain import Party, pair_key
from services.pairing.solvers import blocking_pairs

# --- the round report -------------------------------------------------------------------------


def distribution(values: list[float]) -> dict[str, float]:
    """min, quartiles, max and mean of the pair scores (all 0 for an empty round)."""
    if not values:
        return {k: 0.0 for k in ("min", "q1", "median", "q3", "max", "mean")}
    q = np.quantile(np.asarray(values), [0, 0.25, 0.5, 0.75, 1])
    return {
        "min": round(float(q[0]), 4),
        "q1": round(float(q[1]), 4),
        "median": round(float(q[2]), 4),
        "q3": round(float(q[3]), 4),
        "max": round(float(q[4]), 4),
        "mean": round(float(np.mean(values)), 4),
    }


def unmatched_reason(side: str, k: int, allowed: np.ndarray, cap_other: np.ndarray, used_other: np.ndarray) -> dict:
    """Why party k of `side` has no new pair: a code and a sentence."""
    row = allowed[k] if side == "a" else allowed[:, k]
    partners = np.flatnonzero(row & (cap_other > 0))
    if partners.size == 0:
        return {
            "reason": "no_allowed_partner",
            "detail": "No partner is allowed: region rules, forbidden or locked pairs exclude all.",
        }
    if all(used_other[p] >= cap_other[p] for p in partners):
        return {
            "reason": "allowed_partners_taken",
            "detail": f"All {partners.size} allowed partners reached their quota with partners that score or rank higher.",
        }
    return {"reason": "not_chosen", "detail": "Partners had room, but the solver found a better total without this party."}


def round_off(x: float) -> float:
    """A score as reported on the wire."""
    return round(x, 4) if math.isfinite(x) else 0.0


def pairs_with_keys(pairs: list[tuple[int, int]], a: list[Party], b: list[Party]) -> set[tuple[str, str]]:
    """The pairs as order-free keys of party ids."""
    return {pair_key(a[i].id, b[j].id) for i, j in pairs}


def round_report(
    a: list[Party],
    b: list[Party],
    pairs: list[tuple[int, int]],
    scores: np.ndarray,
    allowed: np.ndarray,
    caps: tuple[np.ndarray, np.ndarray],
    ranks: tuple[np.ndarray, np.ndarray],
    kept: tuple[np.ndarray, np.ndarray],
    outside: list[Party] = (),
) -> dict:
    """Total, distribution, worst-off party, share matched per world region, blocking pairs, unmatched."""
    cap_a, cap_b = caps
    values = [float(scores[i, j]) for i, j in pairs]
    used_a, used_b = np.zeros(len(a), dtype=int), np.zeros(len(b), dtype=int)
    per_party: dict[tuple[str, int], list[float]] = {}
    for (i, j), s in zip(pairs, values, strict=True):
        used_a[i] += 1
        used_b[j] += 1
        per_party.setdefault(("a", i), []).append(s)
        per_party.setdefault(("b", j), []).append(s)
    worst = None
    if per_party:
        (side, k), got = min(per_party.items(), key=lambda kv: (float(np.mean(kv[1])), kv[0]))
        p = (a if side == "a" else b)[k]
        worst = {"party_id": p.id, "name": p.name, "world_region": p.world_region, "score": round_off(float(np.mean(got)))}
    regions: dict[str, list[int]] = {}
    for parties, used, kept_n in ((a, used_a, kept[0]), (b, used_b, kept[1])):
        for k, p in enumerate(parties):
            r = regions.setdefault(p.world_region, [0, 0])
            r[0] += 1
            r[1] += int(used[k] + kept_n[k] > 0)
    for p in outside:
        regions.setdefault(p.world_region, [0, 0])[0] += 1
    unmatched = []
    for side, parties, used, cap, cap_o, used_o in (
        ("a", a, used_a, cap_a, cap_b, used_b),
        ("b", b, used_b, cap_b, cap_a, used_a),
    ):
        for k, p in enumerate(parties):
            if cap[k] > 0 and used[k] == 0:
                why = unmatched_reason(side, k, allowed, cap_o, used_o)
                unmatched.append({"party_id": p.id, "name": p.name, "world_region": p.world_region, **why})
    for p in outside:
        unmatched.append(
            {
                "party_id": p.id,
                "name": p.name,
                "world_region": p.world_region,
                "reason": "region_not_paired",
                "detail": f"The call pairs no party of the region {p.world_region}.",
            }
        )
    blocking = blocking_pairs(pairs, allowed, cap_a, cap_b, ranks[0], ranks[1])
    return {
        "pairs": len(pairs),
        "total_score": round_off(sum(values)),
        "score_distribution": distribution(values),
        "worst_off": worst,
        "share_matched_by_region": {
            r: {"parties": n, "matched": m, "share": round(m / n, 4) if n else 0.0} for r, (n, m) in sorted(regions.items())
        },
        "blocking_pair_count": len(blocking),
        "blocking_pairs": [
            {"party_a": a[i].id, "party_b": b[j].id, "score": round_off(float(scores[i, j]))} for i, j in blocking[:50]
        ],
        "unmatched": unmatched,
    }
