"""Per-service settings read from environment variables."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
# Where SQLite files live when no database URL is set; IUC_VAR_DIR moves it (e.g. in a container).
VAR_DIR = Path(os.environ.get("IUC_VAR_DIR") or ROOT / "var")

# A development-only secret, published in this file: a service or gateway started with it
# refuses to serve unless IUC_DEV_MODE=true (see `refuse_unsafe_defaults`). `make run` and the
# test stacks generate a fresh secret and pass it to every process.
DEV_IDENTITY_SECRET = "iuc-dev-identity-secret-change-me-please-0123456789"


class UnsafeSettings(RuntimeError):
    """A process was about to start with a setting that is only safe on a developer's laptop."""


class ServiceSettings(BaseSettings):
    """Settings every service shares; a service subclasses it to set its own env prefix.

    `IUC_<SERVICE>_DATABASE_URL` selects the database; `IUC_NATS_URL` and
    `IUC_IDENTITY_SECRET` are common to the whole platform.
    """

    model_config = SettingsConfigDict(extra="ignore")

    service_name: str = "service"
    database_url: str = ""
    nats_url: str = Field("nats://127.0.0.1:4222", validation_alias="IUC_NATS_URL")
    identity_secret: str = Field(DEV_IDENTITY_SECRET, validation_alias="IUC_IDENTITY_SECRET")
    # Allows the published development secret; never set outside a developer's own machine.
    dev_mode: bool = Field(False, validation_alias="IUC_DEV_MODE")
    stream_name: str = Field("IUC", validation_alias="IUC_STREAM_NAME")
    # 3 on a NATS cluster, so the stream survives losing a node.
    stream_replicas: int = Field(1, ge=1, le=5, validation_alias="IUC_STREAM_REPLICAS")
    # The relay and consumers can be switched off, e.g. for a read replica or a unit test;
    # the relay also when it runs as a process of its own (`python -m shared.relay <service>`).
    run_relay: bool = True
    run_consumers: bool = True
    log_level: str = Field("INFO", validation_alias="IUC_LOG_LEVEL")
    # Shifts the service's clock, for trials of deadline rules; never set in production.
    clock_offset_days: float = Field(0.0, validation_alias="IUC_CLOCK_OFFSET_DAYS")
    # Lets end-to-end tests move a running service's clock (PUT /_test/clock on the service's
    # own port; the gateway never routes it). Never set in production.
    test_clock_control: bool = Field(False, validation_alias="IUC_TEST_CLOCK_CONTROL")

    def refuse_unsafe_defaults(self) -> None:
        """Raise UnsafeSettings if the process would verify identities with the published secret.

        Checked when an app starts (its lifespan), not when settings are read, so tools that never
        verify an identity (`python -m gateway.keys`, migrations) run without the secret.
        """
        if self.identity_secret == DEV_IDENTITY_SECRET and not self.dev_mode:
            raise UnsafeSettings(
                f"{self.service_name} refuses to start: IUC_IDENTITY_SECRET is not set, and the development secret "
                "in shared/settings.py is public. Pass the platform's secret (e.g. "
                '`python -c "import secrets; print(secrets.token_urlsafe(32))"`), or set IUC_DEV_MODE=true '
                "on a developer's own machine."
            )

    def resolved_database_url(self) -> str:
        """The configured URL, or a SQLite file under var/ named after the service."""
        if self.database_url:
            return self.database_url
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        return f"sqlite+aiosqlite:///{VAR_DIR / (self.service_name + '.db')}"
