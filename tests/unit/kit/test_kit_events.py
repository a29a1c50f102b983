"""CloudEvents in binary mode: headers + JSON body, round trip and rejection."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import orjson
import pytest

from shared.events import REGISTRY, CloudEvent, EventPayload


class PlanApproved(EventPayload):
    service: ClassVar[str] = "kitunit"
    entity: ClassVar[str] = "plan"
    event: ClassVar[str] = "approved"

    plan_id: str
    score: int = 0


def test_payload_class_names_subject_type_and_source():
    assert PlanApproved.nats_subject() == "iuc.kitunit.plan.approved"
    assert PlanApproved.event_type() == "iuc.kitunit.plan.approved.v1"
    assert PlanApproved.source() == "/iuc/kitunit"
    assert REGISTRY["iuc.kitunit.plan.approved.v1"] is PlanApproved


def test_round_trip_through_headers_and_body():
    ce = CloudEvent.new(PlanApproved(plan_id="p-1", score=7), subject="plans/p-1", traceparent="00-abc-def-01")
    headers, body = ce.headers(), ce.body()

    assert headers["ce-specversion"] == "1.0"
    assert headers["ce-id"] == headers["Nats-Msg-Id"] == ce.id
    assert headers["ce-source"] == "/iuc/kitunit"
    assert headers["ce-type"] == "iuc.kitunit.plan.approved.v1"
    assert headers["ce-subject"] == "plans/p-1"
    assert headers["ce-traceparent"] == "00-abc-def-01"
    assert headers["ce-time"].endswith("Z")
    assert headers["content-type"] == "application/json"
    assert orjson.loads(body) == {"plan_id": "p-1", "score": 7}

    back = CloudEvent.from_nats(ce.nats_subject, headers, body)
    assert back == ce
    assert back.payload() == PlanApproved(plan_id="p-1", score=7)


def test_optional_attributes_are_left_out_and_header_case_does_not_matter():
    ce = CloudEvent.new(PlanApproved(plan_id="p-2"), subject=None)
    headers = ce.headers()
    assert "ce-subject" not in headers and "ce-traceparent" not in headers
    shouted = {k.upper(): v for k, v in headers.items()}
    assert CloudEvent.from_nats(ce.nats_subject, shouted, ce.body()) == ce


def test_two_events_get_different_ids():
    assert CloudEvent.new(PlanApproved(plan_id="a"), None).id != CloudEvent.new(PlanApproved(plan_id="a"), None).id


@pytest.mark.parametrize(
    ("change", "body", "message"),
    [
        ("no headers", b"{}", "not a CloudEvent"),
        ("drop ce-id", b"{}", "missing ce-id"),
        ("drop ce-type", b"{}", "missing ce-type"),
        ("specversion 0.3", b"{}", "unsupported CloudEvents specversion"),
        ("keep", b"not json", "not JSON"),
        ("keep", b"[1, 2]", "JSON object"),
    ],
)
def test_non_cloudevents_are_rejected(change, body, message):
    headers: dict[str, str] | None = CloudEvent.new(PlanApproved(plan_id="p"), None).headers()
    if change == "no headers":
        headers = None
    elif change.startswith("drop "):
        del headers[change.removeprefix("drop ")]
    elif change == "specversion 0.3":
        headers["ce-specversion"] = "0.3"
    with pytest.raises(ValueError, match=message):
        CloudEvent.from_nats("iuc.kitunit.plan.approved", headers, body)


def test_payload_rejects_unknown_types_and_invalid_data():
    ce = CloudEvent.new(PlanApproved(plan_id="p"), None)
    with pytest.raises(ValueError, match="unknown event type"):
        dataclasses.replace(ce, type="iuc.kitunit.plan.approved.v2").payload()
    with pytest.raises(ValueError):
        dataclasses.replace(ce, data={"score": "many"}).payload()
