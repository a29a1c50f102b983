"""Scoring every candidate pair at once (numpy) and the three solvers: optimal, stable, greedy.

Side a (e.g. EU) is the rows, side b (e.g. the rest of the world) the columns. Every solver
takes the score matrix, a boolean matrix of allowed pairs (the hard constraints) and the
capacity left to each party (its quota minus the pairs it keeps), and returns (row, column)
pairs; with the round's quotas (Limits) they also keep every group of parties
within its units. Plain Python and numpy/scipy/networkx: no web framework, no database.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

import networkx as nx
import numpy as np
from scipy import sparse
from scipy.optimize import linear_sum_assignment

from services.pairing.domain import DIMENSIONS, Constraints, Party, normalised_weights, tokens

# An allowed pair is worth a hair more than no pair, so among equally good solutions the one
# with more pairs wins (a zero-score allowed pair is still a pairing the programme wants).
EPSILON = 1e-9


class Solver(StrEnum):
    optimal = "optimal"
    stable = "stable"
    greedy = "greedy"


@dataclass
class Limits:
    """Quotas (round_constraints.Quotas) as the solvers take them: per row and per column, the indexes of
    the groups a pair of it uses one unit of (outermost first), and the units each group has left."""

    groups_a: list[tuple[int, ...]]
    groups_b: list[tuple[int, ...]]
    cap: np.ndarray

    def of(self, i: int, j: int) -> tuple[int, ...]:
        """The groups the pair (i, j) uses."""
        return self.groups_a[i] + self.groups_b[j]

    def room(self, i: int, j: int, used: np.ndarray) -> bool:
        """True if every group of the pair (i, j) has a unit left after `used`."""
        return all(used[g] < self.cap[g] for g in self.of(i, j))


# --- scoring ----------------------------------------------------------------------------------


def _membership(rows: list[frozenset], index: dict) -> np.ndarray:
    out = np.zeros((len(rows), max(len(index), 1)), dtype=np.float64)
    for r, items in enumerate(rows):
        for item in items:
            out[r, index[item]] = 1.0
    return out


def _set_similarity(xa: list[frozenset], xb: list[frozenset], kind: str) -> np.ndarray:
    """Jaccard ('jaccard') or overlap coefficient ('overlap') of every a x b pair of sets."""
    index = {v: k for k, v in enumerate(sorted({v for s in xa + xb for v in s}, key=str))}
    ma, mb = _membership(xa, index), _membership(xb, index)
    inter = ma @ mb.T
    sa, sb = ma.sum(axis=1)[:, None], mb.sum(axis=1)[None, :]
    denom = (sa + sb - inter) if kind == "jaccard" else np.minimum(sa, sb)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(denom > 0, inter / np.where(denom > 0, denom, 1), 0.0)


def _tfidf_cosine(texts_a: list[str], texts_b: list[str]) -> np.ndarray:
    """Cosine similarity of TF-IDF vectors, the IDF taken over both sides' texts."""
    docs = [Counter(tokens(t)) for t in texts_a + texts_b]
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, counts in enumerate(docs):
        for word, n in counts.items():
            rows.append(r)
            cols.append(vocab.setdefault(word, len(vocab)))
            vals.append(float(n))
    if not vocab:
        return np.zeros((len(texts_a), len(texts_b)))
    tf = sparse.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)))
    df = np.bincount(cols, minlength=len(vocab))
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    m = tf.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    m = sparse.diags(np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1), 0.0)) @ m
    na = len(texts_a)
    return np.asarray((m[:na] @ m[na:].T).todense())


def _population(pa: list[int], pb: list[int]) -> np.ndarray:
    la = np.log10(np.maximum(np.asarray(pa, dtype=np.float64), 1.0))[:, None]
    lb = np.log10(np.maximum(np.asarray(pb, dtype=np.float64), 1.0))[None, :]
    sim = np.clip(1.0 - np.abs(la - lb) / 2.0, 0.0, 1.0)
    known = (np.asarray(pa)[:, None] > 0) & (np.asarray(pb)[None, :] > 0)
    return np.where(known, sim, 0.0)


