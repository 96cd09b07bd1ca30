"""Tables as CSV for a spreadsheet, without letting a cell run as a formula.

Learner text, learner ids and names reach the exports. A spreadsheet runs a cell that starts with
`=`, `+`, `-` or `@` (and, in some, a tab or carriage return first, or the full-width signs) as a
formula: `=HYPERLINK(…)` would become a live link, worse ones run commands. Such a cell gets a
leading apostrophe, which spreadsheets show as text and do not display. Every export goes through
`as_csv`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def as_csv(rows: Sequence[Mapping[str, object]]) -> str:
    """The rows with a header line from the first row's keys; an empty table is an empty file."""
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[inert(name) for name in rows[0]])
    writer.writeheader()
    writer.writerows({inert(k): inert(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def inert(value: object) -> object:
    """Text a spreadsheet would run as a formula, with a leading "'"; anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
