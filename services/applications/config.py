"""Settings of the applications service (env prefix IUC_APPLICATIONS_)."""

from __future__ import annotations

from functools import cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.limits import CSV_IMPORT
from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Database URL: IUC_APPLICATIONS_DATABASE_URL (default: var/applications.db)."""

    model_config = SettingsConfigDict(env_prefix="IUC_APPLICATIONS_", extra="ignore")

    service_name: str = "applications"
    # The largest CSV body an import accepts: the operation's limit (shared/limits.py), or less.
    import_max_bytes: int = Field(CSV_IMPORT, ge=1, le=CSV_IMPORT)
    import_chunk_rows: int = 1000


@cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
