"""One learner message in, one channel-neutral reply out.

Secrets (OTP, passwords, card numbers…) are redacted first: nothing after that line sees them,
not the NLU server, not the database, not a log. Then the conversation state is loaded, the
policy picks a flow, the flow answers, and the new state is saved with the turn's records in
one transaction. Without the NLU service the bot still answers from lessons (degraded mode).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot import metrics
from bot.class_codes import GuessLimit, NoGuessLimit
from bot.flows import commands, conversation, country, emergency, glossary, quiz, scam_check, walkthrough
from bot.flows.answer import answer
from bot.flows.commands import is_button_payload
from bot.flows.turn import Turn
from bot.policy import Decision, decide, has_words, needs_lessons
from bot.replies import Message, Reply
from bot.safety import CannotCheck, redact_in_time
from bot.safety.shown import for_learner
from bot.state import ConversationState
from bot.store import DialogueStore, Line, TurnRecord
from bot.texts import say
from knowledge.library import Library
from knowledge.retriever import Hit
from nlu.client import NluParser
from nlu.language import Lang, detect_language
from quizzes.engine import QuizEngine

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    reply: Reply
    flow: str
    unanswered: bool = False


@dataclass
class TurnEngine:
    nlu: NluParser
    library: Library
    store: DialogueStore
    quizzes: QuizEngine
    guard_deadline_s: float = 2.0
    # Searches at once: 1 for the PyTorch embedder, which runs one query at a time behind a lock
    # (turns queued on it in worker threads would starve everything else that needs a thread,
    # /health too); the ONNX embedder runs concurrently, so one per core.
    searches_at_once: int = 1
    # Class codes that matched no class, counted per learner and address: nobody guesses codes.
    code_guesses: GuessLimit = field(default_factory=NoGuessLimit)
    _search_turn: asyncio.Semaphore = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._search_turn = asyncio.Semaphore(self.searches_at_once)

    async def handle(
        self,
        learner_id: str,
        text: str,
        redacted: Sequence[str] = (),
        lang: str | None = None,
        address: str | None = None,
        message_id: str | None = None,
        from_image: bool = False,
    ) -> Reply:
        """`redacted`: kinds of secret a channel already removed before storing the message;
        `lang`: the channel's language, for a conversation that has none yet; `address`: the
        client's network address, when the channel knows it (for rate limits); `message_id`: the
        channel's id of the message, under which the store keeps the reply with the new state;
        `from_image`: the text was read off a screenshot, which is always checked for a scam."""
        outcome = await self.take_turn(learner_id, text, redacted, lang, address, message_id, from_image)
        return outcome.reply

    async def take_turn(
        self,
        learner_id: str,
        text: str,
        redacted: Sequence[str] = (),
        lang: str | None = None,
        address: str | None = None,
        message_id: str | None = None,
        from_image: bool = False,
    ) -> Outcome:
        """Like `handle`, and says which flow answered (for measuring the router)."""
        started = time.perf_counter()
        try:
            outcome = await self._take_turn(learner_id, text, redacted, lang, address, message_id, from_image)
        except Exception:
            metrics.TURN_ERRORS.inc()
            raise
        metrics.TURNS.labels(outcome.flow).inc()
        metrics.TURN_SECONDS.labels(outcome.flow).observe(time.perf_counter() - started)
        if outcome.reply.degraded:
            metrics.DEGRADED_TURNS.inc()
        return outcome

    async def _take_turn(
        self,
        learner_id: str,
        text: str,
        redacted: Sequence[str],
        lang: str | None,
        address: str | None,
        message_id: str | None,
        from_image: bool = False,
    ) -> Outcome:
        text = text.strip()
        try:
            with metrics.stage("redaction"):
                text, secrets = await self._guarded(text)
        except CannotCheck as exc:
            logger.warning("turn refused: %s", exc)
            return Outcome(
                conversation.cannot_check(lang if lang in ("vi", "th", "en") else "vi"), "unchecked"
            )  # type: ignore[arg-type]
        kinds = {f.kind for f in secrets} | set(redacted)
        with metrics.stage("database"):
            state, holder = await asyncio.to_thread(self._load, learner_id)
        # A screenshot is someone else's message to judge, whatever it says: it goes straight to the
        # scam check, so Rasa's parse of its long text and the router are work nobody would use.
        nlu = None
        if has_words(text) and not text.startswith("/") and not from_image:
            with metrics.stage("nlu"):
                nlu = await self.nlu.parse(text)
        turn_lang = _language(text, state, lang)
        hits = await self._search(text, turn_lang) if needs_lessons(text) and not from_image else None
        term = self.library.glossary.asked(text, turn_lang)
        decision = Decision("scam_check")
        if not from_image:
            with metrics.stage("policy"):
                decision = await asyncio.to_thread(  # reads a long paste's red flags: not on the event loop
                    decide, text, nlu, state, hits or [], kinds, term.id if term else None
                )
        turn = Turn(learner_id, text, turn_lang, nlu, state, decision, self.library, self.quizzes, hits)
        turn.address, turn.from_image = address, from_image
        if not text.startswith("/"):
            state.country = country.infer(text) or state.country
        held = holder is not None and decision.flow != "emergency" and not is_button_payload(text)
        with metrics.stage("flow"):
            reply = _held(turn) if held else await self._run(turn)
            if state.quiz_item and not held and not _about_the_quiz(turn):
                await asyncio.to_thread(_offer_way_back, turn, self.quizzes, reply)
        if kinds:
            reply.messages.insert(0, Message(text=say("secret_warning", reply.lang)))
            reply.redacted = sorted(kinds)
        if kinds or from_image:
            reply.learner_text = for_learner(text, reply.lang)
        state.lang = state.lang if state.lang_chosen else reply.lang  # type: ignore[assignment]
        with metrics.stage("database"):
            record = _record(turn, reply, message_id)
            await asyncio.to_thread(self.store.save_turn, learner_id, state, record)
        logger.info("turn flow=%s intent=%s lang=%s", decision.flow, reply.intent.name, reply.lang)
        return Outcome(reply, "held" if held else decision.flow, turn.unanswered)

    def _load(self, learner_id: str) -> tuple[ConversationState, str | None]:
        return self.store.load(learner_id), self.store.holder(learner_id)

    async def _search(self, text: str, lang: Lang) -> list[Hit]:
        async with self._search_turn:  # wait here, not in a worker thread other requests need
            with metrics.stage("retrieval"):
                return await asyncio.to_thread(self.library.search, text, lang, 3)

    async def _guarded(self, text: str) -> tuple[str, list]:
        """The bot's own button payloads carry ids, not words; everything else goes through the guard."""
        if is_button_payload(text):
            return text, []
        return await redact_in_time(text, self.guard_deadline_s)

    async def _run(self, turn: Turn) -> Reply:
        flow, detail = turn.decision.flow, turn.decision.detail
        if flow == "handoff" or turn.text == "/handoff":
            turn.wait_minutes = await asyncio.to_thread(self.store.typical_wait_minutes)
        if flow == "answer":
            return answer(
                turn, turn.hits if turn.hits is not None else await self._search(turn.text, turn.lang)
            )
        if flow == "choose":
            chosen = self.library.get(turn.state.choices[int(detail) - 1])
            return commands.run(_as_command(turn, f"/entry {chosen.id}")) if chosen else answer(turn, [])
        if flow == "quiz":
            return await asyncio.to_thread(_quiz_flow, turn, self.quizzes)
        if flow == "join_class":
            return await self._join_class(turn, detail)
        if flow == "start_walkthrough":
            return walkthrough.start(turn) or await self._run(_with(turn, Decision("answer")))
        return await asyncio.to_thread(SIMPLE_FLOWS[flow], turn)

    async def _join_class(self, turn: Turn, code: str) -> Reply:
        """Join with a class code, unless this learner or address has sent too many wrong ones."""
        if wait_s := await asyncio.to_thread(self.code_guesses.wait_s, turn.learner_id, turn.address):
            logger.info("class code refused: too many wrong codes lately")
            return conversation.class_code_wait(turn, wait_s)
        joined = await asyncio.to_thread(self.store.join_class, turn.learner_id, code)
        if joined is None:
            await asyncio.to_thread(self.code_guesses.missed, turn.learner_id, turn.address)
        return conversation.joined_class(turn, joined)


