"""The read model's rules: changes of daily aggregates, stocks that move between buckets, periods
and series. Plain Python: no FastAPI, no SQLAlchemy."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

Dims = Mapping[str, Any]
Key = tuple[str, str]  # (kind, id) of a tracked entity

# The filters a series may take; a metric lists those its dimensions carry.
FILTERS = ("call_id", "world_region", "regional_covenant", "country_code")
# Past this many periods a series is refused: a day-by-day series over ten years is a mistake.
MAX_PERIODS = 3700


class SeriesInterval(StrEnum):
    day = "day"
    week = "week"
    month = "month"


class MetricKind(StrEnum):
    flow = "flow"  # a value per interval is what happened in it
    stock = "stock"  # a value per interval is the level at its end


def dims_key(dims: Dims) -> str:
    """The canonical text of a bucket's dimensions: one bucket, one key."""
    return json.dumps(dict(dims), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Change:
    """`(metric, day, dims) += delta`."""

    metric: str
    day: date
    key: str
    delta: float

    @property
    def dims(self) -> dict[str, Any]:
        """The dimensions of the bucket."""
        return json.loads(self.key)


def change(metric: str, day: date, dims: Dims, delta: float = 1) -> Change:
    """One change of a bucket."""
    return Change(metric, day, dims_key(dims), delta)


def move(metric: str, day: date, old: Dims | None, new: Dims | None, weight: float = 1) -> list[Change]:
    """A stock's move: -weight on the old bucket, +weight on the new one; nothing if both are the same."""
    return move_many(metric, day, [] if old is None else [(old, weight)], [] if new is None else [(new, weight)])


def move_many(metric: str, day: date, old: Iterable[tuple[Dims, float]], new: Iterable[tuple[Dims, float]]) -> list[Change]:
    """Many buckets at once (a signatory's badges, a practice's themes): only the differences change."""
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for dims, weight in old:
        before[dims_key(dims)] += weight
    for dims, weight in new:
        after[dims_key(dims)] += weight
    out = []
    for key in sorted(set(before) | set(after)):
        delta = after[key] - before[key]
        if delta:
            out.append(Change(metric, day, key, delta))
    return out


@dataclass
class Known:
    """The tracked entities an event run reads and writes, in memory; `dirty` is what to store."""

    rows: dict[Key, dict[str, Any] | None] = field(default_factory=dict)
    dirty: set[Key] = field(default_factory=set)

    def get(self, kind: str, id_: str | None) -> dict[str, Any] | None:
        """What is kept of an entity, or None."""
        if id_ is None:
            return None
        found = self.rows.get((kind, id_))
        return dict(found) if found is not None else None

    def put(self, kind: str, id_: str, attributes: dict[str, Any]) -> None:
        """Keep (or replace) what is known of an entity."""
        self.rows[(kind, id_)] = attributes
        self.dirty.add((kind, id_))

    def drop(self, kind: str, id_: str) -> None:
        """Forget an entity."""
        self.rows[(kind, id_)] = None
        self.dirty.add((kind, id_))


def event_day(time: str) -> date | None:
    """The UTC date of a `ce-time`, or None when it does not parse."""
    at = event_instant(time)
    return at.date() if at is not None else None


def event_instant(time: str) -> datetime | None:
    """A `ce-time` as an aware UTC datetime, or None when it does not parse."""
    try:
        at = datetime.fromisoformat(time)
    except (TypeError, ValueError):
        return None
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).astimezone(UTC)


