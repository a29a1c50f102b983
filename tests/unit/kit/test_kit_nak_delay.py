"""The consumer's retry back-off doubles from 0.5 s and stops growing at 30 s."""

from __future__ import annotations

from shared.consumer import nak_delay


def test_back_off_doubles_from_half_a_second():
    assert [nak_delay(d) for d in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0]


def test_back_off_is_capped_at_thirty_seconds():
    assert {nak_delay(d) for d in range(7, 100)} == {30.0}
    delays = [nak_delay(d) for d in range(0, 100)]
    assert delays == sorted(delays)
    assert nak_delay(0) == 0.5  # a missing delivery count is treated as the first try
