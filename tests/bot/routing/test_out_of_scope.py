"""The answer flow's out-of-scope check: the classifier's "not ours" declines a question only when it
names none of a scam's tools, which the lessons on risk are about."""

from __future__ import annotations

import pytest

from bot.flows.answer import answer
from bot.flows.turn import Turn
from bot.policy import Decision
from bot.state import ConversationState
from knowledge.library import Library
from knowledge.retriever import Hit
from nlu.client import Intent, NluResult

LESSON = "en.scams.never-share-otp"


def reply_to(library: Library, text: str, lang: str = "en"):
    nlu = NluResult(intent=Intent(name="out_of_scope", confidence=0.95))
    turn = Turn("learner", text, lang, nlu, ConversationState(), Decision("answer"), library)
    return answer(turn, [Hit(library.get(LESSON), 0.9, "")]), turn  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "What could a thief actually do if he saw my PIN over my shoulder?",
        "is it dangerous to tell my niece my online banking password so she can pay the bills",
        "How do crooks get hold of old people's phone numbers anyway?",
        "kẻ gian có mã OTP của bác thì làm được gì",
        "มิจฉาชีพได้รหัสโอทีพีไปแล้วทำอะไรได้บ้าง",
    ],
)
def test_a_question_naming_a_scams_tools_is_answered_however_the_classifier_hears_it(library, text) -> None:
    reply, turn = reply_to(library, text)
    assert reply.entry_id == LESSON and not turn.unanswered


@pytest.mark.parametrize(
    "text", ["What's a good recipe for green curry?", "giá lúa năm nay có lên không", "who won the football"]
)
def test_a_question_naming_none_is_still_declined(library, text) -> None:
    reply, turn = reply_to(library, text)
    assert reply.entry_id is None and turn.unanswered
