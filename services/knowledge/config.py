"""Settings of the knowledge service (env prefix IUC_KNOWLEDGE_)."""

from __future__ import annotations

from functools import cache

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Database URL: IUC_KNOWLEDGE_DATABASE_URL (default: var/knowledge.db)."""

    model_config = SettingsConfigDict(env_prefix="IUC_KNOWLEDGE_", extra="ignore")

    service_name: str = "knowledge"


@cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
