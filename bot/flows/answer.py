"""Answer a question from the lessons: the short answer first, a choice when two lessons are
close, and an honest "I don't know yet" (recorded for trainers) when none fits."""

from __future__ import annotations

import re

from bot.flows import country
from bot.flows.turn import Turn
from bot.flows.walkthrough import resume_button
from bot.policy import OFFER_CHECK, OFFER_EMERGENCY, what_happened
from bot.replies import Button, Message, Reply, SourceRef
from bot.texts import say, topic_title
from bot.walkthrough import offer_button
from knowledge.retriever import Hit
from knowledge.schema import Entry
from knowledge.text import fold_latin

# A scam's tools and actors, named: what the lessons on risk are about. ("lúa", rice, folds like "lừa";
# only "lừa đảo", "bị lừa" and the like count.)
SCAM_TOPIC = re.compile(
    r"\b(otp|pin|passcode|password|scam\w*|crooks?|fraud\w*|hack\w*|phish\w*|thie(f|ves)|stole|steal\w*"
    r"|con ?(man|men|artists?)|swindl\w*|impostors?|remote[- ]control|anydesk|teamviewer|ultraviewer"
    r"|ma otp|mat khau|lua dao|bi lua|gia mao|mao danh|ke gian|chiem doat|dieu khien tu xa)\b"
    r"|มิจฉาชีพ|หลอก|โอทีพี|แฮก|ควบคุม(มือถือ|เครื่อง)?ระยะไกล"
)
CLOSE_MARGIN = 0.01  # hybrid scores this close mean the retriever cannot tell the two apart
OUT_OF_SCOPE_CONFIDENCE = 0.8


def answer(turn: Turn, hits: list[Hit]) -> Reply:
    if not hits or _clearly_out_of_scope(turn):
        near = None if _clearly_out_of_scope(turn) else turn.library.near_miss(turn.text, turn.lang)
        reply = dont_know(turn, near.entry if near else None)
    elif _too_close(hits):
        reply = _which_one(turn, hits[:2])
    else:
        reply = _in_learners_country(turn, hits[0].entry)
    if path := other_path_button(turn):
        reply.messages[-1].buttons.insert(0, path)
    return reply


def other_path_button(turn: Turn) -> Button | None:
    """The router heard an alarm it could not confirm: the alarming path, one press away."""
    if turn.decision.detail == OFFER_EMERGENCY:
        return Button(
            title=say("offer_emergency", turn.lang), payload=f"/emergency {what_happened(turn.text)}"
        )
    if turn.decision.detail == OFFER_CHECK:
        return Button(title=say("offer_check", turn.lang), payload="/check")
    return None


def _in_learners_country(turn: Turn, entry: Entry) -> Reply:
    """An English lesson that exists once per country: the learner's, or ask which country."""
    purpose = country.purpose_of(entry.id) if turn.lang == "en" else None
    if purpose is None:
        return show_entry(turn, entry)
    local = country.lesson_for(turn, purpose)
    return show_entry(turn, local) if local else country.ask(turn, purpose)


def show_entry(turn: Turn, entry: Entry) -> Reply:
    """The short answer, each warning on its own line, and the offer of a walkthrough."""
    turn.state.last_entry_id = entry.id
    turn.state.choices = []
    messages = [Message(text=entry.answer)]
    messages += [Message(text=f"⚠️ {warning}") for warning in entry.warnings]
    if offer := offer_button(entry):
        messages[-1].buttons.append(offer)
    offer_resume(turn, messages[-1])
    reply = turn.reply(messages=messages, sources=sources_of(entry), entry_id=entry.id)
    reply.lang = entry.language
    return reply


def dont_know(turn: Turn, near: Entry | None = None) -> Reply:
    """Still "I don't know" (recorded for trainers) when a lesson came close: that lesson is only
    offered, first among the buttons, for the learner to open if it is what they meant."""
    turn.unanswered = True
    buttons = [
        Button(title=topic_title(t, turn.lang), payload=f"/topic {t}") for t in turn.library.topics(turn.lang)
    ]
    if near is not None:
        buttons.insert(
            0, Button(title=say("near_miss", turn.lang).format(title=near.title), payload=f"/entry {near.id}")
        )
    buttons.append(human_button(turn.lang))
    message = Message(text=say("dont_know", turn.lang), buttons=buttons)
    offer_resume(turn, message)
    return turn.reply(messages=[message])


def human_button(lang: str) -> Button:
    return Button(title=say("talk_to_person", lang), payload="/handoff")


def sources_of(entry: Entry) -> list[SourceRef]:
    return [SourceRef(title=s.title, url=str(s.url) if s.url else None) for s in entry.sources]


def _which_one(turn: Turn, hits: list[Hit]) -> Reply:
    turn.state.choices = [hit.entry.id for hit in hits]
    buttons = [
        Button(title=f"{i}. {hit.entry.title}", payload=f"/entry {hit.entry.id}")
        for i, hit in enumerate(hits, 1)
    ]
    return turn.reply(messages=[Message(text=say("which_one", turn.lang), buttons=buttons)])


def _too_close(hits: list[Hit]) -> bool:
    return len(hits) >= 2 and hits[0].score - hits[1].score < CLOSE_MARGIN


def _clearly_out_of_scope(turn: Turn) -> bool:
    """The classifier is sure the lessons do not cover it, and the message names no scam's tools:
    a question about risk ("what can a crook do with my OTP?", "is it risky to share my PIN with my
    grandson?") is the lessons' business however the classifier hears it."""
    return (
        turn.nlu is not None
        and turn.nlu.intent.name == "out_of_scope"
        and turn.nlu.intent.confidence >= OUT_OF_SCOPE_CONFIDENCE
        and SCAM_TOPIC.search(fold_latin(turn.text).lower()) is None
    )


def offer_resume(turn: Turn, message: Message) -> None:
    """A question mid-walkthrough pauses it; the learner gets a button back to where they were."""
    walkthrough = turn.state.walkthrough
    if walkthrough and (entry := turn.library.get(walkthrough.entry_id)):
        walkthrough.paused = True
        message.buttons.append(resume_button(entry, walkthrough.step))
