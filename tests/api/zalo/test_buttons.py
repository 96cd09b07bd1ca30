"""What a learner's Zalo chat shows when they press a button: nothing, never a command.

With `oa.query.show`, Zalo posts a button's payload into the chat as if the learner had typed it
("/step vi.vneid.… 3"); with `oa.query.hide` it reaches the assistant and the chat stays clean.
"""

from __future__ import annotations

from tests.api.zalo.conftest import wait_until
from tests.api.zalo.events import other_event, text_event
from tests.api.zalo.fake_zalo import FakeZalo


def shown_in_chat(button: dict) -> str | None:
    """What Zalo writes on the learner's side when the button is pressed."""
    return None if button["type"] == "oa.query.hide" else button["payload"]


def buttons_in(messages: list[dict]) -> list[dict]:
    return [b for m in messages if "attachment" in m for b in m["attachment"]["payload"]["buttons"]]


def test_pressing_any_button_shows_the_learner_no_command(deliver, fake_zalo: FakeZalo) -> None:
    user = "9000000000000000001"
    deliver(other_event(fake_zalo.app_id, user, "follow"))
    wait_until(lambda: buttons_in(fake_zalo.to(user)))
    pressed: list[dict] = []
    for press in range(6):  # follow the first button of each reply: topics, lessons, steps…
        seen = len(fake_zalo.to(user))
        button = buttons_in(fake_zalo.to(user))[-1 if press else 0]
        pressed.append(button)
        deliver(text_event(fake_zalo.app_id, user, button["payload"], f"press-{press}"))
        wait_until(lambda seen=seen: len(fake_zalo.to(user)) > seen)
        if not buttons_in(fake_zalo.to(user)[seen:]):
            break
    offered = buttons_in(fake_zalo.to(user))
    assert len(pressed) >= 2 and len({b["payload"].split()[0] for b in offered}) >= 2
    assert [shown_in_chat(b) for b in offered] == [None] * len(offered)
