"""The read model's arithmetic: buckets, stock moves, periods and series with fixed numbers."""

from __future__ import annotations

from datetime import date

from services.insights.domain import (
    MetricKind,
    SeriesInterval,
    build_series,
    change,
    dims_key,
    matches,
    move,
    move_many,
    period_count,
    period_start,
    periods,
    sum_by,
)

D = date(2026, 11, 4)  # a Wednesday


def test_a_bucket_is_one_key_whatever_the_order_of_its_dimensions():
    assert dims_key({"b": 1, "a": "x"}) == dims_key({"a": "x", "b": 1}) == '{"a":"x","b":1}'


def test_a_stock_moves_minus_one_from_the_old_bucket_and_plus_one_to_the_new():
    out, into = sorted(move("m", D, {"state": "submitted"}, {"state": "accepted"}), key=lambda c: c.delta)
    assert (out.dims, out.delta) == ({"state": "submitted"}, -1)
    assert (into.dims, into.delta) == ({"state": "accepted"}, 1)
    assert move("m", D, {"state": "x"}, {"state": "x"}) == []
    assert [c.delta for c in move("m", D, None, {"state": "x"})] == [1]


def test_many_buckets_change_only_where_they_differ():
    changes = move_many("badges", D, [({"b": "a"}, 1), ({"b": "m"}, 1)], [({"b": "m"}, 1), ({"b": "z"}, 1)])
    assert sorted((c.dims["b"], c.delta) for c in changes) == [("a", -1), ("z", 1)]
    [emissions] = move_many("e", D, [({"k": "baseline"}, 120.5)], [({"k": "baseline"}, 100.0)])
    assert emissions.delta == -20.5


def test_periods_start_on_the_day_the_monday_and_the_first_of_the_month():
    assert period_start(D, SeriesInterval.day) == D
    assert period_start(D, SeriesInterval.week) == date(2026, 11, 2)
    assert period_start(D, SeriesInterval.month) == date(2026, 11, 1)
    assert periods(date(2026, 11, 20), date(2027, 2, 3), SeriesInterval.month) == [
        date(2026, 11, 1),
        date(2026, 12, 1),
        date(2027, 1, 1),
        date(2027, 2, 1),
    ]
    assert period_count(date(2026, 11, 20), date(2027, 2, 3), SeriesInterval.month) == 4
    assert (
        period_count(date(2026, 11, 4), date(2026, 11, 16), SeriesInterval.week)
        == len(periods(date(2026, 11, 4), date(2026, 11, 16), SeriesInterval.week))
        == 3
    )


def test_a_flow_sums_each_period_and_fills_zeros():
    rows = [
        (date(2026, 10, 30), {"s": "a"}, 5),  # before the range: not counted
        (date(2026, 11, 2), {"s": "a"}, 1),
        (date(2026, 11, 3), {"s": "b"}, 2),
        (date(2027, 1, 9), {"s": "a"}, 3),
    ]
    [only] = build_series(rows, MetricKind.flow, date(2026, 11, 1), date(2027, 1, 31), SeriesInterval.month, None)
    assert only.group is None
    assert only.points == [(date(2026, 11, 1), 3), (date(2026, 12, 1), 0), (date(2027, 1, 1), 3)]
    a, b = build_series(rows, MetricKind.flow, date(2026, 11, 1), date(2027, 1, 31), SeriesInterval.month, "s")
    assert (a.group, [v for _, v in a.points]) == ("a", [1, 0, 3])
    assert (b.group, [v for _, v in b.points]) == ("b", [2, 0, 0])


def test_a_stock_is_the_running_level_at_the_end_of_each_period():
    rows = [
        (date(2026, 9, 1), {"s": "submitted"}, 4),  # before the range: the opening level
        (date(2026, 11, 2), {"s": "submitted"}, -1),
        (date(2026, 11, 2), {"s": "accepted"}, 1),
        (date(2026, 12, 24), {"s": "accepted"}, 2),
        (date(2027, 2, 1), {"s": "accepted"}, 9),  # after the range
    ]
    accepted, submitted = build_series(rows, MetricKind.stock, date(2026, 11, 1), date(2027, 1, 31), SeriesInterval.month, "s")
    assert [v for _, v in accepted.points] == [1, 3, 3]
    assert [v for _, v in submitted.points] == [3, 3, 3]
    [total] = build_series(rows, MetricKind.stock, date(2026, 11, 1), date(2027, 1, 31), SeriesInterval.month, None)
    assert [v for _, v in total.points] == [4, 6, 6]


def test_an_empty_series_is_all_zeros():
    [only] = build_series([], MetricKind.flow, date(2026, 11, 1), date(2026, 11, 3), SeriesInterval.day, None)
    assert [v for _, v in only.points] == [0, 0, 0]


def test_a_pairing_matches_a_world_region_at_either_end():
    dims = {"call_id": "c1", "region_pair": "eu+latin_america_caribbean"}
    assert matches(dims, {"world_region": "eu"}) and matches(dims, {"world_region": "latin_america_caribbean"})
    assert not matches(dims, {"world_region": "asia"})
    assert matches(dims, {"call_id": "c1"}) and not matches(dims, {"call_id": "c2"})


def test_totals_by_a_dimension_leave_out_zeros_largest_first():
    totals = [({"s": "a"}, 1), ({"s": "b"}, 3), ({"s": "a"}, 1), ({"s": "c"}, 0), ({"s": None}, 4)]
    assert list(sum_by(totals, "s").items()) == [("b", 3), ("a", 2)]


def test_a_change_carries_its_bucket():
    c = change("applications.submitted", D, {"call_id": "c1"})
    assert (c.metric, c.day, c.dims, c.delta) == ("applications.submitted", D, {"call_id": "c1"}, 1)
