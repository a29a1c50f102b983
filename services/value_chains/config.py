"""Settings of the value_chains service (env prefix IUC_VALUE_CHAINS_)."""

from __future__ import annotations

from functools import cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Database URL: IUC_VALUE_CHAINS_DATABASE_URL (default: var/value_chains.db)."""

    model_config = SettingsConfigDict(env_prefix="IUC_VALUE_CHAINS_", extra="ignore")

    service_name: str = "value_chains"
    # A pair scoring below this is not proposed as a match (the score is 0..1).
    match_threshold: float = Field(0.35, ge=0.0, le=1.0)
    # At most this many matches are proposed for one opportunity or one value-chain gap per run.
    max_matches_per_run: int = Field(20, ge=1, le=500)
    # A published opportunity stays open this long unless its submitter asked for another date.
    opportunity_validity_months: int = Field(12, ge=1, le=60)
    # A partner's renewal of an opportunity expired longer than this goes back to review.
    renewal_review_after_days: int = Field(90, ge=0, le=3650)
    # A proposed or half-answered match nobody acts on for this long expires.
    match_expiry_days: int = Field(60, ge=1, le=3650)
    # How often the sweep that expires such matches runs.
    match_expiry_sweep_seconds: int = Field(3600, ge=1, le=86_400)


@cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
