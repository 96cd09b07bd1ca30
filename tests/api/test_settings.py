from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from api.settings import Settings


def test_defaults_are_embedded_and_local(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("HOCVUSO_DATABASE_URL", "HOCVUSO_HOST", "HOCVUSO_PORT", "HOCVUSO_VAR_DIR"):
        monkeypatch.delenv(key, raising=False)
    settings = Settings(_env_file=None)
    assert settings.host == "127.0.0.1"
    assert settings.port == 8000
    assert settings.sqlalchemy_url.startswith("sqlite:///")
    assert settings.sqlalchemy_url.endswith("var/hocvuso.db")


def test_environment_variables_use_the_hocvuso_prefix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOCVUSO_PORT", "9001")
    monkeypatch.setenv("HOCVUSO_DATABASE_URL", "postgresql+psycopg://u@localhost/db")
    monkeypatch.setenv("HOCVUSO_NLU_TIMEOUT_S", "0.5")
    monkeypatch.setenv("HOCVUSO_VAR_DIR", str(tmp_path))
    settings = Settings(_env_file=None)
    assert settings.port == 9001
    assert settings.sqlalchemy_url == "postgresql+psycopg://u@localhost/db"
    assert settings.nlu_timeout_s == 0.5
    assert settings.embedding_model_path == str(tmp_path / "models" / "multilingual-e5-small")


@pytest.mark.parametrize(("key", "value"), [("HOCVUSO_PORT", "70000"), ("HOCVUSO_NLU_TIMEOUT_S", "0")])
def test_out_of_range_values_are_refused(monkeypatch: pytest.MonkeyPatch, key: str, value: str) -> None:
    monkeypatch.setenv(key, value)
    with pytest.raises(ValidationError) as excinfo:
        Settings(_env_file=None)
    assert key.removeprefix("HOCVUSO_").lower() in str(excinfo.value)
