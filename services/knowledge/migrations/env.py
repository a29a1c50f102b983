"""Alembic environment of the knowledge service."""

from services.knowledge.models import Base
from shared.migrate import run_env

run_env(Base.metadata)
