"""Decide which flow answers a message, from what the NLU understood and where the conversation is.

The order encodes priorities: someone who has just lost money gets the emergency steps before
anything else; inside a walkthrough, "tiếp" means the next step; a pasted message full of red
flags is checked even if the learner did not ask. Short keyword lists back up the NLU for the
few words that steer a conversation ("tiếp", "dừng", "ต่อไป"), so steering still works when the
NLU server is down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.redflags import check_message
from bot.state import ConversationState
from knowledge.text import fold_latin
from nlu.client import NluResult
from quizzes.answers import choice_letter

Flow = Literal[
    "command",
    "emergency",
    "walkthrough",
    "stop_walkthrough",
    "scam_check",
    "handoff",
    "change_language",
    "small_talk",
    "bot_challenge",
    "start_walkthrough",
    "decline",
    "choose",
    "quiz",
    "join_class",
    "unclear",
    "answer",
]
Move = Literal["next", "previous", "repeat", "simpler"]

MIN_CONFIDENCE = 0.5
SMALL_TALK_MIN_CONFIDENCE = 0.7
PASTED_MESSAGE_MIN_CHARS = 80

MOVE_INTENTS: dict[str, Move] = {
    "next_step": "next",
    "previous_step": "previous",
    "repeat": "repeat",
    "simpler": "simpler",
}
MOVE_WORDS: dict[str, frozenset[str]] = {
    "next": frozenset(
        "tiep|tiep theo|tiep tuc|lam tiep|buoc tiep|buoc tiep theo|roi sao nua|xong roi|next|continue|go on"
        "|ต่อไป|ต่อ|ถัดไป|ทำต่อ|ขั้นต่อไป".split("|")
    ),
    "previous": frozenset(
        "quay lai|lui lai|buoc truoc|tro lai|back|go back|previous|ย้อนกลับ|ก่อนหน้า|กลับ".split("|")
    ),
    "repeat": frozenset(
        "nhac lai|lap lai|noi lai|doc lai|chua nghe ro|repeat|again|say again|พูดอีกครั้ง|อีกครั้ง|ทวน|ทวนอีกที".split(
            "|"
        )
    ),
    "simpler": frozenset(
        "de hieu hon|noi de hieu hon|kho hieu qua|khong hieu|chua hieu|simpler|more simply|i don't understand"
        "|ไม่เข้าใจ|ง่ายกว่านี้|อธิบายง่ายๆ|อธิบายง่ายกว่านี้".split("|")
    ),
}
STOP_WORDS = frozenset("dung|dung lai|thoi|ngung|thoi khong hoc nua|stop|quit|หยุด|พอแล้ว|พอก่อน".split("|"))
PARTICLES = re.compile(
    r"\b(a|nhe|nha|di|oi|voi|giup toi|giup|please|ạ)\b|ครับ|ค่ะ|คะ|นะ|จ้า|จ้ะ|หน่อย|[.!?,…]+", re.IGNORECASE
)

EMERGENCY = re.compile(
    r"\blo (chuyen|dua|doc|gui|nhap|bam|cai|bi lua)|(da|vua|moi) (chuyen|doc|dua|gui|nhap|cai)\b.{0,25}"
    r"(tien|otp|ma|mat khau|cho (no|ho|nguoi)|roi)|bi lua (mat|chuyen|het|roi)|mat (het )?tien roi"
    r"|\b(already|just) (sent|transferred|paid|gave|shared|installed)|\bi (sent|gave|shared|told)\b.{0,25}"
    r"(money|otp|code|password)|โอน(เงิน)?ไปแล้ว|(บอก|ให้)รหัส.{0,12}ไปแล้ว|ถูกหลอก|เผลอ(โอน|กด|บอก|ติดตั้ง)",
    re.IGNORECASE,
)
HANDOFF = re.compile(
    r"nguoi that|gap (can bo|nguoi|nhan vien)|noi chuyen voi nguoi|talk to (a )?(person|human|someone)"
    r"|real person|คุยกับคน|ขอคุยกับเจ้าหน้าที่|ติดต่อเจ้าหน้าที่",
    re.IGNORECASE,
)
LANGUAGE_REQUEST = re.compile(
    r"tieng (viet|anh|thai)|\b(english|vietnamese|thai)\b|ภาษา(ไทย|อังกฤษ|เวียดนาม)", re.IGNORECASE
)


@dataclass(frozen=True)
class Decision:
    flow: Flow
    detail: str = ""  # the move, the small-talk intent, the chosen option…


CLASS_CODE = re.compile(
    r"(?:\bma lop|\bclass code|รหัสห้อง|รหัสชั้นเรียน)\s*+(?:(?:la|is|คือ)\s*+)?(?:[:#]\s*+)?(\d{4,8})\b"
)
CHOICE = re.compile(r"(?:so |số |bai |option |ข้อ )?([1-9])")


def decide(text: str, nlu: NluResult | None, state: ConversationState) -> Decision:
    if text.startswith("/"):
        return Decision("command")
    if not has_words(text):
        return Decision("unclear")
    if code := CLASS_CODE.search(fold_latin(text)):
        return Decision("join_class", code.group(1))
    short = normalise_short(text)
    intent = _intent(nlu)
    if intent == "report_scam_victim" or EMERGENCY.search(fold_latin(text)):
        return Decision("emergency")
    if state.quiz_item and (choice_letter(text) or intent == "quiz_answer"):
        return Decision("quiz", "answer")
    if state.walkthrough and (step := _walkthrough_move(short, intent, state)):
        return step
    if state.choices and (choice := _choice(short, len(state.choices))):
        return Decision("choose", choice)
    return _by_intent(text, short, intent, state)


def _by_intent(text: str, short: str, intent: str | None, state: ConversationState) -> Decision:
    if intent == "ask_is_it_scam" or _looks_like_pasted_scam(text):
        return Decision("scam_check")
    if intent == "talk_to_human" or HANDOFF.search(fold_latin(text)):
        return Decision("handoff")
    if intent == "change_language" or (len(short) < 40 and LANGUAGE_REQUEST.search(short)):
        return Decision("change_language")
    if intent in {"greet", "goodbye", "thanks"}:
        return Decision("small_talk", intent)
    if intent == "bot_challenge":
        return Decision("bot_challenge")
    if intent == "my_progress":
        return Decision("quiz", "progress")
    if intent in {"start_quiz", "quiz_answer"}:
        return Decision("quiz", "start")
    offered = state.last_entry_id and not state.walkthrough
    if offered and (intent == "affirm" or short in {"co", "vang", "u", "ok", "yes", "ใช่", "ได้"}):
        return Decision("start_walkthrough")
    if intent == "deny":
        return Decision("decline")
    if offered and (intent == "next_step" or short in MOVE_WORDS["next"]):
        return Decision("start_walkthrough")
    return Decision("answer")


def _intent(nlu: NluResult | None) -> str | None:
    if nlu is None:
        return None
    threshold = (
        SMALL_TALK_MIN_CONFIDENCE if nlu.intent.name in {"greet", "goodbye", "thanks"} else MIN_CONFIDENCE
    )
    return nlu.intent.name if nlu.intent.confidence >= threshold else None


def _walkthrough_move(short: str, intent: str | None, state: ConversationState) -> Decision | None:
    if short in STOP_WORDS:
        return Decision("stop_walkthrough")
    for move, words in MOVE_WORDS.items():
        if short in words:
            return Decision("walkthrough", move)
    if intent in MOVE_INTENTS and len(short) <= 40:
        return Decision("walkthrough", MOVE_INTENTS[intent])
    if intent == "affirm" and not state.walkthrough.paused:  # type: ignore[union-attr]
        return Decision("walkthrough", "next")
    return None


def _choice(short: str, count: int) -> str | None:
    match = CHOICE.fullmatch(short)
    if match and int(match.group(1)) <= count:
        return match.group(1)
    return None


def _looks_like_pasted_scam(text: str) -> bool:
    """A long message with a dangerous request and pressure reads like something forwarded."""
    return len(text) >= PASTED_MESSAGE_MIN_CHARS and check_message(text).verdict == "likely_scam"


def has_words(text: str) -> bool:
    """Emoji, punctuation or control characters alone say nothing a classifier should guess at."""
    return any(c.isalnum() for c in text)


def normalise_short(text: str) -> str:
    """'Tiếp đi ạ!' → 'tiep': folded, without politeness particles and punctuation."""
    return " ".join(PARTICLES.sub(" ", fold_latin(text)).split())
