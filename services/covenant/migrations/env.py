"""Alembic environment of the covenant service."""

from services.covenant.models import Base
from shared.migrate import run_env

run_env(Base.metadata)