def instant_text(at: datetime) -> str:
    """One fixed ISO form, so that text order is time order in the database."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def period_start(day: date, interval: SeriesInterval) -> date:
    """The first day of the day, ISO week (Monday) or month that holds `day`."""
    if interval == SeriesInterval.week:
        return day - timedelta(days=day.weekday())
    if interval == SeriesInterval.month:
        return day.replace(day=1)
    return day


def next_period(start: date, interval: SeriesInterval) -> date:
    """The first day of the period after the one starting on `start`."""
    if interval == SeriesInterval.day:
        return start + timedelta(days=1)
    if interval == SeriesInterval.week:
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def periods(since: date, until: date, interval: SeriesInterval) -> list[date]:
    """Every period that meets [since, until], by its first day."""
    out = []
    at = period_start(since, interval)
    while at <= until:
        out.append(at)
        at = next_period(at, interval)
    return out


def period_count(since: date, until: date, interval: SeriesInterval) -> int:
    """How many periods a series over [since, until] has, without listing them."""
    days = (until - since).days
    if interval == SeriesInterval.day:
        return days + 1
    if interval == SeriesInterval.week:
        return (period_start(until, interval) - period_start(since, interval)).days // 7 + 1
    return (until.year - since.year) * 12 + until.month - since.month + 1


def group_of(dims: Dims, group_by: str | None) -> str | None:
    """The series a bucket belongs to: the text of its `group_by` dimension (None: one series)."""
    if group_by is None:
        return None
    value = dims.get(group_by)
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def matches(dims: Dims, filters: Mapping[str, str]) -> bool:
    """A bucket passes the filters; a pairing's `region_pair` passes a world_region at either end."""
    for name, wanted in filters.items():
        if name == "world_region" and "region_pair" in dims and "world_region" not in dims:
            if wanted not in str(dims.get("region_pair") or "").split("+"):
                return False
        elif dims.get(name) != wanted:
            return False
    return True


@dataclass(frozen=True)
class Series:
    """One line of a chart: its group and a value per period."""

    group: str | None
    points: list[tuple[date, float]]


def build_series(
    rows: Iterable[tuple[date, Dims, float]],
    kind: MetricKind,
    since: date,
    until: date,
    interval: SeriesInterval,
    group_by: str | None,
) -> list[Series]:
    """Series of `rows` (day, dims, change) over [since, until], every period present (0s filled).

    A flow sums the days of each period within the range; a stock is the running sum of every
    change up to the end of each period (or `until`, for the last one)."""
    starts = periods(since, until, interval)
    by_group: dict[str | None, dict[date, float]] = {}
    opening: dict[str | None, float] = {}
    for day, dims, value in rows:
        group = group_of(dims, group_by)
        cells = by_group.setdefault(group, {})
        if day > until:
            continue
        if day < since:
            if kind == MetricKind.stock:
                opening[group] = opening.get(group, 0) + value
            continue
        at = period_start(day, interval)
        cells[at] = cells.get(at, 0) + value
    if group_by is None and not by_group:
        by_group[None] = {}
    out = []
    for group in sorted(by_group, key=lambda g: (g is None, g or "")):
        cells = by_group[group]
        level = opening.get(group, 0)
        points = []
        for at in starts:
            if kind == MetricKind.stock:
                level += cells.get(at, 0)
                points.append((at, clean(level)))
            else:
                points.append((at, clean(cells.get(at, 0))))
        out.append(Series(group, points))
    return out


def clean(value: float) -> float | int:
    """A whole number as an int (3, not 3.0); float noise of a sum rounded away."""
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def sum_by(totals: Iterable[tuple[Dims, float]], dimension: str) -> dict[str, float | int]:
    """Totals summed per value of one dimension, zeros left out, largest first."""
    out: dict[str, float] = {}
    for dims, value in totals:
        group = group_of(dims, dimension)
        if group is not None:
            out[group] = out.get(group, 0) + value
    return {k: clean(v) for k, v in sorted(out.items(), key=lambda kv: (-kv[1], kv[0])) if clean(v)}


def mean_by(totals: Iterable[tuple[Dims, float]], dimension: str, numeric: str) -> dict[str, float]:
    """The mean of a numeric dimension (a score) per value of another (a criterion), each bucket
    weighted by its count; two decimals."""
    counts: dict[str, float] = {}
    sums: dict[str, float] = {}
    for dims, count in totals:
        group, value = group_of(dims, dimension), dims.get(numeric)
        if group is None or value is None or not count:
            continue
        counts[group] = counts.get(group, 0) + count
        sums[group] = sums.get(group, 0) + float(value) * count
    return {g: round(sums[g] / counts[g], 2) for g in sorted(counts) if counts[g]}


def share(part: float, whole: float) -> float:
    """part / whole, 0.0 when there is no whole."""
    return round(part / whole, 6) if whole > 0 else 0.0