SIMPLE_FLOWS = {
    "command": commands.run,
    "emergency": emergency.respond,
    "walkthrough": lambda turn: walkthrough.move(turn, turn.decision.detail),
    "stop_walkthrough": walkthrough.stop,
    "scam_check": scam_check.check,
    "handoff": conversation.handoff,
    "change_language": conversation.change_language,
    "small_talk": lambda turn: conversation.small_talk(turn, turn.decision.detail),
    "bot_challenge": conversation.bot_challenge,
    "decline": conversation.decline,
    "unclear": conversation.unclear,
    "glossary": glossary.explain,
    "steer": conversation.steer,
}


def _held(turn: Turn) -> Reply:
    """A person holds the conversation: the bot stays quiet (the safety warning, if any, is
    added like on every turn; emergencies and pressed buttons never come here)."""
    turn.decision = Decision("held")
    return turn.reply(messages=[])


def _offer_way_back(turn: Turn, engine: QuizEngine, reply: Reply) -> None:
    if back := quiz.back_to_question(turn, engine):
        reply.messages[-1].buttons.append(back)


def _about_the_quiz(turn: Turn) -> bool:
    """A quiz turn shows the question itself; any other (a lesson reviewed by its button too)
    carries the way back to it."""
    return turn.decision.flow == "quiz" or turn.text.startswith("/quiz")


def _quiz_flow(turn: Turn, engine: QuizEngine) -> Reply:
    if turn.decision.detail == "answer":
        return quiz.answer(turn, engine)
    if turn.decision.detail == "current":
        return quiz.current(turn, engine)
    if turn.decision.detail == "progress":
        return quiz.progress(turn, engine)
    return quiz.start(turn, engine)


def _language(text: str, state: ConversationState, hint: str | None) -> Lang:
    """Short replies like "ok" or "1", and button payloads ("/quiz answer vi.payments.q-… A", whose
    ids read like English), say nothing about language: keep the conversation's, or else the
    channel's."""
    default: Lang = state.lang or hint or "vi"  # type: ignore[assignment]
    if text.startswith("/"):
        return state.reply_language(default)
    return state.reply_language(detect_language(text, default=default))


def _with(turn: Turn, decision: Decision) -> Turn:
    turn.decision = decision
    return turn


def _as_command(turn: Turn, payload: str) -> Turn:
    turn.text = payload
    return turn


def _record(turn: Turn, reply: Reply, message_id: str | None = None) -> TurnRecord:
    learner = Line("learner", turn.text)
    said = [Line("bot", m.text, [b.model_dump() for b in m.buttons], reply.entry_id) for m in reply.messages]
    return TurnRecord(
        transcript=[learner, *said],
        language=reply.lang,
        intent=reply.intent.name,
        confidence=reply.intent.confidence,
        flow=turn.decision.flow,
        entry_id=reply.entry_id,
        degraded=reply.degraded,
        unanswered=turn.text if turn.unanswered else None,
        handoff_reason=turn.handoff_reason,
        handoff_text=turn.text if turn.handoff_reason and not turn.text.startswith("/") else None,
        message_id=message_id,
        reply=reply.model_dump(mode="json") if message_id is not None else None,
    )
