"""`iuc export signatories` and `iuc changes`: reading the registry out."""

from __future__ import annotations

import json
import sys
import time
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Any

from iuc_client.api.covenant import list_signatories, list_signatory_changes
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from iuc_cli.client import Answer, Api, Failure, UsageError, err, out
from iuc_cli.operations import arg

JSON_PAGE = 500


def _progress(to_stdout: bool) -> Progress:
    # On stderr when the data itself goes to stdout, so a pipe gets only the data.
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn("{task.completed:,} {task.fields[unit]}"),
        TimeElapsedColumn(),
        console=err if to_stdout else out,
        transient=to_stdout,
    )


def export_signatories(api: Api, fmt: str, output: Path | None, filters: dict[str, Any]) -> int:
    """Every matching signatory to `output` (or stdout) as CSV or a JSON array; the count."""
    try:  # a filter the contract lists the values of goes as the SDK's enum
        filters = {name: arg(list_signatories, name, value) for name, value in filters.items()}
    except ValueError as exc:
        raise UsageError(f"{exc}; `iuc export signatories --help` says what a filter takes.") from None
    with (
        output.open("w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout) as f,
        _progress(output is None) as bar,
    ):
        task = bar.add_task(f"exporting signatories as {fmt}", total=None, unit="signatories")
        n = _csv(api, f, filters, bar, task) if fmt == "csv" else _json(api, f, filters, bar, task)
    if output:
        out.print(f"{n:,} signatories written to {output}.")
    return n


def _csv(api: Api, f: IO[str], filters: dict[str, Any], bar: Progress, task: Any) -> int:
    # openapi-python-client parses one media type per status (the JSON page), so the CSV answer
    # is streamed through the SDK's own httpx client, with the request the SDK builds for it.
    request = list_signatories._get_kwargs(**filters)
    request["headers"] = {**request.get("headers", {}), "Accept": "text/csv"}
    lines = -1  # the header line
    with api.client.get_httpx_client().stream(**request) as r:
        if r.status_code != 200:
            r.read()
            raise Answer(r.status_code, r.headers, r.content).problem("exporting signatories")
        for chunk in r.iter_text():
            f.write(chunk)
            lines += chunk.count("\n")
            bar.update(task, completed=max(lines, 0))
    return max(lines, 0)


def _json(api: Api, f: IO[str], filters: dict[str, Any], bar: Progress, task: Any) -> int:
    n, token = 0, None
    f.write("[")
    while True:
        page = api.ok(
            list_signatories, "listing signatories", page_size=JSON_PAGE, **filters, **({"page_token": token} if token else {})
        ).json()
        for s in page["items"]:
            f.write(("," if n else "") + "\n" + json.dumps(s, ensure_ascii=False))
            n += 1
        bar.update(task, completed=n)
        token = page.get("next_page_token")
        if not token:
            break
    f.write("\n]\n")
    return n


def follow_changes(api: Api, cursor: str, *, follow: bool, limit: int, interval: float, as_json: bool) -> str:
    """Print the changes after `cursor` (and, following, those that come later); the next cursor.

    KeyboardInterrupt propagates with `.cursor` set to where a later run should start."""
    try:
        while True:
            page = api.ok(list_signatory_changes, "reading the change feed", cursor=cursor, limit=limit).json()
            for c in page["items"]:
                _print_change(c, as_json)
            cursor = page["next_cursor"]
            if page["has_more"]:
                continue
            if not follow:
                break
            time.sleep(interval)
    except KeyboardInterrupt as exc:
        exc.cursor = cursor  # type: ignore[attr-defined]
        raise
    except Failure:
        err.print(f"next cursor: {cursor}")
        raise
    return cursor


def _print_change(c: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(c, ensure_ascii=False), flush=True)
        return
    s = c.get("signatory") or {}
    what = f"{s.get('name')} ({s.get('country_code')}, {s.get('status')})" if s else "deleted"
    out.print(f"{c['seq']:>8}  {c['op']:<6} {c.get('gcom_id') or c['signatory_id']:<12} {what}", soft_wrap=True)
