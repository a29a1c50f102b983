"""`iuc keys list|create|revoke`: the gateway's key store, on the platform's machine.

The gateway has no HTTP API for keys: keys are managed where the gateway's key database is
(`python -m gateway.keys`), by the coordination unit. `iuc keys` runs that same command in
process, so it works on the platform's machine (or wherever IUC_GATEWAY_DATABASE_URL / --db-url
reaches the key store) and says so, instead of creating an empty store, anywhere else.
"""

from __future__ import annotations

from pathlib import Path

from iuc_cli.client import Failure


def key_store_url(db_url: str | None) -> str:
    """The key store's URL; a Failure if there is none on this machine."""
    from gateway.config import GatewaySettings

    url = db_url or GatewaySettings().database_url
    if url:
        return url
    from shared.settings import VAR_DIR

    path = Path(VAR_DIR) / "gateway.db"
    if not path.exists():
        raise Failure(
            "No key store on this machine",
            "API keys are not managed over HTTP: the coordination unit runs `iuc keys` (or `python -m gateway.keys`) on the "
            f"platform's machine, where the gateway's key database is ({path} by default, or IUC_GATEWAY_DATABASE_URL). "
            "Pass --db-url to reach it from here, or ask the coordination unit for a key.",
        )
    return f"sqlite+aiosqlite:///{path}"


def run_keys(args: list[str], db_url: str | None) -> int:
    """`python -m gateway.keys --url URL ARGS...`; its exit code."""
    from gateway.keys import main

    return main(["--url", key_store_url(db_url), *args])
