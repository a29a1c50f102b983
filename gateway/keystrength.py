"""How strong a key is: the rule IUC_ADMIN_API_KEY must pass before the gateway seeds it.

Generated keys (`gateway.keys create`) have 256 bits; the admin key is the one a person picks,
and it opens everything. A character-class estimate alone would pass `aaaa…` or a phrase of
dictionary words, so repeats, placeholder words and long runs of letters are discounted.
"""

from __future__ import annotations

import math
import re

# What IUC_ADMIN_API_KEY must have: the admin key opens everything.
ADMIN_KEY_MIN_LENGTH = 32
ADMIN_KEY_MIN_BITS = 128
MAKE_ONE = 'python -c "import secrets; print(secrets.token_urlsafe(32))"'

# Words and runs that make up the keys people type by hand ("change-me-admin-key"); they add nothing.
_WEAK_PARTS = sorted(
    {
        "change",
        "changeme",
        "admin",
        "administrator",
        "secret",
        "password",
        "passwd",
        "default",
        "example",
        "test",
        "testing",
        "demo",
        "sample",
        "local",
        "develop",
        "development",
        "please",
        "letmein",
        "welcome",
        "token",
        "apikey",
        "key",
        "iuc",
        "root",
        "qwerty",
        "azerty",
        "asdf",
        "abcdefghijklmnopqrstuvwxyz",
        "0123456789",
        "1234567890",
    },
    key=len,
    reverse=True,
)
_WORD_RUN = re.compile(r"[a-z]{8,}|[A-Z]{8,}")


def estimate_entropy_bits(key: str) -> float:
    """A cautious estimate of a key's entropy, in bits.

    Placeholder words and alphabet runs count nothing; a character that repeats what came before
    counts nothing (a third one in a row, or one ending four characters seen before: so `aaaa…`
    or `abab…` stay near zero); a run of eight or more letters of one case
    counts as language, 2 bits a letter; every other character counts log2 of the size of the
    character classes the key draws on (lower, upper, digits, others). A generated
    `secrets.token_urlsafe(32)` scores about 250 bits, `change-me-admin-key` nothing.
    """
    rest = key
    for word in _WEAK_PARTS:
        rest = re.sub(re.escape(word), " ", rest, flags=re.IGNORECASE)
    rest = "".join(c for c in rest if c != " ")
    pool = (
        26 * any(c.islower() for c in rest)
        + 26 * any(c.isupper() for c in rest)
        + 10 * any(c.isdigit() for c in rest)
        + 33 * any(not c.isalnum() for c in rest)
    )
    if not rest or pool < 2:
        return 0.0
    wordy = set()
    for m in _WORD_RUN.finditer(rest):
        wordy.update(range(m.start(), m.end()))
    seen: set[str] = set()
    bits = 0.0
    for i, c in enumerate(rest):
        gram = rest[max(0, i - 3) : i + 1]
        if (i >= 3 and gram in seen) or (i >= 2 and c == rest[i - 1] == rest[i - 2]):
            continue  # a repeat of what came before: `aaaa…`, `abab…`, a word used twice
        seen.add(gram)
        bits += 2.0 if i in wordy else math.log2(pool)
    return bits


def admin_key_problem(key: str) -> str | None:
    """Why `key` may not be IUC_ADMIN_API_KEY (None if it may)."""
    if len(key) < ADMIN_KEY_MIN_LENGTH:
        return f"IUC_ADMIN_API_KEY has {len(key)} characters; it needs at least {ADMIN_KEY_MIN_LENGTH}. Make one with: {MAKE_ONE}"
    bits = estimate_entropy_bits(key)
    if bits < ADMIN_KEY_MIN_BITS:
        return (
            f"IUC_ADMIN_API_KEY looks guessable (about {bits:.0f} bits of entropy; at least {ADMIN_KEY_MIN_BITS} needed: "
            f"no words, repeats or patterns). Make one with: {MAKE_ONE}"
        )
    return None
