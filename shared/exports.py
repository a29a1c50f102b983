"""CSV exports a spreadsheet opens safely: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return is a formula to Excel and LibreOffice (OWASP "CSV injection"), so it goes out with a
`'` in front, which makes it text. `defusedcsv` escapes `=`, `+`, `-`, `@` (and `|`, `%`, and a `|`
inside such a cell becomes `\\|`); the tab and the carriage return are escaped here. Numbers are not
text cells: an int or a float goes out as it is (-1.5 stays -1.5), and so does a text that is only a
number (defusedcsv leaves "-1.5" alone, as no spreadsheet reads it as a formula)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from defusedcsv import csv

ESCAPED_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# What the API documents for every CSV answer.
CSV_ESCAPING = (
    "A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is exported with a `'` in front "
    "(and a `|` in it as `\\|`), so a spreadsheet shows it as text instead of running it as a formula (OWASP CSV "
    "injection); numbers are exported as they are."
)
CSV_ANSWER = {
    "content": {"text/csv": {"schema": {"type": "string", "description": f"UTF-8 CSV with a header row. {CSV_ESCAPING}"}}}
}


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("\t", "\r"):
        return "'" + value  # defusedcsv leaves these two to the spreadsheet
    return value


def csv_line(values: Iterable[Any]) -> str:
    """One CSV record (with its line end), every text cell escaped against formula injection."""
    out = io.StringIO()
    csv.writer(out).writerow([_cell(v) for v in values])
    return out.getvalue()
