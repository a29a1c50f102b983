"""Build the dashboard's third-party files: `python -m gateway.dashboard.build`.

`npm ci` installs the locked versions of package-lock.json (Apache ECharts, world-atlas, topojson-client) into
`node_modules/`, then only what the page loads is copied into `static/vendor/` with its licence: the ECharts ES
module, and the world's country outlines turned from TopoJSON into GeoJSON by topojson-client's own `topo2geo`
(coordinates rounded to 0.01°, a tenth of what a 1366-pixel map can show, so the file is a third of the size).
The page then needs nothing from another origin at run time. `--check` only says whether the build is there;
`--if-stale` builds only when a file is missing or package-lock.json changed (what `make install` runs).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from gateway.dashboard.vendor import COUNTRIES, ECHARTS, STAMP_NAME, VENDOR, missing_files

HERE = Path(__file__).resolve().parent
MODULES = HERE / "node_modules"

# node_modules path -> vendor file name: everything the page loads, and the licences that come with it.
COPIES: dict[str, str] = {
    "echarts/dist/echarts.esm.min.mjs": ECHARTS,
    "echarts/LICENSE": "echarts.LICENSE.txt",
    "echarts/NOTICE": "echarts.NOTICE.txt",
    "world-atlas/LICENSE": "world-atlas.LICENSE.txt",
    "topojson-client/LICENSE": "topojson-client.LICENSE.txt",
}
COUNTRIES_TOPOJSON = "world-atlas/countries-110m.json"
PRECISION = 2  # decimal places of a degree


def lock_digest() -> str:
    """The sha256 of package-lock.json: a build made from another lock is stale."""
    return hashlib.sha256((HERE / "package-lock.json").read_bytes()).hexdigest()


def is_stale(vendor: Path = VENDOR) -> bool:
    """True when a vendor file is missing or the build was made from another package-lock.json."""
    stamp = vendor / STAMP_NAME
    return bool(missing_files(vendor)) or not stamp.is_file() or stamp.read_text().strip() != lock_digest()


def _round(coordinates):
    if isinstance(coordinates[0], (int, float)):
        return [round(c, PRECISION) for c in coordinates]
    return [_round(c) for c in coordinates]


def _keep_one_side(ring: list[list[float]]) -> list[list[float]]:
    """A ring that crosses the antimeridian (Russia, Fiji) with its points of the smaller side put on the 180° line.

    Drawn as it comes, such a ring's edges run across the whole map; the points moved are a sliver of land."""
    if not any(abs(a[0] - b[0]) > 180 for a, b in itertools.pairwise(ring)):
        return ring
    east = sum(1 for lon, _ in ring if lon > 0) * 2 >= len(ring)
    return [[180.0 if east else -180.0, lat] if (lon < 0) == east else [lon, lat] for lon, lat in ring]


def countries_geojson(topojson_file: Path, topo2geo: Path) -> dict:
    """The countries of a world-atlas TopoJSON file as a GeoJSON FeatureCollection, with rounded coordinates."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "countries.geojson"
        subprocess.run([str(topo2geo), "-i", str(topojson_file), f"countries={out}"], check=True)
        collection = json.loads(out.read_text(encoding="utf-8"))
    for feature in collection["features"]:
        geometry = feature.get("geometry")
        if geometry:
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
            polygons = [[_keep_one_side(ring) for ring in polygon] for polygon in polygons]
            geometry["coordinates"] = _round(polygons if geometry["type"] == "MultiPolygon" else polygons[0])
    return collection


def build(npm: str = "npm") -> None:
    """Install the locked packages and copy what the page needs into static/vendor/."""
    if shutil.which(npm) is None:
        raise SystemExit(f"The dashboard build needs {npm} (Node.js): apt-get install -y nodejs npm")
    subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=HERE, check=True)
    tmp = VENDOR.with_name("vendor.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for source, name in COPIES.items():
        shutil.copyfile(MODULES / source, tmp / name)
    collection = countries_geojson(MODULES / COUNTRIES_TOPOJSON, MODULES / ".bin" / "topo2geo")
    (tmp / COUNTRIES).write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    (tmp / STAMP_NAME).write_text(lock_digest() + "\n")
    # Swap in the whole new directory, so a gateway never serves half of an old build and half of a new one.
    shutil.rmtree(VENDOR, ignore_errors=True)
    tmp.rename(VENDOR)
    print(f"dashboard vendor files built in {VENDOR}")


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m gateway.dashboard.build`."""
    parser = argparse.ArgumentParser(prog="python -m gateway.dashboard.build", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the vendor files are not built, build nothing")
    parser.add_argument("--if-stale", action="store_true", help="build only when a file is missing or package-lock.json changed")
    args = parser.parse_args(argv)
    missing = missing_files()
    if args.check:
        if missing:
            print(f"dashboard vendor files missing: {', '.join(missing)}; run python -m gateway.dashboard.build", file=sys.stderr)
        return 1 if missing else 0
    if args.if_stale and not is_stale():
        return 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
