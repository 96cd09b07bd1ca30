"""`hocvuso chat`: talk to the same engine as the web app, in a terminal, to try flows by hand.

Buttons are numbered; typing the number presses one. The conversation is stored like any other
(learner id `terminal` unless given), so it can be resumed, and is redacted like any other. A
volunteer's replies from the desk are printed as they arrive.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Annotated

import typer
from sqlalchemy import func, select

from api.settings import Settings
from bot.replies import Button, Reply
from bot.tables import TranscriptLine

QUIT = {"/quit", "/exit", "quit", "exit"}


def render(reply: Reply) -> tuple[str, list[Button]]:
    """Plain text for a reply, and its buttons in the order they are numbered."""
    lines, buttons = [], []
    for message in reply.messages:
        lines.append(message.text)
        for button in message.buttons:
            buttons.append(button)
            lines.append(f"  [{len(buttons)}] {button.title}")
    lines += [f"  ({source.title}: {source.url or '-'})" for source in reply.sources]
    if reply.degraded:
        lines.append("  (the NLU server is not answering: degraded mode)")
    return "\n".join(lines), buttons


class NoNlu:
    """For trying flows without starting the Rasa server: every turn runs in degraded mode."""

    async def parse(self, text: str) -> None:
        return None

    async def is_available(self) -> bool:
        return False


async def _converse(settings: Settings, learner_id: str, use_nlu: bool) -> None:
    from api.bootstrap import build_services, close_services

    services = await asyncio.to_thread(build_services, settings, None if use_nlu else NoNlu())
    buttons: list[Button] = []
    seen = await asyncio.to_thread(_newest_line, services.sessions, learner_id)
    people = asyncio.create_task(_print_people(services.sessions, learner_id, seen))
    print("Type a message (or a button number); /quit to leave.", flush=True)
    try:
        while (line := await asyncio.to_thread(_read_line)) is not None and line.strip() not in QUIT:
            text = line.strip()
            if not text:
                continue
            if text.isdigit() and 1 <= int(text) <= len(buttons):
                text = buttons[int(text) - 1].payload
            reply = await services.turns.handle(learner_id, text)
            shown, buttons = render(reply)
            print(f"\n{shown}\n", flush=True)
    finally:
        people.cancel()
        await close_services(services)


async def _print_people(sessions, learner_id: str, seen: int, every_s: float = 1.0) -> None:
    """Prints what a person (or the desk) sent this learner after line `seen`."""
    while True:
        await asyncio.sleep(every_s)
        for line in await asyncio.to_thread(_lines_after, sessions, learner_id, seen):
            seen = line.id
            if line.role in ("person", "notice"):
                who = f"{line.author} (a person)" if line.role == "person" else "(notice)"
                shown = "\n".join([line.text, *(f"  · {b['title']}" for b in line.buttons)])
                print(f"\n{who}: {shown}\n", flush=True)


def _newest_line(sessions, learner_id: str) -> int:
    with sessions() as session:
        newest = session.scalar(
            select(func.max(TranscriptLine.id)).where(TranscriptLine.learner_id == learner_id)
        )
        return newest or 0


def _lines_after(sessions, learner_id: str, seen: int) -> list[TranscriptLine]:
    with sessions() as session:
        query = select(TranscriptLine).where(
            TranscriptLine.learner_id == learner_id, TranscriptLine.id > seen
        )
        return list(session.scalars(query.order_by(TranscriptLine.id)))


def _read_line() -> str | None:
    line = sys.stdin.readline()
    return line if line else None


def chat(
    user: Annotated[str, typer.Option(help="The learner id to chat as (state is kept per id).")] = "terminal",
    nlu: Annotated[bool, typer.Option(help="Start and use the Rasa NLU server (slower to start).")] = True,
) -> None:
    """Chat with the assistant in this terminal."""
    from api.cli import _start_rasa, configure_logging, with_nlu_token

    settings = with_nlu_token(Settings())
    configure_logging(settings, to_stderr=False)
    servers = _start_rasa(settings) if nlu and settings.nlu_managed else []
    try:
        asyncio.run(_converse(settings, user, use_nlu=nlu))
    finally:
        for server in servers:
            server.stop()
