"""Gateway settings read from `IUC_GATEWAY_*` environment variables."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.catalog import GATEWAY_PORT
from shared.settings import VAR_DIR, ServiceSettings

log = logging.getLogger("iuc.gateway.config")

# Where the key pepper is kept when IUC_KEY_PEPPER is not set (made on first use).
PEPPER_FILE = "key-pepper"


# Services with synchronous bulk routes get a longer default read timeout: covenant's
# signatories:batchUpsert (1,000 items, 0.3-0.6 s measured, docs/benchmarks.md; many times that
# on a loaded machine) and CSV imports of both (up to 32 MiB stored whole before the 202).
SLOW_SERVICES = {"covenant": 20.0, "applications": 20.0}


def _seconds(var: str, default: float) -> float:
    value = os.environ.get(var, "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError as exc:
        raise ValueError(f"{var}={value!r} is not a number of seconds") from exc
    if not seconds > 0:
        raise ValueError(f"{var}={value!r} must be above 0")
    return seconds


class GatewaySettings(ServiceSettings):
    """What the gateway needs on top of the settings every process shares."""

    model_config = SettingsConfigDict(env_prefix="IUC_GATEWAY_", extra="ignore")

    service_name: str = "gateway"
    # Where `python -m gateway` listens; the launcher passes its own --host/--port to uvicorn.
    host: str = "127.0.0.1"
    port: int = GATEWAY_PORT
    # The launcher passes one admin key to the whole stack, so it is not gateway-prefixed.
    admin_api_key: str | None = Field(None, validation_alias="IUC_ADMIN_API_KEY")
    # The server secret API keys are hashed with (HMAC-SHA256); the gateway and `python -m
    # gateway.keys` must share it. Unset: the file var/key-pepper, made on first use.
    key_pepper: str = Field("", validation_alias="IUC_KEY_PEPPER")
    # Seconds a service may take to accept the connection (else 503) and to send the next bytes
    # of its answer (else 504), for every service; per service IUC_GATEWAY_<SERVICE>_CONNECT_TIMEOUT
    # and IUC_GATEWAY_<SERVICE>_READ_TIMEOUT (e.g. IUC_GATEWAY_COVENANT_READ_TIMEOUT) override them.
    connect_timeout: float = Field(2.0, gt=0)
    read_timeout: float = Field(10.0, gt=0)
    # Transport failures in a row (no connection, timeout) that open a service's circuit
    # breaker (gateway/breaker.py; 0: no breaker), and the seconds it stays open before a probe.
    breaker_failures: int = Field(5, ge=0)
    breaker_reset_seconds: float = Field(5.0, gt=0)
    # Pooled connections to all services together; sized above the expected concurrency.
    upstream_max_connections: int = 100
    # Below uvicorn's 5 s keep-alive, so the gateway drops an idle connection before the
    # service does and never writes a request into a socket that is being closed.
    upstream_keepalive_seconds: float = 4.0
    # How long a verified key is trusted from memory: also how long a revoked key lingers.
    key_cache_seconds: float = 30.0
    # The forwarded identity lives identity_ttl seconds and is re-signed after identity_resign_seconds.
    identity_ttl: int = 120
    identity_resign_seconds: float = 60.0
    # Seconds an OAuth2 access token (POST /oauth/token) lives.
    token_ttl: int = Field(3600, ge=60, le=86400)
    # /readyz and /openapi.json ask every service; a slow one must not hang them.
    probe_timeout: float = 2.0
    openapi_cache_seconds: float = 300.0
    # A service builds its document on the first request for it, which takes a second or
    # more on a busy machine: longer than a readiness probe may take.
    openapi_timeout: float = 15.0
    # Requests per API key, in the `limits` notation ("6000/minute;200/second"); empty: no limit.
    rate_limit: str = "6000/minute;300/second"
    # Failed key, token and /oauth/token attempts per client address; over it, 429 for every
    # attempt with credentials from that address (gateway/ratelimit.py). Empty: no limit.
    auth_failure_limit: str = "10/minute"
    # Requests without credentials to the showcase (/v1/showcase/..., shared/showcase.py) per client address.
    # Empty: no limit.
    showcase_rate_limit: str = "120/minute;20/second"
    # Where rate limits and the failed-credentials throttle count: "memory" (each replica on its
    # own) or a Redis URL shared by every replica, e.g. "redis://127.0.0.1:6379/0". Unreachable
    # Redis: requests pass uncounted, with a warning (gateway/ratelimit.py).
    rate_limit_storage: str = "memory"
    # Prefix of the keys in that Redis, so several platforms (or tests) can share one.
    rate_limit_prefix: str = "iuc-gateway"
    # Set when a TLS-terminating proxy is in front: answers then carry Strict-Transport-Security.
    behind_tls: bool = False
    # Browser origins allowed to call the API (CORS), comma-separated, e.g. the programme's
    # dashboards: "https://dashboards.iuc.example.eu". Empty: no cross-origin calls.
    cors_origins: str = ""

    def upstream_timeouts(self, service: str) -> tuple[float, float]:
        """(connect, read) seconds for one service: its own IUC_GATEWAY_<SERVICE>_* variables, else
        the service's default below, else the gateway-wide settings."""
        connect = _seconds(f"IUC_GATEWAY_{service.upper()}_CONNECT_TIMEOUT", self.connect_timeout)
        read = _seconds(f"IUC_GATEWAY_{service.upper()}_READ_TIMEOUT", max(self.read_timeout, SLOW_SERVICES.get(service, 0)))
        return connect, read

    def cors_origin_list(self) -> list[str]:
        """The CORS origins, one per entry."""
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    def resolved_key_pepper(self) -> bytes:
        """IUC_KEY_PEPPER, or the pepper kept in var/key-pepper (made on first use, readable by its owner only)."""
        if self.key_pepper:
            return self.key_pepper.encode()
        path = VAR_DIR / PEPPER_FILE
        return read_or_make_pepper(path)


def read_or_make_pepper(path: Path) -> bytes:
    """The pepper in `path`; a new random one if there is none (two processes at once agree on one)."""
    with contextlib.suppress(FileNotFoundError):
        return _read(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written whole under another name, then linked into place: a reader never sees half a file,
    # and of two processes making one at once, the second link fails and it reads the first's.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secrets.token_urlsafe(32) + "\n")
    try:
        os.link(tmp, path)
        log.warning("made a new API key pepper in %s; set IUC_KEY_PEPPER (the same on every gateway) in production", path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    return _read(path)


def _read(path: Path) -> bytes:
    pepper = path.read_text().strip()
    if not pepper:
        raise ValueError(f"{path} is empty; delete it or set IUC_KEY_PEPPER.")
    return pepper.encode()


@lru_cache
def get_settings() -> GatewaySettings:
    """The process's settings, read once."""
    return GatewaySettings()
