"""The small flows: greetings, "are you a bot?", "no thanks", a person, the language, quizzes."""

from __future__ import annotations

import math
import re

from bot.flows.answer import human_button
from bot.flows.turn import Turn
from bot.flows.walkthrough import resume_button
from bot.replies import Button, IntentInfo, Message, Reply
from bot.texts import say, topic_title
from bot.walkthrough import offer_button
from knowledge.library import Library
from knowledge.text import fold_latin
from nlu.language import Lang

LANGUAGE_NAMES: dict[Lang, str] = {"vi": "Tiếng Việt", "th": "ภาษาไทย", "en": "English"}
REQUESTED = [
    ("vi", re.compile(r"tieng viet|vietnamese|ภาษาเวียดนาม")),
    ("th", re.compile(r"tieng thai|\bthai\b|ภาษาไทย")),
    ("en", re.compile(r"tieng anh|english|ภาษาอังกฤษ")),
]


def small_talk(turn: Turn, intent: str) -> Reply:
    message = Message(text=say(intent, turn.lang))
    walkthrough = turn.state.walkthrough
    if intent == "greet" and walkthrough and (entry := turn.library.get(walkthrough.entry_id)):
        walkthrough.paused = True
        message = Message(
            text=f"{message.text}\n{say('resume_hint', turn.lang).format(title=entry.title)}",
            buttons=[resume_button(entry, walkthrough.step)],
        )
    return turn.reply(messages=[message])


def welcome(library: Library, lang: Lang) -> Reply:
    """What a new chat window shows first: who the assistant is, its topics, a quiz, a person."""
    buttons = [Button(title=topic_title(t, lang), payload=f"/topic {t}") for t in library.topics(lang)]
    buttons += [Button(title=say("welcome_quiz", lang), payload="/quiz start"), human_button(lang)]
    return Reply(
        messages=[Message(text=say("greet", lang), buttons=buttons)],
        intent=IntentInfo(name="welcome", confidence=1.0),
        lang=lang,
    )


def joined_class(turn: Turn, joined: tuple[str, str | None] | None) -> Reply:
    """`joined`: the class's name and its mentor's display name (None when unknown)."""
    if joined is None:
        return turn.reply(messages=[Message(text=say("class_unknown", turn.lang))])
    name, mentor = joined
    text = say("class_joined" if mentor else "class_joined_no_name", turn.lang)
    return turn.reply(messages=[Message(text=text.format(name=name, mentor=mentor))])


def class_code_wait(turn: Turn, wait_s: int) -> Reply:
    """Too many codes that matched no class: say how long to wait, kindly (it may be poor eyesight)."""
    minutes = max(1, math.ceil(wait_s / 60))
    return turn.reply(messages=[Message(text=say("class_code_wait", turn.lang).format(minutes=minutes))])


def steer(turn: Turn) -> Reply:
    """A steering word with no walkthrough open: go through the last lesson again, or pick a
    topic. It is not a question, so nothing is recorded as unanswered."""
    last = turn.library.get(turn.state.last_entry_id or "")
    buttons = [b for b in [offer_button(last)] if b] if last else []
    buttons += [
        Button(title=topic_title(t, turn.lang), payload=f"/topic {t}") for t in turn.library.topics(turn.lang)
    ]
    return turn.reply(messages=[Message(text=say("steer_outside", turn.lang), buttons=buttons)])


def unclear(turn: Turn) -> Reply:
    return turn.reply(messages=[Message(text=say("unclear", turn.lang))])


def cannot_check(lang: Lang) -> Reply:
    """The safety guard did not finish: nothing of the message was used or kept."""
    return Reply(
        messages=[Message(text=say("cannot_check", lang))],
        intent=IntentInfo(name="unchecked", confidence=0.0),
        lang=lang,
    )


def bot_challenge(turn: Turn) -> Reply:
    return turn.reply(
        messages=[Message(text=say("bot_challenge", turn.lang), buttons=[human_button(turn.lang)])]
    )


def decline(turn: Turn) -> Reply:
    return turn.reply(messages=[Message(text=say("decline", turn.lang))])


def handoff(turn: Turn) -> Reply:
    """Said honestly: who answers, how long people wait lately, and that the bot still helps."""
    turn.state.waiting_for_person = True
    turn.handoff_reason = "learner_asked"
    if turn.wait_minutes is None:
        wait = say("handoff_wait_unknown", turn.lang)
    else:
        wait = say("handoff_wait", turn.lang).format(minutes=turn.wait_minutes)
    messages = [
        Message(text=say("handoff_done", turn.lang).format(wait=wait)),
        Message(text=say("handoff_urgent", turn.lang)),
    ]
    return turn.reply(messages=messages)


def change_language(turn: Turn) -> Reply:
    wanted = requested_language(turn.text)
    if wanted is None:
        buttons = [Button(title=name, payload=f"/lang {code}") for code, name in LANGUAGE_NAMES.items()]
        return turn.reply(messages=[Message(text=say("choose_language", turn.lang), buttons=buttons)])
    return set_language(turn, wanted)


def set_language(turn: Turn, lang: Lang) -> Reply:
    turn.state.lang, turn.state.lang_chosen = lang, True
    turn.lang = lang
    return turn.reply(messages=[Message(text=say("language_set", lang))])


def requested_language(text: str) -> Lang | None:
    folded = fold_latin(text)
    found = [code for code, pattern in REQUESTED if pattern.search(folded)]
    return found[-1] if len(found) >= 1 else None  # type: ignore[return-value]
