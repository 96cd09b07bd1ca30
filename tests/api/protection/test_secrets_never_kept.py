"""No secret a learner types survives past the guard: not into the NLU request, the database file
(its write-ahead log included) or any log line, over REST and the WebSocket, for generated
secrets in the forms people type them."""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from api.settings import Settings
from bot.safety import luhn_valid, thai_id_valid
from tests.conftest import StaticNlu

TEMPLATES = {
    "otp": [
        "Mã OTP của tôi là {s}",
        "{s} là mã OTP ngân hàng gửi, nhập vào đâu?",
        "ma xac thuc {s} nhe",
        "รหัส OTP คือ {s} ค่ะ",
        "my verification code is {s}",
        "{s}",
    ],
    "password": ["mật khẩu của tôi là {s}", "mk {s}", "my password is {s}", "รหัสผ่าน {s}"],
    "card": ["số thẻ {s}", "my card number {s}", "บัตรเครดิต {s}", "{s}"],
    "id": ["CCCD của tôi {s}", "เลขบัตรประชาชน {s}"],
}


@st.composite
def otp(draw: st.DrawFn) -> str:
    digits = draw(st.text("0123456789", min_size=6, max_size=6))
    separator = draw(st.sampled_from(["", " ", "-", "."]))
    return digits if not separator else separator.join([digits[:3], digits[3:]])


@st.composite
def password(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(["Lan", "Hoa", "Binh", "Somchai", "Mary", "Tuan"]))
    year = draw(st.integers(1940, 2010))
    sign = draw(st.sampled_from(["@", "#", "!", ""]))
    return f"{name}{sign}{year}"


@st.composite
def card(draw: st.DrawFn) -> str:
    body = draw(st.text("0123456789", min_size=15, max_size=15))
    digits = next(body + d for d in "0123456789" if luhn_valid(body + d))
    separator = draw(st.sampled_from(["", " ", "-", "."]))
    return separator.join(digits[i : i + 4] for i in range(0, 16, 4))


@st.composite
def national_id(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        province = draw(st.sampled_from(["001", "079", "036", "048"]))
        return province + draw(st.sampled_from("0123")) + draw(st.text("0123456789", min_size=8, max_size=8))
    body = draw(st.sampled_from("12345678")) + draw(st.text("0123456789", min_size=11, max_size=11))
    return next(body + d for d in "0123456789" if thai_id_valid(body + d))


SECRETS = {"otp": otp(), "password": password(), "card": card(), "id": national_id()}


@st.composite
def message(draw: st.DrawFn) -> tuple[str, str]:
    kind = draw(st.sampled_from(sorted(SECRETS)))
    secret = draw(SECRETS[kind])
    return draw(st.sampled_from(TEMPLATES[kind])).format(s=secret), secret


@pytest.fixture
def nlu() -> StaticNlu:
    return StaticNlu()


@pytest.fixture
def app_log(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "app.log"
    handler = logging.FileHandler(path)
    root = logging.getLogger()
    root.addHandler(handler)
    old_level, root.level = root.level, logging.DEBUG
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.level = old_level
        handler.close()


@pytest.fixture
def client(make_client, settings: Settings, nlu: StaticNlu) -> TestClient:
    return make_client(settings.model_copy(update={"chat_rate_per_learner": "10000/minute"}), nlu=nlu)


def _kept(settings: Settings, log: Path) -> bytes:
    files = [settings.var_dir / "hocvuso.db", settings.var_dir / "hocvuso.db-wal", log]
    return b"".join(path.read_bytes() for path in files if path.exists())


def _forms(secret: str) -> list[bytes]:
    compact = "".join(c for c in secret if c.isalnum())
    return sorted({secret.encode(), compact.encode()})


@given(sent=message(), over_socket=st.booleans())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_typed_secret_reaches_no_request_file_or_log(
    client: TestClient,
    settings: Settings,
    nlu: StaticNlu,
    app_log: Path,
    sent: tuple[str, str],
    over_socket: bool,
) -> None:
    text, secret = sent
    before = _kept(settings, app_log)
    assume(not any(form in before for form in _forms(secret)))
    learner = f"web-{uuid.uuid4().hex[:24]}"
    if over_socket:
        with client.websocket_connect("/api/v1/chat/ws") as ws:
            ws.send_json({"user_id": learner, "text": text, "message_id": "m1"})
            while (frame := ws.receive_json())["type"] == "typing":
                pass
        reply = frame["reply"]
    else:
        reply = client.post("/api/v1/chat", json={"user_id": learner, "text": text}).json()
    assert reply["redacted"], f"nothing redacted in {text!r}"
    assert not any(secret in call for call in nlu.calls)
    after = _kept(settings, app_log)
    assert not any(form in after for form in _forms(secret)), f"{secret!r} was kept"
    assert secret not in str(reply)


def test_the_check_itself_finds_a_secret_that_is_kept(settings: Settings, app_log: Path) -> None:
    """The scan above would notice: a secret written to the log is found in what is kept."""
    secret = f"{random.randrange(10**8, 10**9)}"
    logging.getLogger("hocvuso.test").warning("leak %s", secret)
    assert secret.encode() in _kept(settings, app_log)


class ExplodingNlu(StaticNlu):
    """An NLU client that fails with the text it was given in its error message."""

    async def parse(self, text: str):
        raise RuntimeError(f"cannot parse {text!r}")


def test_an_unhandled_error_is_logged_once_with_a_request_id_and_no_secret(
    make_client, settings: Settings, app_log: Path, capsys
) -> None:
    client = make_client(settings, nlu=ExplodingNlu())
    client_that_sees_500 = TestClient(client.app, raise_server_exceptions=False)
    response = client_that_sees_500.post(
        "/api/v1/chat", json={"user_id": "u", "text": "mã OTP là 731904 nhé"}
    )
    assert response.status_code == 500
    request_id = response.headers["x-request-id"]
    assert request_id in response.json()["detail"]
    logged = app_log.read_text()
    assert f"request {request_id} failed" in logged and "cannot parse" in logged
    assert "731904" not in logged and "731904" not in capsys.readouterr().err
