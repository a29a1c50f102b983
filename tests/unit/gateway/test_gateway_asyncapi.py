"""The AsyncAPI document generated from event payload classes."""

from __future__ import annotations

import re

import pytest
from pydantic import BaseModel

from shared import events
from shared.asyncapi import build_asyncapi
from shared.events import EventPayload


@pytest.fixture
def registry():
    """Stub event classes, removed from the global registry afterwards."""
    before = dict(events.REGISTRY)

    class Region(BaseModel):
        code: str
        name: str

    class OrganisationJoined(EventPayload):
        """An organisation joined a value chain."""

        service, entity, event = "value_chains", "organisation", "joined"
        organisation_id: str
        region: Region

    class OrganisationLeft(EventPayload):
        """An organisation left."""

        service, entity, event = "value_chains", "organisation", "left"
        organisation_id: str

    class OrganisationLeftV2(EventPayload):
        """An organisation left, with a reason."""

        service, entity, event, version = "value_chains", "organisation", "left", 2
        organisation_id: str
        reason: str

    classes = (OrganisationJoined, OrganisationLeft, OrganisationLeftV2)
    yield {c.event_type(): c for c in classes}
    events.REGISTRY.clear()
    events.REGISTRY.update(before)


def resolve(doc: dict, ref: str):
    node = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def all_refs(node) -> list[str]:
    if isinstance(node, dict):
        return ([node["$ref"]] if "$ref" in node else []) + [r for v in node.values() for r in all_refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in all_refs(v)]
    return []


def test_the_document_is_asyncapi_3_over_nats(registry):
    doc = build_asyncapi(registry, nats_url="nats://user:pw@nats.internal:4222")
    assert doc["asyncapi"] == "3.0.0"
    assert doc["info"]["title"] and doc["info"]["version"]
    assert doc["servers"]["nats"] == {
        "host": "nats.internal:4222",
        "protocol": "nats",
        "description": doc["servers"]["nats"]["description"],
    }


def test_one_channel_per_subject_and_one_message_per_event_type(registry):
    doc = build_asyncapi(registry)
    assert set(doc["channels"]) == {"iuc.value_chains.organisation.joined", "iuc.value_chains.organisation.left"}
    left = doc["channels"]["iuc.value_chains.organisation.left"]
    assert left["address"] == "iuc.value_chains.organisation.left"
    assert set(left["messages"]) == {"iuc.value_chains.organisation.left.v1", "iuc.value_chains.organisation.left.v2"}


def test_one_send_operation_per_event_names_its_service(registry):
    doc = build_asyncapi(registry)
    assert len(doc["operations"]) == 3
    for op in doc["operations"].values():
        assert op["action"] == "send"
        assert op["x-iuc-service"] == "value_chains" and op["tags"] == [{"name": "value_chains"}]
        [message] = op["messages"]
        assert message["$ref"].startswith(op["channel"]["$ref"] + "/messages/")


def test_payloads_are_the_pydantic_schemas_with_nested_models_in_components(registry):
    doc = build_asyncapi(registry)
    message = doc["components"]["messages"]["iuc.value_chains.organisation.joined.v1"]
    payload = resolve(doc, message["payload"]["$ref"])
    assert payload["required"] == ["organisation_id", "region"]
    assert resolve(doc, payload["properties"]["region"]["$ref"])["properties"]["code"] == {
        "title": "Code",
        "type": "string",
    }
    assert "$defs" not in str(doc)


def test_headers_describe_the_cloudevents_binary_mode(registry):
    doc = build_asyncapi(registry)
    headers = doc["components"]["messages"]["iuc.value_chains.organisation.left.v2"]["headers"]
    props = headers["properties"]
    for name in (
        "ce-specversion",
        "ce-id",
        "ce-source",
        "ce-type",
        "ce-time",
        "ce-subject",
        "ce-traceparent",
        "Nats-Msg-Id",
    ):
        assert name in props
    assert props["ce-type"]["const"] == "iuc.value_chains.organisation.left.v2"
    assert props["ce-source"]["const"] == "/iuc/value_chains"


def test_every_ref_resolves_and_component_keys_are_valid(registry):
    doc = build_asyncapi(registry)
    for ref in all_refs(doc):
        resolve(doc, ref)
    for section in doc["components"].values():
        assert all(re.fullmatch(r"[\w.\-]+", key) for key in section)


def test_the_default_is_every_registered_event(registry):
    doc = build_asyncapi()
    assert set(registry) <= set(doc["components"]["messages"])
