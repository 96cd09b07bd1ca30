"""The learner has already sent money, shared a code or installed an app: ordered actions first.

The actions are the steps of a reviewed lesson, chosen by what happened and the learner's
language, shown all at once and numbered, because minutes matter more than pacing here. A last
line speaks to those who were only asked to ("they want me to transfer…"), which reads much
like "I transferred…" and can land here: for them the steps come too early.
"""

from __future__ import annotations

from bot.flows import country
from bot.flows.answer import human_button, sources_of
from bot.flows.turn import Turn
from bot.policy import what_happened
from bot.replies import Message, Reply
from bot.texts import say
from bot.walkthrough import offer_button

EMERGENCY_ENTRY = {
    "vi": {
        "money": "vi.payments.sent-money-to-scammer",
        "secret": "vi.scams.shared-otp-or-clicked-link",
        "app": "vi.scams.malware-already-installed",
    },
    "th": {
        "money": "th.scams.after-sending-money",
        "secret": "th.scams.shared-otp-what-now",
        "app": "th.scams.app-installed-what-to-do",
    },
    "en": {
        "money": "en.scams.vietnam-after-sending-money",
        "app": "en.scams.malicious-apps",
    },
}

COUNTRY_PURPOSE = {"money": "after", "secret": "secret"}


def respond(turn: Turn, happened: str | None = None) -> Reply:
    """`happened`: money, secret or app, when a button said so; else read from the message."""
    kind = happened or what_happened(turn.text)
    purpose = COUNTRY_PURPOSE.get(kind or "money") if turn.lang == "en" else None
    if purpose:  # the first calls to make differ by country
        if turn.state.country is None:
            return country.ask(turn, purpose)
        entry = country.lesson_for(turn, purpose)
    else:
        entries = EMERGENCY_ENTRY[turn.lang]
        entry = turn.library.get(entries.get(kind) or entries["money"])
    if entry is None:
        return turn.reply(
            messages=[Message(text=say("handoff_urgent", turn.lang), buttons=[human_button(turn.lang)])]
        )
    turn.state.last_entry_id = entry.id
    steps = "\n".join(f"{i}. {step.text}" for i, step in enumerate(entry.steps, 1)) or entry.answer
    messages = [Message(text=f"{say('emergency_intro', turn.lang)}\n{steps}")]
    messages += [Message(text=f"⚠️ {warning}") for warning in entry.warnings]
    messages.append(Message(text=say("emergency_not_yet", turn.lang)))
    messages[-1].buttons = [b for b in (offer_button(entry), human_button(turn.lang)) if b]
    return turn.reply(messages=messages, sources=sources_of(entry), entry_id=entry.id)
