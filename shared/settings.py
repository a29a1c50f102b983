"""Per-service settings read from environment variables."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
# Where SQLite files live when no database URL is set; IUC_VAR_DIR moves it (e.g. in a container).
VAR_DIR = Path(os.environ.get("IUC_VAR_DIR") or ROOT / "var")

# A development-only secret; `make run` and the tests generate a fresh one and pass it
# to every process, so this value only signs identities on a developer's own laptop.
DEV_IDENTITY_SECRET = "iuc-dev-identity-secret-change-me-please-0123456789"


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

    def resolved_database_url(self) -> str:
        """The configured URL, or a SQLite file under var/ named after the service."""
        if self.database_url:
            return self.database_url
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        return f"sqlite+aiosqlite:///{VAR_DIR / (self.service_name + '.db')}"
