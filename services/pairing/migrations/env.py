"""Alembic environment of the pairing service."""

from services.pairing.models import Base
from shared.migrate import run_env

run_env(Base.metadata)
