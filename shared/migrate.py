"""Alembic, driven from code: one migrations folder per service, one shared env.

`python -m shared.migrate <service> [upgrade|downgrade|revision] [...]`
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import zlib

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, pool
from sqlalchemy.ext.asyncio import create_async_engine

from shared.db import UTCDateTime
from shared.settings import ROOT


def _render_item(type_: str, obj, autogen_context):
    # Migrations hold plain SQL types; UTCDateTime only changes the Python side.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def alembic_config(service: str, database_url: str) -> Config:
    """An Alembic config for the service's migrations folder and database."""
    cfg = Config()
    folder = ROOT / "services" / service / "migrations" if service != "gateway" else ROOT / "gateway" / "migrations"
    cfg.set_main_option("script_location", str(folder))
    cfg.set_main_option("sqlalchemy.url", database_url)
    return cfg


def _service_url(service: str) -> str:
    package = "gateway" if service == "gateway" else f"services.{service}"
    settings = importlib.import_module(f"{package}.config").get_settings()
    return settings.resolved_database_url()


def upgrade(service: str, database_url: str | None = None, revision: str = "head") -> None:
    """Bring the service's database to `revision`."""
    command.upgrade(alembic_config(service, database_url or _service_url(service)), revision)


def _lock_id(metadata: MetaData) -> int:
    """A stable advisory-lock number per service schema."""
    return zlib.crc32(",".join(sorted(metadata.tables)).encode())


def run_env(metadata: MetaData) -> None:
    """The body of every service's migrations/env.py."""
    url = context.config.get_main_option("sqlalchemy.url")
    sqlite = url.startswith("sqlite")

    def _configure(connection=None) -> None:
        context.configure(
            connection=connection,
            url=None if connection is not None else url,
            target_metadata=metadata,
            render_as_batch=sqlite,  # SQLite alters tables by copying them
            render_item=_render_item,
            compare_type=True,
        )

    if context.is_offline_mode():
        _configure()
        with context.begin_transaction():
            context.run_migrations()
        return

    def _sync(connection) -> None:
        _configure(connection)
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Replicas starting together migrate one at a time; the lock ends with the transaction.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_lock_id(metadata)})")
            context.run_migrations()

    async def _online() -> None:
        engine = create_async_engine(url, poolclass=pool.NullPool)
        async with engine.connect() as conn:
            await conn.run_sync(_sync)
        await engine.dispose()

    asyncio.run(_online())


def main() -> None:
    """Command line: upgrade (default), downgrade or autogenerate a revision."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("service")
    parser.add_argument("action", nargs="?", default="upgrade", choices=["upgrade", "downgrade", "revision"])
    parser.add_argument("target", nargs="?", default=None)
    parser.add_argument("-m", "--message", default="change")
    parser.add_argument("--url", default=None)
    args = parser.parse_args()
    cfg = alembic_config(args.service, args.url or _service_url(args.service))
    if args.action == "upgrade":
        command.upgrade(cfg, args.target or "head")
    elif args.action == "downgrade":
        command.downgrade(cfg, args.target or "-1")
    else:
        command.revision(cfg, message=args.message, autogenerate=True)


if __name__ == "__main__":
    main()
