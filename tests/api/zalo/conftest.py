"""The app with its Zalo channel pointed at a fake Zalo server on loopback."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.settings import Settings
from tests.api.zalo.events import signed
from tests.api.zalo.fake_zalo import FakeZalo
from tests.conftest import StaticNlu, serve

OA_SECRET = "oa-secret-key"


@pytest.fixture
def fake_zalo() -> Iterator[FakeZalo]:
    fake = FakeZalo()
    with serve(fake.app()) as live:
        fake.url = live.url  # type: ignore[attr-defined]
        yield fake


@pytest.fixture
def zalo_settings(settings: Settings, fake_zalo: FakeZalo) -> Settings:
    return settings.model_copy(
        update={
            "zalo_app_id": fake_zalo.app_id,
            "zalo_oa_secret_key": SecretStr(OA_SECRET),
            "zalo_app_secret_key": SecretStr(fake_zalo.app_secret_key),
            "zalo_access_token": SecretStr(fake_zalo.access_token),
            "zalo_refresh_token": SecretStr(fake_zalo.refresh_token),
            "zalo_api_url": fake_zalo.url,
            "zalo_oauth_url": fake_zalo.url,
            "zalo_retry_base_s": 0.1,
            "zalo_retry_max_s": 0.5,
        }
    )


@pytest.fixture
def nlu() -> StaticNlu:
    return StaticNlu()


@pytest.fixture
def zalo_app(make_client, zalo_settings: Settings, nlu: StaticNlu) -> TestClient:
    return make_client(zalo_settings, nlu=nlu)


@pytest.fixture
def deliver(zalo_app: TestClient) -> Callable[[dict], dict]:
    """POST a signed event to the webhook, as Zalo would; returns the JSON answer."""

    def post(event: dict) -> dict:
        body, headers = signed(event, OA_SECRET)
        response = zalo_app.post("/channels/zalo/webhook", content=body, headers=headers)
        assert response.status_code == 200, response.text
        return response.json()

    return post


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s")
        time.sleep(0.05)
