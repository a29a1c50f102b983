"""The body a receiver gets, and the secrets that sign it."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import orjson

from services.webhooks.domain import excerpt, message_body, new_secret, signing_secrets

NOW = datetime(2027, 3, 1, 12, 30, tzinfo=UTC)


def test_the_body_is_type_timestamp_and_data():
    body = message_body("iuc.applications.city.registered.v1", NOW, {"city_id": "c1", "name": "Sevilla"})
    assert orjson.loads(body) == {
        "type": "iuc.applications.city.registered.v1",
        "timestamp": "2027-03-01T12:30:00Z",
        "data": {"city_id": "c1", "name": "Sevilla"},
    }


def test_a_secret_is_whsec_and_24_random_bytes():
    a, b = new_secret(), new_secret()
    assert a.startswith("whsec_") and a != b
    assert len(base64.b64decode(a.removeprefix("whsec_"))) == 24


def test_the_current_secret_and_unexpired_rotated_ones_sign():
    rows = [("whsec_old", NOW - timedelta(seconds=1)), ("whsec_prev", NOW + timedelta(hours=3)), ("whsec_new", None)]
    assert signing_secrets(rows, NOW) == ("whsec_prev", "whsec_new")


def test_an_excerpt_is_at_most_1024_characters():
    assert len(excerpt("x" * 5000)) == 1024
    assert excerpt("short") == "short"
