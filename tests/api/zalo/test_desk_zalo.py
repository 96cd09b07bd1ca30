"""A volunteer answers a Zalo learner: the reply leaves through the outbox exactly once, also when
the app stops between the volunteer's send and the delivery."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.api.workspace.conftest import PASSWORD, bearer
from tests.api.zalo.conftest import OA_SECRET, wait_until
from tests.api.zalo.events import signed, text_event
from tests.api.zalo.fake_zalo import FakeZalo

USER = "7301948215"


def post_event(client: TestClient, fake_zalo: FakeZalo, text: str, msg_id: str) -> None:
    body, headers = signed(text_event(fake_zalo.app_id, USER, text, msg_id), OA_SECRET)
    assert client.post("/channels/zalo/webhook", content=body, headers=headers).status_code == 200


def volunteer(client: TestClient) -> dict[str, str]:
    accounts = client.app.state.services.accounts
    accounts.create("co.lan", PASSWORD, "author", "Cô Lan")
    return bearer(accounts.sign_in("co.lan", PASSWORD))


def waiting_id(client: TestClient, lan: dict) -> int:
    found: list = []
    wait_until(
        lambda: bool(found.extend(client.get("/api/v1/desk/conversations", headers=lan).json()) or found)
    )
    return found[0]["id"]


def sent_texts(fake_zalo: FakeZalo) -> list[str]:
    return [m["text"] for m in fake_zalo.to(USER)]


@pytest.fixture
def held(zalo_app: TestClient, fake_zalo: FakeZalo) -> tuple[TestClient, dict, int]:
    """A Zalo learner asked for a person and Cô Lan took the conversation."""
    post_event(zalo_app, fake_zalo, "/handoff", "msg-h1")
    lan = volunteer(zalo_app)
    desk_id = waiting_id(zalo_app, lan)
    assert (
        zalo_app.get(f"/api/v1/desk/conversations/{desk_id}", headers=lan).json()["conversation"]["channel"]
        == "zalo"
    )
    assert zalo_app.post(f"/api/v1/desk/conversations/{desk_id}/take", headers=lan).status_code == 200
    wait_until(lambda: len(sent_texts(fake_zalo)) >= 2)  # the bot's honest "a person will answer"
    return zalo_app, lan, desk_id


def test_a_volunteers_reply_reaches_the_zalo_learner_once_and_the_bot_stays_quiet(
    held: tuple[TestClient, dict, int], fake_zalo: FakeZalo
) -> None:
    client, lan, desk_id = held
    reply = client.post(
        f"/api/v1/desk/conversations/{desk_id}/reply", json={"text": "Chào bác, cô đây."}, headers=lan
    )
    assert reply.status_code == 200, reply.text
    wait_until(lambda: "Cô Lan: Chào bác, cô đây." in sent_texts(fake_zalo))
    before = len(sent_texts(fake_zalo))
    post_event(client, fake_zalo, "cảm ơn cô nhiều", "msg-h2")
    lines = []
    wait_until(
        lambda: (
            bool(
                lines.extend(
                    client.get(f"/api/v1/desk/conversations/{desk_id}", headers=lan).json()["lines"][-1:]
                )
                or lines
            )
            and lines[-1]["text"] == "cảm ơn cô nhiều"
        )
    )
    time.sleep(0.5)
    assert len(sent_texts(fake_zalo)) == before, "the bot said nothing while a person holds the chat"
    assert sent_texts(fake_zalo).count("Cô Lan: Chào bác, cô đây.") == 1

    client.post(f"/api/v1/desk/conversations/{desk_id}/close", headers=lan)
    wait_until(lambda: any("đã kết thúc" in t for t in sent_texts(fake_zalo)))


def test_a_reply_written_before_the_app_stops_is_delivered_once_after_it_restarts(
    held: tuple[TestClient, dict, int], fake_zalo: FakeZalo, make_client, zalo_settings: Settings, nlu
) -> None:
    client, lan, desk_id = held
    fake_zalo.down = True
    sent = client.post(
        f"/api/v1/desk/conversations/{desk_id}/reply", json={"text": "Bác chờ cô chút nhé."}, headers=lan
    )
    assert sent.status_code == 200
    client.__exit__(None, None, None)  # the app stops before Zalo took the message
    fake_zalo.down = False
    make_client(zalo_settings, nlu=nlu)
    wait_until(lambda: "Cô Lan: Bác chờ cô chút nhé." in sent_texts(fake_zalo))
    time.sleep(0.5)
    assert sent_texts(fake_zalo).count("Cô Lan: Bác chờ cô chút nhé.") == 1


def test_a_reply_outside_zalos_window_is_refused_and_the_volunteer_told_why(
    held: tuple[TestClient, dict, int], fake_zalo: FakeZalo
) -> None:
    client, lan, desk_id = held
    client.app.state.services.desk.settings.zalo_reply_window_h = 0.5 / 3600
    time.sleep(0.7)
    refused = client.post(
        f"/api/v1/desk/conversations/{desk_id}/reply", json={"text": "Bác còn đó không?"}, headers=lan
    )
    assert refused.status_code == 409 and "48" not in refused.json()["detail"]
    assert "not sent" in refused.json()["detail"]
    assert "Cô Lan: Bác còn đó không?" not in sent_texts(fake_zalo)
