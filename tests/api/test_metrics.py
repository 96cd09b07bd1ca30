"""`/metrics` after a few turns: every stage of a turn has been timed, turns counted by flow."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.settings import Settings
from bot.metrics import STAGES
from tests.conftest import StaticNlu


def stage_count(scrape: str, stage: str) -> float:
    found = re.search(rf'hocvuso_turn_stage_seconds_count{{stage="{stage}"}} ([0-9.e+]+)', scrape)
    return float(found.group(1)) if found else 0.0


def test_each_stage_of_a_turn_is_timed_and_counted(make_client, settings: Settings) -> None:
    client: TestClient = make_client(settings.model_copy(update={"metrics_public": True}), nlu=StaticNlu())
    before = client.get("/metrics").text
    for text in ("quên mật khẩu VNeID thì làm sao", "ลืมรหัส ThaID", "tiếp"):
        assert client.post("/api/v1/chat", json={"user_id": "metrics-1", "text": text}).status_code == 200
    scrape = client.get("/metrics")
    assert scrape.headers["content-type"].startswith("text/plain")
    for stage in STAGES:
        assert stage_count(scrape.text, stage) > stage_count(before, stage), stage
    assert re.search(r'hocvuso_turns_total\{flow="answer"\} [1-9]', scrape.text)
    assert "hocvuso_zalo_outbox_depth 0.0" in scrape.text and "hocvuso_nlu_breaker_open" in scrape.text


def test_degraded_turns_and_the_nlu_breaker_are_reported(make_client, settings: Settings) -> None:
    client: TestClient = make_client(settings.model_copy(update={"metrics_public": True}))  # NLU is down
    for _ in range(4):
        client.post("/api/v1/chat", json={"user_id": "metrics-2", "text": "quên mật khẩu VNeID"})
    scrape = client.get("/metrics").text
    assert re.search(r"hocvuso_degraded_turns_total [1-9]", scrape)
    assert "hocvuso_nlu_breaker_open 1.0" in scrape


def test_metrics_are_for_this_machine_unless_opened(make_client, settings: Settings) -> None:
    client: TestClient = make_client(settings, nlu=StaticNlu())  # the test client is not on loopback
    refused = client.get("/metrics")
    assert refused.status_code == 403 and "HOCVUSO_METRICS_PUBLIC" in refused.json()["detail"]
