"""The OpenAPI document is the truth: Schemathesis generates requests for every operation from it
and checks each answer against it (no 5xx, declared status codes, bodies and headers as declared).
A bounded run here; `schemathesis run` against a live server does a longer one."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api.app import create_app
from api.settings import Settings
from tests.conftest import StaticNlu, serve


@pytest.fixture(scope="module")
def live_api(tmp_path_factory, embedding_model_path: str, vector_cache_dir, embedder):
    var = tmp_path_factory.mktemp("contract")
    config = Settings(
        var_dir=var,
        index_dir=vector_cache_dir,
        embedding_model=embedding_model_path,
        nlu_url="http://127.0.0.1:9",
        chat_rate_per_learner="100000/minute",
        chat_rate_per_address="100000/minute",
    )
    with serve(create_app(config, nlu=StaticNlu(), embedder=embedder)) as app:
        yield app


@pytest.fixture(scope="module")
def api_schema(live_api):
    return schemathesis.openapi.from_url(f"{live_api.url}/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_answers_as_its_schema_says(case) -> None:
    case.call_and_validate()
