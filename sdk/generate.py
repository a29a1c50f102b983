"""Regenerate the `iuc_client` SDK (sdk/) from the merged OpenAPI document.

    .venv/bin/python sdk/generate.py                  # from gateway.contract.merged_document()
    .venv/bin/python sdk/generate.py --document F     # from a saved document (e.g. a live /openapi.json)
    .venv/bin/python sdk/generate.py --output DIR     # somewhere else (the freshness test compares)
    .venv/bin/python sdk/generate.py --strict         # fail on any generator warning

The generator is openapi-python-client (pinned below; docs/decisions/0013-sdk-and-cli.md), its
configuration sdk/openapi-python-client.yaml; its post hooks run ruff, so the ruff of this
virtualenv must be on PATH (the script puts the interpreter's bin directory first).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SDK = Path(__file__).resolve().parent
ROOT = SDK.parent
CONFIG = SDK / "openapi-python-client.yaml"
GENERATOR_VERSION = "0.29.1"
# What the generator writes; everything else in sdk/ (this script, the config) is ours.
GENERATED = ("iuc_client", "README.md", "pyproject.toml", "setup.py")


def merged_document() -> dict[str, Any]:
    """The platform's public OpenAPI document, built in-process (equal to the gateway's /openapi.json)."""
    sys.path.insert(0, str(ROOT))
    from gateway.contract import merged_document as build

    return build()


def generator_command() -> list[str]:
    """openapi-python-client from this interpreter's environment, at the pinned version."""
    from importlib.metadata import version

    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        raise SystemExit(f"openapi-python-client {found} is installed; the SDK is generated with {GENERATOR_VERSION}.")
    return [sys.executable, "-m", "openapi_python_client"]


def generate(document: dict[str, Any], output: Path, *, strict: bool = False) -> str:
    """Generate the SDK for `document` into `output` (its generated files replaced); the generator's report."""
    with tempfile.TemporaryDirectory(prefix="iuc-sdk-") as tmp:
        spec = Path(tmp) / "openapi.json"
        spec.write_text(json.dumps(document, indent=1, sort_keys=True), encoding="utf-8")
        project = Path(tmp) / "project"
        cmd = [
            *generator_command(),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(CONFIG),
            "--meta",
            "setup",
            "--output-path",
            str(project),
        ]
        if strict:
            cmd.append("--fail-on-warning")
        env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        report = done.stdout + done.stderr
        if done.returncode != 0 or not (project / "iuc_client").is_dir():
            raise SystemExit(f"openapi-python-client failed ({done.returncode}):\n{report}")
        output.mkdir(parents=True, exist_ok=True)
        for name in GENERATED:
            target = output / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            source = project / name
            if source.is_dir():
                shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
            elif source.exists():
                shutil.copy2(source, target)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sdk/generate.py", description="Regenerate the iuc_client SDK.")
    parser.add_argument(
        "--document", type=Path, help="an OpenAPI JSON file (default: gateway.contract.merged_document())"
    )
    parser.add_argument("--output", type=Path, default=SDK, help="where the SDK project goes (default: sdk/)")
    parser.add_argument("--strict", action="store_true", help="fail on any generator warning")
    args = parser.parse_args(argv)
    document = json.loads(args.document.read_text(encoding="utf-8")) if args.document else merged_document()
    report = generate(document, args.output, strict=args.strict)
    warnings = "Warning(s) encountered" in report
    print(report.strip() if warnings else f"iuc_client generated in {args.output} with no warning.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
