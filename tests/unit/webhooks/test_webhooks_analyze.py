"""When the worker has PostgreSQL count the queue again: a young table often, then every 30 s."""

from __future__ import annotations

from services.webhooks.delivery.worker import analyze_due


def test_nothing_claimed_is_never_counted_again():
    assert not analyze_due(0, 50_000, 3_600.0)


def test_a_filling_queue_is_counted_at_a_thousand_claims_then_at_half_of_what_came_before():
    assert not analyze_due(999, 0, 1.0)
    assert analyze_due(1_000, 0, 1.0)
    assert analyze_due(1_000, 2_000, 1.0) and not analyze_due(1_499, 3_000, 1.0)
    assert analyze_due(1_500, 3_000, 1.0)
    # later the 30 s rule takes over: 5,000 claims on top of 100,000 wait for it
    assert not analyze_due(5_000, 100_000, 29.9) and analyze_due(5_000, 100_000, 30.0)


def test_the_counts_of_a_steady_500_a_second_come_sooner_then_every_30_s():
    counted_at, before, since, last = [], 0, 0, 0
    for tick in range(1, 1201):  # 120 s in tenths of a second, 50 claims each
        since += 50
        if analyze_due(since, before, (tick - last) / 10):
            counted_at.append(tick / 10)
            before, since, last = before + since, 0, tick
    assert counted_at == [2.0, 4.0, 6.0, 9.0, 13.5, 20.3, 30.5, 45.8, 68.7, 98.7]
