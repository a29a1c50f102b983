"""`iuc import signatories|inventories FILE`: upload a JRC file, follow the import job to its end."""

from __future__ import annotations

import io
import time
from pathlib import Path

from iuc_client.api.covenant import get_covenant_import, start_covenant_import
from iuc_client.types import File
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from iuc_cli.client import Api, Failure, out
from iuc_cli.operations import arg

FORMATS = {"signatories": "mycovenant-signatories", "inventories": "jrc-emission-inventories"}
FINISHED = ("succeeded", "failed")


def run_import(api: Api, what: str, path: Path, *, poll: float = 0.5, show_errors: int = 20) -> dict:
    """Upload `path` as the `what` file, follow the job with a progress bar; the finished import."""
    data = path.read_bytes()
    upload = File(payload=io.BytesIO(data), file_name=path.name, mime_type="text/csv")
    job = api.ok(
        start_covenant_import,
        "starting the import",
        expect=(202,),
        body=upload,
        format_=arg(start_covenant_import, "format_", FORMATS[what]),
    ).json()
    out.print(f"Import {job['id']} of {path.name} ({len(data):,} bytes) accepted: {job['status']}.")
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[state]}"),
        TimeElapsedColumn(),
        console=out,
        transient=False,
    ) as bar:
        task = bar.add_task(f"importing {what}", total=job.get("total") or None, state=job["status"])
        while job["status"] not in FINISHED:
            time.sleep(poll)
            job = api.ok(get_covenant_import, "reading the import", import_id=job["id"]).json()
            done = job["created"] + job["updated"] + job["unchanged"] + job["failed"]
            bar.update(task, total=job.get("total") or None, completed=done, state=job["status"])
        bar.update(task, total=job["total"] or 1, completed=job["total"] or 1, state=job["status"])
    print_counts(job, show_errors)
    if job["status"] != "succeeded":
        raise Failure(f"The import {job['id']} failed.", job.get("error") or "See its row errors above.")
    return job


def print_counts(job: dict, show_errors: int) -> None:
    """The import's counts, then its first row errors and cleaned-up dirt."""
    table = Table(title=f"Import {job['id']}: {job['status']}", show_header=True)
    for column in ("total", "created", "updated", "unchanged", "failed"):
        table.add_column(column, justify="right")
    table.add_row(*(f"{job[c]:,}" for c in ("total", "created", "updated", "unchanged", "failed")))
    out.print(table)
    errors = job.get("errors") or []
    for e in errors[:show_errors]:
        key = f" [{e['key']}]" if e.get("key") else ""
        out.print(f"  row {e['row']}{key}: {e['reason']}")
    if len(errors) > show_errors:
        out.print(f"  ... and {len(errors) - show_errors:,} more row errors (--errors N shows more).")
    for w in job.get("warnings") or []:
        out.print(f"  cleaned up: {w['kind']} ({w['rows']:,} rows)")