@dataclass
class Scores:
    """Per-dimension scores and the weighted total of every a x b pair."""

    total: np.ndarray
    dims: dict[str, np.ndarray]

    def breakdown(self, i: int, j: int) -> dict[str, float]:
        """One pair's scores, rounded for the wire."""
        out = {d: round(float(self.dims[d][i, j]), 4) for d in DIMENSIONS}
        out["total"] = round(float(self.total[i, j]), 4)
        return out


def score_matrix(a: list[Party], b: list[Party], weights: dict[str, float] | None = None) -> Scores:
    """Score every pair of a x b on each dimension (0..1) and weigh them into a total (0..1)."""
    w = normalised_weights(weights)
    dims = {
        "themes": _set_similarity([p.themes for p in a], [p.themes for p in b], "jaccard"),
        "sdgs": _set_similarity([p.sdgs for p in a], [p.sdgs for p in b], "jaccard"),
        "challenges": np.clip(_tfidf_cosine([p.challenges for p in a], [p.challenges for p in b]), 0.0, 1.0),
        "population": _population([p.population for p in a], [p.population for p in b]),
        "languages": _set_similarity([p.languages for p in a], [p.languages for p in b], "overlap"),
    }
    total = np.zeros((len(a), len(b)))
    for d in DIMENSIONS:
        total += w[d] * dims[d]
    return Scores(total=np.clip(total, 0.0, 1.0), dims=dims)


def allowed_matrix(a: list[Party], b: list[Party], constraints: Constraints) -> np.ndarray:
    """The hard constraints as a boolean a x b matrix (True: the pair may be proposed)."""
    side_a = np.array([p.world_region in constraints.terms.side_a_regions for p in a], dtype=bool)
    side_b = np.array([p.world_region in constraints.terms.side_b_regions for p in b], dtype=bool)
    out = side_a[:, None] & side_b[None, :]
    kind_a = np.array([p.kind.value for p in a], dtype=object)
    kind_b = np.array([p.kind.value for p in b], dtype=object)
    out &= kind_a[:, None] == kind_b[None, :]
    # Forbidden and locked pairs are few: clear them one by one rather than compare all pairs.
    ia = {p.id: i for i, p in enumerate(a)}
    ib = {p.id: j for j, p in enumerate(b)}
    for x, y in constraints.forbidden | constraints.locked:
        for s, t in ((x, y), (y, x)):
            if s in ia and t in ib:
                out[ia[s], ib[t]] = False
    for i, p in enumerate(a):  # a party never pairs with itself
        if p.id in ib:
            out[i, ib[p.id]] = False
    return out


# --- solvers ----------------------------------------------------------------------------------


def optimal(
    scores: np.ndarray, allowed: np.ndarray, cap_a: np.ndarray, cap_b: np.ndarray, limits: Limits | None = None
) -> list[tuple[int, int]]:
    """Maximum total score: the assignment solver for quotas of 1, min-cost flow above or with limits."""
    rows, cols = np.flatnonzero(cap_a > 0), np.flatnonzero(cap_b > 0)
    if rows.size == 0 or cols.size == 0:
        return []
    sub_allowed = allowed[np.ix_(rows, cols)]
    if cap_a.max() <= 1 and cap_b.max() <= 1 and limits is None:
        # Disallowed pairs weigh 0, like no pair at all: the solver may place a row there, and
        # dropping those placements afterwards leaves a maximum-weight matching of allowed pairs.
        weight = np.where(sub_allowed, scores[np.ix_(rows, cols)] + EPSILON, 0.0)
        r, c = linear_sum_assignment(weight, maximize=True)
        return sorted((int(rows[i]), int(cols[j])) for i, j in zip(r, c, strict=True) if sub_allowed[i, j])
    return _min_cost_flow(scores, allowed, cap_a, cap_b, rows, cols, limits)


