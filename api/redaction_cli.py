"""`hocvuso eval redaction`: how many typed secrets the safety guard catches, and at what cost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def eval_redaction(
    labelled: Annotated[
        Path | None,
        typer.Option("--set", help="A labelled file in the development set's format (default: that set)."),
    ] = None,
    holdout: Annotated[
        bool, typer.Option(help="Score the held-out set (score it once; never tune on it).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Recall of secrets and the share of harmless messages redacted, per language."""
    from bot.safety.evaluation import DEVSET, HOLDOUT, evaluate, load_labelled

    path = labelled or (HOLDOUT if holdout else DEVSET)
    if not path.is_file():
        raise typer.BadParameter(f"no labelled file at {path}", param_hint="--set")
    report = evaluate(load_labelled(path))
    if as_json:
        typer.echo(json.dumps({"set": path.name, **report.as_json()}, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Redaction on {path.name}")
    for column in ("lang", "secrets", "recall", "harmless", "false redactions", "extra in secret msgs"):
        table.add_column(column, justify="right")
    for lang, score in sorted(report.by_language.items()):
        table.add_row(
            lang,
            str(score.secrets),
            f"{score.recall:.3f}",
            str(score.harmless),
            f"{score.false_redactions} ({score.false_redaction_rate:.1%})",
            str(score.extra_redactions),
        )
    console.print(table)
    for item_id, secret in report.missed:
        console.print(f"missed      {item_id}: {secret}", highlight=False, soft_wrap=True)
    for item_id, redacted in report.falsely_redacted:
        console.print(f"redacted    {item_id}: {redacted}", highlight=False, soft_wrap=True)
