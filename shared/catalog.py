"""The platform's services: where each listens and which public paths the gateway sends it.

The launcher (`deploy/run.py`), the gateway's router and the end-to-end tests all read
this one list, so adding a service is one entry here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceEntry:
    """One service as the rest of the platform sees it."""

    name: str  # python package under services/, and the database name
    port: int  # default local port
    prefixes: tuple[str, ...]  # public path prefixes routed to it by the gateway

    @property
    def app_path(self) -> str:
        """The ASGI app for uvicorn."""
        return f"services.{self.name}.app:app"

    @property
    def url_env(self) -> str:
        """The variable that points the gateway at this service."""
        return f"IUC_{self.name.upper()}_URL"

    def url(self) -> str:
        """The base URL the gateway uses to reach the service."""
        return os.environ.get(self.url_env, f"http://127.0.0.1:{self.port}")


GATEWAY_PORT = 8000

SERVICES: tuple[ServiceEntry, ...] = (
    ServiceEntry("applications", 8001, ("/v1/cities", "/v1/calls", "/v1/applications")),
    # The showcase's collections (shared/showcase.py) are each served by the service that owns them.
    ServiceEntry("pairing", 8002, ("/v1/pairing", "/v1/showcase/pairings")),
    ServiceEntry("action_plans", 8003, ("/v1/action-plans",)),
    ServiceEntry("covenant", 8004, ("/v1/covenant", "/v1/showcase/signatories")),
    ServiceEntry(
        "value_chains",
        8005,
        (
            "/v1/regions",
            "/v1/innovation-strategies",
            "/v1/organisations",
            "/v1/value-chains",
            "/v1/opportunities",
            "/v1/matches",
            "/v1/agreements",
        ),
    ),
    ServiceEntry("knowledge", 8006, ("/v1/knowledge", "/v1/showcase/practices")),
    ServiceEntry("webhooks", 8007, ("/v1/webhooks",)),
    ServiceEntry("insights", 8008, ("/v1/insights",)),
)


def service_named(name: str) -> ServiceEntry:
    """The entry of a service by name."""
    for entry in SERVICES:
        if entry.name == name:
            return entry
    raise KeyError(name)
