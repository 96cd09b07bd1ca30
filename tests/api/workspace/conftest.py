"""The app with trainer accounts of every role, each with an API token."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from tests.conftest import StaticNlu

PASSWORD = "correct horse battery"
# Where the test client says it is: the page a trainer opened with `make run`, so the session
# cookie works over plain HTTP and state changes carry the page's own Origin, as a browser's do.
HERE = "http://127.0.0.1:8000"


@pytest.fixture
def client(make_client, settings: Settings) -> TestClient:
    client = make_client(settings, nlu=StaticNlu())
    client.base_url = HERE
    client.headers["origin"] = HERE
    return client


@pytest.fixture
def tokens(client: TestClient) -> dict[str, str]:
    """role → a bearer token of an account with that role."""
    accounts = client.app.state.services.accounts
    out = {}
    for role in ("volunteer", "author", "reviewer", "admin"):
        accounts.create(f"{role}.one", PASSWORD, role)
        out[role] = accounts.sign_in(f"{role}.one", PASSWORD)
    return out


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def new_entry(entry_id: str = "vi.zalo.change-avatar") -> dict:
    return {
        "id": entry_id,
        "language": "vi",
        "topic": "payments",
        "title": "Đổi ảnh đại diện Zalo",
        "questions": [
            "Làm sao đổi ảnh đại diện Zalo?",
            "doi anh dai dien zalo the nao",
            "thay hình đại diện trên Zalo ở đâu",
        ],
        "answer": "Mở Zalo, bấm vào mục Cá nhân, bấm vào ảnh đại diện của bạn rồi chọn ảnh mới.",
        "sources": [{"title": "Hướng dẫn của tổ công nghệ số cộng đồng", "document": "Tài liệu tập huấn"}],
        "reviewed_on": "2026-11-28",
    }


def new_item(item_id: str = "vi.scams.q-zalo-prize-fee") -> dict:
    return {
        "id": item_id,
        "language": "vi",
        "topic": "scams",
        "kind": "scenario",
        "scenario": "Tin nhắn Zalo: 'Chúc mừng bác trúng xe máy, chuyển phí nhận giải vào tài khoản này.'",
        "stem": "Bác nên làm gì với tin nhắn này?",
        "options": ["Chuyển phí để nhận xe", "Không chuyển tiền, hỏi người nhà", "Gửi mã OTP để xác nhận"],
        "correct": "B",
        "explanation": "Trúng thưởng mà phải chuyển phí trước là dấu hiệu lừa đảo. Không chuyển tiền.",
        "entry": "vi.scams.recognise-scam-call",
        "difficulty": -1.0,
        "reviewed_on": "2026-11-28",
    }
