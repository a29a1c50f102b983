"""`deploy.stack.free_port`: a stack draws all its ports before any process listens, so the same
port must never be handed out twice (CI once gave pairing's port to knowledge too: pairing lost the
bind, the supervisor restarted it quietly, and knowledge answered on pairing's port)."""

from __future__ import annotations

import socket

from deploy.stack import _ephemeral_ports, free_port


def test_no_port_is_handed_out_twice() -> None:
    ports = [free_port() for _ in range(3000)]
    assert len(set(ports)) == len(ports)


def test_ports_are_outside_the_ephemeral_range_and_free() -> None:
    ephemeral = _ephemeral_ports()
    for _ in range(50):
        port = free_port()
        assert port not in ephemeral
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))
