"""Settings of the pairing service (env prefix IUC_PAIRING_)."""

from __future__ import annotations

from functools import cache

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Database URL: IUC_PAIRING_DATABASE_URL (default: var/pairing.db)."""

    model_config = SettingsConfigDict(env_prefix="IUC_PAIRING_", extra="ignore")

    service_name: str = "pairing"
    # How often open proposals past their expiry are marked expired.
    expiry_sweep_seconds: float = 60.0


@cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
