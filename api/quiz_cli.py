"""`hocvuso quiz …` and `hocvuso eval quiz`: check the item bank, re-estimate difficulties,
and compare item selection rules on simulated learners."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from api.settings import Settings

quiz_app = typer.Typer(help="Work with the quiz item bank.", no_args_is_help=True)
console = Console(stderr=True)


def _published_entry_ids(settings: Settings) -> set[str]:
    from knowledge.loader import load_entries

    return {e.id for e in load_entries(root=settings.curriculum_dir).entries if e.is_live}


@quiz_app.command("validate")
def quiz_validate() -> None:
    """Check every item file; exit 1 and name file, item and field for each problem."""
    from quizzes.bank import load_bank

    settings = Settings()
    bank = load_bank(_published_entry_ids(settings), root=settings.quiz_bank_dir)
    for problem in bank.problems:
        console.print(Text("✗ ", style="red") + Text(str(problem)), soft_wrap=True)
    console.print(f"{len(bank.items)} valid items, {len(bank.problems)} problems")
    revealing = _report_length_cues(bank.items)
    if not bank.ok or revealing:
        raise typer.Exit(1)


def _report_length_cues(items: list) -> list[str]:
    """Print each bank's longest-option share and flag short distractors; name the failing banks."""
    from quizzes.length_cues import MAX_LONGEST_SHARE, bank_cues, short_distractors

    for item in items:
        for option in short_distractors(item):
            console.print(
                Text("! ", style="yellow")
                + Text(f"{item.id}: distractor too short to be believed: {option!r}"),
                soft_wrap=True,
            )
    failing = []
    for cues in bank_cues(items):
        mark = Text("✗ ", style="red") if cues.too_revealing else Text("✓ ", style="green")
        console.print(
            mark
            + Text(
                f"{cues.bank}: the right option is the longest in {cues.longest_share:.0%} "
                f"of {cues.items} items (limit {MAX_LONGEST_SHARE:.0%})"
            ),
            soft_wrap=True,
        )
        if cues.too_revealing:
            failing.append(cues.bank)
    if failing:
        console.print(f"Rewrite options in {', '.join(failing)}: distractors of similar length and style.")
    return failing


@quiz_app.command("calibrate")
def quiz_calibrate() -> None:
    """Re-estimate item difficulties from every stored answer; the app uses them from its next reload."""
    from api.database import make_engine, migrate, session_factory
    from quizzes.bank import load_bank
    from quizzes.calibration import Observation, calibrate
    from quizzes.store import SqlQuizStore

    settings = Settings()
    migrate(settings.sqlalchemy_url)
    store = SqlQuizStore(session_factory(make_engine(settings.sqlalchemy_url)))
    bank = load_bank(_published_entry_ids(settings), root=settings.quiz_bank_dir)
    priors = {item.id: item.difficulty for item in bank.items}
    observations = [
        Observation(f"{r.learner_id}/{r.topic}", r.item_id, r.correct) for r in store.all_responses()
    ]
    estimates = calibrate(observations, priors)
    store.save_calibrations(estimates, dt.datetime.now(dt.UTC))
    moved = sorted(estimates.items(), key=lambda kv: -abs(kv[1][0] - priors[kv[0]]))[:10]
    console.print(f"{len(observations)} answers, {len(estimates)} items re-estimated")
    for item_id, (difficulty, answers) in moved:
        console.print(f"  {item_id}: {priors[item_id]:+.2f} → {difficulty:+.2f} ({answers} answers)")


@quiz_app.command("export")
def quiz_export(
    root: Annotated[
        Path | None, typer.Option(help="Item bank folder (default HOCVUSO_QUIZ_BANK_DIR).")
    ] = None,
) -> None:
    """Write quiz items published in the trainers' workspace into the YAML bank, for review in git."""
    from api.database import make_engine, migrate, session_factory, transaction
    from quizzes.authoring import export_workspace_items

    settings = Settings()
    migrate(settings.sqlalchemy_url)
    with transaction(session_factory(make_engine(settings.sqlalchemy_url))) as session:
        written = export_workspace_items(session, root or settings.quiz_bank_dir)
    for path in written:
        console.print(f"✓ {path}")
    console.print(f"{len(written)} files written")


def eval_quiz(
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    learners: Annotated[int, typer.Option(help="Simulated learners per topic bank.")] = 400,
    seed: Annotated[int, typer.Option(help="Random seed (the figures are reproducible).")] = 7,
    estimator: Annotated[
        str,
        typer.Option(
            help="online: the app's one-answer-at-a-time update; posterior: the exact posterior, "
            "which compares the selection rules without that approximation."
        ),
    ] = "online",
) -> None:
    """Ability-estimate RMSE after 5/10/15 items and items to mastery: adaptive vs fixed vs random."""
    from quizzes.bank import load_bank
    from quizzes.length_cues import bank_cues
    from quizzes.simulation import check_estimator, simulate

    try:
        check_estimator(estimator)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--estimator") from exc
    settings = Settings()
    bank = load_bank(_published_entry_ids(settings), root=settings.quiz_bank_dir)
    banks: dict[str, list] = {}
    for item in bank.items:
        if item.is_live:
            banks.setdefault(f"{item.language}.{item.topic}", []).append(item)
    report = simulate(
        banks, learners=learners, seed=seed, target=settings.quiz_target_success, estimator=estimator
    )
    report["length_cues"] = [asdict(cues) for cues in bank_cues(item for b in banks.values() for item in b)]
    if as_json:
        print(json.dumps(report))
        return
    for n in (5, 10, 15):
        row = report[f"rmse_at_{n}"]
        console.print(
            f"RMSE after {n:>2} items: " + ", ".join(f"{rule} {value:.3f}" for rule, value in row.items())
        )
    ratio = report["rmse_at_10"]["adaptive"] / report["rmse_at_10"]["fixed"]
    console.print(f"adaptive / fixed after 10 items: {ratio:.3f}")
    for rule, figures in report["items_to_mastery"].items():
        reached = f"{figures['reached_share']:.0%}" if figures["reached_share"] is not None else "-"
        console.print(f"items to mastery ({rule}): median {figures['median']}, reached by {reached}")
    _print_length_cues(report["length_cues"])


def _print_length_cues(rows: list[dict]) -> None:
    console.print("Expected score without reading the question (per topic bank):")
    console.print(f"  {'bank':<12} {'items':>5} {'right=longest':>13} {'longest-option':>14} {'random':>7}")
    for row in rows:
        console.print(
            f"  {row['bank']:<12} {row['items']:>5} {row['longest_share']:>13.0%} "
            f"{row['longest_learner']:>14.0%} {row['random_guesser']:>7.0%}"
        )
