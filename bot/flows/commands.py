"""Button payloads: commands the bot itself issued, so their arguments can be trusted to be ids.

`/entry <id>`, `/step <id> <n>`, `/simpler <id> <n>`, `/topic <topic>`, `/lang <code>`, `/handoff`.
"""

from __future__ import annotations

from bot.flows import conversation
from bot.flows.answer import dont_know, show_entry
from bot.flows.turn import Turn
from bot.flows.walkthrough import show_step
from bot.replies import Button, Message, Reply
from bot.texts import say


def run(turn: Turn) -> Reply:
    name, _, arg = turn.text[1:].partition(" ")
    target, _, number = arg.strip().partition(" ")
    entry = turn.library.get(target)
    if name == "entry" and entry:
        return show_entry(turn, entry)
    if name in ("step", "simpler") and entry and entry.steps and number.isdigit():
        return show_step(turn, entry, int(number), simpler=name == "simpler")
    if name == "topic" and (entries := turn.library.by_topic(turn.lang, target)):
        buttons = [Button(title=e.title, payload=f"/entry {e.id}") for e in entries[:10]]
        return turn.reply(messages=[Message(text=say("pick_entry", turn.lang), buttons=buttons)])
    if name == "lang" and target in conversation.LANGUAGE_NAMES:
        return conversation.set_language(turn, target)  # type: ignore[arg-type]
    if name == "handoff":
        return conversation.handoff(turn)
    reply = dont_know(turn)
    turn.unanswered = False  # a stale or mistyped button, not a question
    return reply
