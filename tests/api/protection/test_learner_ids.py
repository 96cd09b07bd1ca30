"""Who a message may claim to be: no channel's reserved ids from the web; signed ids on demand."""

from __future__ import annotations

import pytest

from api.settings import Settings


@pytest.fixture
def signed(make_client, settings: Settings):
    return make_client(settings.model_copy(update={"signed_learner_ids": True}))


def test_a_zalo_id_from_the_web_is_refused(make_client, settings: Settings) -> None:
    client = make_client(settings)
    response = client.post("/api/v1/chat", json={"user_id": "zalo:123456", "text": "xin chào"})
    assert response.status_code == 422
    assert "zalo:" in response.json()["errors"][0]["problem"]
    with client.websocket_connect("/api/v1/chat/ws") as ws:
        ws.send_json({"user_id": "ZALO:1", "text": "xin chào", "message_id": "a"})
        assert ws.receive_json()["code"] == "invalid"


def test_with_signed_ids_a_forged_id_is_refused_and_an_issued_one_works(signed) -> None:
    forged = signed.post("/api/v1/chat", json={"user_id": "web-" + "a" * 24 + "." + "b" * 32, "text": "hi"})
    assert forged.status_code == 403 and "/api/v1/learners" in forged.json()["detail"]
    issued = signed.post("/api/v1/learners").json()["user_id"]
    assert issued.startswith("web-") and len(issued.split(".")[0]) == 28
    assert signed.post("/api/v1/chat", json={"user_id": issued, "text": "xin chào"}).status_code == 200
    assert signed.post("/api/v1/learners", json={"user_id": issued}).json()["user_id"] == issued
    with signed.websocket_connect("/api/v1/chat/ws") as ws:
        ws.send_json({"user_id": "web-" + "c" * 24, "text": "hi", "message_id": "a"})
        assert ws.receive_json()["type"] == "typing"
        assert ws.receive_json()["code"] == "learner_id_not_issued"


def test_issued_ids_are_random_and_differ(signed) -> None:
    ids = {signed.post("/api/v1/learners").json()["user_id"] for _ in range(20)}
    assert len(ids) == 20


def test_without_signed_ids_any_well_formed_id_is_taken(make_client, settings: Settings) -> None:
    client = make_client(settings)
    assert client.post("/api/v1/chat", json={"user_id": "my-own-id", "text": "xin chào"}).status_code == 200
