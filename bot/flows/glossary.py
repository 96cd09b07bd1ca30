"""Explain a word the lessons use in a sentence or two, then let the learner carry on.

Mid-walkthrough this is a detour, not a new topic: the reply ends with the button back to the
step, and a button to the lesson that says more.
"""

from __future__ import annotations

from bot.flows.answer import offer_resume
from bot.flows.turn import Turn
from bot.replies import Button, Message, Reply, SourceRef
from bot.texts import say


def explain(turn: Turn) -> Reply:
    term = turn.library.glossary.get(turn.decision.detail)
    assert term is not None, "the router names only terms the glossary has"
    message = Message(text=f"{term.term}: {term.explanation}")
    if term.lesson and (lesson := turn.library.get(term.lesson)):
        message.buttons.append(
            Button(
                title=say("read_more", turn.lang).format(title=lesson.title), payload=f"/entry {lesson.id}"
            )
        )
    offer_resume(turn, message)
    sources = [SourceRef(title=s.title, url=str(s.url) if s.url else None) for s in term.sources]
    return turn.reply(messages=[message], sources=sources)
