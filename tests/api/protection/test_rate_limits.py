"""Rate limits on the public chat: per learner, per address, and sockets per address."""

from __future__ import annotations

import pytest
from starlette.websockets import WebSocketDisconnect

from api.settings import Settings


@pytest.fixture(params=[False, True], ids=["counted-in-memory", "counted-in-the-database"])
def limited(make_client, settings: Settings, request: pytest.FixtureRequest):
    return make_client(
        settings.model_copy(
            update={
                "chat_rate_per_learner": "3/minute",
                "chat_rate_per_address": "5/minute",
                "max_sockets_per_address": 2,
                "rate_limits_shared": request.param,
            }
        )
    )


def _say(client, learner: str, text: str = "xin chào"):
    return client.post("/api/v1/chat", json={"user_id": learner, "text": text})


def test_a_learner_over_the_rate_gets_429_with_retry_after(limited) -> None:
    assert [_say(limited, "busy").status_code for _ in range(3)] == [200, 200, 200]
    refused = _say(limited, "busy")
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert "wait" in refused.json()["detail"]
    assert _say(limited, "calm").status_code == 200  # another learner is not held back


def test_an_address_over_the_rate_gets_429_whatever_the_learner(limited) -> None:
    codes = [_say(limited, f"learner-{i}").status_code for i in range(6)]
    assert codes == [200] * 5 + [429]


def test_the_socket_answers_an_error_frame_over_the_rate_and_stays_open(limited) -> None:
    with limited.websocket_connect("/api/v1/chat/ws") as ws:
        frames = []
        for i in range(4):
            ws.send_json({"user_id": "sock", "text": "xin chào", "message_id": f"m{i}"})
            frames.append(ws.receive_json())
            if frames[-1]["type"] == "typing":
                frames[-1] = ws.receive_json()
        assert [f["type"] for f in frames] == ["reply", "reply", "reply", "error"]
        assert frames[-1]["code"] == "rate_limited" and frames[-1]["retry_after_s"] >= 1
        ws.send_json({"user_id": "other", "text": "xin chào", "message_id": "m9"})
        assert ws.receive_json()["type"] == "typing"


def test_sockets_per_address_are_capped(limited) -> None:
    path = "/api/v1/chat/ws"
    with (
        limited.websocket_connect(path),
        limited.websocket_connect(path),
        limited.websocket_connect(path) as third,
    ):
        assert third.receive_json()["code"] == "too_many_connections"
        with pytest.raises(WebSocketDisconnect) as closed:
            third.receive_json()
        assert closed.value.code == 1013
    with limited.websocket_connect("/api/v1/chat/ws") as again:  # closed sockets free their place
        again.send_json({"user_id": "x", "text": "xin chào", "message_id": "a"})
        assert again.receive_json()["type"] == "typing"


def test_wrong_class_codes_are_counted_per_learner_and_per_known_address() -> None:
    from api.protection.rate_limits import ClassCodeGuesses

    guesses = ClassCodeGuesses.from_rates("2/hour", "3/hour")
    for _ in range(2):
        assert guesses.wait_s("zalo:1", None) == 0
        guesses.missed("zalo:1", None)  # Zalo: no address, so only the learner counts
    assert 3500 < guesses.wait_s("zalo:1", None) <= 3600
    assert guesses.wait_s("zalo:2", None) == 0

    for learner in ("web-a", "web-b", "web-c"):
        guesses.missed(learner, "198.51.100.7")
    assert guesses.wait_s("web-d", "198.51.100.7") > 0, "a new learner id from a busy address waits too"
    assert guesses.wait_s("web-d", "198.51.100.8") == 0
