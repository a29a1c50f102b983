"""The platform's NATS identities and the server config made from them (shared.natsauth)."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import bcrypt

from shared import natsauth
from shared.catalog import SERVICES
from shared.nats import NatsAuth

CONSUMERS = {"action_plans": ("action-plans",), "covenant": ("covenant",)}


def by_name() -> dict[str, natsauth.NatsUser]:
    return {u.name: u for u in natsauth.platform_users("IUC", CONSUMERS)}


def event_subjects(subjects: tuple[str, ...]) -> set[str]:
    return {s for s in subjects if s.startswith("iuc.")}


def test_every_service_and_relay_publishes_its_own_events_only() -> None:
    users = by_name()
    for entry in SERVICES:
        assert event_subjects(users[entry.name].publish) == {f"iuc.{entry.name}.>"}
        assert event_subjects(users[f"{entry.name}-relay"].publish) == {f"iuc.{entry.name}.>"}
    assert event_subjects(users["ops"].publish) == {"iuc.>"}  # a replay republishes any event
    assert event_subjects(users["observer"].publish) == set()


def test_a_service_works_only_its_own_durables() -> None:
    plans = by_name()["action_plans"].publish
    assert "$JS.API.CONSUMER.MSG.NEXT.IUC.action-plans" in plans and "$JS.ACK.IUC.action-plans.>" in plans
    assert not [s for s in plans if ".covenant" in s]
    relay = by_name()["action_plans-relay"].publish
    assert not [s for s in relay if "CONSUMER" in s or "ACK" in s]


def test_everybody_subscribes_under_an_inbox_of_their_own() -> None:
    for user in by_name().values():
        inboxes = [s for s in user.subscribe if s.startswith("_INBOX")]
        assert inboxes == [f"_INBOX_{user.name}.>"], user.name
        assert set(user.subscribe) - set(inboxes) <= {f"_IUC_RELAY.{user.name.removesuffix('-relay')}"}


def test_the_observer_keeps_off_the_platforms_durables() -> None:
    observer = by_name()["observer"]
    for durable in ("action-plans", "covenant"):
        assert f"$JS.API.CONSUMER.MSG.NEXT.IUC.{durable}" in observer.publish_deny
        assert f"$JS.API.CONSUMER.CREATE.IUC.{durable}" in observer.publish_deny
    assert not [s for s in observer.publish if "DELETE" in s or "UPDATE" in s or "ACK" in s]


def test_the_stream_name_comes_from_the_caller() -> None:
    users = {u.name: u for u in natsauth.platform_users("EVENTS", CONSUMERS)}
    assert "$JS.API.STREAM.CREATE.EVENTS_DLQ" in users["applications"].publish
    assert not [s for u in users.values() for s in u.publish if ".IUC" in s]


def test_the_config_holds_hashes_not_passwords(tmp_path: Path) -> None:
    users = natsauth.platform_users("IUC", CONSUMERS)
    passwords = natsauth.load_credentials(tmp_path / "credentials.json", users)
    conf = natsauth.authorization_block(users, passwords)
    assert "no_auth_user" not in conf
    for password in passwords.values():
        assert password not in conf
    hashes = dict(re.findall(r'user: "([^"]+)", password: "([^"]+)"', conf))
    assert set(hashes) == {u.name for u in users}
    for name, hashed in hashes.items():
        assert hashed.startswith("$2a$")
        assert bcrypt.checkpw(passwords[name].encode(), hashed.encode())


def test_credentials_are_kept_private_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "nats" / "credentials.json"
    users = natsauth.platform_users("IUC", CONSUMERS)
    first = natsauth.load_credentials(path, users)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(set(first.values())) == len(users) and all(len(p) >= 43 for p in first.values())
    assert natsauth.load_credentials(path, users) == first
    # A new identity gets a password; the others keep theirs.
    more = [*users, natsauth.NatsUser("newcomer", ("iuc.newcomer.>",), ("_INBOX_newcomer.>",))]
    again = natsauth.load_credentials(path, more)
    assert {k: v for k, v in again.items() if k != "newcomer"} == first and again["newcomer"]
    assert json.loads(path.read_text())["users"] == again


def test_k8s_secrets_carry_one_identity_each(tmp_path: Path) -> None:
    users = natsauth.platform_users("IUC", CONSUMERS)
    passwords = natsauth.load_credentials(tmp_path / "c.json", users)
    docs = [json.loads(d) for d in natsauth.k8s_secrets(users, passwords).split("\n---\n")]
    auth, *identities = docs
    assert auth["metadata"]["name"] == "iuc-nats-auth" and "authorization {" in auth["stringData"]["auth.conf"]
    assert {d["metadata"]["name"] for d in identities} >= {"iuc-nats-action-plans", "iuc-nats-action-plans-relay", "iuc-nats-ops"}
    for d in identities:
        assert d["stringData"]["password"] == passwords[d["stringData"]["username"]]
        assert d["stringData"]["password"] not in auth["stringData"]["auth.conf"]


def test_a_process_connects_as_the_user_its_environment_names() -> None:
    auth = NatsAuth.from_env({"IUC_NATS_USER": "pairing", "IUC_NATS_PASSWORD": "pw"})
    assert auth.options() == {"user": "pairing", "password": "pw", "inbox_prefix": "_INBOX_pairing"}
    assert NatsAuth.from_env({}).options() == {}
