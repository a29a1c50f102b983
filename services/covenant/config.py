"""Settings of the covenant service (env prefix IUC_COVENANT_)."""

from __future__ import annotations

from functools import cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.limits import CSV_IMPORT
from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Database URL: IUC_COVENANT_DATABASE_URL (default: var/covenant.db)."""

    model_config = SettingsConfigDict(env_prefix="IUC_COVENANT_", extra="ignore")

    service_name: str = "covenant"
    # The largest CSV body an import accepts: the operation's limit (shared/limits.py), or less.
    import_max_bytes: int = Field(CSV_IMPORT, ge=1, le=CSV_IMPORT)
    import_chunk_rows: int = 1000
    # country_code,regional_covenant rows; the default ships with the service.
    regional_covenants_file: str | None = None
    # The compliance engine's scheduled pass (deadlines pass without any change to a record).
    compliance_every_hours: float = 24.0
    # Deleted signatories stay in the change feed this long; older cursors get 410.
    tombstone_retention_days: int = 90


@cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
