"""`hocvuso eval retrieval-holdout`: the assistant's retrieval on questions it was never tuned on.

The development set chose the hybrid weights and thresholds, so its figures flatter. A held-out
set is scored here with the saved thresholds exactly as the assistant runs, nothing fitted on it,
and every miss is listed for a trainer to read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.settings import Settings

console = Console()


def eval_retrieval_holdout(
    questions: Annotated[
        Path | None,
        typer.Option(help="A question file in the development set's format (default: the held-out set)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Hit@1, Hit@3 and out-of-scope declines of hybrid retrieval, with the saved thresholds."""
    from knowledge.calibration import load_calibration
    from knowledge.evaluation import HOLDOUT, load_devset, run_trials, score_holdout_by_language
    from knowledge.rankers import build_rankers

    questions = questions or HOLDOUT
    if not questions.is_file():
        raise typer.BadParameter(f"no question file at {questions}", param_hint="--questions")
    settings = Settings()
    rank = build_rankers(settings.embedding_model_path, settings.vector_cache, settings.embedder)["hybrid"]
    thresholds = load_calibration().thresholds
    scores = score_holdout_by_language(run_trials(rank, load_devset(questions)), thresholds)
    if as_json:
        print(json.dumps({group: score.as_json() for group, score in scores.items()}, indent=2))
        return
    _print(scores)


def _print(scores) -> None:
    table = Table(title="Hybrid retrieval on held-out questions (saved thresholds)")
    for column in ("", "questions", "Hit@1", "Hit@3", "out of scope declined", "right or declined"):
        table.add_column(column, justify="right")
    for group, s in scores.items():
        figures = (s.hit1, s.hit3, s.declined, s.right_or_declined)
        table.add_row(group, str(s.questions), *(f"{value:.3f}" for value in figures))
    console.print(table)
    for question, answered in scores["all"].misses:
        console.print(
            f"✗ [{question.lang}] {question.text}\n    expected {question.expected}, got {answered}"
        )
