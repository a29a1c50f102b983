"""The `iuc` command: its options, sub-commands and exit codes (0 ok, 1 the API refused, 2 usage, 130 Ctrl-C)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from iuc_cli.client import DEFAULT_URL, FAILURE, INTERRUPTED, USAGE, Api, Failure, UsageError, err, out, print_failure

app = typer.Typer(
    name="iuc",
    help="The IUC Platform from the command line: Covenant imports, sync, export, the change feed and keys.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
import_app = typer.Typer(help="Upload a JRC file to the covenant registry and follow the import.", no_args_is_help=True)
sync_app = typer.Typer(help="Send a file with batchUpsert, 1,000 rows a page, resumable.", no_args_is_help=True)
export_app = typer.Typer(help="Read the registry out as CSV or JSON.", no_args_is_help=True)
keys_app = typer.Typer(help="API keys (on the platform's machine: the gateway's key store).", no_args_is_help=True)
app.add_typer(import_app, name="import")
app.add_typer(sync_app, name="sync")
app.add_typer(export_app, name="export")
app.add_typer(keys_app, name="keys")

UrlOpt = Annotated[str, typer.Option("--url", envvar="IUC_URL", help="The gateway.", show_default=True)]
KeyOpt = Annotated[str | None, typer.Option("--api-key", envvar="IUC_API_KEY", help="Your API key.", show_default=False)]
FileArg = Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="A CSV file.")]


@app.callback()
def _main(ctx: typer.Context, url: UrlOpt = DEFAULT_URL, api_key: KeyOpt = None) -> None:
    ctx.obj = {"url": url, "api_key": api_key}


def _api(ctx: typer.Context) -> Api:
    return Api(ctx.obj["url"], ctx.obj["api_key"])


def _guarded(work: Callable[[], Any], on_interrupt: Callable[[], None] | None = None) -> None:
    """Run a command's work: failures print their problem (exit 1), Ctrl-C stops cleanly (exit 130)."""
    try:
        work()
    except Failure as f:
        print_failure(f)
        raise typer.Exit(FAILURE) from None
    except UsageError as e:
        err.print(f"[bold red]Usage error:[/] {e}")
        raise typer.Exit(USAGE) from None
    except KeyboardInterrupt:
        if on_interrupt:
            on_interrupt()
        err.print("Interrupted.")
        raise typer.Exit(INTERRUPTED) from None


# --- import ----------------------------------------------------------------------------------

ErrorsOpt = Annotated[int, typer.Option("--errors", help="How many row errors to print.")]


def _import(ctx: typer.Context, what: str, file: Path, errors: int) -> None:
    from iuc_cli.imports import run_import

    api = _api(ctx)
    _guarded(
        lambda: run_import(api, what, file, show_errors=errors),
        lambda: err.print("The import goes on on the server; `iuc import` does not cancel it."),
    )


@import_app.command("signatories")
def import_signatories(ctx: typer.Context, file: FileArg, errors: ErrorsOpt = 20) -> None:
    """The GCoM-MyCovenant signatories file (format mycovenant-signatories)."""
    _import(ctx, "signatories", file, errors)


@import_app.command("inventories")
def import_inventories(ctx: typer.Context, file: FileArg, errors: ErrorsOpt = 20) -> None:
    """The JRC emission inventories file (format jrc-emission-inventories)."""
    _import(ctx, "inventories", file, errors)


# --- sync ------------------------------------------------------------------------------------


@sync_app.command("signatories")
def sync_signatories(
    ctx: typer.Context,
    file: FileArg,
    state: Annotated[Path | None, typer.Option(help="The state file (default: ~/.local/state/iuc/sync-<hash>.json).")] = None,
    restart: Annotated[bool, typer.Option("--restart", help="Start the pass again from the first page.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Send no If-Match: overwrite changes made since the last sync.")] = False,
    covenant: Annotated[str | None, typer.Option(help="Only the rows of this regional covenant (e.g. europe).")] = None,
    show: Annotated[int, typer.Option(help="How many refused items to print.")] = 20,
) -> None:
    """A MyCovenant signatories file through batchUpsert; running it again changes nothing."""
    from iuc_cli.sync import sync_signatories as run

    api = _api(ctx)
    result: dict[str, Any] = {}

    def work() -> None:
        result["state"] = run(api, file, state_path=state, restart=restart, force=force, covenant=covenant, show=show)

    _guarded(work, lambda: err.print("State saved after the last page done; run the same command again to resume."))
    if result["state"].counts.get("refused"):
        raise typer.Exit(FAILURE)


