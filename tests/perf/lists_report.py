"""What bench_lists.py prints and records: a line per case and the tables in docs/benchmarks.md."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lists_api import SECTION, SLOW_MS, WAYS
from lists_cases import Timing, Way
from perfkit import Conditions, append_row, machine, today


@dataclass
class Result:
    timings: list[Timing]
    load: dict[str, float]
    rows: dict[str, int]
    endpoints: int
    other_cores: float
    unknown: list[str]
    after_fixes: list[Timing] = field(default_factory=list)  # the slow cases again, with --fix


REPEAT = 20  # set from --repeat


def cell(w: Way | None) -> str:
    if w is None or not w.ms:
        return "—"
    n = f" (n {len(w.ms)})" if len(w.ms) < REPEAT else ""
    return f"{w.p(50):,.0f} / {w.p(99):,.0f}{n}"


def rows_text(t: Timing) -> str:
    w = t.ways.get("alone")
    if w is None:
        return "?"
    return f"{w.items}{'+' if w.more else ''}"


def line(t: Timing) -> str:
    c = t.case
    what = (
        f"{c.path} {c.filter}={c.label}" if c.filter != "(none)" else f"{c.path} (no filter{', ' + c.label if c.label else ''})"
    )
    if t.error:
        return f"{what}: ERROR {t.error}"
    flag = "  SLOW" if t.slow else ""
    parts = "  ".join(f"{w} {cell(t.ways.get(w))}" for w in WAYS)
    return f"{what}: rows {rows_text(t)}; p50/p99 ms {parts}{flag}"


def report(res: Result) -> None:
    width = max(len(t.case.path) for t in res.timings)
    print(f"\n{'endpoint':<{width}}  {'filter':<40} {'rows':>5}  " + "  ".join(f"{w + ' p50/p99':>17}" for w in WAYS))
    for t in res.timings:
        c = t.case
        f = c.filter if c.filter == "(none)" else f"{c.filter}={c.label}"
        if t.error:
            print(f"{c.path:<{width}}  {f:<40} ERROR {t.error}")
            continue
        cells = "  ".join(f"{cell(t.ways.get(w)):>17}" for w in WAYS)
        print(f"{c.path:<{width}}  {f[:40]:<40} {rows_text(t):>5}  {cells}{'  SLOW' if t.slow else ''}")
    slow = [t for t in res.timings if t.slow]
    print(f"\n{len(slow)} of {len(res.timings)} cases over {SLOW_MS:.0f} ms p99:")
    for t in sorted(slow, key=lambda t: -t.worst_p99):
        print("  " + line(t))
    if res.after_fixes:
        print("\nafter the fixes (p50 / p99 ms, before -> after):")
        before = {id(t.case): t for t in res.timings}
        for a in res.after_fixes:
            b = before[id(a.case)]
            ways = "; ".join(f"{w} {cell(b.ways.get(w))} -> {cell(a.ways.get(w))}" for w in WAYS if w in b.ways)
            f = a.case.filter if a.case.filter == "(none)" else f"{a.case.filter}={a.case.label}"
            print(f"  {a.case.path} {f}: {ways}{'  still SLOW' if a.slow else ''}")


HEADER = (
    "| date | machine | python | commit | database | signatories / inventories / cities | list endpoints | cases "
    "| requests | cases over 100 ms p99 | slowest p99 ms (case) | load before/after | other work |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
)
CASE_HEADER = (
    "| date | commit | database | endpoint | filter | rows | alone p50 / p99 ms | page_size=100 p50 / p99 ms "
    "| page 2 p50 / p99 ms | over 100 ms |\n"
    "|---|---|---|---|---|---|---|---|---|---|\n"
)


def record(res: Result, database: str, conditions: Conditions) -> None:
    requests = sum(len(w.ms) for t in res.timings for w in t.ways.values())
    slow = [t for t in res.timings if t.slow]
    worst = max(res.timings, key=lambda t: t.worst_p99)
    wc = worst.case
    worst_text = (
        f"{worst.worst_p99:,.0f} ({wc.path} {wc.filter}={wc.label})"
        if wc.filter != "(none)"
        else f"{worst.worst_p99:,.0f} ({wc.path})"
    )
    r = res.rows
    append_row(
        HEADER,
        f"| {today()} | {machine()} | {platform.python_version()} | {conditions.commit} | {database} "
        f"| {r['covenant.signatories']:,} / {r['covenant.inventories']:,} / {r['applications.cities']:,} "
        f"| {res.endpoints} | {len(res.timings)} | {requests:,} | {len(slow)} | {worst_text} | {conditions.cells()} |",
        SECTION,
    )
    for t in res.timings:
        c = t.case
        f = c.filter if c.filter == "(none)" else f"{c.filter}={c.label}"
        f = f.replace("|", "\\|")
        if c.filter == "(none)" and c.label:
            f = f"(none; {c.label})"
        cells = " | ".join(cell(t.ways.get(w)) for w in WAYS)
        append_row(
            CASE_HEADER,
            f"| {today()} | {conditions.commit} | {database} | `{c.path}` | {f} | {rows_text(t)} | {cells} "
            f"| {'**yes**' if t.slow else ''} |",
            SECTION,
        )
