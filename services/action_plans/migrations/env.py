"""Alembic environment of the action-plans service."""

from services.action_plans.models import Base
from shared.migrate import run_env

run_env(Base.metadata)
