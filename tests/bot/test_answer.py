"""Answering from lessons: the short answer, a choice when two lessons tie, an honest "don't know"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.flows.answer import answer
from bot.flows.turn import Turn
from bot.policy import Decision
from bot.state import ConversationState, Walkthrough
from knowledge.library import Library
from knowledge.loader import load_entries
from knowledge.retriever import Hit

CURRICULUM = Path(__file__).resolve().parents[2] / "knowledge" / "curriculum"


def turn_for(library: Library, state: ConversationState | None = None) -> Turn:
    return Turn("learner", "câu hỏi", "vi", None, state or ConversationState(), Decision("answer"), library)


def hit(library: Library, entry_id: str, score: float) -> Hit:
    return Hit(library.get(entry_id), score, "")  # type: ignore[arg-type]


def test_two_lessons_that_tie_are_offered_as_a_choice(library) -> None:
    turn = turn_for(library)
    reply = answer(
        turn,
        [hit(library, "vi.vneid.forgot-password", 0.91), hit(library, "vi.vneid.forgot-passcode", 0.905)],
    )
    titles = [b.title for b in reply.messages[0].buttons]
    assert reply.messages[0].text.startswith("Tôi thấy có hai bài gần giống nhau")
    assert titles[0].startswith("1. ") and titles[1].startswith("2. ")
    assert turn.state.choices == ["vi.vneid.forgot-password", "vi.vneid.forgot-passcode"]


def test_a_clear_winner_is_answered_with_its_sources(library) -> None:
    turn = turn_for(library)
    reply = answer(
        turn, [hit(library, "vi.vneid.forgot-password", 0.95), hit(library, "vi.vneid.forgot-passcode", 0.90)]
    )
    assert reply.entry_id == "vi.vneid.forgot-password" and reply.sources
    assert turn.state.last_entry_id == "vi.vneid.forgot-password"


def test_no_hit_is_an_honest_dont_know_that_is_recorded(library) -> None:
    turn = turn_for(library)
    reply = answer(turn, [])
    assert "chưa biết" in reply.messages[0].text
    assert turn.unanswered is True
    assert "/handoff" in [b.payload for b in reply.messages[0].buttons]


def test_a_detour_keeps_the_walkthrough_and_offers_the_way_back(library) -> None:
    state = ConversationState(walkthrough=Walkthrough(entry_id="vi.vneid.temporary-residence", step=3))
    turn = turn_for(library, state)
    reply = answer(turn, [hit(library, "vi.vneid.forgot-password", 0.95)])
    assert "Làm tiếp Bước 3/8" in [b.title for m in reply.messages for b in m.buttons]
    assert state.walkthrough and state.walkthrough.paused


class Ranks:
    """A retriever that declines everything but ranks one lesson just under its threshold."""

    def __init__(self, entry_id: str, score: float) -> None:
        self.entry_id, self.score = entry_id, score
        self.entries: dict = {}

    def rebuild(self, entries) -> None:
        self.entries = {e.id: e for e in entries}

    def search(self, query, language, k=3) -> list[Hit]:
        return []

    def threshold(self, language) -> float:
        return 1.0

    def ranked(self, query, language, k=3) -> list[Hit]:
        return [Hit(self.entries[self.entry_id], self.score, "")]


@pytest.mark.parametrize(("score", "offered"), [(0.99, True), (0.9, False)])
def test_a_lesson_just_under_the_threshold_is_offered_but_not_shown(score: float, offered: bool) -> None:
    library = Library(Ranks("vi.vneid.forgot-password", score))
    library.load(load_entries(root=CURRICULUM).entries)
    turn = turn_for(library)
    reply = answer(turn, [])
    payloads = [b.payload for b in reply.messages[0].buttons]
    assert turn.unanswered and reply.entry_id is None  # still "I don't know", recorded for trainers
    assert (payloads[0] == "/entry vi.vneid.forgot-password") is offered
