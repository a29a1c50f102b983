"""Settings of the insights service (env prefix IUC_INSIGHTS_)."""

from __future__ import annotations

from functools import cache

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Database URL: IUC_INSIGHTS_DATABASE_URL (default: var/insights.db)."""

    model_config = SettingsConfigDict(env_prefix="IUC_INSIGHTS_", extra="ignore")

    service_name: str = "insights"
    # The live durable consumer: a rebuild writes its inbox rows under this name, so the live
    # consumer skips what the rebuild applied.
    durable: str = "insights"


@cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
