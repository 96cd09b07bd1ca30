"""Quiz items written on the pages: validated with a preview, reviewed, published to learners
without a restart, rolled back, and exported to the YAML bank."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from api.settings import Settings
from quizzes.authoring import export_workspace_items, workspace_items
from tests.api.test_lessons import eventually
from tests.api.workspace.conftest import bearer, new_item
from tests.conftest import StaticNlu

API = "/api/v1/trainers"
BANK = Path(__file__).parents[3] / "quizzes" / "bank"


def chat(client: TestClient, learner: str, text: str) -> dict:
    return client.post("/api/v1/chat", json={"user_id": learner, "text": text}).json()


def asked_item(reply: dict) -> str:
    payloads = [b["payload"] for m in reply["messages"] for b in m["buttons"]]
    return next(p.split()[2] for p in payloads if p.startswith("/quiz answer"))


def text_of(reply: dict) -> str:
    return "\n".join(m["text"] for m in reply["messages"])


def publish(client: TestClient, tokens: dict[str, str], item: dict, note: str | None = None) -> None:
    author, reviewer = bearer(tokens["author"]), bearer(tokens["reviewer"])
    saved = client.put(f"{API}/items/{item['id']}", json={"item": item, "note": note}, headers=author)
    assert saved.status_code == 200, saved.text
    assert client.post(f"{API}/items/{item['id']}/submit", headers=author).json()["state"] == "review"
    version = {"version": saved.json()["version"]}
    published = client.post(f"{API}/items/{item['id']}/publish", json=version, headers=reviewer)
    assert published.status_code == 200, published.text


def test_an_edit_to_the_item_on_screen_reaches_the_learner_without_a_restart(
    client: TestClient, tokens: dict[str, str]
) -> None:
    first = chat(client, "quiz-learner", "/quiz start scams")
    item_id = asked_item(first)
    item = client.get(f"{API}/items/{item_id}", headers=bearer(tokens["author"])).json()["item"]
    item["stem"] = "Câu hỏi đã được tập huấn viên viết lại: bác nên làm gì?"
    publish(client, tokens, item, note="rõ hơn cho người cao tuổi")

    again = chat(client, "quiz-learner", "/quiz current")
    assert "Câu hỏi đã được tập huấn viên viết lại" in text_of(again)
    assert asked_item(again) == item_id
    history = client.get(f"{API}/items/{item_id}/versions", headers=bearer(tokens["author"])).json()
    assert [(v["version"], v["state"], v["author"], v["reviewed_by"], v["note"]) for v in history] == [
        (1, "published", "author.one", "reviewer.one", "rõ hơn cho người cao tuổi")
    ]


def test_a_new_item_goes_live_only_when_published(client: TestClient, tokens: dict[str, str]) -> None:
    item = new_item()
    author = bearer(tokens["author"])
    live = lambda: {i["id"] for i in client.get(f"{API}/items", headers=author).json()["live"]}  # noqa: E731
    client.put(f"{API}/items/{item['id']}", json={"item": item}, headers=author)
    client.post(f"{API}/items/{item['id']}/submit", headers=author)
    assert item["id"] not in live()
    assert item["id"] not in client.app.state.services.quizzes.items

    published = client.post(
        f"{API}/items/{item['id']}/publish", json={"version": 1}, headers=bearer(tokens["reviewer"])
    )
    assert published.status_code == 200
    assert item["id"] in live()
    assert client.app.state.services.quizzes.items[item["id"]].stem == item["stem"]


def test_an_author_cannot_publish_and_a_reviewer_can_reject(
    client: TestClient, tokens: dict[str, str]
) -> None:
    item, author = new_item(), bearer(tokens["author"])
    client.put(f"{API}/items/{item['id']}", json={"item": item}, headers=author)
    client.post(f"{API}/items/{item['id']}/submit", headers=author)
    by_author = client.post(f"{API}/items/{item['id']}/publish", json={"version": 1}, headers=author)
    assert by_author.status_code == 403
    rejected = client.post(
        f"{API}/items/{item['id']}/reject",
        json={"note": "Đáp án A cũng gần đúng, sửa lại"},
        headers=bearer(tokens["reviewer"]),
    )
    assert rejected.json()["state"] == "rejected"
    assert item["id"] not in client.app.state.services.quizzes.items


def test_rollback_puts_the_earlier_item_back(client: TestClient, tokens: dict[str, str]) -> None:
    item = new_item()
    publish(client, tokens, item)
    publish(client, tokens, item | {"stem": "Bác xử lý tin nhắn trúng thưởng này ra sao?"})
    assert client.app.state.services.quizzes.items[item["id"]].stem.startswith("Bác xử lý")

    back = client.post(
        f"{API}/items/{item['id']}/rollback", json={"version": 1}, headers=bearer(tokens["reviewer"])
    )
    assert back.status_code == 200, back.text
    assert client.app.state.services.quizzes.items[item["id"]].stem == item["stem"]
    history = client.get(f"{API}/items/{item['id']}/versions", headers=bearer(tokens["author"])).json()
    assert [(v["version"], v["changed"]) for v in history] == [(3, ["stem"]), (2, ["stem"]), (1, None)]
    assert history[0]["note"] == "rollback to version 1"


def test_a_broken_item_is_refused_with_the_fields_named(client: TestClient, tokens: dict[str, str]) -> None:
    item = new_item() | {"entry": "vi.scams.no-such-lesson", "options": ["Chuyển phí"], "difficulty": 7}
    author = bearer(tokens["author"])
    saved = client.put(f"{API}/items/{item['id']}", json={"item": item}, headers=author)
    assert saved.status_code == 422
    fields = {e["field"] for e in saved.json()["detail"]["errors"]}
    assert {"entry", "options", "difficulty"} <= fields
    live = client.post(f"{API}/items/validate", json={"item": item}, headers=author).json()
    assert live["valid"] is False and {"entry", "options"} <= {e["field"] for e in live["errors"]}
    assert live["preview"] == []


def test_the_editor_previews_the_item_as_the_chat_shows_it(
    client: TestClient, tokens: dict[str, str]
) -> None:
    item = new_item()
    shown = client.post(f"{API}/items/validate", json={"item": item}, headers=bearer(tokens["author"])).json()
    assert shown["valid"] is True
    question, right, wrong = shown["preview"]
    assert re.search(r"Câu 1/\d+", question["text"]) and item["scenario"] in question["text"]
    assert question["buttons"] == [f"{letter}. {o}" for letter, o in zip("ABC", item["options"], strict=True)]
    assert right["text"].startswith("Đúng rồi!") and item["explanation"] in right["text"]
    assert "Chưa đúng. Đáp án đúng là B" in wrong["text"]


def test_export_writes_items_to_yaml_and_yaml_is_their_source_again(
    client: TestClient, tokens: dict[str, str], tmp_path: Path
) -> None:
    bank = Path(shutil.copytree(BANK, tmp_path / "bank"))
    existing = yaml.safe_load((bank / "vi" / "scams.yaml").read_text(encoding="utf-8"))[0]
    edited = existing | {
        "stem": "Người gọi xưng công an và dặn giữ bí mật. Bác nghĩ sao?",
        "reviewed_on": str(existing["reviewed_on"]),
    }
    publish(client, tokens, edited)
    publish(client, tokens, new_item())

    sessions = client.app.state.services.sessions
    with sessions() as session, session.begin():
        written = export_workspace_items(session, bank)
    assert sorted(p.relative_to(bank).as_posix() for p in written) == [
        "vi/scams-workspace.yaml",
        "vi/scams.yaml",
    ]
    in_place = yaml.safe_load((bank / "vi" / "scams.yaml").read_text(encoding="utf-8"))
    assert sum(d["id"] == existing["id"] for d in in_place) == 1
    assert next(d for d in in_place if d["id"] == existing["id"])["stem"] == edited["stem"]
    appended = yaml.safe_load((bank / "vi" / "scams-workspace.yaml").read_text(encoding="utf-8"))
    assert [d["id"] for d in appended] == [new_item()["id"]]
    with sessions() as session:
        assert workspace_items(session) == []


@pytest.fixture
def bank_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(BANK, tmp_path / "bank"))


def test_a_new_yaml_item_file_is_asked_without_a_restart(
    make_client, settings: Settings, bank_copy: Path
) -> None:
    client = make_client(
        settings.model_copy(update={"quiz_bank_dir": bank_copy, "curriculum_poll_s": 0.2}), nlu=StaticNlu()
    )
    item = new_item() | {"status": "published"}
    assert item["id"] not in client.app.state.services.quizzes.items
    (bank_copy / "vi" / "from-git.yaml").write_text(
        yaml.safe_dump([item], allow_unicode=True), encoding="utf-8"
    )
    assert eventually(lambda: item["id"] in client.app.state.services.quizzes.items)
