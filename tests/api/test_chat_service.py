"""ChatService: one turn at a time per learner, and a resent message is answered once."""

from __future__ import annotations

import asyncio

import pytest

from api.chat_service import ChatService, MessageTooLong
from api.schemas import ChatRequest
from bot.replies import IntentInfo, Message, Reply


class SlowTurns:
    """Records how many turns of one learner overlap; the reply says which turn it was."""

    def __init__(self, fail_first: bool = False) -> None:
        self.running: dict[str, int] = {}
        self.most_at_once: dict[str, int] = {}
        self.count = 0
        self.fail_first = fail_first

    async def handle(self, learner_id: str, text: str, redacted=(), lang=None, address=None) -> Reply:
        self.running[learner_id] = self.running.get(learner_id, 0) + 1
        self.most_at_once[learner_id] = max(self.most_at_once.get(learner_id, 0), self.running[learner_id])
        await asyncio.sleep(0.05)
        self.running[learner_id] -= 1
        self.count += 1
        if self.fail_first and self.count == 1:
            raise RuntimeError("database unavailable")
        return Reply(
            messages=[Message(text=f"turn {self.count}")],
            intent=IntentInfo(name="x", confidence=1),
            lang="vi",
        )


def ask(user: str, text: str = "tiếp", message_id: str | None = None) -> ChatRequest:
    return ChatRequest(user_id=user, text=text, message_id=message_id)


async def test_one_learners_turns_never_overlap_but_different_learners_do() -> None:
    turns = SlowTurns()
    service = ChatService(turns, max_chars=100)
    await asyncio.gather(*(service.reply(ask(user)) for user in ["an", "an", "an", "binh", "binh"]))
    assert turns.most_at_once == {"an": 1, "binh": 1}
    assert turns.count == 5
    assert service._locks == {}  # nothing left behind once the turns are done


async def test_a_message_resent_while_it_is_still_running_gets_the_same_reply_once() -> None:
    turns = SlowTurns()
    service = ChatService(turns, max_chars=100)
    first, again = await asyncio.gather(
        service.reply(ask("an", message_id="m1")), service.reply(ask("an", message_id="m1"))
    )
    assert first == again and turns.count == 1
    later = await service.reply(ask("an", message_id="m1"))
    assert later == first and turns.count == 1


async def test_a_turn_that_failed_is_tried_again_when_resent() -> None:
    turns = SlowTurns(fail_first=True)
    service = ChatService(turns, max_chars=100)
    with pytest.raises(RuntimeError):
        await service.reply(ask("an", message_id="m1"))
    reply = await service.reply(ask("an", message_id="m1"))
    assert reply.messages[0].text == "turn 2"


async def test_only_the_most_recent_message_ids_are_remembered() -> None:
    turns = SlowTurns()
    service = ChatService(turns, max_chars=100, remembered=2)
    for message_id in ["m1", "m2", "m3"]:
        await service.reply(ask("an", message_id=message_id))
    await service.reply(ask("an", message_id="m1"))
    assert turns.count == 4


async def test_a_message_over_the_limit_is_refused_with_the_limit_named() -> None:
    service = ChatService(SlowTurns(), max_chars=10)
    with pytest.raises(MessageTooLong, match="at most 10"):
        await service.reply(ask("an", text="x" * 11))
