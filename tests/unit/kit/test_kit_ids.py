"""new_id: UUID version 7, ordered by creation time across milliseconds."""

from __future__ import annotations

import time
import uuid

from shared.ids import new_id


def test_new_id_is_a_version_7_uuid_with_the_current_time():
    before = time.time_ns() // 1_000_000
    value = uuid.UUID(new_id())
    after = time.time_ns() // 1_000_000
    assert value.version == 7
    assert str(value) == str(uuid.UUID(str(value)))
    assert value.variant == uuid.RFC_4122
    assert before <= value.int >> 80 <= after


def test_the_text_is_the_canonical_uuid_form():
    text = new_id()
    assert text == str(uuid.UUID(text)) and len(text) == 36


def test_ids_are_unique():
    assert len({new_id() for _ in range(5000)}) == 5000


def test_ids_increase_over_milliseconds():
    ids = []
    for _ in range(5):
        ids.append(new_id())
        ms = time.time_ns() // 1_000_000
        while time.time_ns() // 1_000_000 == ms:  # the next millisecond, no longer
            pass
    assert ids == sorted(ids)
    assert [uuid.UUID(i).int for i in ids] == sorted(uuid.UUID(i).int for i in ids)
