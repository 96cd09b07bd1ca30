"""Publishing publishes the version the reviewer read: a draft saved meanwhile never goes live, a
stale version number is refused, nobody publishes their own version, and a rollback only goes back
to a version learners had before. Lessons and quiz items alike."""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from api.database import session_factory
from knowledge.authoring import Authoring
from knowledge.tables import EntryRow
from tests.api.workspace.conftest import PASSWORD, bearer, new_entry, new_item

API = "/api/v1/trainers"
KINDS = {
    "entries": ("entry", new_entry, "answer", "Mở Zalo, bấm Cá nhân, chọn ảnh đại diện, rồi chọn ảnh mới."),
    "items": ("item", new_item, "stem", "Bác làm gì khi nhận tin trúng thưởng phải chuyển phí?"),
}


def save(client: TestClient, token: str, kind: str, data: dict) -> dict:
    body_key = KINDS[kind][0]
    saved = client.put(f"{API}/{kind}/{data['id']}", json={body_key: data}, headers=bearer(token))
    assert saved.status_code == 200, saved.text
    return saved.json()


def submitted(client: TestClient, token: str, kind: str, data: dict) -> int:
    version = save(client, token, kind, data)["version"]
    assert client.post(f"{API}/{kind}/{data['id']}/submit", headers=bearer(token)).status_code == 200
    return version


def publish(client: TestClient, token: str, kind: str, content_id: str, version: int):
    return client.post(f"{API}/{kind}/{content_id}/publish", json={"version": version}, headers=bearer(token))


def states(client: TestClient, token: str, kind: str, content_id: str) -> list[tuple[int, str]]:
    history = client.get(f"{API}/{kind}/{content_id}/versions", headers=bearer(token)).json()
    return [(v["version"], v["state"]) for v in history]


def test_a_draft_saved_during_a_publish_is_not_what_goes_live(
    client: TestClient, tokens: dict[str, str]
) -> None:
    """The author saves a new draft the moment the publish commits anything: what learners get is
    still the version the reviewer read."""
    services = client.app.state.services
    entry = new_entry()
    reviewed = submitted(client, tokens["author"], "entries", entry)
    sessions = session_factory(services.engine)
    authoring = Authoring(sessions)
    sneaked: list[int] = []

    @event.listens_for(sessions, "after_commit")
    def save_a_draft_now(_session: Session) -> None:
        if sneaked:
            return
        sneaked.append(0)
        draft = entry | {"answer": "Bản nháp chưa ai duyệt: đừng để học viên thấy câu này."}
        save = Authoring(services.sessions).save_draft
        writer = threading.Thread(target=lambda: sneaked.append(save(draft, "author.one").version))
        writer.start()
        writer.join(timeout=30)

    published = authoring.publish(entry["id"], reviewed, "reviewer.one")

    assert sneaked == [0, reviewed + 1], "the draft was saved while the publish was under way"
    assert published.answer == entry["answer"]
    with services.sessions() as session:
        assert session.get(EntryRow, entry["id"]).data["answer"] == entry["answer"]
    assert states(client, tokens["author"], "entries", entry["id"]) == [(2, "draft"), (1, "published")]


@pytest.mark.parametrize("kind", KINDS)
def test_a_version_that_is_not_the_newest_is_refused_and_nothing_changes(
    client: TestClient, tokens: dict[str, str], kind: str
) -> None:
    """The reviewer read version 1; it was rejected by a colleague and the author submitted version 2."""
    _, make, field, changed = KINDS[kind]
    data = make()
    first = submitted(client, tokens["author"], kind, data)
    other_reviewer = client.app.state.services.accounts
    other_reviewer.create("reviewer.two", PASSWORD, "reviewer")
    second_token = other_reviewer.sign_in("reviewer.two", PASSWORD)
    rejected = client.post(
        f"{API}/{kind}/{data['id']}/reject", json={"note": "Sửa lại"}, headers=bearer(second_token)
    )
    assert rejected.status_code == 200
    second = submitted(client, tokens["author"], kind, data | {field: changed})

    stale = publish(client, tokens["reviewer"], kind, data["id"], first)
    assert stale.status_code == 409
    assert f"version {first} is not the newest" in stale.json()["detail"]
    assert f"read version {second} first" in stale.json()["detail"]
    assert states(client, tokens["author"], kind, data["id"]) == [(second, "review"), (first, "rejected")]

    assert publish(client, tokens["reviewer"], kind, data["id"], second).status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_a_reviewer_cannot_publish_a_version_they_wrote(
    client: TestClient, tokens: dict[str, str], kind: str
) -> None:
    data = KINDS[kind][1]()
    version = submitted(client, tokens["reviewer"], kind, data)
    own = publish(client, tokens["reviewer"], kind, data["id"], version)
    assert own.status_code == 403
    assert "another reviewer must" in own.json()["detail"]
    assert publish(client, tokens["admin"], kind, data["id"], version).status_code == 200


def test_a_one_reviewer_team_can_turn_the_rule_off(make_client, settings, tokens) -> None:
    from tests.conftest import StaticNlu

    solo = make_client(settings.model_copy(update={"review_by_another": False}), nlu=StaticNlu())
    accounts = solo.app.state.services.accounts
    accounts.create("solo.reviewer", PASSWORD, "reviewer")
    token = accounts.sign_in("solo.reviewer", PASSWORD)
    data = new_entry()
    version = submitted(solo, token, "entries", data)
    assert publish(solo, token, "entries", data["id"], version).status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_a_rollback_only_goes_back_to_a_version_that_was_published(
    client: TestClient, tokens: dict[str, str], kind: str
) -> None:
    _, make, field, changed = KINDS[kind]
    data = make()
    author, reviewer = tokens["author"], tokens["reviewer"]
    first = submitted(client, author, kind, data)
    assert publish(client, reviewer, kind, data["id"], first).status_code == 200
    refused = submitted(client, author, kind, data | {field: changed})
    client.post(f"{API}/{kind}/{data['id']}/reject", json={"note": "Chưa đúng"}, headers=bearer(reviewer))
    draft = save(client, author, kind, data | {field: changed + " (nháp)"})["version"]

    for never_live in (refused, draft):
        back = client.post(
            f"{API}/{kind}/{data['id']}/rollback", json={"version": never_live}, headers=bearer(reviewer)
        )
        assert back.status_code == 409 and "never published" in back.json()["detail"]
    back = client.post(f"{API}/{kind}/{data['id']}/rollback", json={"version": 1}, headers=bearer(reviewer))
    assert back.status_code == 200, back.text
    assert states(client, author, kind, data["id"])[0] == (4, "published")
