"""A scripted learner: says things through POST /api/v1/chat and keeps the replies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.settings import Settings
from knowledge.library import Library
from knowledge.loader import load_entries
from knowledge.retriever import Hit


@dataclass
class Learner:
    client: TestClient
    user_id: str
    replies: list[dict] = field(default_factory=list)

    def says(self, text: str) -> dict:
        response = self.client.post("/api/v1/chat", json={"user_id": self.user_id, "text": text})
        assert response.status_code == 200, response.text
        body = response.json()
        self.replies.append(body)
        return body

    def presses(self, title_part: str) -> dict:
        """Press the button of the last reply whose title contains `title_part`."""
        buttons = [b for m in self.replies[-1]["messages"] for b in m["buttons"]]
        matching = [b for b in buttons if title_part in b["title"]]
        assert matching, f"no button like {title_part!r} in {[b['title'] for b in buttons]}"
        return self.says(matching[0]["payload"])


def quiz_item_on_screen(reply: dict) -> str:
    """The id of the quiz item whose answer buttons a reply shows."""
    payloads = (b["payload"] for m in reply["messages"] for b in m["buttons"])
    payload = next(p for p in payloads if p.startswith("/quiz answer"))
    return payload.split()[2]


def text_of(reply: dict) -> str:
    return "\n".join(m["text"] for m in reply["messages"])


def buttons_of(reply: dict) -> list[str]:
    return [b["title"] for m in reply["messages"] for b in m["buttons"]]


@pytest.fixture
def live_settings(settings: Settings, rasa_server) -> Settings:
    return settings.model_copy(
        update={"nlu_url": rasa_server.config.url, "nlu_token": rasa_server.config.token}
    )


@pytest.fixture
def learner(make_client, live_settings: Settings) -> Callable[[str], Learner]:
    """A learner talking to the app with the real Rasa NLU server behind it."""
    client = make_client(live_settings)
    return lambda user_id: Learner(client, user_id)


@pytest.fixture
def offline_learner(make_client, settings: Settings) -> Callable[[str], Learner]:
    """A learner talking to the app while the NLU server is down."""
    client = make_client(settings)
    return lambda user_id: Learner(client, user_id)


class NoRetriever:
    """Finds nothing, so a flow test sees only the hits it hands in."""

    def rebuild(self, entries) -> None: ...

    def search(self, query, language, k=3) -> list[Hit]:
        return []


@pytest.fixture(scope="module")
def library() -> Library:
    """The real curriculum without its vector index."""
    library = Library(NoRetriever())
    library.load(load_entries(root=Path(__file__).resolve().parents[2] / "knowledge" / "curriculum").entries)
    return library
