"""SSRF: without the development flag the sender refuses loopback, private and metadata targets, also
behind a name and when the name is rebound between a check and the send, and the local receiver
sees no connection at all. TLS still uses the name when the connection goes to the checked address."""

from __future__ import annotations

import ssl
import subprocess
from pathlib import Path

import pytest

from services.webhooks.delivery.sender import Sender
from tests.unit.webhooks.test_webhooks_sender import Receiver, outgoing


@pytest.fixture
async def receiver():
    server = await Receiver().start()
    yield server
    await server.stop()


def resolving(answers: dict[str, list[str]]):
    asked: list[str] = []

    async def resolver(host: str) -> list[str]:
        asked.append(host)
        return answers[host]

    resolver.asked = asked  # type: ignore[attr-defined]
    return resolver


async def send_guarded(url: str, resolver=None):
    sending = Sender(allow_private=False, connect_timeout=1.0, total_timeout=3.0, resolver=resolver)
    try:
        return await sending.send(outgoing(url))
    finally:
        await sending.aclose()


def assert_untouched(receiver: Receiver) -> None:
    assert receiver.connections == 0 and receiver.received == []


async def test_a_loopback_address_is_refused_and_nothing_is_connected(receiver):
    outcome = await send_guarded(receiver.url("/ok"))
    assert (outcome.status_code, outcome.error) == (None, "target refused: 127.0.0.1 is loopback")
    assert not outcome.ok
    assert_untouched(receiver)


async def test_the_same_target_is_delivered_to_with_the_development_flag(receiver):
    sending = Sender(allow_private=True)
    outcome = await sending.send(outgoing(receiver.url("/ok")))
    await sending.aclose()
    assert outcome.ok and receiver.connections == 1


async def test_localhost_is_refused_through_the_system_resolver(receiver):
    outcome = await send_guarded(receiver.url("/ok", host="localhost"))
    assert outcome.error.startswith("target refused: ") and outcome.error.endswith(" is loopback")
    assert_untouched(receiver)


@pytest.mark.parametrize("host", ["[::ffff:127.0.0.1]", "[::1]"])
async def test_other_spellings_of_loopback_are_refused(receiver, host):
    outcome = await send_guarded(receiver.url("/ok", host=host))
    assert outcome.error.startswith("target refused: ") and "loopback" in outcome.error
    assert_untouched(receiver)


async def test_a_legacy_numeric_spelling_of_loopback_is_never_connected_to(receiver):
    # aiohttp's URL parser refuses the decimal form outright (the endpoint check refuses it too)
    outcome = await send_guarded(receiver.url("/ok", host="2130706433"))
    assert outcome.error == "invalid URL: 2130706433 - is not a canonical IPv4 address"
    assert_untouched(receiver)


@pytest.mark.parametrize(
    ("address", "error"),
    [
        ("169.254.169.254", "target refused: 169.254.169.254 is a cloud metadata address"),
        ("10.0.0.5", "target refused: 10.0.0.5 is private"),
        ("fd00:ec2::254", "target refused: fd00:ec2::254 is a cloud metadata address"),
        ("100.64.1.1", "target refused: 100.64.1.1 is carrier-grade NAT (shared address space)"),
        ("127.0.0.1", "target refused: 127.0.0.1 is loopback"),
    ],
)
async def test_a_name_that_resolves_to_a_forbidden_address_is_refused(receiver, address, error):
    resolver = resolving({"partner.example": [address]})
    outcome = await send_guarded(receiver.url("/ok", host="partner.example"), resolver)
    assert (outcome.status_code, outcome.error) == (None, error)
    assert resolver.asked == ["partner.example"]
    assert_untouched(receiver)


async def test_dns_rebinding_is_refused_because_the_address_is_checked_at_connect(receiver):
    answers = [["93.184.216.34"], ["127.0.0.1"]]
    asked: list[str] = []

    async def rebinding(host: str) -> list[str]:
        asked.append(host)
        return answers[min(len(asked), len(answers)) - 1]

    url = receiver.url("/ok", host="rebind.example")
    # a check made before the send (when the endpoint was created, say) sees a public address
    assert await rebinding("rebind.example") == ["93.184.216.34"]
    outcome = await send_guarded(url, rebinding)
    assert outcome.error == "target refused: 127.0.0.1 is loopback"
    assert asked == ["rebind.example", "rebind.example"]
    assert_untouched(receiver)


def certificate(directory: Path, name: str) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    command = ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"]
    subject = ["-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}"]
    subprocess.run(
        [*command, "-keyout", str(key), "-out", str(cert), *subject],
        check=True,
        capture_output=True,
    )
    return cert, key


async def test_tls_to_the_checked_address_still_sends_and_verifies_the_name(tmp_path):
    cert, key = certificate(tmp_path, "receiver.example")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    names: list[str | None] = []
    context.sni_callback = lambda _socket, name, _context: names.append(name)
    server = await Receiver().start(ssl_context=context)
    try:
        sending = Sender(allow_private=True, resolver=resolving({"receiver.example": ["127.0.0.1"]}))
        outcome = await sending.send(outgoing(server.url("/ok", host="receiver.example", scheme="https")))
        await sending.aclose()
    finally:
        await server.stop()
    # the connection went to 127.0.0.1, the handshake named the host, and the self-signed
    # certificate was checked (and refused): verification is on
    assert names == ["receiver.example"]
    assert outcome.status_code is None and outcome.error.startswith("connection failed: ")
    assert "CERTIFICATE_VERIFY_FAILED" in outcome.error
    assert server.received == []
