"""The OpenAPI document is the truth: Schemathesis generates requests for every operation from it,
sends them to a live server over HTTP (as a signed-in admin, so the workspace's operations are
reached too) and checks each answer against it: no 5xx, only declared status codes, bodies and
headers as declared. A bounded run here; `CONTRACT_EXAMPLES=200 pytest tests/api/test_openapi_contract.py`
does a longer one.

Drafts and previews are checked without `positive_data_acceptance`: their body is any lesson or
item, which the workflow then judges by the content schema and its own rules (ids, linked lessons),
so a well-formed body may rightly be refused with the fields to fix. So are screenshots: any bytes
fit the schema of a file, and only a picture is read.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from api.app import create_app
from api.settings import Settings
from tests.conftest import StaticNlu, serve

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
# Bodies judged beyond their schema (a draft's fields, a volunteer's reply checked by the guard, a
# screenshot's bytes, which must be a picture).
JUDGED_CONTENT = (
    r"^/api/v1/(trainers/(preview|(entries|items)/\{content_id\})|desk/conversations/\{handoff_id\}/reply"
    r"|chat/image)$"
)
EXAMPLES = os.environ.get("CONTRACT_EXAMPLES", "15")  # per operation


@pytest.fixture(scope="module")
def live_api(tmp_path_factory, embedding_model_path: str, vector_cache_dir, embedder):
    config = Settings(
        var_dir=tmp_path_factory.mktemp("contract"),
        index_dir=vector_cache_dir,
        embedding_model=embedding_model_path,
        nlu_url="http://127.0.0.1:9",
        chat_rate_per_learner="100000/minute",
        chat_rate_per_address="100000/minute",
    )
    app = create_app(config, nlu=StaticNlu(), embedder=embedder)
    with serve(app) as live:
        accounts = app.state.services.accounts
        admin = accounts.create("contract-admin", "a-long-enough-password", "admin")
        yield live.url, accounts.issue_token(admin, "contract", "a-long-enough-password").token


def _run(url: str, token: str, *options: str) -> subprocess.CompletedProcess[str]:
    command = [
        str(SCHEMATHESIS), "run", f"{url}/openapi.json", "--max-examples", EXAMPLES, "--workers", "1",
        "--checks", "all", "--header", f"Authorization: Bearer {token}", "--seed", "1",
        "--exclude-path", "/api/v1/trainers/logout",  # it would end the session the run signs in with
        "--exclude-path", "/api/v1/trainers/tokens/{token_id}",  # so would revoking token 1, the run's own
        "--exclude-path", "/api/v1/trainers/accounts/{username}/revoke-tokens",  # or the run's account's
        "--exclude-path", "/api/v1/desk/events",  # an endless event stream: a fuzzer waits for its end
        *options,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=900)


def test_every_operation_answers_as_its_schema_says(live_api) -> None:
    url, token = live_api
    run = _run(url, token, "--exclude-path-regex", JUDGED_CONTENT)
    assert run.returncode == 0, run.stdout[-6000:]
    assert "0 generated" not in run.stdout


def test_drafts_and_previews_answer_as_declared(live_api) -> None:
    url, token = live_api
    only_judged = ("--include-path-regex", JUDGED_CONTENT)
    run = _run(url, token, *only_judged, "--exclude-checks", "positive_data_acceptance")
    assert run.returncode == 0, run.stdout[-6000:]
