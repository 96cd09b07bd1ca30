"""The trainers' API: every endpoint refuses the unsigned (401) and the wrong role (403) and then
changes nothing; an author's entry goes through review and reaches learners without a restart."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from bot.state import ConversationState
from bot.store import TurnRecord
from tests.api.workspace.conftest import PASSWORD, bearer, new_entry, new_item

NEW = "a new password, long enough"
ENDPOINTS = [
    ("GET", "/api/v1/trainers/me", None, "volunteer"),
    ("POST", "/api/v1/trainers/logout", None, "volunteer"),
    ("POST", "/api/v1/trainers/tokens", {"label": "script", "password": PASSWORD}, "author"),
    ("GET", "/api/v1/trainers/tokens", None, "volunteer"),
    ("DELETE", "/api/v1/trainers/tokens/1", None, "volunteer"),
    ("POST", "/api/v1/trainers/me/password", {"current_password": "x", "new_password": NEW}, "volunteer"),
    ("GET", "/api/v1/trainers/accounts", None, "admin"),
    ("POST", "/api/v1/trainers/accounts/author.one/role", {"role": "admin"}, "admin"),
    ("POST", "/api/v1/trainers/accounts/author.one/disable", None, "admin"),
    ("POST", "/api/v1/trainers/accounts/author.one/enable", None, "admin"),
    ("POST", "/api/v1/trainers/accounts/author.one/password", {"password": NEW}, "admin"),
    ("POST", "/api/v1/trainers/accounts/author.one/unlock", None, "admin"),
    ("POST", "/api/v1/trainers/accounts/author.one/revoke-tokens", None, "admin"),
    ("GET", "/api/v1/trainers/accounts/author.one/tokens", None, "admin"),
    ("GET", "/api/v1/trainers/audit", None, "admin"),
    ("GET", "/api/v1/trainers/audit.csv", None, "admin"),
    ("GET", "/api/v1/trainers/entries", None, "author"),
    ("GET", "/api/v1/trainers/entries/vi.vneid.forgot-password", None, "author"),
    ("GET", "/api/v1/trainers/entries/vi.vneid.forgot-password/versions", None, "author"),
    ("POST", "/api/v1/trainers/validate", {"entry": new_entry()}, "author"),
    ("PUT", "/api/v1/trainers/entries/vi.zalo.change-avatar", {"entry": new_entry()}, "author"),
    ("POST", "/api/v1/trainers/entries/vi.zalo.change-avatar/submit", None, "author"),
    ("GET", "/api/v1/trainers/items", None, "author"),
    ("GET", "/api/v1/trainers/items/vi.scams.q-hang-up-is-ok", None, "author"),
    ("GET", "/api/v1/trainers/items/vi.scams.q-hang-up-is-ok/versions", None, "author"),
    ("POST", "/api/v1/trainers/items/validate", {"item": new_item()}, "author"),
    ("PUT", "/api/v1/trainers/items/vi.scams.q-zalo-prize-fee", {"item": new_item()}, "author"),
    ("POST", "/api/v1/trainers/items/vi.scams.q-zalo-prize-fee/submit", None, "author"),
    ("POST", "/api/v1/trainers/items/vi.scams.q-zalo-prize-fee/publish", {"version": 1}, "reviewer"),
    ("POST", "/api/v1/trainers/items/vi.scams.q-zalo-prize-fee/reject", {"note": "no"}, "reviewer"),
    ("POST", "/api/v1/trainers/items/vi.scams.q-zalo-prize-fee/rollback", {"version": 1}, "reviewer"),
    ("GET", "/api/v1/trainers/gaps", None, "author"),
    ("GET", "/api/v1/trainers/insights", None, "author"),
    ("POST", "/api/v1/trainers/classes", {"name": "Lớp thử"}, "author"),
    ("GET", "/api/v1/trainers/classes", None, "author"),
    ("GET", "/api/v1/trainers/classes/123456", None, "author"),
    ("GET", "/api/v1/trainers/insights/topics.csv", None, "author"),
    ("POST", "/api/v1/trainers/preview", {"entry": new_entry(), "question": "đổi ảnh zalo"}, "author"),
    ("POST", "/api/v1/trainers/entries/vi.zalo.change-avatar/publish", {"version": 1}, "reviewer"),
    ("POST", "/api/v1/trainers/entries/vi.zalo.change-avatar/reject", {"note": "no"}, "reviewer"),
    ("POST", "/api/v1/trainers/entries/vi.zalo.change-avatar/rollback", {"version": 1}, "reviewer"),
    ("POST", "/api/v1/trainers/classes/123456/volunteers", {"username": "volunteer.one"}, "author"),
    ("GET", "/api/v1/desk/conversations?view=waiting", None, "volunteer"),
    ("GET", "/api/v1/desk/conversations.csv", None, "volunteer"),
    ("GET", "/api/v1/desk/count", None, "volunteer"),
    ("GET", "/api/v1/desk/events", None, "volunteer"),
    ("GET", "/api/v1/desk/canned?lang=vi", None, "volunteer"),
    ("GET", "/api/v1/desk/conversations/1", None, "volunteer"),
    ("POST", "/api/v1/desk/conversations/1/take", None, "volunteer"),
    ("POST", "/api/v1/desk/conversations/1/reply", {"text": "Chào bác"}, "volunteer"),
    ("POST", "/api/v1/desk/conversations/1/close", None, "volunteer"),
    (
        "POST",
        "/api/v1/trainers/accounts",
        {"username": "new.one", "password": PASSWORD, "role": "admin"},
        "admin",
    ),
]
BELOW = {
    "volunteer": [],
    "author": ["volunteer"],
    "reviewer": ["volunteer", "author"],
    "admin": ["volunteer", "author", "reviewer"],
}


def fingerprint(settings: Settings) -> str:
    """Everything a trainer endpoint could change."""
    with sqlite3.connect(settings.var_dir / "hocvuso.db") as db:
        rows = [
            db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in (
                "trainer_accounts",
                "trainer_credentials",
                "entry_versions",
                "quiz_item_versions",
                "knowledge_entries",
                "learning_classes",
                "class_volunteers",
                "handoffs",
                "transcript_lines",
                "audit_events",
                "sign_in_failures",
            )
        ]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.mark.parametrize(
    ("method", "path", "body", "needed"), ENDPOINTS, ids=[f"{m} {p}" for m, p, _, _ in ENDPOINTS]
)
def test_unsigned_and_wrong_role_requests_are_refused_and_change_nothing(
    client: TestClient, tokens: dict[str, str], settings: Settings, method: str, path: str, body, needed: str
) -> None:
    before = fingerprint(settings)
    assert client.request(method, path, json=body).status_code == 401
    assert client.request(method, path, json=body, headers=bearer("not-a-token")).status_code == 401
    for role in BELOW[needed]:
        response = client.request(method, path, json=body, headers=bearer(tokens[role]))
        assert response.status_code == 403, (role, response.text)
        assert needed in response.json()["detail"]
    assert fingerprint(settings) == before


def test_an_authors_entry_is_reviewed_published_and_answered_without_a_restart(
    client: TestClient, tokens: dict[str, str]
) -> None:
    author, reviewer = bearer(tokens["author"]), bearer(tokens["reviewer"])
    question = {"user_id": "learner-z", "text": "làm sao đổi ảnh đại diện zalo"}
    assert client.post("/api/v1/chat", json=question).json()["entry_id"] != "vi.zalo.change-avatar"

    saved = client.put(
        "/api/v1/trainers/entries/vi.zalo.change-avatar", json={"entry": new_entry()}, headers=author
    )
    assert saved.status_code == 200 and saved.json()["state"] == "draft" and saved.json()["version"] == 1
    assert (
        client.post("/api/v1/trainers/entries/vi.zalo.change-avatar/submit", headers=author).json()["state"]
        == "review"
    )
    published = client.post(
        "/api/v1/trainers/entries/vi.zalo.change-avatar/publish", json={"version": 1}, headers=reviewer
    )
    assert published.status_code == 200, published.text

    reply = client.post("/api/v1/chat", json=question).json()
    assert reply["entry_id"] == "vi.zalo.change-avatar"
    assert "ảnh đại diện" in reply["messages"][0]["text"]
    history = client.get("/api/v1/trainers/entries/vi.zalo.change-avatar/versions", headers=author).json()
    assert [(v["version"], v["state"], v["author"], v["reviewed_by"]) for v in history] == [
        (1, "published", "author.one", "reviewer.one")
    ]


def test_a_broken_draft_is_refused_with_the_fields_named(client: TestClient, tokens: dict[str, str]) -> None:
    entry = new_entry() | {"questions": ["Làm sao đổi ảnh?"], "sources": []}
    response = client.put(
        "/api/v1/trainers/entries/vi.zalo.change-avatar",
        json={"entry": entry},
        headers=bearer(tokens["author"]),
    )
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["detail"]["errors"]}
    assert {"questions", "sources"} <= fields
    live = client.post(
        "/api/v1/trainers/validate", json={"entry": entry}, headers=bearer(tokens["author"])
    ).json()
    assert live["valid"] is False and {"questions", "sources"} <= {e["field"] for e in live["errors"]}


def test_a_rollback_publishes_an_older_version_again(client: TestClient, tokens: dict[str, str]) -> None:
    author, reviewer = bearer(tokens["author"]), bearer(tokens["reviewer"])
    path = "/api/v1/trainers/entries/vi.zalo.change-avatar"
    for version, answer in enumerate(
        ("Mở Zalo, bấm Cá nhân, bấm vào ảnh đại diện rồi chọn ảnh mới.", "Câu trả lời sai, cần sửa lại."), 1
    ):
        client.put(path, json={"entry": new_entry() | {"answer": answer}}, headers=author)
        client.post(f"{path}/submit", headers=author)
        client.post(f"{path}/publish", json={"version": version}, headers=reviewer)
    assert client.post(f"{path}/rollback", json={"version": 1}, headers=reviewer).status_code == 200
    reply = client.post(
        "/api/v1/chat", json={"user_id": "l2", "text": "doi anh dai dien zalo the nao"}
    ).json()
    assert reply["messages"][0]["text"].startswith("Mở Zalo")
    states = [v["state"] for v in client.get(f"{path}/versions", headers=author).json()]
    assert states == ["published", "published", "published"]


def test_a_reviewer_rejection_comes_back_to_the_author_with_the_note(
    client: TestClient, tokens: dict[str, str]
) -> None:
    author, reviewer = bearer(tokens["author"]), bearer(tokens["reviewer"])
    path = "/api/v1/trainers/entries/vi.zalo.change-avatar"
    client.put(path, json={"entry": new_entry()}, headers=author)
    client.post(f"{path}/submit", headers=author)
    assert client.post(f"{path}/publish", json={"version": 1}, headers=author).status_code == 403
    rejected = client.post(
        f"{path}/reject", json={"note": "Thêm bước chọn ảnh từ thư viện."}, headers=reviewer
    )
    assert rejected.json()["state"] == "rejected" and rejected.json()["note"].startswith("Thêm bước")
    assert client.post(f"{path}/publish", json={"version": 1}, headers=reviewer).status_code == 409


def test_learners_never_see_drafts(client: TestClient, tokens: dict[str, str]) -> None:
    client.put(
        "/api/v1/trainers/entries/vi.zalo.change-avatar",
        json={"entry": new_entry()},
        headers=bearer(tokens["author"]),
    )
    reply = client.post(
        "/api/v1/chat", json={"user_id": "l3", "text": "làm sao đổi ảnh đại diện zalo"}
    ).json()
    assert reply["entry_id"] != "vi.zalo.change-avatar"


def test_the_gap_list_groups_a_question_with_its_paraphrases(
    client: TestClient, tokens: dict[str, str]
) -> None:
    store = client.app.state.services.turns.store
    asked = {
        "an": "làm sao đổi ảnh đại diện zalo",
        "binh": "doi anh dai dien zalo the nao",
        "chi": "cách đổi hình đại diện trên zalo",
        "dung": "tra cứu phạt nguội xe máy",
        "em": "kiem tra phat nguoi o dau",
        "giang": "giá vàng hôm nay bao nhiêu",
    }
    for learner, text in asked.items():
        store.save_turn(
            learner,
            ConversationState(),
            TurnRecord(language="vi", intent=None, confidence=None, flow="answer", unanswered=text),
        )
    gaps = client.get("/api/v1/trainers/gaps", headers=bearer(tokens["author"])).json()
    groups = [sorted(g["questions"]) for g in gaps]
    assert groups[0] == sorted([asked["an"], asked["binh"], asked["chi"]])
    assert sorted([asked["dung"], asked["em"]]) in groups
    assert [asked["giang"]] in groups
    assert gaps[0]["learners"] == 3


def test_signing_in_sets_a_cookie_that_works_and_signing_out_ends_it(
    client: TestClient, tokens: dict[str, str]
) -> None:
    assert (
        client.post(
            "/api/v1/trainers/login", json={"username": "author.one", "password": "wrong"}
        ).status_code
        == 401
    )
    signed = client.post("/api/v1/trainers/login", json={"username": "author.one", "password": PASSWORD})
    assert signed.status_code == 200 and signed.json()["role"] == "author"
    cookie = signed.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert client.get("/api/v1/trainers/me").json()["username"] == "author.one"
    client.post("/api/v1/trainers/logout")
    client.cookies.clear()
    assert client.get("/api/v1/trainers/me").status_code == 401


def test_passwords_and_tokens_are_stored_hashed(
    client: TestClient, tokens: dict[str, str], settings: Settings
) -> None:
    database = (settings.var_dir / "hocvuso.db").read_bytes()
    wal = settings.var_dir / "hocvuso.db-wal"
    stored = database + (wal.read_bytes() if wal.exists() else b"")
    assert PASSWORD.encode() not in stored
    assert not any(token.encode() in stored for token in tokens.values())


def test_published_workspace_entries_export_to_yaml_that_validates(
    client: TestClient, tokens: dict[str, str], settings: Settings, tmp_path
) -> None:
    from api.database import transaction
    from knowledge.loader import load_entries
    from knowledge.repository import export_workspace_entries

    author, reviewer = bearer(tokens["author"]), bearer(tokens["reviewer"])
    path = "/api/v1/trainers/entries/vi.zalo.change-avatar"
    client.put(path, json={"entry": new_entry()}, headers=author)
    client.post(f"{path}/submit", headers=author)
    client.post(f"{path}/publish", json={"version": 1}, headers=reviewer)
    sessions = client.app.state.services.sessions
    with transaction(sessions) as session:
        written = export_workspace_entries(session, tmp_path / "curriculum")
    assert written == [tmp_path / "curriculum" / "vi" / "zalo" / "change-avatar.yaml"]
    loaded = load_entries(root=tmp_path / "curriculum")
    assert loaded.ok and [e.id for e in loaded.entries] == ["vi.zalo.change-avatar"]
    assert loaded.entries[0].is_live
    with transaction(sessions) as session:
        assert export_workspace_entries(session, tmp_path / "curriculum") == []  # the file is the source now


def test_a_preview_shows_whether_the_draft_would_answer_a_question(
    client: TestClient, tokens: dict[str, str]
) -> None:
    author = bearer(tokens["author"])
    ask = lambda question: client.post(  # noqa: E731
        "/api/v1/trainers/preview", json={"entry": new_entry(), "question": question}, headers=author
    ).json()
    mine = ask("đổi ảnh đại diện zalo như thế nào")
    assert mine["verdict"] == "this_entry" and mine["answer"].startswith("Mở Zalo")
    other = ask("quên mật khẩu VNeID thì làm sao")
    assert other["verdict"] == "another_entry" and other["ranking"][0]["id"] == "vi.vneid.forgot-password"
    assert client.get("/api/v1/trainers/entries", headers=author).json()["edited"] == [], (
        "a preview saves nothing"
    )


def test_insights_count_topics_people_waiting_mastery_and_active_learners(
    client: TestClient, tokens: dict[str, str]
) -> None:
    import datetime as dt

    from api.database import transaction
    from quizzes.tables import TopicAbility

    for learner, text in [
        ("a", "quên mật khẩu VNeID thì làm sao"),
        ("b", "làm sao đăng ký tạm trú trên VNeID"),
    ]:
        assert client.post("/api/v1/chat", json={"user_id": learner, "text": text}).json()["entry_id"]
    client.post("/api/v1/chat", json={"user_id": "c", "text": "/handoff"})
    now = dt.datetime.now(dt.UTC)
    with transaction(client.app.state.services.sessions) as session:
        session.add(TopicAbility(learner_id="a", topic="scams", mean=2.0, sd=0.5, answers=8, updated_at=now))
        session.add(TopicAbility(learner_id="b", topic="scams", mean=0.2, sd=0.6, answers=8, updated_at=now))
    author = bearer(tokens["author"])
    seen = client.get("/api/v1/trainers/insights", headers=author).json()
    assert {"topic": "vneid", "title": "Ứng dụng VNeID", "language": "vi", "questions": 2} in seen["topics"]
    assert [h["learner"] for h in seen["handoffs"]] == ["c"]
    assert seen["mastery"] == [{"topic": "scams", "title": "Nhận biết lừa đảo", "learners": 2, "mastered": 1}]
    assert seen["activity"][-1]["learners"] == 3 and len(seen["activity"]) == 30
    csv = client.get("/api/v1/trainers/insights/topics.csv", headers=author)
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "topic,title,language,questions"
    assert "vneid,Ứng dụng VNeID,vi,2" in csv.text
    assert client.get("/api/v1/trainers/insights/nothing.csv", headers=author).status_code == 404
