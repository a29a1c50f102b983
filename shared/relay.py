"""The outbox relay of one service as a process of its own:

    python -m shared.relay <service>

It reads the service's settings (`IUC_<SERVICE>_DATABASE_URL`, `IUC_NATS_URL`, ...) and
publishes the service's outbox, woken by the service's commits over NATS
(`shared.outbox.CommitSignal`). The service then runs with `IUC_<SERVICE>_RUN_RELAY=false`.
Publishing costs CPU per event; apart from the service, it no longer slows the requests and
imports that write the events (decision 0001). SIGTERM or SIGINT ends it after its pass.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import signal
from collections.abc import Awaitable

from nats.aio.client import Client

from shared.catalog import SERVICES
from shared.db import make_engine, make_sessionmaker
from shared.heartbeat import watch_relay
from shared.nats import connect_with_retry, ensure_streams_when_ready
from shared.outbox import OutboxRelay, wake_subject
from shared.requestid import configure_logging

log = logging.getLogger("iuc.relay")

# A pass is one transaction on one connection; the second is a spare while a broken one is replaced.
POOL_SIZE = 2


async def run(service: str) -> None:
    """Relay the service's outbox until SIGTERM or SIGINT."""
    settings = importlib.import_module(f"services.{service}.config").get_settings()
    kit = importlib.import_module(f"services.{service}.models").kit
    engine = make_engine(settings.resolved_database_url(), pool_size=POOL_SIZE, max_overflow=0)
    stopping = asyncio.Event()

    def reconnect() -> Awaitable[Client]:
        # nats-py closes a client for good on some server errors; the relay then asks for a new one.
        return connect_with_retry(settings.nats_url, f"iuc-{service}-relay", stop=stopping)

    nc = await reconnect()
    relay = OutboxRelay(make_sessionmaker(engine), kit.outbox, nc, reconnect=reconnect, stream=settings.stream_name)
    watch_relay(relay)  # the liveness probe's heartbeat file, when IUC_RELAY_HEARTBEAT_FILE is set
    try:
        await ensure_streams_when_ready(nc.jetstream(), settings.stream_name, settings.stream_replicas)
        await relay.listen(nc, wake_subject(service))

        def stop() -> None:
            stopping.set()
            relay.stop()

        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop)
        log.info("relaying the %s outbox", service)
        await relay.run()
    finally:
        await nc.close()
        await relay.close()
        await engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m shared.relay", description="Run one service's outbox relay.")
    parser.add_argument("service", choices=[e.name for e in SERVICES])
    args = parser.parse_args(argv)
    settings = importlib.import_module(f"services.{args.service}.config").get_settings()
    configure_logging(settings.log_level, f"{args.service}-relay")
    asyncio.run(run(args.service))


if __name__ == "__main__":
    main()
