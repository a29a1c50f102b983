"""`python -m services.insights rebuild [--database-url URL]`: rebuild the read model from the stream."""

from __future__ import annotations

import argparse
import asyncio

from services.insights.config import get_settings
from services.insights.rebuild import rebuild


def main(argv: list[str] | None = None) -> None:
    """Command line of the insights service's tools."""
    parser = argparse.ArgumentParser(prog="python -m services.insights", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "rebuild",
        help="Empty the read model and replay the IUC stream into it, up to its last message now.",
        description="Run it with the insights service stopped (or into a fresh database the service then uses): "
        "the live durable then goes on from where it was, and skips what the rebuild applied.",
    )
    run.add_argument("--database-url", default=None, help="The target database (default: the service's).")
    args = parser.parse_args(argv)
    settings = get_settings()
    url = args.database_url or settings.resolved_database_url()
    done = asyncio.run(rebuild(url, settings.nats_url, stream=settings.stream_name, live_durable=settings.durable))
    print(done.report())


if __name__ == "__main__":
    main()