def _chain(g: nx.DiGraph, side: str, groups: tuple[int, ...], cap: np.ndarray, end: str) -> object:
    """The node a party of `side` hangs from (a) or flows into (b): its innermost group, nested in the outer ones
    up to the source (or down to the sink), each edge carrying its group's units."""
    node: object = end
    for k in groups:
        inner = (f"g{side}", k)
        edge = (node, inner) if side == "a" else (inner, node)
        g.add_edge(*edge, capacity=int(cap[k]), weight=0)
        node = inner
    return node


def _min_cost_flow(scores, allowed, cap_a, cap_b, rows, cols, limits: Limits | None = None) -> list[tuple[int, int]]:
    g = nx.DiGraph()
    supply = int(cap_a[rows].sum())
    g.add_node("s", demand=-supply)
    g.add_node("t", demand=supply)
    # Flow that finds no worthwhile pair goes straight to the sink at no cost.
    g.add_edge("s", "t", capacity=supply, weight=0)
    for i in rows:
        above = _chain(g, "a", limits.groups_a[i], limits.cap, "s") if limits else "s"
        g.add_edge(above, ("a", int(i)), capacity=int(cap_a[i]), weight=0)
    for j in cols:
        below = _chain(g, "b", limits.groups_b[j], limits.cap, "t") if limits else "t"
        g.add_edge(("b", int(j)), below, capacity=int(cap_b[j]), weight=0)
    for i in rows:
        for j in cols[allowed[i, cols]]:
            # network simplex wants integers: micro-points, plus one so a zero score still beats no pair
            g.add_edge(("a", int(i)), ("b", int(j)), capacity=1, weight=-(round(float(scores[i, j]) * 1_000_000) + 1))
    flow = nx.min_cost_flow(g)
    return sorted((int(i), int(j)) for i in rows for (_, j), f in flow[("a", int(i))].items() if f > 0)


def greedy(
    scores: np.ndarray, allowed: np.ndarray, cap_a: np.ndarray, cap_b: np.ndarray, limits: Limits | None = None
) -> list[tuple[int, int]]:
    """The baseline: take the best remaining allowed pair until no capacity is left."""
    left_a, left_b = cap_a.astype(int).copy(), cap_b.astype(int).copy()
    used = np.zeros(len(limits.cap) if limits else 0, dtype=int)
    flat = np.flatnonzero(allowed.ravel())
    order = flat[np.argsort(-scores.ravel()[flat], kind="stable")]
    m = scores.shape[1]
    need = min(int(left_a.sum()), int(left_b.sum()))
    out = []
    for k in order:
        if len(out) >= need:
            break
        i, j = divmod(int(k), m)
        if left_a[i] > 0 and left_b[j] > 0 and (limits is None or limits.room(i, j, used)):
            if limits:
                used[list(limits.of(i, j))] += 1
            out.append((i, j))
            left_a[i] -= 1
            left_b[j] -= 1
    return sorted(out)


def preference_ranks(scores: np.ndarray, given: dict[int, list[int]] | None = None) -> np.ndarray:
    """Rank (0 = first choice) of every column for every row: by score, unless the row gave a list.

    A given list ranks its partners first, in its order; the others follow by score.
    """
    order = np.argsort(-scores, axis=1, kind="stable")
    ranks = np.empty_like(order)
    rows = np.arange(scores.shape[0])[:, None]
    ranks[rows, order] = np.arange(scores.shape[1])[None, :]
    for i, listed in (given or {}).items():
        listed = [j for j in dict.fromkeys(listed) if 0 <= j < scores.shape[1]]
        rest = [int(j) for j in order[i] if j not in set(listed)]
        for r, j in enumerate(listed + rest):
            ranks[i, j] = r
    return ranks


