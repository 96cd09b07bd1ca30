"""Button payloads: commands the bot itself issued, so their arguments can be trusted to be ids.

`/entry <id>`, `/step <id> <n>`, `/simpler <id> <n>`, `/topic <topic>`, `/lang <code>`, `/handoff`,
`/quiz start [topic]`, `/quiz answer <item-id> <letter>`, `/quiz current`, `/quiz progress`,
`/emergency money|secret|app` (the path a cautious router offered), `/check` (judge the next message),
`/country vn|th <purpose>` (an English speaker's country, then the lesson for it).
"""

from __future__ import annotations

import re

from bot.flows import conversation, country, emergency, quiz
from bot.flows.answer import dont_know, show_entry
from bot.flows.turn import Turn
from bot.flows.walkthrough import show_step
from bot.replies import Button, Message, Reply
from bot.state import Country
from bot.texts import say

# What the bot's own buttons send: a command, ids and at most a short number or a letter. Anything
# else that starts with "/" is read as learner text, secrets and all.
BUTTON_PAYLOAD = re.compile(r"/[a-z]{2,12}(?: [a-z][a-z0-9.\-]{0,119}){0,3}(?: (?:[1-9]\d{0,2}|[A-D]))?")


def is_button_payload(text: str) -> bool:
    return BUTTON_PAYLOAD.fullmatch(text) is not None


def run(turn: Turn) -> Reply:
    name, _, arg = turn.text[1:].partition(" ")
    target, _, number = arg.strip().partition(" ")
    turn.state.checking = name == "check"
    if name == "check":
        return turn.reply(messages=[Message(text=say("paste_message", turn.lang))])
    if name == "emergency" and target in ("money", "secret", "app"):
        return emergency.respond(turn, target)
    if name == "country" and target in country.NAMES and number in country.PAIRS:
        return _in_country(turn, target, number)  # type: ignore[arg-type]
    entry = turn.library.get(target)
    if name == "entry" and entry:
        return show_entry(turn, entry)
    if name in ("step", "simpler") and entry and entry.steps and number.isascii() and number.isdigit():
        return show_step(turn, entry, int(number), simpler=name == "simpler")
    if name == "topic" and (entries := turn.library.by_topic(turn.lang, target)):
        buttons = [Button(title=e.title, payload=f"/entry {e.id}") for e in entries[:10]]
        return turn.reply(messages=[Message(text=say("pick_entry", turn.lang), buttons=buttons)])
    if name == "lang" and target in conversation.LANGUAGE_NAMES:
        return conversation.set_language(turn, target)  # type: ignore[arg-type]
    if name == "handoff":
        return conversation.handoff(turn)
    if name == "quiz" and turn.quizzes is not None:
        return _quiz(turn, target, number)
    reply = dont_know(turn)
    turn.unanswered = False  # a stale or mistyped button, not a question
    return reply


def _in_country(turn: Turn, code: Country, purpose: str) -> Reply:
    turn.state.country = code
    if purpose in ("after", "secret"):
        return emergency.respond(turn, "money" if purpose == "after" else "secret")
    chosen = country.lesson_for(turn, purpose)
    return show_entry(turn, chosen) if chosen else dont_know(turn)


def _quiz(turn: Turn, action: str, rest: str) -> Reply:
    engine = turn.quizzes
    assert engine is not None
    if action == "answer" and len(parts := rest.split()) == 2:
        return quiz.answer(turn, engine, item_id=parts[0], letter=parts[1])
    if action == "current":
        return quiz.current(turn, engine)
    if action == "progress":
        return quiz.progress(turn, engine)
    return quiz.start(turn, engine, topic=rest.strip() or None)
