"""The published contract, built in-process: `python -m gateway.contract [--output FILE]`.

Every service's app is built (nothing is started: no database, no NATS) and asked for its
document, the gateway's own app for the document of its public routes, and the two are
merged by `gateway.openapi.platform_document`, the function the live `/openapi.json` uses.
The JSON is written with sorted keys and a fixed indent, so a diff of two runs is a change
of the contract (the SDK under `sdk/` is generated from it).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from shared.catalog import SERVICES


def service_documents() -> dict[str, dict[str, Any]]:
    """Each service's own (finished) document, by service name."""
    return {e.name: importlib.import_module(f"services.{e.name}.app").build_app().openapi() for e in SERVICES}


def gateway_document() -> dict[str, Any]:
    """The gateway's document of its own routes (/oauth/token is the public one)."""
    from gateway.app import Gateway, create_app
    from gateway.config import GatewaySettings

    wrapped = create_app(GatewaySettings(cors_origins=""), SERVICES).gateway
    assert isinstance(wrapped, Gateway)
    return wrapped.meta.openapi()


def merged_document() -> dict[str, Any]:
    """The merged public document, as the live gateway serves it at /openapi.json."""
    from gateway.meta import DESCRIPTION, TITLE, VERSION
    from gateway.openapi import platform_document

    return platform_document(
        service_documents(), gateway_document(), SERVICES, title=TITLE, version=VERSION, description=DESCRIPTION
    )


def dumps(doc: dict[str, Any]) -> str:
    """The stable text of a document: sorted keys, two-space indent, a final newline."""
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the merged document to --output (default: standard output)."""
    parser = argparse.ArgumentParser(prog="python -m gateway.contract", description=__doc__.splitlines()[0])
    parser.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    args = parser.parse_args(argv)
    text = dumps(merged_document())
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
