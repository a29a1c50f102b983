"""The largest event every contract admits fits NATS's default max_payload with its headers.

The worst case is derived from each contract's JSON schema (tests/unit/kit/kitsupport.py): every
string at its bound of the widest character, every list full, every optional field present. It is
serialised as the outbox does it: `CloudEvent.new` dumps the payload, the outbox row stores it as
JSON text (SQLAlchemy's `json.dumps`, ASCII-escaped, which the relay sends as it is) and
`CloudEvent.body` would send orjson's; the larger of the two counts, with the headers at their
largest (the outbox columns bound them)."""

from __future__ import annotations

import json

import orjson
import pytest
from pydantic import ValidationError

import shared.contracts  # noqa: F401  (registers every event type)
from shared.events import REGISTRY, CloudEvent, EventPayload, binary_headers
from tests.unit.kit.kitsupport import WIDE, unbounded, worst_case

# nats-server's default max_payload; headers count towards it.
MAX_PAYLOAD = 1_048_576
# The outbox columns the headers come from (shared/tables.py): event_id String(36), time String(40),
# subject String(200), traceparent String(100).
EVENT_ID, TIME, SUBJECT, TRACEPARENT = "0" * 36, "9" * 40, WIDE * 200, "f" * 100

# The platform's contracts: those of shared/contracts (a test elsewhere in the session may register
# a contract of its own, such as the kit tests' `kittest` events).
CONTRACTS = sorted((t, m) for t, m in REGISTRY.items() if m.__module__.startswith("shared.contracts."))


def _measure(value: object) -> bytes:
    return max(orjson.dumps(value), json.dumps(value).encode(), key=len)


def header_block(headers: dict[str, str]) -> bytes:
    """The headers as nats-py puts them on the wire (HPUB): a status line, `key: value` lines, a blank line."""
    lines = [b"NATS/1.0"] + [f"{k}: {v}".encode() for k, v in headers.items()]
    return b"\r\n".join(lines) + b"\r\n\r\n"


def worst_message(model: type[EventPayload]) -> tuple[int, int]:
    """(body bytes, header bytes) of the largest event of `model`."""
    schema = model.model_json_schema()
    data = worst_case(schema, schema.get("$defs", {}), _measure)
    try:
        payload = model.model_validate(data)  # the worst case is an event the contract admits...
    except ValidationError as exc:
        # ...unless a pattern admits no string of the widest character: then it is larger than any.
        assert {e["type"] for e in exc.errors()} == {"string_pattern_mismatch"}, exc
        body = len(_measure(data))
    else:
        ce = CloudEvent.new(payload, SUBJECT)
        body = max(len(ce.body()), len(json.dumps(ce.data).encode()))
    headers = binary_headers(EVENT_ID, model.source(), model.event_type(), TIME, SUBJECT, TRACEPARENT)
    return body, len(header_block(headers))


def test_every_event_type_is_checked():
    assert len(CONTRACTS) >= 30, "the registry lost event types: is shared.contracts imported?"


@pytest.mark.parametrize(("event_type", "model"), CONTRACTS, ids=[t for t, _ in CONTRACTS])
def test_every_field_of_the_contract_is_bounded(event_type: str, model: type[EventPayload]):
    schema = model.model_json_schema()
    problems = unbounded(schema, schema.get("$defs", {}), model.__name__)
    assert not problems, f"{event_type}: bound these fields (shared/contracts/fields.py): " + "; ".join(problems)


@pytest.mark.parametrize(("event_type", "model"), CONTRACTS, ids=[t for t, _ in CONTRACTS])
def test_the_largest_event_fits_the_stream(event_type: str, model: type[EventPayload]):
    body, headers = worst_message(model)
    assert body + headers <= MAX_PAYLOAD, (
        f"{event_type}: the largest event is {body:,} bytes of data and {headers:,} of headers, over NATS's "
        f"max_payload of {MAX_PAYLOAD:,}: tighten the request bounds it is built from"
    )


def test_the_worst_case_is_as_wide_as_the_bounds():
    # A 50,000-character summary of 4-byte characters is 600,000 bytes once ASCII-escaped: the
    # measure really is the worst case, not the size of an empty event.
    from shared.contracts.knowledge import PracticePublished

    body, _ = worst_message(PracticePublished)
    assert body > 50_000 * 12


def test_a_field_without_a_bound_is_named():
    from pydantic import BaseModel

    class Loose(BaseModel):
        note: str
        tags: list[str]
        scores: dict[str, int]

    problems = unbounded(Loose.model_json_schema(), {}, "Loose")
    assert problems == [
        "Loose.note: a string without maxLength",
        "Loose.tags: a list without maxItems",
        "Loose.tags[]: a string without maxLength",
        "Loose.scores: a dict without maxProperties",
    ]
