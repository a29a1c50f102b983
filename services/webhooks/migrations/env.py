"""Alembic environment of the webhooks service."""

from services.webhooks.models import Base
from shared.migrate import run_env

run_env(Base.metadata)
