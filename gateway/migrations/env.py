"""Alembic environment of the gateway: the shared one, with the gateway's metadata."""

from gateway.models import Base
from shared.migrate import run_env

run_env(Base.metadata)
