"""Step-by-step coaching through the chat API."""

from __future__ import annotations

import pytest

from api.settings import Settings


@pytest.fixture
def client(make_client, settings: Settings):
    return make_client(settings)


def ask(client, text: str) -> dict:
    response = client.post("/api/v1/chat", json={"user_id": "walker", "text": text})
    assert response.status_code == 200
    return response.json()


def test_an_answer_with_steps_offers_a_walkthrough_that_goes_step_by_step(client) -> None:
    answer = ask(client, "làm sao đăng ký tạm trú trên VNeID")
    assert answer["entry_id"] == "vi.vneid.temporary-residence"
    [offer] = [b for m in answer["messages"] for b in m["buttons"]]
    assert offer["title"] == "Hướng dẫn từng bước"

    first = ask(client, offer["payload"])
    total = first["total_steps"]
    assert first["messages"][0]["text"].startswith(f"Bước 1/{total}:")
    buttons = {b["title"]: b["payload"] for b in first["messages"][0]["buttons"]}
    assert "Quay lại" not in buttons

    second = ask(client, buttons["Tiếp"])
    assert second["messages"][0]["text"].startswith(f"Bước 2/{total}:")
    back = {b["title"]: b["payload"] for b in second["messages"][0]["buttons"]}["Quay lại"]
    assert ask(client, back)["step"] == 1

    last = ask(client, f"/step vi.vneid.temporary-residence {total}")
    done = ask(client, {b["title"]: b["payload"] for b in last["messages"][0]["buttons"]}["Tiếp"])
    assert done["messages"][0]["text"].startswith("Xong rồi!")


def test_simpler_wording_is_offered_where_the_lesson_has_it(client) -> None:
    step = ask(client, "/step vi.vneid.forgot-password 2")
    buttons = {b["title"]: b["payload"] for b in step["messages"][0]["buttons"]}
    simpler = ask(client, buttons["Nói dễ hiểu hơn"])
    assert "12 số" in simpler["messages"][0]["text"]


def test_a_lesson_without_steps_offers_no_walkthrough(client) -> None:
    answer = ask(client, "/entry vi.vneid.what-is-vneid")
    if answer["messages"] and not any(m["buttons"] for m in answer["messages"]):
        return
    pytest.fail("what-is-vneid unexpectedly has steps; pick another lesson without steps")
