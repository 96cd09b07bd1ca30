"""One learner message in, one channel-neutral reply out.

Secrets (OTP, passwords, card numbers…) are redacted first: nothing after that line sees them.
Button payloads starting with "/" are commands the bot itself issued (`/topic vneid`,
`/entry vi.vneid.forgot-password`); everything else is understood through the NLU service and
answered from the lesson library. Without the NLU service the bot still answers from lessons.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from bot.replies import Button, IntentInfo, Message, Reply, SourceRef
from bot.safety import redact
from bot.tables import Learner, TurnEvent
from bot.texts import say, topic_title
from bot.walkthrough import offer_button, step_reply
from knowledge.library import Library
from knowledge.schema import Entry
from nlu.client import NluParser, NluResult
from nlu.language import Lang, detect_language

logger = logging.getLogger(__name__)

SMALL_TALK = {"greet", "goodbye", "thanks"}
SMALL_TALK_MIN_CONFIDENCE = 0.7
UNKNOWN = IntentInfo(name="unknown", confidence=0.0)


@dataclass
class TurnEngine:
    nlu: NluParser
    library: Library
    sessions: sessionmaker[Session]

    async def handle(self, learner_id: str, text: str) -> Reply:
        text, secrets = redact(text.strip())
        if text.startswith("/"):
            reply = self._command(text, self._known_language(learner_id))
        else:
            reply = await self._understand(text)
        if secrets:
            reply.messages.insert(0, Message(text=say("secret_warning", reply.lang)))
            reply.redacted = sorted({f.kind for f in secrets})
        await asyncio.to_thread(self._record, learner_id, reply)
        return reply

    async def _understand(self, text: str) -> Reply:
        lang = detect_language(text)
        nlu = await self.nlu.parse(text)
        intent = IntentInfo(name=nlu.intent.name, confidence=nlu.intent.confidence) if nlu else UNKNOWN
        if _is_small_talk(nlu):
            return Reply(messages=[Message(text=say(intent.name, lang))], intent=intent, lang=lang)
        hits = await asyncio.to_thread(self.library.search, text, lang, 3)
        if not hits:
            return self._dont_know(lang, intent, degraded=nlu is None)
        reply = answer_from(hits[0].entry, intent)
        reply.degraded = nlu is None
        return reply

    def _dont_know(self, lang: Lang, intent: IntentInfo, degraded: bool) -> Reply:
        buttons = [
            Button(title=topic_title(t, lang), payload=f"/topic {t}") for t in self.library.topics(lang)
        ]
        return Reply(
            messages=[Message(text=say("dont_know", lang), buttons=buttons)],
            intent=intent,
            lang=lang,
            degraded=degraded,
        )

    def _command(self, text: str, lang: Lang) -> Reply:
        name, _, arg = text[1:].partition(" ")
        intent = IntentInfo(name=f"command_{name}", confidence=1.0)
        target, _, number = arg.strip().partition(" ")
        entry = self.library.get(target)
        if name == "entry" and entry:
            return answer_from(entry, intent)
        if name in ("step", "simpler") and entry and entry.steps and number.isdigit():
            return step_reply(entry, int(number), intent, simpler=name == "simpler")
        if name == "topic" and (entries := self.library.by_topic(lang, arg.strip())):
            buttons = [Button(title=e.title, payload=f"/entry {e.id}") for e in entries[:10]]
            return Reply(
                messages=[Message(text=say("pick_entry", lang), buttons=buttons)], intent=intent, lang=lang
            )
        return self._dont_know(lang, intent, degraded=False)

    def _known_language(self, learner_id: str) -> Lang:
        with self.sessions() as session:
            learner = session.get(Learner, learner_id)
            return learner.language if learner else "vi"  # type: ignore[return-value]

    def _record(self, learner_id: str, reply: Reply) -> None:
        with self.sessions() as session, session.begin():
            learner = session.get(Learner, learner_id)
            if learner is None:
                session.add(Learner(id=learner_id, language=reply.lang))
            else:
                learner.language = reply.lang
            session.add(
                TurnEvent(
                    learner_id=learner_id,
                    language=reply.lang,
                    intent=reply.intent.name,
                    confidence=reply.intent.confidence,
                    entry_id=reply.entry_id,
                    degraded=reply.degraded,
                )
            )


def _is_small_talk(nlu: NluResult | None) -> bool:
    return (
        nlu is not None
        and nlu.intent.name in SMALL_TALK
        and nlu.intent.confidence >= SMALL_TALK_MIN_CONFIDENCE
    )


def answer_from(entry: Entry, intent: IntentInfo) -> Reply:
    """The short answer first (with the offer of a walkthrough), then each warning on its own."""
    messages = [Message(text=entry.answer)]
    messages += [Message(text=f"⚠️ {warning}") for warning in entry.warnings]
    if offer := offer_button(entry):
        messages[-1].buttons.append(offer)
    return Reply(
        messages=messages,
        intent=intent,
        lang=entry.language,
        sources=[SourceRef(title=s.title, url=str(s.url) if s.url else None) for s in entry.sources],
        entry_id=entry.id,
    )
