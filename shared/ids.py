"""Time-ordered identifiers (UUID version 7, RFC 9562), so keyset pages follow creation order."""

from __future__ import annotations

import os
import threading
import time

# Random bits come from the OS in blocks: one system call per id cost about a tenth of an
# import's time (an import of the Covenant file makes some 65,000 ids).
_BLOCK = 10 * 512
_pool = b""
_pos = _BLOCK
_lock = threading.Lock()


def _random_10_bytes() -> bytes:
    global _pool, _pos
    with _lock:
        if _pos + 10 > len(_pool):
            _pool, _pos = os.urandom(_BLOCK), 0
        _pos += 10
        return _pool[_pos - 10 : _pos]


def new_id() -> str:
    """A UUIDv7 string: 48 bits of Unix milliseconds, then random bits."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(_random_10_bytes(), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 68) & 0xFFF) << 64  # rand_a
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
