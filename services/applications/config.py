"""Settings of the applications service (env prefix IUC_APPLICATIONS_)."""

from __future__ import annotations

from functools import cache

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Database URL: IUC_APPLICATIONS_DATABASE_URL (default: var/applications.db)."""

    model_config = SettingsConfigDict(env_prefix="IUC_APPLICATIONS_", extra="ignore")

    service_name: str = "applications"
    # The largest CSV body an import accepts (the GeoNames 15,000 file is about 2.5 MB).
    import_max_bytes: int = 50_000_000
    import_chunk_rows: int = 1000


@cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
