"""`hocvuso eval routing`: which flow the assistant picks for messages nobody trained on.

Each message goes through the real turn engine (the Rasa server, retrieval, the guard) as a new
learner, in a throwaway database, so nothing of one message shapes the next.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.settings import Settings
from bot.routing.evaluation import DEVSET, HOLDOUT, Routed, RoutingCase, load_cases, misrouted, score

if TYPE_CHECKING:
    from bot.turn import Outcome, TurnEngine

console = Console(width=120)
METRICS = (
    ("flow acc.", "flow_accuracy"),
    ("false emerg.", "false_emergency_rate"),
    ("false verdict", "false_scam_verdict_rate"),
    ("emerg. recall", "emergency_recall"),
    ("pasted checked", "pasted_checked_recall"),
    ("Hit@1", "lesson_hit1"),
)


def eval_routing(
    labelled: Annotated[
        list[Path] | None, typer.Option("--set", help="A routing file (repeatable; default: the dev set).")
    ] = None,
    holdout: Annotated[
        bool, typer.Option(help="Score the held-out set (score it once; never tune on it).")
    ] = False,
    nlu: Annotated[bool, typer.Option(help="Start and use the Rasa NLU server.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Flow accuracy, false alarms, emergency and scam-check recall, lesson Hit@1, per language."""
    from api.cli import _start_rasa, configure_logging, with_nlu_token

    paths = labelled or list(HOLDOUT if holdout else DEVSET)
    for path in paths:
        if not path.is_file():
            raise typer.BadParameter(f"no routing file at {path}", param_hint="--set")
    cases = load_cases(paths)
    settings = with_nlu_token(Settings())
    configure_logging(settings, to_stderr=False)
    servers = _start_rasa(settings) if nlu and settings.nlu_managed else []
    try:
        results = asyncio.run(_route_all(settings, cases, nlu))
    finally:
        for server in servers:
            server.stop()
    scores = score(results)
    if as_json:
        report = {"sets": [p.name for p in paths], **{g: s.as_json() for g, s in scores.items()}}
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    _print(scores, results)


async def _route_all(settings: Settings, cases: list[RoutingCase], use_nlu: bool) -> list:
    from api.bootstrap import build_services, close_services
    from api.terminal_chat import NoNlu

    with tempfile.TemporaryDirectory() as scratch:
        scratch_settings = settings.model_copy(update={"database_url": f"sqlite:///{scratch}/routing.db"})
        services = await asyncio.to_thread(build_services, scratch_settings, None if use_nlu else NoNlu())
        try:
            return [
                (case, await route(services.turns, f"routing-{i}", case.text)) for i, case in enumerate(cases)
            ]
        finally:
            await close_services(services)


async def route(turns: TurnEngine, learner_id: str, text: str) -> Routed:
    return routed(await turns.take_turn(learner_id, text))


def routed(outcome: Outcome) -> Routed:
    """The flow as the labels name it; a lesson offered as the first of two counts as shown."""
    if outcome.flow != "answer":
        return Routed(outcome.flow)
    if outcome.unanswered:
        return Routed("out_of_scope")
    payloads = [b.payload for m in outcome.reply.messages for b in m.buttons]
    if any(p.startswith("/country ") for p in payloads):
        return Routed("answer", asked_country=True)
    offered = [p.removeprefix("/entry ") for p in payloads if p.startswith("/entry ")]
    return Routed("answer", outcome.reply.entry_id or (offered[0] if offered else None))


def _print(scores, results) -> None:
    table = Table(title="Routing")
    for column in ("", "msgs", *(name for name, _ in METRICS)):
        table.add_column(column, justify="right")
    for group, s in scores.items():
        figures = s.as_json()
        cells = ("—" if figures[key] is None else f"{figures[key]:.3f}" for _, key in METRICS)
        table.add_row(group, str(s.cases), *cells)
    console.print(table)
    console.print(scores["all"].as_json()["confusion"])
    for case, got in misrouted(results):
        console.print(
            f"✗ [{case.lang}/{case.kind}] {case.text[:160]}\n    wanted {case.flow} {case.lessons[:3]}, "
            f"got {got.flow} {got.entry_id or ''}",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
