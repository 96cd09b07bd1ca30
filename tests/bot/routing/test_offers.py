"""The path the router did not take is one button away, in the widget, in Zalo and in a terminal."""

from __future__ import annotations

from api.terminal_chat import render as terminal_render
from api.zalo.render import render as zalo_render
from bot.policy import MIN_CONFIDENCE
from bot.replies import Reply
from bot.routing.thresholds import load_thresholds
from bot.texts import say
from nlu.client import Intent, NluResult
from tests.conftest import StaticNlu


def test_an_unconfirmed_alarm_is_answered_with_the_emergency_steps_a_press_away(
    make_client, settings
) -> None:
    unsure = (MIN_CONFIDENCE + load_thresholds().victim_sure) / 2  # heard, but not enough to act on
    heard_harm = StaticNlu(NluResult(intent=Intent(name="report_scam_victim", confidence=unsure)))
    client = make_client(settings, heard_harm)
    said = {"user_id": "u-offer", "text": "quen passcode vneid thi lam sao"}
    reply = Reply.model_validate(client.post("/api/v1/chat", json=said).json())
    offer = reply.messages[-1].buttons[0]
    assert reply.entry_id and offer.title == say("offer_emergency", "vi")

    zalo_buttons = zalo_render(reply, 1000, "oa.query.show")[len(reply.messages) - 1]["attachment"]
    assert zalo_buttons["payload"]["buttons"][0]["payload"] == offer.payload
    shown, numbered = terminal_render(reply)
    assert f"[1] {offer.title}" in shown and numbered[0] == offer

    pressed = client.post("/api/v1/chat", json={"user_id": "u-offer", "text": offer.payload}).json()
    assert say("emergency_intro", "vi") in pressed["messages"][0]["text"]
