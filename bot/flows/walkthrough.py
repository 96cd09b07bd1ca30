"""Move through a lesson's steps from what the learner types ("tiếp", "quay lại", "ต่อไป")
or presses, keeping the position in the conversation state so it survives hours and restarts."""

from __future__ import annotations

from bot.flows.turn import Turn
from bot.replies import Button, Message, Reply
from bot.state import Walkthrough
from bot.texts import say
from bot.walkthrough import step_reply
from knowledge.schema import Entry


def show_step(turn: Turn, entry: Entry, number: int, simpler: bool = False) -> Reply:
    """Show one step and remember it; past the last step the walkthrough is over."""
    total = len(entry.steps)
    number = max(1, number)
    turn.state.walkthrough = Walkthrough(entry_id=entry.id, step=number) if number <= total else None
    turn.state.last_entry_id = entry.id
    reply = step_reply(entry, number, turn.intent, simpler=simpler)
    reply.degraded = turn.degraded
    return reply


def move(turn: Turn, direction: str) -> Reply:
    walkthrough = turn.state.walkthrough
    entry = turn.library.get(walkthrough.entry_id) if walkthrough else None
    if walkthrough is None or entry is None:
        turn.state.walkthrough = None
        return turn.reply(messages=[Message(text=say("no_walkthrough", turn.lang))])
    step = walkthrough.step
    if direction == "next" and walkthrough.paused:
        return show_step(turn, entry, step)  # back from a detour: show the step they were on
    target = {"next": step + 1, "previous": step - 1}.get(direction, step)
    return show_step(turn, entry, target, simpler=direction == "simpler")


def start(turn: Turn) -> Reply | None:
    entry = turn.library.get(turn.state.last_entry_id or "")
    if entry is None or not entry.steps:
        return None
    return show_step(turn, entry, 1)


def stop(turn: Turn) -> Reply:
    if turn.state.walkthrough:
        turn.state.walkthrough.paused = True
    return turn.reply(messages=[Message(text=say("walkthrough_stopped", turn.lang))])


def resume_button(entry: Entry, step: int) -> Button:
    title = say("resume", entry.language).format(n=step, total=len(entry.steps))
    return Button(title=title, payload=f"/step {entry.id} {step}")