def stable(
    allowed: np.ndarray,
    cap_a: np.ndarray,
    cap_b: np.ndarray,
    rank_a: np.ndarray,
    rank_b: np.ndarray,
    limits: Limits | None = None,
) -> list[tuple[int, int]]:
    """Deferred acceptance, side a proposing; `rank_b` is b x a. Pairwise stable for any quotas.

    With limits, a group over its units turns away the pair it ranks last (a group of side b by its
    column's rank of the row, one of side a by its row's rank of the column), and that row proposes on."""
    n, _ = allowed.shape
    prefs = [[int(j) for j in np.argsort(rank_a[i], kind="stable") if allowed[i, j]] for i in range(n)]
    nxt = [0] * n
    held: dict[int, list[int]] = {}
    count = [0] * n
    members: dict[int, set[tuple[int, int]]] = {}
    free = [i for i in range(n) if cap_a[i] > 0]

    def drop(i: int, j: int) -> None:
        held[j].remove(i)
        count[i] -= 1
        for k in limits.of(i, j) if limits else ():
            members[k].discard((i, j))
        free.append(i)

    def take(i: int, j: int) -> None:
        held.setdefault(j, []).append(i)
        count[i] += 1
        groups = limits.of(i, j) if limits else ()
        for k in groups:
            members.setdefault(k, set()).add((i, j))
        for k in groups:
            if len(members[k]) > limits.cap[k]:
                last = max(members[k], key=lambda p: (int(rank_b[p[1], p[0]] if k in limits.groups_b[p[1]] else rank_a[p]), p))
                drop(*last)
                if last == (i, j):
                    return

    while free:
        i = free.pop()
        while count[i] < cap_a[i] and nxt[i] < len(prefs[i]):
            j = prefs[i][nxt[i]]
            nxt[i] += 1
            if cap_b[j] <= 0:
                continue
            holders = held.setdefault(j, [])
            if len(holders) < cap_b[j]:
                take(i, j)
                continue
            worst = max(holders, key=lambda h: rank_b[j, h])
            if rank_b[j, i] < rank_b[j, worst]:
                drop(worst, j)
                take(i, j)
    return sorted((i, j) for j, holders in held.items() for i in holders)


def blocking_pairs(
    pairs: list[tuple[int, int]],
    allowed: np.ndarray,
    cap_a: np.ndarray,
    cap_b: np.ndarray,
    rank_a: np.ndarray,
    rank_b: np.ndarray,
) -> list[tuple[int, int]]:
    """Allowed, unmatched pairs whose two parties both prefer each other to what they have."""
    n, m = allowed.shape
    matched = np.zeros((n, m), dtype=bool)
    count_a, count_b = np.zeros(n, dtype=int), np.zeros(m, dtype=int)
    worst_a, worst_b = np.full(n, -1), np.full(m, -1)
    for i, j in pairs:
        matched[i, j] = True
        count_a[i] += 1
        count_b[j] += 1
        worst_a[i] = max(worst_a[i], rank_a[i, j])
        worst_b[j] = max(worst_b[j], rank_b[j, i])
    # A party with room left accepts anyone acceptable.
    worst_a = np.where(count_a < cap_a, np.iinfo(np.int64).max, worst_a)
    worst_b = np.where(count_b < cap_b, np.iinfo(np.int64).max, worst_b)
    wants_a = rank_a < worst_a[:, None]
    wants_b = rank_b.T < worst_b[None, :]
    live = (cap_a > 0)[:, None] & (cap_b > 0)[None, :]
    found = np.argwhere(allowed & ~matched & wants_a & wants_b & live)
    return [(int(i), int(j)) for i, j in found]


def total_of(pairs: list[tuple[int, int]], scores: np.ndarray) -> float:
    """The sum of the pairs' scores."""
    return float(sum(scores[i, j] for i, j in pairs))
