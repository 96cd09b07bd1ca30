"""`hocvuso eval links`: how well the link check tells official domains, look-alikes, shortened
links and app downloads apart, on a labelled set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def eval_links(
    labelled: Annotated[
        Path | None,
        typer.Option("--set", help="A labelled file in the development set's format (default: that set)."),
    ] = None,
    holdout: Annotated[
        bool, typer.Option(help="Score the held-out set (score it once; never tune on it).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Precision and recall per label, look-alike recall, and official domains flagged (must be 0)."""
    from bot.links.evaluation import DEVSET, HOLDOUT, evaluate, load_links

    path = labelled or (HOLDOUT if holdout else DEVSET)
    if not path.is_file():
        raise typer.BadParameter(f"no labelled file at {path}", param_hint="--set")
    try:
        report = evaluate(load_links(path))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--set") from exc
    if as_json:
        typer.echo(json.dumps({"set": path.name, **report.model_dump()}, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Link check on {path.name} ({report.items} links, accuracy {report.accuracy:.3f})")
    for column in ("label", "links", "precision", "recall"):
        table.add_column(column, justify="right")
    for label, score in report.labels.items():
        table.add_row(label, str(score.count), f"{score.precision:.3f}", f"{score.recall:.3f}")
    console.print(table)
    console.print(
        f"look-alike recall {report.lookalike_recall:.3f}"
        f" · official domains flagged {report.official_flagged}"
        f" · unrelated flagged {report.unrelated_flagged} · imitated name right {report.brand_accuracy:.3f}"
    )
    console.print("by how it was written: " + ", ".join(f"{k} {v:.2f}" for k, v in report.by_written.items()))
    for url, label, verdict in report.wrong:
        console.print(f"wrong  {url!r}: {label} → {verdict}", highlight=False, soft_wrap=True)
