"""`hocvuso eval links`: how well the link check tells official domains, look-alikes, shortened
links and app downloads apart, on a labelled set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from bot.links.evaluation import LinkReport

console = Console()


def eval_links(
    labelled: Annotated[
        list[Path] | None,
        typer.Option(
            "--set",
            help="A labelled file in the development sets' format "
            "(repeatable; default: every development set).",
        ),
    ] = None,
    holdout: Annotated[
        bool, typer.Option(help="Score the held-out set (score it once; never tune on it).")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the figures as JSON, one object per set.")
    ] = False,
) -> None:
    """Precision and recall per label, look-alike recall, and official domains flagged (must be 0)."""
    from bot.links.evaluation import DEVSETS, HOLDOUT, evaluate, load_links

    paths = labelled or ([HOLDOUT] if holdout else list(DEVSETS))
    reports = []
    for path in paths:
        if not path.is_file():
            raise typer.BadParameter(f"no labelled file at {path}", param_hint="--set")
        try:
            reports.append((path, evaluate(load_links(path))))
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--set") from exc
    if as_json:
        figures = [{"set": path.name, **report.model_dump()} for path, report in reports]
        typer.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    for path, report in reports:
        _print(path, report)


def _print(path: Path, report: LinkReport) -> None:
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
