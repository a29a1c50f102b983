"""Where the built third-party files of the dashboard live, and whether they are there."""

from __future__ import annotations

from pathlib import Path

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
ECHARTS = "echarts.esm.min.mjs"
COUNTRIES = "countries-110m.geojson"
# What the page cannot work without: the build is missing when one of these is.
REQUIRED = (ECHARTS, COUNTRIES)


def missing_files(vendor: Path = VENDOR) -> list[str]:
    """The required vendor files that are not built; empty when the dashboard can be served."""
    return [name for name in REQUIRED if not (vendor / name).is_file()]


STAMP_NAME = ".package-lock.sha256"  # beside the files: the sha256 of the package-lock.json they were built from
