"""`python -m iuc_cli`: the same as the `iuc` command."""

from iuc_cli.main import run

run()
