"""Settings of the action-plans service (env prefix IUC_ACTION_PLANS_)."""

from __future__ import annotations

from functools import cache

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class Settings(ServiceSettings):
    """Database URL: IUC_ACTION_PLANS_DATABASE_URL (default: var/action_plans.db)."""

    model_config = SettingsConfigDict(env_prefix="IUC_ACTION_PLANS_", extra="ignore")

    service_name: str = "action_plans"
    # How often the daily status job looks at the clock between runs: it runs once each new
    # day of the service clock, so a shifted clock is noticed within this interval.
    status_check_seconds: float = Field(300.0, gt=0)
    # A local action plan's default period from the pairing's confirmation, in months.
    default_plan_months: int = Field(24, ge=1, le=120)


@cache
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
