"""BUG REPRODUCTION (shared/consumer.py, nak_delay): the back-off is computed before it is
capped, so from the 1026th delivery `0.5 * 2 ** 1025` overflows a float and raises
OverflowError inside ConsumerRunner.handle's error path. A consumer with max_deliver=-1
(unlimited) that keeps failing then crashes on every delivery instead of nak'ing it.
"""

from __future__ import annotations

from shared.consumer import nak_delay


def test_cap_holds_for_any_delivery_count():
    assert nak_delay(2_000) == 30.0
