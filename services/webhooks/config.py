"""Settings of the webhooks service (env prefix IUC_WEBHOOKS_)."""

from __future__ import annotations

from functools import cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Database URL: IUC_WEBHOOKS_DATABASE_URL (default: var/webhooks.db)."""

    model_config = SettingsConfigDict(env_prefix="IUC_WEBHOOKS_", extra="ignore")

    service_name: str = "webhooks"
    # Targets on loopback, private or link-local addresses are refused unless this is set:
    # for development (`make run`) and the tests only.
    allow_private_targets: bool = False
    # Endpoint URLs must be https (the production overlay sets it).
    require_https: bool = False
    # Where the gateway answers whether an endpoint owner's key is still active.
    gateway_url: str = "http://127.0.0.1:8000"
    delivery_concurrency: int = Field(64, ge=1, le=1024)
    per_endpoint_concurrency: int = Field(4, ge=1, le=64)


@cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
