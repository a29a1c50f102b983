"""`iuc sync signatories FILE`: the file through batchUpsert in pages, with If-Match, resumable.

The state file records, after every page the API has answered, the pages done, the counts so
far and the ETag of every signatory written; a second run of an unfinished pass resumes after
the last page done (`--restart` starts the pass again). Each item carries the ETag the last
sync got for it as `if_match`, so a signatory someone changed since is refused (412) rather
than overwritten (`--force` sends no If-Match).
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from iuc_client.api.covenant import batch_upsert_signatories, list_regional_covenants
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from iuc_cli.client import Api, Failure, err, out
from iuc_cli.operations import json_body
from iuc_cli.rows import SignatoryFile, covenant_map, read_signatories

PAGE_SIZE = 1000  # the most batchUpsert takes
OUTCOMES = ("created", "updated", "unchanged", "refused")


@dataclass
class SyncState:
    """What a pass over one file has done so far (saved after each page)."""

    url: str
    file: str
    sha256: str
    page_size: int
    pages: int
    pages_done: int = 0
    completed: bool = False
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    refused: list[dict[str, Any]] = field(default_factory=list)  # the first few refusals
    etags: dict[str, str] = field(default_factory=dict)  # gcom_id -> the ETag the API last answered

    def save(self, path: Path) -> None:
        """Write atomically: an interrupted write never leaves half a state file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> SyncState | None:
        try:
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (ValueError, TypeError) as exc:
            raise Failure(f"The state file {path} cannot be read", f"{exc}; pass --restart to start over.") from exc


def default_state_path(url: str, file: Path) -> Path:
    """~/.local/state/iuc/sync-<hash of the gateway and the file's path>.json"""
    base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "iuc"
    key = hashlib.sha256(f"{url}\n{file.resolve()}".encode()).hexdigest()[:16]
    return base / f"sync-{key}.json"


def start_state(previous: SyncState | None, url: str, path: Path, sha: str, pages: int, restart: bool) -> tuple[SyncState, bool]:
    """The state to go on from, and whether it resumes an unfinished pass."""
    fresh = SyncState(url=url, file=str(path.resolve()), sha256=sha, page_size=PAGE_SIZE, pages=pages)
    if previous is None or previous.url != url:
        return fresh, False
    fresh.etags = previous.etags  # what the API answered last time is still what we last read
    if restart or previous.completed or previous.sha256 != sha or previous.page_size != PAGE_SIZE:
        if not previous.completed and not restart and previous.sha256 != sha:
            out.print("[yellow]The file changed since the unfinished pass; starting a new pass.[/]")
        return fresh, False
    return previous, previous.pages_done > 0


def sync_signatories(
    api: Api, path: Path, *, state_path: Path | None, restart: bool, force: bool, covenant: str | None, show: int
) -> SyncState:
    """Send the file page by page; the finished state (KeyboardInterrupt leaves the saved one behind)."""
    raw = path.read_bytes()
    sha = hashlib.sha256(raw).hexdigest()
    served = api.ok(list_regional_covenants, "reading the regional covenants").json()
    rows = read_signatories(path, covenant_map(served), covenant)
    pages = [rows.items[i : i + PAGE_SIZE] for i in range(0, len(rows.items), PAGE_SIZE)]
    state_path = state_path or default_state_path(api.url, path)
    state, resuming = start_state(SyncState.load(state_path), api.url, path, sha, len(pages), restart)
    out.print(f"{path.name}: {len(rows.items):,} signatories in {len(pages)} pages of {PAGE_SIZE:,}; state in {state_path}.")
    if rows.skipped:
        out.print(
            f"{len(rows.skipped):,} rows left out (no GCoM id, a repeated one, or unreadable); the first: row {rows.skipped[0].row}, {rows.skipped[0].reason}."
        )
    if resuming:
        out.print(f"Resuming after page {state.pages_done} of {state.pages} ({sum(state.counts.values()):,} items done).")
    state.save(state_path)
    with (
        StopAfterPage() as stop,
        Progress(
            TextColumn("[bold]sync"), BarColumn(bar_width=24), MofNCompleteColumn(), TimeElapsedColumn(), console=out
        ) as bar,
    ):
        task = bar.add_task("sync", total=len(rows.items), completed=sum(len(p) for p in pages[: state.pages_done]))
        for n in range(state.pages_done, len(pages)):
            _send_page(api, pages[n], state, force, show)
            state.pages_done = n + 1
            state.save(state_path)
            bar.update(task, advance=len(pages[n]))
            if stop.requested and n + 1 < len(pages):
                bar.stop()
                out.print(f"Stopped after page {n + 1} of {len(pages)}: {_summary(state.counts)}.")
                raise KeyboardInterrupt
    state.completed = True
    state.save(state_path)
    print_result(state, rows, show)
    return state


class StopAfterPage:
    """Ctrl-C asks to stop once the page in flight is answered and recorded (its ETags too, which
    the next run's If-Match needs); a second Ctrl-C stops at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None

    def _handler(self, signum: int, frame: Any) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        err.print("Stopping after this page (Ctrl-C again to stop now)...")

    def __enter__(self) -> StopAfterPage:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def _send_page(api: Api, page: list[dict[str, Any]], state: SyncState, force: bool, show: int) -> None:
    items = [item | {"if_match": None if force else state.etags.get(item["gcom_id"])} for item in page]
    body = json_body(batch_upsert_signatories, {"items": items})
    answer = api.ok(batch_upsert_signatories, "sending a page of signatories", expect=(207,), body=body).json()
    for result in answer["items"]:
        outcome = result["outcome"]
        state.counts[outcome] = state.counts.get(outcome, 0) + 1
        if result.get("etag"):
            state.etags[result["gcom_id"]] = result["etag"]
        if outcome == "refused" and len(state.refused) < show:
            problem = result.get("problem") or {}
            state.refused.append(
                {
                    "gcom_id": result["gcom_id"],
                    "status": result["status"],
                    "title": problem.get("title"),
                    "detail": problem.get("detail"),
                }
            )


def _summary(counts: dict[str, int]) -> str:
    return " ".join(f"{k} {counts.get(k, 0):,}" for k in OUTCOMES)


def print_result(state: SyncState, rows: SignatoryFile, show: int) -> None:
    """The pass's counts, then its first refusals."""
    table = Table(title="Sync of signatories")
    for column in ("items", *OUTCOMES, "left out"):
        table.add_column(column, justify="right")
    table.add_row(f"{len(rows.items):,}", *(f"{state.counts.get(k, 0):,}" for k in OUTCOMES), f"{len(rows.skipped):,}")
    out.print(table)
    for r in state.refused[:show]:
        out.print(f"  refused {r['gcom_id']} ({r['status']}): {r['title']}: {r['detail']}")
    if any(r["status"] == 412 for r in state.refused):
        out.print("  412: someone changed these since your last sync; read them again, or pass --force to overwrite.")
