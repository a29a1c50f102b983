"""How large a request body may be, per operation: the one table the gateway and every service read.

The gateway refuses a body over its operation's limit before reading it (gateway/proxy.py); each
service enforces the same limit while it receives (shared/bodylimit.py), so a caller of a
service's own port gets no further; the merged OpenAPI says each operation's limit
(`x-body-limit`, shared/openapi.py). Why these sizes: docs/decisions/0017-body-and-field-limits.md.

An operation that is not in `LIMITS` takes at most `JSON_BODY`. A limit belongs to an operation
(method and the path template its service declares), not to a service, so the gateway, which
sees only concrete paths, matches them the same way the service's router does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KiB = 1024
MiB = 1024 * KiB

# Every JSON body. A body the models admit is well under 1 MiB sent compact (the largest,
# a good practice with its seven long texts, is 350 KB of ASCII); twice NATS's 1 MiB message
# leaves room for clients that pretty-print or escape every non-ASCII character as \\uXXXX
# (Python's json.dumps does by default).
JSON_BODY = 2 * MiB
# A bulk sync of up to 1,000 records (covenant batchUpsert): the 1,000 largest real
# signatories of the JRC file, with three commitments and an ETag each, are 0.9 MB
# pretty-printed; 8 MiB is 8 KiB a record.
BULK_BODY = 8 * MiB
# A CSV import: the largest real file an office uploads is the JRC emission inventories,
# 8.5 MB for 61,207 rows (the signatories file is 2.2 MB, GeoNames cities15000 2.3 MB); the
# limit is almost four times that.
CSV_IMPORT = 32 * MiB
# The OAuth2 token form (grant type, client id and secret, scope).
FORM_BODY = 16 * KiB


@dataclass(frozen=True)
class OperationLimit:
    """The body limit of one operation, and why it is not the default."""

    method: str
    path: str  # the route's template, as its service declares it ("/v1/things/{id}:verb")
    limit: int
    why: str
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A path parameter matches one segment, as in the services' routers.
        regex = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}]+\})", self.path))
        object.__setattr__(self, "pattern", re.compile(regex + r"\Z"))


LIMITS: tuple[OperationLimit, ...] = (
    OperationLimit("POST", "/v1/covenant/signatories:batchUpsert", BULK_BODY, "a regional office syncs 1,000 signatories"),
    OperationLimit("POST", "/v1/covenant/imports", CSV_IMPORT, "a JRC CSV file (the inventories file is 8.5 MB)"),
    OperationLimit("POST", "/v1/cities/imports", CSV_IMPORT, "a GeoNames CSV extract (cities15000 is 2.3 MB)"),
    # The gateway's own: a client-credentials form is a few hundred bytes.
    OperationLimit("POST", "/oauth/token", FORM_BODY, "an OAuth2 client-credentials form"),
)

_BY_PATH: dict[tuple[str, str], int] = {(o.method, o.path): o.limit for o in LIMITS}


def body_limit(method: str, path: str) -> int:
    """The most bytes a request body of `method path` may have (a concrete path or a template)."""
    exact = _BY_PATH.get((method, path))
    if exact is not None:
        return exact
    for op in LIMITS:
        if op.method == method and op.pattern.match(path):
            return op.limit
    return JSON_BODY


def size_text(n: int) -> str:
    """A byte count as people say it: "2 MiB", "512 KiB", "1000 bytes"."""
    for unit, size in (("MiB", MiB), ("KiB", KiB)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return f"{n} bytes"


def too_large_detail(limit: int) -> str:
    """The `detail` of a 413: the limit, in words a caller can act on."""
    return f"The request body is larger than {size_text(limit)}, the limit for this operation."
