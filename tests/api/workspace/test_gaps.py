"""The Gaps view shows questions, not noise: no steering words or greetings, each question once."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.state import ConversationState
from bot.store import TurnRecord
from tests.api.workspace.conftest import bearer


def left_unanswered(client: TestClient, asked: list[tuple[str, str]]) -> None:
    store = client.app.state.services.turns.store
    for learner, text in asked:
        store.save_turn(
            learner,
            ConversationState(),
            TurnRecord(language="vi", intent=None, confidence=None, flow="answer", unanswered=text),
        )


def test_steering_words_greetings_and_repeats_are_not_gaps(
    client: TestClient, tokens: dict[str, str]
) -> None:
    noise = [("an", "tiếp"), ("an", "Tiếp!"), ("binh", "quay lại"), ("chi", "xin chào"), ("chi", "cảm ơn")]
    question = "tra cứu phạt nguội xe máy ở đâu"
    repeats = [("dung", question), ("dung", question), ("em", "tra cuu phat nguoi xe may o dau")]
    left_unanswered(client, noise * 5 + repeats)

    gaps = client.get("/api/v1/trainers/gaps", headers=bearer(tokens["author"])).json()

    assert len(gaps) == 1, [g["questions"] for g in gaps]
    assert gaps[0]["questions"] == [question]
    assert gaps[0]["times"] == [3] and gaps[0]["asked"] == 3 and gaps[0]["learners"] == 2
