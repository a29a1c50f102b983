"""Alembic environment of the value_chains service."""

from services.value_chains.models import Base
from shared.migrate import run_env

run_env(Base.metadata)
