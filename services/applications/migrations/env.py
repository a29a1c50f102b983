"""Alembic environment of the applications service."""

from services.applications.models import Base
from shared.migrate import run_env

run_env(Base.metadata)
