"""Alembic environment of the insights service."""

from services.insights.models import Base
from shared.migrate import run_env

run_env(Base.metadata)