# --- export and the change feed --------------------------------------------------------------


class Format(StrEnum):
    csv = "csv"
    json = "json"


@export_app.command("signatories")
def export_signatories(
    ctx: typer.Context,
    covenant: Annotated[str | None, typer.Option(help="The regional covenant, e.g. europe.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2.")] = None,
    format: Annotated[Format, typer.Option("--format", help="csv or json.")] = Format.csv,
    output: Annotated[Path | None, typer.Option("--output", "-o", dir_okay=False, help="Default: stdout.")] = None,
) -> None:
    """Every matching signatory (the list with Accept: text/csv, or JSON pages)."""
    from iuc_cli.feeds import export_signatories as run

    api = _api(ctx)
    filters = {k: v for k, v in {"regional_covenant": covenant, "country": country}.items() if v}
    _guarded(lambda: run(api, format.value, output, filters))


@app.command("changes")
def changes(
    ctx: typer.Context,
    since: Annotated[str, typer.Option("--since", help="A next_cursor from an earlier run; 0 reads from the start.")] = "0",
    follow: Annotated[bool, typer.Option("--follow", "-f", help="Keep polling for new changes until Ctrl-C.")] = False,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Changes per request.")] = 500,
    interval: Annotated[float, typer.Option(min=0.1, help="Seconds between polls with --follow.")] = 2.0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per change (next cursor on stderr).")] = False,
) -> None:
    """The covenant change feed after a cursor, oldest first; ends with the next cursor."""
    from iuc_cli.feeds import follow_changes

    api = _api(ctx)
    where = out if not as_json else err

    def work() -> None:
        try:
            cursor = follow_changes(api, since, follow=follow, limit=limit, interval=interval, as_json=as_json)
        except KeyboardInterrupt as exc:
            where.print(f"next cursor: {getattr(exc, 'cursor', since)}")
            raise
        where.print(f"next cursor: {cursor}")

    _guarded(work)


# --- keys ------------------------------------------------------------------------------------

DbOpt = Annotated[str | None, typer.Option("--db-url", envvar="IUC_GATEWAY_DATABASE_URL", help="The gateway's key database.")]


def _keys(args: list[str], db_url: str | None) -> None:
    from iuc_cli.keys import run_keys

    code: dict[str, int] = {}
    _guarded(lambda: code.setdefault("rc", run_keys(args, db_url)))
    if code.get("rc"):
        raise typer.Exit(code["rc"])


@keys_app.command("list")
def keys_list(db_url: DbOpt = None) -> None:
    """Every key, revoked ones too."""
    _keys(["list"], db_url)


@keys_app.command("create")
def keys_create(
    name: Annotated[str, typer.Option(help="Who the key is for.")],
    role: Annotated[str, typer.Option(help="admin, reviewer, city, covenant_office, partner or dashboard.")],
    scopes: Annotated[str | None, typer.Option(help="Comma-separated; default: the role's.")] = None,
    city_id: Annotated[str | None, typer.Option(help="For a city key.")] = None,
    regional_covenant: Annotated[str | None, typer.Option(help="For a covenant_office key.")] = None,
    db_url: DbOpt = None,
) -> None:
    """Create a key and print it once."""
    args = ["create", "--name", name, "--role", role]
    for flag, value in (("--scopes", scopes), ("--city-id", city_id), ("--regional-covenant", regional_covenant)):
        if value:
            args += [flag, value]
    _keys(args, db_url)


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[str, typer.Argument(help="The key's id.")], db_url: DbOpt = None) -> None:
    """Revoke a key by its id."""
    _keys(["revoke", key_id], db_url)


def run() -> None:
    """Entry point of the `iuc` script."""
    try:
        app()
    except KeyboardInterrupt:  # Ctrl-C outside a command's own handling (e.g. while importing)
        sys.exit(INTERRUPTED)
